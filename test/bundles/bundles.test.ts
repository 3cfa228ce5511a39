import { expect } from '@open-wc/testing';
import { markupOf, texts } from '../support/harness.js';

/** Loads a page in an iframe and waits until its three widgets have rendered. */
async function renderedPage(path: string): Promise<Document> {
  const ready = (doc: Document) => Boolean(['news-latest-list', 'news-article-card'].every((tag) => doc.querySelector(tag)?.shadowRoot?.querySelector('[part~="title"]'))
    && doc.querySelector('news-source-attribution')?.shadowRoot?.querySelector('[part~="outlet"]'));
  return (await framed(path, ready)).contentDocument!;
}

/** Loads a page in an iframe and polls until `ready` says it has rendered what the test needs. */
async function framed(path: string, ready: (doc: Document) => boolean): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 1200px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  // Polls the state itself, with no deadline of its own: the test's timeout bounds it.
  while (!ready(frame.contentDocument!)) await new Promise((resolve) => setTimeout(resolve, 20));
  return frame;
}

/** Every script a framed page fetched (its resource timing), as paths. */
const fetchedScripts = (frame: HTMLIFrameElement) => frame.contentWindow!.performance.getEntriesByType('resource')
  .map((entry) => new URL(entry.name).pathname).filter((path) => path.endsWith('.js'));

/** The chunk (its /dist/ path) holding each of these source modules, from Vite's manifest. */
async function chunksOf(...sources: string[]): Promise<Record<string, string>> {
  const manifest: Record<string, { file: string }> = await (await fetch('/dist/.vite/manifest.json')).json();
  return Object.fromEntries(sources.map((source) => {
    // A dependency's key is its path from the project, wherever node_modules really is.
    const key = Object.keys(manifest).find((candidate) => candidate === source || candidate.endsWith(`/${source}`));
    expect(key, source).to.be.a('string');
    return [source, `/dist/${manifest[key!].file}`];
  }));
}

const shadowText = (doc: Document, tag: string, part: string) => texts(doc.querySelector(tag)!, part);

function expectSeedContent(doc: Document): void {
  expect(shadowText(doc, 'news-latest-list', 'title')).to.deep.equal(['Обеспечить стратегическую безопасность', 'Сохраняя победные традиции', 'Здоровье в приоритете']);
  expect(shadowText(doc, 'news-latest-list', 'date')[0]).to.equal('21/01/2026 - 18:21');
  expect(shadowText(doc, 'news-article-card', 'title')).to.deep.equal(['Багдад и Вашингтон возобновляют переговоры о выводе войск из Ирака']);
  expect(doc.querySelector('news-source-attribution')!.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Sarbaz.kz со ссылкой на Jerusalem Post');
}

// Whole pages and unbundled package modules: slow on a busy 2-core machine, so a generous timeout.
const PAGE_TIMEOUT_MS = 120_000;

describe('script-tag bundles', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('dist/news-widgets.iife.js through a classic <script src> upgrades elements already in the page and renders the seed', async () => {
    const doc = await renderedPage('/test/bundles/iife.html');
    expectSeedContent(doc);
    expect((doc.defaultView as Window & { NewsWidgets?: Record<string, unknown> }).NewsWidgets).to.have.property('NewsLatestList');
  });

  it('dist/news-widgets.js as <script type="module"> renders the seed', async () => {
    expectSeedContent(await renderedPage('/test/bundles/esm.html'));
  });

  it('dist/news-latest-list.iife.js through a classic <script src> upgrades the list already in the page, and defines nothing else', async () => {
    const frame = await framed('/test/bundles/list-iife.html', (doc) => Boolean(doc.querySelector('news-latest-list')?.shadowRoot?.querySelector('[part~="title"]')));
    const doc = frame.contentDocument!;
    expect(shadowText(doc, 'news-latest-list', 'title')).to.deep.equal(['Обеспечить стратегическую безопасность', 'Сохраняя победные традиции', 'Здоровье в приоритете']);
    expect(shadowText(doc, 'news-latest-list', 'date')[0]).to.equal('21/01/2026 - 18:21');
    expect(frame.contentWindow!.customElements.get('news-article-card')).to.equal(undefined);
  });

  it('the IIFE included twice and beside the ES module never throws', async () => {
    const doc = await renderedPage('/test/bundles/twice.html');
    expectSeedContent(doc);
    expect((doc.defaultView as unknown as { errors: string[] }).errors).to.deep.equal([]);
  });
});

