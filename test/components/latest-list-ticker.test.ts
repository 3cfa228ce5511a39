import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { clearFeedCache, type NewsItem } from '../../src/index.js';
import { installFakePageVisibility } from '../support/fake-page-visibility.js';
import { installFakeScheduler } from '../support/fake-scheduler.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { nextFrame, part, parts, shadow, text } from '../support/harness.js';

function item(index: number, extra: Partial<NewsItem> = {}): NewsItem {
  return {
    id: `t${index}`,
    title: `Заголовок ${index}`,
    url: `https://outlet.example/${index}`,
    rubrics: [{ name: index % 2 ? 'Служба' : 'Полезное' }],
    date: new Date(Date.UTC(2026, 0, 22 - index, 13, 21)),
    cites: [],
    ...extra,
  };
}
const FIVE = [1, 2, 3, 4, 5].map((index) => item(index));

const headline = (el: Element) => parts(el, 'item').map((slide) => text(slide.querySelector('[part~="title"]')));
const live = (el: Element) => shadow(el).querySelector('.slides')!.getAttribute('aria-live');
/** Rotation steps waiting: the rotation is the only timer of an interval's length here. */
const rotationTimers = (time: { pending: number[] }, seconds = 6) => time.pending.filter((ms) => ms === seconds * 1000);

