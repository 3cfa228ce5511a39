import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/latest-list/define.js';
import '../../src/components/article-card/define.js';
import '../../src/components/source-attribution/define.js';
import { clearFeedCache, fetchFeed } from '../../src/index.js';
import { edgeOrigins, geometry, loadScript, page, serverRendered, settled, visibleText } from './support.js';
import { markupOf, texts } from '../support/harness.js';

// Widgets rendered by the feed edge (news-widgets/ssr), parsed by each engine: what a reader sees
// before any script runs, what the script-tag builds make of it (hydration), and how that compares
// with the same widget rendered in the browser. Tashkent time: UTC+5 in every engine's zone data.
const ZONE = 'Asia/Tashkent';
const LIST = 'seed/latest.json';
const ARTICLE = 'seed/article.json';
// Whole pages with the script-tag builds: slow on a busy 2-core machine.
const PAGE_TIMEOUT_MS = 120_000;

type Widget = HTMLElement & { updateComplete: Promise<boolean>; retry?: () => void };

const cases: [tag: string, fixture: string, attributes: Record<string, string>][] = [
  ...['list', 'compact', 'grid'].map((layout): [string, string, Record<string, string>] => ['news-latest-list', LIST, { layout, limit: '5' }]),
  ...['vertical', 'horizontal', 'compact'].map((layout): [string, string, Record<string, string>] => ['news-article-card', ARTICLE, { layout }]),
  ['news-source-attribution', ARTICLE, { variant: 'block', wording: 'full' }],
];

/** The same widget rendered in this page from the edge's feed, as a partner's page would without the server. */
async function clientRendered(tag: string, attributes: Record<string, string>, src: string): Promise<Widget> {
  const element = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 704px"></div>`);
  if (tag === 'news-source-attribution') {
    (element as unknown as { item: unknown }).item = (await fetchFeed(src)).items[0];
    wrapper.append(element);
  } else {
    element.setAttribute('src', src);
    element.setAttribute('loading', 'eager');
    const loaded = oneEvent(element, 'news-load');
    wrapper.append(element);
    await loaded;
  }
  await settled(element);
  return element;
}

describe('server-rendered widgets, before any script', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  beforeEach(() => clearFeedCache());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const lang of ['ru', 'kk', 'en']) {
    it(`${lang}: the declarative shadow root attaches and shows what client rendering shows, in every layout`, async () => {
      const { edge, upstream } = await edgeOrigins();
      for (const [tag, path, own] of cases) {
        const attributes = { lang, 'time-zone': ZONE, ...own };
        const frame = await page(await serverRendered(tag, path, attributes), { scripts: false });
        const host = frame.contentDocument!.querySelector(tag)!;
        expect(host.shadowRoot, `${tag} ${own.layout ?? ''}: no shadow root`).to.not.equal(null);
        const src = host.getAttribute('src') ?? `${edge}/feed?${new URLSearchParams({ url: `${upstream}/test/fixtures/${path}`, 'time-zone': ZONE })}`;
        const client = await clientRendered(tag, attributes, src);
        expect(visibleText(host.shadowRoot!), `${tag} ${JSON.stringify(own)}`).to.equal(visibleText(client.shadowRoot!));
        frame.remove();
        client.parentElement!.remove();
      }
    });
  }

  it('with scripts disabled, shows the headlines as links in the widget’s own styles', async () => {
    const body = (await serverRendered('news-latest-list', LIST, { lang: 'ru', limit: '3', 'time-zone': ZONE }))
      + (await serverRendered('news-article-card', ARTICLE, { lang: 'ru', 'time-zone': ZONE }));
    const frame = await page(body, { scripts: false });
    const doc = frame.contentDocument!;
    const list = doc.querySelector('news-latest-list')!;
    const links = [...list.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="title"]')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal(['Обеспечить стратегическую безопасность', 'Сохраняя победные традиции', 'Здоровье в приоритете']);
    for (const link of links) {
      expect(link.href).to.match(/^https:\/\/sarbaz\.example\/ru\/news\/\d+$/);
      const box = link.getBoundingClientRect();
      expect(box.width * box.height, link.textContent!).to.be.greaterThan(0);
    }
    expect(texts(list, 'date')[0]).to.equal('21/01/2026 - 18:21');
    // The widget's stylesheet applies: the rubric tag is a tag, not plain text.
    const rubric = list.shadowRoot!.querySelector('[part~="rubric"]')!;
    expect(doc.defaultView!.getComputedStyle(rubric).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(doc.defaultView!.getComputedStyle(list).display).to.equal('block');
    const card = doc.querySelector('news-article-card')!;
    expect(card.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="title"] a')!.href).to.equal('https://sarbaz.example/ru/news/bagdad-i-vashington-vozobnovlyayut-peregovory');
    expect(card.shadowRoot!.querySelector('news-source-attribution')!.shadowRoot!.textContent).to.contain('Jerusalem Post');
    // The data is inert: a script element that never ran and shows nothing.
    const data = list.querySelector('script')!;
    expect(data.type).to.equal('application/json');
    expect(data.getBoundingClientRect().height).to.equal(0);
  });
});