describe('dist/news-widgets.js loads what the page shows, and nothing else', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('a page with one Russian list fetches no card, attribution, sanitizer, date parser, formatter with words, zone support, other language, other reader, merging, offline copy or HTTP error reading', async () => {
    const frame = await framed('/test/bundles/list-only.html', (doc) => Boolean(doc.querySelector('news-latest-list')?.shadowRoot?.querySelector('[part~="title"]')));
    const fetched = fetchedScripts(frame);
    // The seed's reader (the field-name readers, src/data/read/shapes/generic.ts) is in the core, which the list's chunk imports.
    const wanted = await chunksOf('src/components/latest-list/define.ts', 'src/i18n/ru.ts');
    for (const [source, chunk] of Object.entries(wanted)) expect(fetched, source).to.include(chunk);
    const unwanted = await chunksOf(
      'src/components/article-card/define.ts', 'src/components/source-attribution/define.ts', 'node_modules/dompurify/dist/purify.es.mjs',
      'src/data/dates/date-pattern.ts', 'src/i18n/full-format.ts', 'src/data/dates/zone-support.ts', 'src/i18n/kk.ts', 'src/i18n/en.ts',
      'src/data/read/shapes/rss.ts', 'src/data/read/shapes/atom.ts', 'src/data/read/shapes/jsonfeed.ts', 'src/data/read/shapes/wordpress.ts',
      'src/data/feeds/merge.ts', 'src/data/feeds/offline-copy.ts', 'src/data/fetch/http-error.ts',
    );
    for (const [source, chunk] of Object.entries(unwanted)) expect(fetched, source).not.to.include(chunk);
  });

  it('a card with its body fetches DOMPurify only where the browser has no HTML Sanitizer API', async () => {
    const frame = await framed('/test/bundles/card-only.html', (doc) => Boolean(doc.querySelector('news-article-card')?.shadowRoot?.querySelector('[part~="body"] p')));
    const { 'node_modules/dompurify/dist/purify.es.mjs': purify } = await chunksOf('node_modules/dompurify/dist/purify.es.mjs');
    const hasApi = typeof ((frame.contentWindow as unknown as { Element: typeof Element }).Element.prototype as { setHTML?: unknown }).setHTML === 'function';
    expect(fetchedScripts(frame).includes(purify)).to.equal(!hasApi);
  });
});

/**
 * A page with one Russian list through dist/news-widgets.js, the entry pinned by its `integrity`
 * attribute and every chunk by an import map with dist/integrity.json's hashes, as the README
 * tells partners to write it; `tampered` names chunks given a hash they do not have. The page
 * records the `news-error` messages and unhandled rejections it sees.
 */
async function pinnedListPage(tampered?: (path: string) => boolean): Promise<HTMLIFrameElement> {
  const hashes = await (await fetch('/dist/integrity.json')).json() as { 'news-widgets.js': string; chunks: Record<string, string> };
  // dist/ byte for byte (test/support/as-built.mjs), as a CDN serves it.
  const base = new URL('/as-built/dist/', location.href).href;
  const integrity = Object.fromEntries(Object.entries(hashes.chunks).map(([path, hash]) => [base + path, tampered?.(path) ? `sha384-${'A'.repeat(64)}` : hash]));
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
    <script>window.seen = []; window.errors = []; addEventListener('news-error', (event) => { seen.push(event.detail.error.message); errors.push(event.detail.error); }); addEventListener('unhandledrejection', (event) => seen.push('unhandled: ' + event.reason));</script>
    <script type="importmap">${JSON.stringify({ integrity })}</script>
    <script type="module" src="${base}news-widgets.js" integrity="${hashes['news-widgets.js']}"></script></head>
    <body><news-latest-list src="${location.origin}/test/fixtures/seed/latest.json" limit="3" loading="eager"><a href="/news">Все новости</a></news-latest-list></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('dist/news-widgets.js pinned by an import map with every chunk\'s integrity', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));
  const seen = (frame: HTMLIFrameElement) => (frame.contentWindow as unknown as { seen: string[] }).seen;

  it('renders the list when every hash matches', async () => {
    const frame = await pinnedListPage();
    const doc = frame.contentDocument!;
    while (!doc.querySelector('news-latest-list')?.shadowRoot?.querySelector('[part~="title"]')) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shadowText(doc, 'news-latest-list', 'title')).to.have.length(3);
    expect(seen(frame)).to.deep.equal([]);
  });

  it('refuses a chunk whose hash does not match: the list keeps its fallback content and fires news-error, with nothing unhandled', async () => {
    const frame = await pinnedListPage((path) => path.startsWith('chunks/core-'));
    while (!seen(frame).length) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen(frame)).to.deep.equal(['news-widgets: the code of <news-latest-list> could not be loaded']);
    // The documented event: its error is the one error type, as the module's own isFeedError says.
    const page = frame.contentWindow as unknown as { errors: unknown[]; eval(code: string): Promise<{ isFeedError(value: unknown): boolean; FeedError: new (...args: never[]) => Error }> };
    const entry = await page.eval(`import(${JSON.stringify(new URL('/as-built/dist/news-widgets.js', location.href).href)})`);
    const [error] = page.errors;
    expect(entry.isFeedError(error)).to.equal(true);
    expect(error).to.be.instanceOf(entry.FeedError).and.include({ kind: 'network', name: 'FeedError' });
    const list = frame.contentDocument!.querySelector('news-latest-list')!;
    expect(frame.contentWindow!.customElements.get('news-latest-list')).to.equal(undefined);
    expect(markupOf(list.shadowRoot)).to.equal(null);
    expect(list.querySelector('a')!.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});

