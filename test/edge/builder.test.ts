import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/builder/define.js';
import type { NewsWidgetsBuilder, Snippets } from '../../src/builder/builder-app.js';
import { CONFIG_ID, type BuilderConfig } from '../../src/builder/config.js';
import { AFTER_PAINT_LOADER } from '../../src/embed/after-paint.js';
import { DEFAULT_STATE, stateFromQuery, type BuilderState } from '../../src/builder/state.js';

// The edge's widget builder against a real edge (test/edge/edge-server.mjs: named feeds "seed",
// "rss" and "bare" on the runner, /feed for the runner's origin). The builder runs in this page
// with the configuration the edge's own page carries; its preview loads the widgets from the
// edge's /v<version>/news-widgets.js and reads the feeds through the edge, as on the edge itself.

interface Origins {
  edge: string;
  upstream: string;
}
let origins: Origins;
let config: BuilderConfig;
const ALL_FIELDS: Partial<BuilderState> = { timeZone: 'Asia/Tashkent', lang: 'en' };

const shadow = (el: NewsWidgetsBuilder) => el.shadowRoot!;
const previews = (el: NewsWidgetsBuilder) => [...shadow(el).querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('.screen > *')];
const code = (el: NewsWidgetsBuilder, key: keyof Snippets) => shadow(el).querySelector(`figure[data-code="${key}"] code`)?.textContent ?? '';
const texts = (widget: Element, part: string) => [...widget.shadowRoot!.querySelectorAll(`[part~="${part}"]`)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

/** Resolves after `count` news-load events from the previews (set up before what causes them). */
function loads(el: NewsWidgetsBuilder, count = 2): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    const listener = () => {
      if (++seen < count) return;
      el.removeEventListener('news-load', listener);
      resolve();
    };
    el.addEventListener('news-load', listener);
  });
}

/** A builder with this state, once both previews have rendered their feed. */
async function open(state: Partial<BuilderState> = {}, ui: 'ru' | 'kk' | 'en' = 'en'): Promise<NewsWidgetsBuilder> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('news-widgets-builder');
  const loaded = state.element === 'news-source-attribution' ? undefined : loads(el);
  Object.assign(el, { ui, previewEdge: origins.edge, config, state: { ...DEFAULT_STATE, feed: 'seed', ...ALL_FIELDS, ...state } });
  wrapper.append(el);
  await el.updateComplete;
  if (loaded) await loaded;
  else await customElements.whenDefined('news-source-attribution');
  await settled(el);
  return el;
}

async function settled(el: NewsWidgetsBuilder): Promise<void> {
  await el.updateComplete;
  for (const widget of previews(el)) await widget.updateComplete;
}

/** Operates a control as a reader does: its value (or checked), then `change`. */
async function change(el: NewsWidgetsBuilder, selector: string, value: string | boolean): Promise<void> {
  const control = shadow(el).querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  expect(control, selector).to.exist;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control!.value = value;
  control!.dispatchEvent(new Event('change', { bubbles: true }));
  await settled(el);
}