/** Everything hydration must not do, watched from before the script loads. */
function watch(frame: HTMLIFrameElement) {
  const win = frame.contentWindow! as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const fetches: string[] = [];
  const realFetch = win.fetch.bind(win);
  win.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    fetches.push(String(input instanceof Request ? input.url : input));
    return realFetch(input, init);
  }) as typeof fetch;
  const shifts: string[] = [];
  const layoutShifts = win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift');
  // Shifts from now on, when the page has loaded and the script is about to: on a busy machine the
  // parser can paint the page half-built while it loads, which is the page's own doing, not hydration's.
  const since = win.performance.now();
  if (layoutShifts) {
    new win.PerformanceObserver((list) => list.getEntries().forEach((entry) => {
      // Said with what moved, so that a failure names it.
      const { value, sources = [] } = entry as PerformanceEntry & { value: number; sources?: { node?: Node }[] };
      if (entry.startTime >= since) shifts.push(`${value.toFixed(4)} (${sources.map((source) => source.node?.nodeName ?? '?').join(', ')})`);
    })).observe({ type: 'layout-shift', buffered: true });
  }
  const skeletons: string[] = [];
  const hosts = [...doc.querySelectorAll<Widget>('news-latest-list, news-article-card')];
  for (const host of hosts) {
    new win.MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof win.Element && (node.matches('.skeleton') || node.querySelector('.skeleton'))) skeletons.push(host.localName);
      }
    }).observe(host.shadowRoot!, { childList: true, subtree: true });
  }
  const loads = hosts.map((host) => new Promise<Event>((resolve) => host.addEventListener('news-load', resolve, { once: true })));
  return { win, doc, hosts, fetches, shifts, layoutShifts, skeletons, loads, before: hosts.map(geometry), titlesBefore: hosts.map((host) => texts(host, 'title')) };
}

async function hydratedPage(build: 'iife' | 'esm', attributes: Record<string, string> = {}) {
  const body = `<div style="display: flex; gap: 24px"><div style="flex: 2">${await serverRendered('news-article-card', ARTICLE, { lang: 'ru', 'time-zone': ZONE, ...attributes })}</div>`
    + `<div style="flex: 1">${await serverRendered('news-latest-list', LIST, { lang: 'ru', limit: '4', 'time-zone': ZONE, ...attributes })}</div></div>`;
  const frame = await page(body, { width: 960 });
  const watched = watch(frame);
  await loadScript(frame, build);
  await Promise.all(watched.loads);
  for (const host of watched.hosts) await settled(host);
  // One more frame, for a layout shift to be reported.
  await new Promise((resolve) => watched.win.requestAnimationFrame(() => watched.win.setTimeout(resolve)));
  return watched;
}