describe('<news-latest-list layout="ticker">', () => {
  let time: ReturnType<typeof installFakeScheduler>;
  beforeEach(() => {
    clearFeedCache();
    time = installFakeScheduler();
  });
  afterEach(async () => {
    time.restore();
    await resetMouse();
  });

  async function ticker(attributes: { lang?: string; interval?: number; items?: NewsItem[] } = {}): Promise<NewsLatestList> {
    const el = await fixture<NewsLatestList>(html`<news-latest-list layout="ticker" lang=${attributes.lang ?? 'ru'} time-zone="UTC"
      interval=${attributes.interval ?? 0} .items=${attributes.items ?? FIVE}></news-latest-list>`);
    await el.updateComplete;
    return el;
  }

  it('shows one headline at a time — rubric tag, linked headline, time — as a slide of a carousel, controls first', async () => {
    const el = await ticker();
    expect(parts(el, 'item')).to.have.length(1);
    const slide = parts(el, 'item')[0];
    expect(text(slide.querySelector('[part~="rubric"]'))).to.equal('Рубрика: Служба');
    expect(slide.querySelector('a[part~="title"]')!.getAttribute('href')).to.equal('https://outlet.example/1');
    expect(text(slide.querySelector('time'))).to.equal('21/01/2026 - 13:21');
    expect([slide.getAttribute('role'), slide.getAttribute('aria-roledescription'), slide.getAttribute('aria-label')]).to.deep.equal(['group', 'слайд', '1 из 5']);
    const region = shadow(el).querySelector('section')!;
    expect([region.getAttribute('aria-roledescription'), region.getAttribute('aria-label')]).to.deep.equal(['карусель', 'Последние новости']);
    const buttons = [...part(el, 'controls').querySelectorAll('button')];
    expect(buttons.map((button) => [button.getAttribute('part'), button.getAttribute('aria-label')])).to.deep.equal([
      ['pause', 'Остановить автопрокрутку'], ['prev', 'Предыдущий материал'], ['next', 'Следующий материал'],
    ]);
    // The rotation control comes first in reading and tab order; it is visible without hovering.
    expect(part(el, 'controls').compareDocumentPosition(slide) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(part(el, 'pause').getBoundingClientRect().width).to.be.greaterThan(20);
    expect(getComputedStyle(part(el, 'pause')).visibility).to.equal('visible');
    expect(live(el)).to.equal('off');
    await expect(el).to.be.accessible();
  });

  it('advances every 6 s by default and wraps round; interval sets the pace, never under 2 s', async () => {
    const el = await ticker();
    expect(rotationTimers(time)).to.deep.equal([6000]);
    await time.advance(6000);
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 2']);
    expect(parts(el, 'item')[0].getAttribute('aria-label')).to.equal('2 из 5');
    await time.advance(4 * 6000);
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 1']);
    const quick = await ticker({ interval: 1 });
    expect(rotationTimers(time, 2)).to.have.length(1);
    quick.remove();
    await ticker({ interval: 10 });
    expect(rotationTimers(time, 10)).to.have.length(1);
  });

  it('the rotation control stops and starts it, saying what it will do; stopped, announcements are polite', async () => {
    const el = await ticker({ lang: 'en' });
    part(el, 'pause').click();
    await el.updateComplete;
    expect(part(el, 'pause').getAttribute('aria-label')).to.equal('Start automatic rotation');
    expect(rotationTimers(time)).to.deep.equal([]);
    expect(live(el)).to.equal('polite');
    await time.advance(30_000);
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 1']);
    await expect(el).to.be.accessible();
    part(el, 'pause').click();
    await el.updateComplete;
    expect(part(el, 'pause').getAttribute('aria-label')).to.equal('Stop automatic rotation');
    expect(rotationTimers(time)).to.deep.equal([6000]);
  });

  it('pauses while focus is within it (the rotation control excepted) and resumes when focus leaves', async () => {
    const el = await ticker();
    parts(el, 'title')[0].focus();
    await el.updateComplete;
    expect(rotationTimers(time)).to.deep.equal([]);
    expect(live(el)).to.equal('polite');
    await time.advance(30_000);
    expect(headline(el)).to.deep.equal(['Заголовок 1']);
    parts(el, 'title')[0].blur();
    await el.updateComplete;
    expect(rotationTimers(time)).to.deep.equal([6000]);
    expect(live(el)).to.equal('off');
    // On the rotation control, rotation goes on: that is where a keyboard reader starts and stops it.
    part(el, 'pause').focus();
    await el.updateComplete;
    expect(rotationTimers(time)).to.deep.equal([6000]);
  });

  it('pauses while the pointer is over it', async () => {
    const el = await ticker();
    const box = parts(el, 'item')[0].getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.top + box.height / 2)] });
    await el.updateComplete;
    expect(rotationTimers(time)).to.deep.equal([]);
    expect(live(el)).to.equal('polite');
    await sendMouse({ type: 'move', position: [Math.round(box.left + 5), Math.round(box.bottom + 200)] });
    await el.updateComplete;
    expect(rotationTimers(time)).to.deep.equal([6000]);
  });

  it('pauses while the page is hidden', async () => {
    const page = installFakePageVisibility();
    try {
      const el = await ticker();
      page.hide();
      await el.updateComplete;
      expect(rotationTimers(time)).to.deep.equal([]);
      await time.advance(30_000);
      expect(headline(el)).to.deep.equal(['Заголовок 1']);
      page.show();
      await el.updateComplete;
      expect(rotationTimers(time)).to.deep.equal([6000]);
      el.remove();
      expect(page.subscribers).to.equal(0);
    } finally {
      page.restore();
    }
  });

  it('previous and next step through by keyboard, wrapping; the reader’s steps are announced politely', async () => {
    const el = await ticker();
    part(el, 'next').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 2']);
    expect(live(el)).to.equal('polite');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 3']);
    part(el, 'prev').focus();
    for (let press = 0; press < 3; press++) await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 5']);
    expect(shadow(el).activeElement).to.equal(part(el, 'prev'));
    await expect(el).to.be.accessible();
  });

  it('a step the reader takes starts a whole interval again', async () => {
    const el = await ticker({ interval: 8 });
    await time.advance(5000);
    part(el, 'next').click();
    await el.updateComplete;
    expect(rotationTimers(time, 8)).to.deep.equal([8000]);
    await time.advance(7000);
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 2']);
  });

  it('keeps the headline on screen when new items arrive, and goes on from it', async () => {
    const el = await ticker();
    await time.advance(6000);
    el.items = [item(9), ...FIVE];
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 2']);
    expect(parts(el, 'item')[0].getAttribute('aria-label')).to.equal('3 из 6');
    await time.advance(6000);
    await el.updateComplete;
    expect(headline(el)).to.deep.equal(['Заголовок 3']);
  });

  it('is accessible in the dark theme, in Kazakh', async () => {
    const el = await ticker({ lang: 'kk' });
    el.theme = 'dark';
    await el.updateComplete;
    expect(parts(el, 'item')[0].getAttribute('aria-label')).to.equal('5-тен 1');
    expect(part(el, 'pause').getAttribute('aria-label')).to.equal('Автоматты ауыстыруды тоқтату');
    await expect(el).to.be.accessible();
  });

  it('one headline: no controls and no rotation', async () => {
    const el = await ticker({ items: [item(1)] });
    expect(parts(el, 'controls')).to.have.length(0);
    expect(rotationTimers(time)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reserves its height: loading and loaded, short and long headlines, wide and narrow, all one line of the same height', async () => {
    let answer!: (response: Response) => void;
    const stub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 40em">
        <news-latest-list layout="ticker" lang="ru" heading="" loading="eager" src="https://outlet.example/feed.json"></news-latest-list></div>`);
      const el = wrapper.querySelector('news-latest-list')!;
      await el.updateComplete;
      expect(shadow(el).querySelector('[aria-busy="true"]')).to.exist;
      const loadingHeight = el.getBoundingClientRect().height;
      expect(loadingHeight).to.be.greaterThan(20);
      const long = 'Очень длинный заголовок, который ни за что не поместится в одну строку узкого информера на сайте партнёра и всё равно не сдвинет страницу';
      const loaded = oneEvent(el, 'news-load');
      answer(Response.json([{ id: '1', title: long, url: 'https://outlet.example/1', rubric: 'Служба', date: '2026-01-21T13:21:00Z' }, { id: '2', title: 'Коротко', url: 'https://outlet.example/2' }]));
      await loaded;
      expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
      const title = parts(el, 'title')[0];
      expect(title.scrollWidth).to.be.greaterThan(title.clientWidth);
      part(el, 'next').click();
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
      wrapper.style.width = '18em';
      await nextFrame();
      expect(el.getBoundingClientRect().height).to.equal(loadingHeight);
    } finally {
      stub.restore();
    }
  });

  it('its one animation, the headline rising into view, is in a prefers-reduced-motion: no-preference rule', async () => {
    const el = await ticker();
    // Every engine: the stylesheet animates the slide only when the reader has not asked for less motion.
    const sheets = shadow(el).adoptedStyleSheets;
    const rules = sheets.flatMap((sheet) => [...sheet.cssRules]);
    const animating = (list: CSSRule[]): CSSStyleRule[] => list.flatMap((rule) => (rule instanceof CSSStyleRule && /animation/.test(rule.cssText) && rule.selectorText.includes('.slide') ? [rule] : []));
    expect(animating(rules)).to.deep.equal([]);
    const motionRules = rules.filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('prefers-reduced-motion: no-preference'));
    expect(motionRules.flatMap((rule) => animating([...rule.cssRules]))).to.have.length(1);
    // The first headline appears in place; the next rises in (when the reader has not asked for less motion).
    expect(parts(el, 'item')[0].getAnimations()).to.deep.equal([]);
    part(el, 'next').click();
    await el.updateComplete;
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) expect(parts(el, 'item')[0].getAnimations()).to.have.length(1);
  });

  it('under prefers-reduced-motion headlines change in place, with no animation (skipped where a page cannot ask for reduced motion)', async function () {
    const el = await ticker();
    // Chromium emulates the media feature over CDP; Firefox's BiDi and WebKit's WebDriver cannot.
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
    } catch {
      this.skip();
    }
    try {
      if (!matchMedia('(prefers-reduced-motion: reduce)').matches) this.skip();
      part(el, 'next').click();
      await el.updateComplete;
      expect(parts(el, 'item')[0].getAnimations()).to.deep.equal([]);
      expect(headline(el)).to.deep.equal(['Заголовок 2']);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('is a layout of its own module: another layout stops its timers', async () => {
    const el = await ticker();
    expect(rotationTimers(time)).to.deep.equal([6000]);
    el.layout = 'list';
    await el.updateComplete;
    expect(rotationTimers(time)).to.deep.equal([]);
    expect(parts(el, 'item')).to.have.length(5);
    el.remove();
  });
});

describe('layouts load only when used', () => {
  it('the ES module build fetches the ticker’s and the carousel’s chunks only once a list uses them', async function () {
    this.timeout(60_000);
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="ru"><head><script type="module" src="${location.origin}/dist/news-widgets.js"></script></head>
      <body><news-latest-list heading="Список"></news-latest-list></body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const view = frame.contentWindow! as Window & typeof globalThis;
      while (!view.customElements.get('news-latest-list')) await new Promise((resolve) => setTimeout(resolve, 20));
      const list = frame.contentDocument!.querySelector('news-latest-list') as NewsLatestList;
      list.items = FIVE;
      await list.updateComplete;
      const chunks = () => view.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => /\/chunks\/(ticker|carousel|rotation)/.test(name));
      expect(chunks()).to.deep.equal([]);
      list.layout = 'ticker';
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
      expect(chunks().some((name) => name.includes('/chunks/ticker'))).to.equal(true);
      expect(chunks().some((name) => name.includes('/chunks/carousel'))).to.equal(false);
      list.layout = 'carousel';
      await list.updateComplete;
      expect(list.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(5);
      expect(chunks().some((name) => name.includes('/chunks/carousel'))).to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

describe('<news-latest-list layout="ticker"> moved in the page', () => {
  it('stops rotating while out of the document and starts again when put back', async () => {
    const time = installFakeScheduler();
    try {
      const el = await fixture<NewsLatestList>(html`<news-latest-list layout="ticker" lang="en" .items=${FIVE}></news-latest-list>`);
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      expect(rotationTimers(time)).to.deep.equal([]);
      parent.append(el);
      await el.updateComplete;
      expect(rotationTimers(time)).to.deep.equal([6000]);
    } finally {
      time.restore();
    }
  });
});
