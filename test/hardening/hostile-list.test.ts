import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/article-card/define.js';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { clearFeedCache } from '../../src/index.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { afterFrame, markupOf, part, parts, text, texts } from '../support/harness.js';

declare global {
  interface Window { canary?: number }
}

const FEED = 'https://outlet.example/hostile.json';
const SECOND = 'https://second.example/feed.json';
const CANARY = 'window.canary=1';
let uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(event.message);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

interface Rendering {
  /** The element fed (default: the list). */
  tag?: 'news-latest-list' | 'news-article-card';
  /** Its `src` (default: FEED alone); every address is answered with the same body. */
  src?: string;
}

/** Renders a list (or card) fed `body` (a JSON value or raw text) and waits for news-load or news-error. */
async function renderFeed(body: unknown, attributes = '', { tag = 'news-latest-list', src = FEED }: Rendering = {}): Promise<NewsLatestList> {
  const json = typeof body === 'string' ? body : JSON.stringify(body);
  const stub = stubFetch(() => new Response(json, { headers: { 'Content-Type': 'application/json' } }));
  try {
    const settled = new Promise((resolve) => {
      document.addEventListener('news-load', resolve, { once: true });
      document.addEventListener('news-error', resolve, { once: true });
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
    wrapper.innerHTML = `<${tag} src="${src}" loading="eager" show-images ${attributes}></${tag}>`;
    await settled;
    const el = wrapper.querySelector<NewsLatestList>(tag)!;
    await el.updateComplete;
    // Give any injected handler (onerror, onload) its chance to run before the canary is read.
    await afterFrame();
    return el;
  } finally {
    stub.restore();
  }
}

/** What every hostile case must hold: nothing ran, only safe URLs, no uncaught error. */
function expectSafe(el: NewsLatestList): void {
  expect(window.canary, 'a payload executed').to.equal(0);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
  for (const node of el.shadowRoot!.querySelectorAll('[href], [src]')) {
    const url = node.getAttribute('href') ?? node.getAttribute('src')!;
    expect(url, node.outerHTML).to.match(/^https?:\/\//);
  }
  expect(markupOf(el.shadowRoot!.querySelector('script, iframe, object, embed, style:not([data-lit]), form, base, meta'))).to.equal(null);
}

const titles = (el: Element) => texts(el, 'title');
const item = (fields: Record<string, unknown>) => [{ title: 'Небесный щит', url: 'https://outlet.example/1', ...fields }];

describe('hostile feeds through <news-latest-list>', () => {
  beforeEach(() => {
    window.canary = 0;
    uncaught = [];
    clearFeedCache();
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  const markup: [string, string][] = [
    ['an <img onerror> in the title', `<img src=x onerror="${CANARY}">Небесный щит`],
    ['a <script> in the title', `<script>${CANARY}</script>Небесный щит`],
    ['an <svg onload> in the title', `<svg onload="${CANARY}"></svg>Небесный щит`],
    ['entity-encoded markup in the title', `&lt;img src=x onerror=&quot;${CANARY}&quot;&gt;`],
    ['double-encoded entities in the title', '&amp;lt;b&amp;gt;Небесный щит'],
    ['a <style> that would restyle the page', '<style>body{display:none}</style>Небесный щит'],
  ];
  for (const [name, title] of markup) {
    it(`title: ${name} stays text`, async () => {
      const el = await renderFeed(item({ title }));
      expectSafe(el);
      expect(markupOf(el.shadowRoot!.querySelector('[part~="title"] *'))).to.equal(null);
      expect(getComputedStyle(document.body).display).to.equal('block');
    });
  }

  // Each field where it is shown: the list shows no lead (the card does) and, fed one source, no source label.
  const fields: [field: string, part: string, where: string, rendering: Rendering][] = [
    ['category', 'rubric', 'a list', {}],
    ['author', 'author', 'a list', {}],
    ['summary', 'summary', 'an article card', { tag: 'news-article-card' }],
    ['source', 'source', 'a list fed with two sources', { src: `${FEED} ${SECOND}` }],
  ];
  for (const [field, name, where, rendering] of fields) {
    it(`${field}: markup and entity tricks stay text, shown in ${where}`, async () => {
      const el = await renderFeed(item({ [field]: `<img src=x onerror="${CANARY}">&lt;script&gt;${CANARY}&lt;/script&gt;` }), '', rendering);
      expectSafe(el);
      // The markup dropped, the entities decoded once: what is left is shown, as text.
      expect(parts(el, name), `${name} parts`).to.have.length(1);
      expect(text(part(el, name))!.endsWith(`<script>${CANARY}</script>`), part(el, name).outerHTML).to.equal(true);
      expect([...part(el, name).querySelectorAll('*:not(.visually-hidden)')].map(markupOf), 'elements in the part').to.deep.equal([]);
    });
  }

  const urls = [
    'javascript:window.canary=1', 'JaVaScRiPt:window.canary=1', ' javascript:window.canary=1', 'java\tscript:window.canary=1',
    'java\nscript:window.canary=1', '\u0001javascript:window.canary=1', 'vbscript:msgbox(1)', 'data:text/html,<script>window.canary=1</script>',
    'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIj4=',
  ];
  for (const url of urls) {
    it(`url and image: ${JSON.stringify(url)} never reaches an href or src`, async () => {
      const el = await renderFeed(item({ url, image: url, author: { name: 'a', url } }));
      expectSafe(el);
      expect(titles(el)).to.deep.equal(['Небесный щит']);
      expect(el.shadowRoot!.querySelectorAll('a, img'), 'links and images').to.have.length(0);
    });
  }

  it('url and image: an entity look-alike ("&#106;avascript:") is only an odd relative path, on the feed\'s own host', async () => {
    const url = '&#106;avascript:window.canary=1';
    const el = await renderFeed(item({ url, image: url, author: { name: 'a', url } }));
    expectSafe(el);
    const resolved = 'https://outlet.example/&#106;avascript:window.canary=1';
    expect(part<HTMLAnchorElement>(el, 'title').href).to.equal(resolved);
    // The image points there too, until its load fails (the host does not resolve) and a placeholder takes its place.
    expect([...el.shadowRoot!.querySelectorAll('img')].map((image) => image.src).filter((src) => src !== resolved)).to.deep.equal([]);
  });

  it('items set from script: unsafe image and link URLs are gated again, missing arrays tolerated', async () => {
    const el = document.createElement('news-latest-list');
    el.showImages = true;
    el.items = [
      { id: 'a', title: 'Небесный щит', url: 'javascript:window.canary=1', image: { url: 'javascript:window.canary=2' } },
      { id: 'b', title: 'Первый в строю', image: { url: 'data:image/svg+xml,<svg onload="window.canary=3">' } },
    ] as never;
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(el);
    await el.updateComplete;
    await afterFrame();
    expectSafe(el);
    expect(titles(el)).to.deep.equal(['Небесный щит', 'Первый в строю']);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
  });

  it('DOM-clobbering names as ids, titles and rubrics change nothing', async () => {
    const el = await renderFeed([
      { id: '__proto__', title: 'constructor', url: 'https://outlet.example/a', category: 'toString' },
      { id: 'location', title: 'innerHTML', url: 'https://outlet.example/b', category: 'document' },
    ]);
    expectSafe(el);
    expect(titles(el)).to.deep.equal(['constructor', 'innerHTML']);
    expect(typeof document.location.href).to.equal('string');
  });

  it('a bidi override in a title is isolated as text', async () => {
    const el = await renderFeed(item({ title: '\u202Egnp.exe\u202C Небесный щит' }));
    expectSafe(el);
    expect(titles(el)[0]).to.contain('\u202E');
  });

  it('a 2,000-character unbroken title wraps inside the widget', async () => {
    const el = await renderFeed(item({ title: 'Щ'.repeat(2000) }));
    expectSafe(el);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('wrong types in every field: sensible items, no error', async () => {
    const el = await renderFeed([
      { title: 'Первый в строю', url: 7, date: {}, author: 5, category: [null, {}, 3], summary: [], body: {}, image: true, source: [], id: {} },
      { title: 42 },
      { title: { nested: true } },
      { title: ['array'] },
      { title: null },
      'just a string',
      17,
      null,
    ]);
    expectSafe(el);
    expect(titles(el)).to.deep.equal(['Первый в строю', '42']);
  });

  it('__proto__ and constructor keys in data pollute nothing, where the same data under another key is read', async () => {
    // The control: under an ordinary key, the nested fields are merged into the item (the map's merge path).
    const control = await renderFeed('[{"title":"Вспомнить хорошо забытое","author":{"name":"Ануар","extra":{"polluted":"yes"}},"profile":"https://outlet.example/a"}]', `map='{"author.url":"profile"}'`);
    expect(control.shadowRoot!.querySelector('[part~="author"]')!.textContent).to.contain('Ануар');
    const el = await renderFeed('[{"title":"Вспомнить хорошо забытое","author":{"name":"Ануар","__proto__":{"polluted":"yes"}},"__proto__":{"polluted":"yes","url":"https://evil.example/"},"constructor":{"prototype":{"polluted":"yes"}},"profile":"https://outlet.example/a"}]', `map='{"author.url":"profile"}'`);
    expectSafe(el);
    expect(el.shadowRoot!.querySelector('[part~="author"]')!.textContent).to.contain('Ануар');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.localName).to.equal('span');
  });

  it('__proto__ and constructor in map are a config error, shown as such, where an ordinary path is read', async () => {
    const control = await renderFeed([{ title: 'Обычный заголовок', meta: { polluted: 'Заголовок по пути' } }], `map='{"title":"meta.polluted"}'`);
    expect(titles(control)).to.deep.equal(['Заголовок по пути']);
    for (const path of ['__proto__.polluted', 'constructor.prototype.polluted']) {
      const el = await renderFeed([{ title: 'Обычный заголовок', meta: { polluted: 'Заголовок по пути' } }], `map='{"title":"${path}"}'`);
      expectSafe(el);
      expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent, path).to.contain('The news widget is set up incorrectly.');
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('10,000 items render only the limit', async () => {
    const el = await renderFeed(Array.from({ length: 10_000 }, (_, index) => ({ title: `Новость ${index}`, url: `https://outlet.example/${index}` })), 'limit="5"');
    expectSafe(el);
    expect(titles(el)).to.have.length(5);
  });

  it('multi-megabyte strings (within the 5 MB cap) are cut down, not rendered whole', async () => {
    const el = await renderFeed(item({ title: 'Z'.repeat(2_500_000), summary: 's'.repeat(2_000_000) }));
    expectSafe(el);
    expect(titles(el)[0]!.length).to.be.at.most(2000);
  });

  it('a feed over 5 MB is refused with a clear error', async () => {
    const el = await renderFeed(item({ title: 'Ж'.repeat(3 * 1024 * 1024) }), 'lang="ru"');
    expectSafe(el);
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('Лента новостей слишком большая.');
  });

  it('deeply nested JSON is an unknown shape, shown as an error', async () => {
    const deep = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
    const el = await renderFeed(deep);
    expectSafe(el);
    expect(el.shadowRoot!.querySelector('[part~="status"]')).to.exist;
  });

  it('duplicate ids all render', async () => {
    const el = await renderFeed([{ id: 1, title: 'Первый' }, { id: 1, title: 'Второй' }, { id: 1, title: 'Третий' }]);
    expectSafe(el);
    expect(titles(el)).to.deep.equal(['Первый', 'Второй', 'Третий']);
  });
});