describe('the widget builder', function () {
  this.timeout(120_000);

  before(async () => {
    origins = await (await fetch('/test/edge/origin')).json();
    // The configuration the edge's page carries, read as the page's own script reads it.
    const page = new DOMParser().parseFromString(await (await fetch(`${origins.edge}/builder`)).text(), 'text/html');
    config = JSON.parse(page.getElementById(CONFIG_ID)!.textContent!);
  });

  it('lists the edge’s named feeds with their titles and descriptions, and previews the first at phone and desktop widths', async () => {
    expect(config.feeds.map((feed) => feed.name)).to.deep.equal(['seed', 'rss', 'bare']);
    const el = await open({ feed: '' });
    const options = [...shadow(el).querySelectorAll<HTMLOptionElement>('select[name="feed"] option')];
    expect(options.map((option) => [option.value, option.textContent!.trim()])).to.deep.equal([
      ['seed', 'Sarbaz.kz — последние новости'], ['rss', 'Sarbaz.kz RSS'], ['bare', 'bare'], ['', 'Another address…'],
    ]);
    expect(shadow(el).querySelector('#feed-description')!.textContent).to.equal('Главные новости Sarbaz.kz, каждые 5 минут.');
    const [phone, desktop] = previews(el);
    expect(phone.getAttribute('src')).to.equal(`${origins.edge}/feeds/seed`);
    expect(texts(phone, 'title')).to.deep.equal(texts(desktop, 'title'));
    expect(texts(phone, 'title')[0]).to.equal('Обеспечить стратегическую безопасность');
    expect(phone.getBoundingClientRect().width).to.be.at.most(360);
    expect(desktop.getBoundingClientRect().width).to.be.greaterThan(phone.getBoundingClientRect().width);
    expect(code(el, 'element')).to.contain(`src="${origins.edge}/feeds/seed"`);
    // The feed's own home page, as the partner's fallback content: shown until the widget renders, and if it fails.
    expect(code(el, 'element')).to.match(/>\n {2}<a href="https:\/\/sarbaz\.example\/ru\/">Sarbaz\.kz — Последние новости<\/a>\n<\/news-latest-list>$/);
    await expect(el).to.be.accessible();
  });

  it('reads an address on an allowed origin through /feed, and refuses one elsewhere', async () => {
    const el = await open();
    const loaded = loads(el);
    await change(el, 'select[name="feed"]', '');
    const address = `${origins.upstream}/test/fixtures/shapes/rss.xml`;
    await change(el, 'input[name="url"]', address);
    await loaded;
    await settled(el);
    const src = `${origins.edge}/feed?url=${encodeURIComponent(address)}`;
    expect(previews(el)[0].getAttribute('src')).to.equal(src);
    expect(code(el, 'element')).to.contain(`src="${src}"`);
    expect(code(el, 'ssi')).to.contain(`render/news-latest-list?url=${encodeURIComponent(address)}`);
    await change(el, 'input[name="url"]', 'https://elsewhere.example/feed.xml');
    const field = shadow(el).querySelector('input[name="url"]')!;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(shadow(el).querySelector('#url-hint')!.textContent).to.equal(`This edge reads feeds on ${origins.upstream} only.`);
    expect(code(el, 'element')).not.to.contain('elsewhere');
    await expect(el).to.be.accessible();
  });

  it('every list control changes the preview and the code', async () => {
    const el = await open({ limit: 5 });
    const [phone] = previews(el);
    const step = async (selector: string, value: string | boolean, attribute: string, expected: string | null, snippet: string) => {
      const before = code(el, 'element');
      await change(el, selector, value);
      for (const widget of previews(el)) expect(widget.getAttribute(attribute), `${selector} → ${attribute}`).to.equal(expected);
      expect(code(el, 'element'), selector).not.to.equal(before);
      expect(code(el, 'element'), selector).to.contain(snippet);
    };
    await step('input[name="limit"]', '3', 'limit', '3', 'limit="3"');
    expect(texts(phone, 'item')).to.have.length(3);
    // The rubrics found in the feed are the choices.
    const rubrics = [...shadow(el).querySelectorAll<HTMLInputElement>('input[name="rubric"]')].map((box) => box.value);
    expect(rubrics).to.include.members(['В центре внимания', 'Служба', 'Полезное']);
    await step('input[name="rubric"][value="Служба"]', true, 'rubric', 'Служба', 'rubric="Служба"');
    expect(texts(phone, 'rubric')).to.have.length.greaterThan(0);
    expect(texts(phone, 'rubric').filter((rubric) => !rubric.includes('Служба'))).to.deep.equal([]);
    await step('input[name="images"]', true, 'show-images', '', 'show-images');
    await step('input[name="relative"]', true, 'relative-dates', '', 'relative-dates');
    await step('input[name="relative"]', false, 'relative-dates', null, 'limit="3"');
    await step('select[name="dateFormat"]', 'HH:mm', 'date-format', 'HH:mm', 'date-format="HH:mm"');
    expect(texts(phone, 'date')[0]).to.match(/^\d\d:\d\d$/);
    await step('select[name="timeZone"]', 'Europe/Moscow', 'time-zone', 'Europe/Moscow', 'time-zone="Europe/Moscow"');
    await step('select[name="theme"]', 'dark', 'theme', 'dark', 'theme="dark"');
    await step('select[name="lang"]', 'kk', 'lang', 'kk', 'lang="kk"');
    expect(texts(phone, 'heading')[0]).to.equal('Соңғы жаңалықтар');
    for (const layout of ['compact', 'grid', 'ticker', 'carousel', 'list']) {
      await step('select[name="layout"]', layout, 'layout', layout, layout === 'list' ? 'limit="3"' : `layout="${layout}"`);
    }
    // The feed: another named feed is fetched and its rubrics become the choices.
    const loaded = loads(el);
    await step('select[name="feed"]', 'rss', 'src', `${origins.edge}/feeds/rss`, `src="${origins.edge}/feeds/rss"`);
    await loaded;
    await settled(el);
    expect(code(el, 'element')).not.to.contain('rubric=');
    expect(texts(phone, 'title')[0]).to.equal('Обеспечить стратегическую безопасность');
  });

  it('the brand controls set custom properties on the preview and write them as CSS; the script choice changes the script', async () => {
    const el = await open();
    const [phone] = previews(el);
    expect(code(el, 'brand')).to.equal('');
    await change(el, 'input[name="accent-on"]', true);
    await change(el, 'input[name="accent"]', '#a4531a');
    expect(phone.style.getPropertyValue('--news-color-accent')).to.equal('#a4531a');
    expect(code(el, 'brand')).to.contain('--news-color-accent: #a4531a;');
    expect(code(el, 'brand')).to.contain('--news-rubric-background: #a4531a;');
    for (const [name, property, value] of [['text', '--news-color-text', '#102030'], ['background', '--news-color-background', '#fafaf0']]) {
      await change(el, `input[name="${name}-on"]`, true);
      await change(el, `input[name="${name}"]`, value);
      expect(phone.style.getPropertyValue(property)).to.equal(value);
      expect(code(el, 'brand')).to.contain(`${property}: ${value};`);
    }
    await change(el, 'select[name="font"]', 'Georgia, serif');
    expect(phone.style.getPropertyValue('--news-font-family')).to.equal('Georgia, serif');
    expect(code(el, 'brand')).to.contain('--news-font-family: Georgia, serif;');
    await change(el, 'select[name="radius"]', '0');
    expect(phone.style.getPropertyValue('--news-radius')).to.equal('0');
    expect(code(el, 'brand')).to.match(/^news-latest-list \{\n/);
    await change(el, 'input[name="accent-on"]', false);
    expect(phone.style.getPropertyValue('--news-color-accent')).to.equal('');
    expect(code(el, 'brand')).not.to.contain('accent');

    expect(code(el, 'script')).to.contain('<script type="importmap">');
    expect(code(el, 'script')).to.contain(`src="${config.dist}news-widgets.js"`);
    await change(el, 'select[name="script"]', 'iife');
    expect(code(el, 'script')).to.equal(`<script data-src="${config.dist}news-widgets.iife.js"\n  data-integrity="${config.integrity['news-widgets.iife.js']}">${AFTER_PAINT_LOADER}</script>`);
    expect(shadow(el).querySelector('figure[data-code="script"] + .hint code')!.textContent).to.equal(config.integrity['after-paint']);
    expect(code(el, 'reserved')).to.match(/^news-latest-list \{\n {2}display: block;\n {2}box-sizing: border-box;\n {2}min-block-size: (calc\()?[\d.]+em( \+ \d+px\))?;\n\}$/);
    const five = code(el, 'reserved');
    await change(el, 'input[name="limit"]', '8');
    expect(code(el, 'reserved'), 'more stories reserve more').not.to.equal(five);
  });

  it('the card and the attribution have their own controls, preview and code', async () => {
    const el = await open();
    let loaded = loads(el);
    await change(el, 'select[name="element"]', 'news-article-card');
    await loaded;
    await settled(el);
    expect(previews(el).map((widget) => widget.localName)).to.deep.equal(['news-article-card', 'news-article-card']);
    expect(code(el, 'element')).to.match(/^<news-article-card src=/);
    expect(texts(previews(el)[0], 'title')[0]).to.equal('Обеспечить стратегическую безопасность');
    await change(el, 'select[name="layout"]', 'horizontal');
    expect(previews(el)[0].getAttribute('layout')).to.equal('horizontal');
    await change(el, 'input[name="index"]', '1');
    expect(texts(previews(el)[0], 'title')[0]).to.equal('Сохраняя победные традиции');
    expect(code(el, 'element')).to.contain('index="1"');
    expect(code(el, 'ssi')).to.contain('render/news-article-card?feed=seed&lang=en&layout=horizontal&index=1');
    await expect(el).to.be.accessible();

    await change(el, 'select[name="element"]', 'news-source-attribution');
    await customElements.whenDefined('news-source-attribution');
    await change(el, 'input[name="outlet"]', 'Sarbaz.kz');
    await change(el, 'input[name="cites"]', 'Reuters');
    await change(el, 'select[name="wording"]', 'full');
    await change(el, 'select[name="variant"]', 'block');
    const [attribution] = previews(el);
    expect(attribution.localName).to.equal('news-source-attribution');
    expect(attribution.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Reported by Sarbaz.kz, citing Reuters');
    expect(code(el, 'element')).to.contain('outlet="Sarbaz.kz"');
    expect(code(el, 'element')).to.contain('variant="block"');
    expect(code(el, 'element')).not.to.contain('src=');
    expect(code(el, 'element')).not.to.contain('<a ');
    // Its height is not told by its attributes: nothing is reserved.
    expect(code(el, 'reserved')).to.equal('');
    await expect(el).to.be.accessible();
    loaded = loads(el);
    await change(el, 'select[name="element"]', 'news-latest-list');
    await loaded;
  });

  it('the ticker and the carousel preview, and say they are not rendered on the server', async () => {
    const el = await open({ layout: 'ticker' });
    expect(code(el, 'ssi')).to.equal('');
    expect(code(el, 'reserved')).to.equal('');
    expect(shadow(el).textContent).to.contain('The ticker and the carousel are not rendered on the server.');
    expect(shadow(el).querySelector('input[name="images"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const kind of ['iife', 'module'] as const) {
    it(`the copied code (${kind === 'iife' ? 'one file' : 'the ES module with its import map'}), pasted into a fresh page, renders the same widget with integrity verified`, async () => {
      const el = await open({ script: kind, limit: 3, accent: '#a4531a' });
      // What a copy button copies is its block's text.
      const copy = shadow(el).querySelector<HTMLButtonElement>('figure[data-code="element"] button')!;
      const copied = oneEvent(el, 'builder-copy');
      copy.click();
      expect((await copied).detail.text).to.equal(code(el, 'element'));
      await el.updateComplete;
      expect(shadow(el).querySelector('figure[data-code="element"] [role="status"]')!.textContent).to.match(/^(Copied\.|Selected: press Ctrl\+C \(⌘C\) to copy\.)$/);
      const page = (script: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <script>window.loaded = new Promise((resolve) => addEventListener('news-load', (event) => resolve(event.detail), { once: true }));
          window.refused = new Promise((resolve) => addEventListener('error', (event) => event.target instanceof HTMLScriptElement && resolve(event.target.src), true));</script>
        <style>${code(el, 'brand')}\n${code(el, 'reserved')}</style></head>
        <body>${code(el, 'element')}\n${script}</body></html>`;
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="partner page" style="width: 800px; height: 600px"></iframe>`);
      // The widget loads lazily, when near the viewport: the page is brought into view, as a reader scrolls to it.
      frame.scrollIntoView();
      const ready = oneEvent(frame, 'load');
      frame.srcdoc = page(code(el, 'script'));
      await ready;
      const view = frame.contentWindow as Window & { loaded: Promise<unknown> };
      await view.loaded;
      const widget = view.document.querySelector('news-latest-list') as HTMLElement & { updateComplete: Promise<boolean> };
      await widget.updateComplete;
      expect(texts(widget, 'title')).to.deep.equal(texts(previews(el)[1], 'title'));
      expect(texts(widget, 'date')).to.deep.equal(texts(previews(el)[1], 'date'));
      expect(view.getComputedStyle(widget).getPropertyValue('--news-color-accent').trim()).to.equal('#a4531a');

      // The same code with the entry's hash changed: the browser refuses the script, and nothing is defined.
      const hash = kind === 'iife' ? config.integrity['news-widgets.iife.js'] : config.integrity['news-widgets.js'];
      const tampered = await fixture<HTMLIFrameElement>(html`<iframe title="tampered page"></iframe>`);
      const refused = oneEvent(tampered, 'load');
      tampered.srcdoc = page(code(el, 'script').replace(hash, `sha384-${'A'.repeat(64)}`));
      await refused;
      // The loader adds the script once the page has painted: its refusal is an error event on that script.
      expect(await (tampered.contentWindow as Window & { refused: Promise<string> }).refused).to.equal(`${config.dist}${kind === 'iife' ? 'news-widgets.iife.js' : 'news-widgets.js'}`);
      expect(tampered.contentWindow!.customElements.get('news-latest-list')).to.equal(undefined);
    });
  }

  it('the permalink restores every control', async () => {
    const names = config.feeds.map((feed) => feed.name);
    const cases: Partial<BuilderState>[] = [
      { feed: 'rss', layout: 'grid', lang: 'kk', limit: 7, rubric: ['Служба', 'Полезное'], images: true, relative: true, dateFormat: 'd MMMM yyyy, HH:mm', timeZone: 'Europe/Moscow', theme: 'dark', accent: '#a4531a', text: '#102030', background: '#fafaf0', font: 'Georgia, serif', radius: '0.5em', script: 'iife' },
      { element: 'news-article-card', layout: 'compact', index: 2, theme: 'auto', lang: 'ru', relative: true },
      { element: 'news-source-attribution', layout: '', outlet: 'Sarbaz.kz', outletUrl: 'https://sarbaz.example/', cites: 'Reuters, AP', citesUrl: 'https://reuters.example/, https://ap.example/', wording: 'full', variant: 'block' },
      { feed: '', url: `${origins.upstream}/test/fixtures/shapes/atom.xml`, layout: 'carousel' },
    ];
    for (const state of cases) {
      const chosen = { ...DEFAULT_STATE, feed: 'seed', ...ALL_FIELDS, ...state };
      const first = await open(chosen);
      const link = new URL(first.permalink());
      expect(link.origin + link.pathname).to.equal(`${origins.edge}/`);
      const restored = stateFromQuery(link.searchParams, names);
      expect(restored).to.deep.equal(chosen);
      const second = await open(restored);
      const controls = (el: NewsWidgetsBuilder) => [...shadow(el).querySelectorAll<HTMLInputElement>('form [name]')].map((control) => [control.name, control.type === 'checkbox' ? control.checked : control.value]);
      expect(controls(second)).to.deep.equal(controls(first));
      expect(second.snippets()).to.deep.equal(first.snippets());
    }
  });

  for (const ui of ['ru', 'kk', 'en'] as const) {
    it(`speaks ${ui}, switches language from its own buttons, and is accessible`, async () => {
      const el = await open({}, ui);
      expect(el.lang).to.equal(ui);
      const title = shadow(el).querySelector('h1')!.textContent;
      expect(title).to.equal({ ru: 'Конструктор новостного виджета', kk: 'Жаңалықтар виджетінің құрастырушысы', en: 'News widget builder' }[ui]);
      await expect(el).to.be.accessible();
      const other = ui === 'en' ? 'ru' : 'en';
      shadow(el).querySelector<HTMLButtonElement>(`.switch button[lang="${other}"]`)!.click();
      await el.updateComplete;
      expect(el.lang).to.equal(other);
      expect(shadow(el).querySelector(`.switch button[lang="${other}"]`)!.getAttribute('aria-pressed')).to.equal('true');
    });
  }

  it('works from the keyboard alone: every control and copy button in order, a checkbox and a button operated by keys', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button></div>`);
    const el = await open({ limit: 3 });
    wrapper.append(el);
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const reached: string[] = [];
    for (let step = 0; step < 80 && !reached.includes('permalink-copy'); step++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement as HTMLElement | null;
      if (!active) continue;
      const name = active.getAttribute('name') ?? (active.closest('figure') ? `copy-${active.closest('figure')!.getAttribute('data-code')}${active.localName === 'pre' ? '-code' : ''}` : active.closest('.permalink') ? 'permalink-copy' : active.getAttribute('lang') ?? active.localName);
      reached.push(name);
      if (name === 'images') {
        await sendKeys({ press: ' ' });
        await settled(el);
        expect(previews(el)[0].hasAttribute('show-images')).to.equal(true);
      }
    }
    for (const expected of ['ru', 'kk', 'en', 'feed', 'element', 'layout', 'lang', 'limit', 'rubric', 'images', 'relative', 'dateFormat', 'timeZone', 'theme', 'accent-on', 'font', 'radius', 'script', 'copy-element', 'copy-script', 'copy-reserved', 'copy-ssi', 'copy-php', 'permalink', 'permalink-copy']) {
      expect(reached, expected).to.include(expected);
    }
    // The language switch answers Enter.
    shadow(el).querySelector<HTMLButtonElement>('.switch button[lang="kk"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.lang).to.equal('kk');
  });
});