describe('hydration of server-rendered widgets', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const build of ['iife', 'esm'] as const) {
    it(`${build}: in place, with no request, no skeleton, no layout shift, each headline once`, async () => {
      const watched = await hydratedPage(build);
      expect(watched.fetches, 'requests').to.deep.equal([]);
      const { edge } = await edgeOrigins();
      expect(watched.win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.startsWith(edge))).to.deep.equal([]);
      expect(watched.skeletons, 'skeletons').to.deep.equal([]);
      if (watched.layoutShifts) expect(watched.shifts, 'layout-shift entries').to.deep.equal([]);
      expect(watched.hosts.map(geometry), 'geometry').to.deep.equal(watched.before);
      expect(watched.hosts.map((host) => texts(host, 'title')), 'headlines').to.deep.equal(watched.titlesBefore);
      for (const host of watched.hosts) {
        const text = host.shadowRoot!.textContent!;
        for (const title of texts(host, 'title')) expect(text.split(title).length - 1, `${title} in the DOM once`).to.equal(host.localName === 'news-article-card' ? 2 : 1);
        // Hydrated, not rendered again: the server's <style> is still there, and the nodes are the server's.
        expect(host.shadowRoot!.querySelectorAll('style')).to.have.length(1);
      }
    });
  }

  it('list-iife: the list-only script hydrates a server-rendered list too', async () => {
    const frame = await page(await serverRendered('news-latest-list', LIST, { lang: 'kk', limit: '3', 'time-zone': ZONE, layout: 'compact' }));
    const watched = watch(frame);
    await loadScript(frame, 'list-iife');
    await Promise.all(watched.loads);
    await settled(watched.hosts[0]);
    expect(watched.fetches).to.deep.equal([]);
    expect(watched.skeletons).to.deep.equal([]);
    expect(watched.hosts.map(geometry)).to.deep.equal(watched.before);
    expect(watched.hosts[0].shadowRoot!.querySelectorAll('style')).to.have.length(1);
    expect(texts(watched.hosts[0], 'heading')).to.deep.equal(['Соңғы жаңалықтар']);
  });

  it('then behaves as if rendered on the client: clicks, changed attributes, language, retry', async () => {
    const { hosts, fetches } = await hydratedPage('iife');
    const [card, list] = hosts;
    // Clicks: news-item-click with the item, cancelable.
    const link = list.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="title"]')!;
    list.addEventListener('news-item-click', (event) => event.preventDefault(), { once: true });
    const clicked = oneEvent(list, 'news-item-click');
    link.click();
    expect((await clicked).detail.item.title).to.equal('Обеспечить стратегическую безопасность');
    // Attributes: fewer items, another rubric, no request.
    list.setAttribute('limit', '2');
    await list.updateComplete;
    expect(texts(list, 'title')).to.deep.equal(['Обеспечить стратегическую безопасность', 'Сохраняя победные традиции']);
    list.setAttribute('rubric', 'Служба');
    await list.updateComplete;
    expect(texts(list, 'title')).to.deep.equal(['Здоровье в приоритете']);
    // Language.
    list.setAttribute('lang', 'kk');
    await settled(list);
    expect(texts(list, 'heading')).to.deep.equal(['Соңғы жаңалықтар']);
    card.setAttribute('lang', 'en');
    await settled(card);
    expect(texts(card, 'read-more')[0]).to.match(/^Read more/);
    expect(fetches).to.deep.equal([]);
    // Retry fetches the feed again, from the edge that rendered it.
    const reloaded = oneEvent(list, 'news-load');
    list.retry!();
    expect((await reloaded).detail.feed.items.length).to.be.greaterThan(2);
    expect(fetches).to.deep.equal([list.getAttribute('src')]);
  });

  it('the article body and relative dates arrive after hydration', async () => {
    const { edge, upstream } = await edgeOrigins();
    const minutesAgo = new Date(Date.now() - 5 * 60_000).toISOString();
    const feed = JSON.stringify([{ id: 'fresh', title: 'Свежая новость', url: 'https://outlet.example/fresh', date: minutesAgo, body: '<p>Текст статьи.</p>' }]);
    const source = `${upstream}/mock/slow?${new URLSearchParams({ ms: '0', body: feed })}`;
    const response = await fetch(`${edge}/render/news-article-card?${new URLSearchParams({ url: source, lang: 'ru', 'relative-dates': '', 'show-body': '' })}`);
    const frame = await page(await response.text(), { width: 800 });
    const watched = watch(frame);
    const [card] = watched.hosts;
    // On the server: UTC, by pattern; no body.
    expect(texts(card, 'date')[0]).to.match(/^\d\d\/\d\d\/\d{4} - \d\d:\d\d$/);
    expect(markupOf(card.shadowRoot!.querySelector('[part~="body"]'))).to.equal(null);
    await loadScript(frame);
    await watched.loads[0];
    await settled(card);
    expect(texts(card, 'date')[0]).to.match(/минут.? назад$/);
    expect(texts(card, 'body')).to.deep.equal(['Текст статьи.']);
    expect(watched.fetches).to.deep.equal([]);
  });
});

describe('server-rendered widgets without Lit’s hydration support (this page registers the classes alone)', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  let fetches: string[] = [];
  const realFetch = window.fetch;
  beforeEach(() => {
    clearFeedCache();
    fetches = [];
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      fetches.push(String(input));
      return realFetch(input, init);
    }) as typeof fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  async function inserted(insert: (container: HTMLDivElement, markup: string) => void): Promise<Widget> {
    const markup = await serverRendered('news-latest-list', LIST, { lang: 'ru', limit: '3', 'time-zone': ZONE });
    fetches.length = 0;
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const loaded = new Promise((resolve) => container.addEventListener('news-load', resolve, { once: true }));
    insert(container, markup);
    const list = container.querySelector<Widget>('news-latest-list')!;
    await loaded;
    await settled(list);
    return list;
  }

  const expectRenderedOnce = (list: Widget) => {
    expect(texts(list, 'title')).to.deep.equal(['Обеспечить стратегическую безопасность', 'Сохраняя победные традиции', 'Здоровье в приоритете']);
    expect(texts(list, 'date')[0]).to.equal('21/01/2026 - 18:21');
    expect(list.shadowRoot!.querySelectorAll('ul')).to.have.length(1);
    expect(fetches, 'requests').to.deep.equal([]);
  };

  it('a declarative shadow root is emptied and rendered afresh from the inline data: once, with no request', async function () {
    if (!('setHTMLUnsafe' in Element.prototype)) this.skip();
    const list = await inserted((container, markup) => (container as HTMLDivElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(markup));
    expectRenderedOnce(list);
    expect(markupOf(list.shadowRoot!.querySelector('style')), 'a fresh root: adopted styles only').to.equal(null);
  });

  it('markup inserted with innerHTML (no declarative shadow root) renders from its inline data, with no request', async () => {
    const list = await inserted((container, markup) => (container.innerHTML = markup));
    expectRenderedOnce(list);
  });
});