describe('script-tag bundles carry no server code', () => {
  // Distinctive strings of the feed edge and its Node-only dependencies (module names do not survive minifying).
  const SERVER_CODE: [string, RegExp][] = [
    ['a node: import', /["'`]node:[a-z]/],
    ['src/edge', /news-widgets edge listening|tag:news-widgets,2026:edge\//],
    ['@xmldom/xmldom', /unclosed xml tag/],
    ['parse5', /eof-in-tag/],
    ['prom-client', /Missing mandatory name parameter/],
    ['lru-cache', /cannot set size without setting maxSize/],
    ['request-filtering-agent', /is not allowed\. Because/],
  ];

  it('dist/news-widgets.js, both IIFEs and every chunk they load hold none of the edge or its dependencies', async () => {
    const queue = ['/dist/news-widgets.js', '/dist/news-widgets.iife.js', '/dist/news-latest-list.iife.js'].map((path) => new URL(path, location.origin).href);
    const seen = new Set<string>();
    for (let url = queue.shift(); url; url = queue.shift()) {
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await fetch(url);
      expect(response.status, url).to.equal(200);
      const code = await response.text();
      for (const [what, marker] of SERVER_CODE) expect(marker.test(code), `${what} in ${url}`).to.equal(false);
      for (const [, path] of code.matchAll(/["'`](\.{1,2}\/[\w./-]+\.js)["'`]/g)) queue.push(new URL(path, url).href);
    }
    expect(seen.size).to.be.greaterThan(3);
  });
});

describe('npm package', function () {
  this.timeout(PAGE_TIMEOUT_MS);

  it('every exports target exists, and the customElements manifest documents the three elements', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const targets: string[] = [];
    for (const value of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) {
      targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
    }
    for (const target of targets) expect((await fetch(new URL(target, `${location.origin}/`))).status, target).to.equal(200);
    const manifest = await (await fetch(new URL(pkg.customElements, `${location.origin}/`))).json();
    const tags = manifest.modules.flatMap((module: { declarations?: { tagName?: string }[] }) => module.declarations ?? []).map((declaration: { tagName?: string }) => declaration.tagName).filter(Boolean);
    expect(tags).to.include.members(['news-latest-list', 'news-article-card', 'news-source-attribution']);
  });

  it('"." exports the classes and the data layer and registers nothing; "./define" registers all three', async () => {
    const entry = await import(new URL('/dist/lib/index.js', location.origin).href);
    for (const name of ['NewsLatestList', 'NewsArticleCard', 'NewsSourceAttribution', 'normalizeFeed', 'fetchFeed', 'FeedError']) expect(entry, name).to.have.property(name);
    for (const tag of ['news-latest-list', 'news-article-card', 'news-source-attribution']) expect(customElements.get(tag), tag).to.equal(undefined);
    await import(new URL('/dist/lib/define.js', location.origin).href);
    for (const tag of ['news-latest-list', 'news-article-card', 'news-source-attribution']) expect(customElements.get(tag), tag).to.be.a('function');
  });
});
