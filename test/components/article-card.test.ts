import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/article-card/define.js';
import type { NewsArticleCard } from '../../src/components/article-card/article-card.js';
import { clearFeedCache, normalizeFeed, type NewsItem } from '../../src/index.js';
import { hasSanitizerApi, loadSanitizer, sanitizeHtml, type SanitizerEngine } from '../../src/html/sanitize.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { markupOf, part, parts, text } from '../support/harness.js';

declare global {
  interface Window { canary?: number }
}

const ARTICLE = '/test/fixtures/seed/article.json';
const FEED = '/test/fixtures/shapes/jsonfeed-1.1.json';
const SEED_TITLE = 'Багдад и Вашингтон возобновляют переговоры о выводе войск из Ирака';
const SEED_URL = 'https://sarbaz.example/ru/news/bagdad-i-vashington-vozobnovlyayut-peregovory';


/** A card that fetches, with `news-load` listened for before it connects. */
async function loaded(attributes: Partial<NewsArticleCard>, lang = 'ru'): Promise<NewsArticleCard> {
  const el = Object.assign(document.createElement('news-article-card'), { loading: 'eager' }, attributes);
  el.lang = lang;
  const load = oneEvent(el, 'news-load');
  document.body.append(el);
  await load;
  return el;
}

function seedItem(extra: Partial<NewsItem> = {}): NewsItem {
  return {
    id: 'seed',
    title: SEED_TITLE,
    url: SEED_URL,
    date: new Date('2026-02-06T05:15:00Z'),
    lang: 'ru',
    author: { name: 'Ануар Маратов', url: 'https://sarbaz.example/ru/author/anuar-maratov' },
    rubrics: [{ name: 'В мире' }],
    summary: 'Предположительно, переговоры стартуют 11 февраля.',
    bodyHtml: '<p>Ирак и Соединенные Штаты возобновят переговоры.</p><p>Второй абзац.</p>',
    image: { url: 'https://sarbaz.example/uploads/2026/02/bagdad-talks.jpg', alt: 'Переговоры делегаций Ирака и США (иллюстрация)', width: 1200, height: 675 },
    outlet: { name: 'Sarbaz.kz', url: 'https://sarbaz.example/' },
    cites: [{ name: 'Jerusalem Post', url: 'https://www.jpost.example/middle-east' }],
    ...extra,
  };
}

/** The attribution inside a card, once it has rendered. */
async function attributionText(el: NewsArticleCard): Promise<string | undefined> {
  const attribution = part(el, 'attribution') as HTMLElement & { updateComplete: Promise<unknown> };
  await attribution.updateComplete;
  return text(attribution.shadowRoot!.querySelector('.sentence')!);
}

describe('<news-article-card>', () => {
  beforeEach(() => clearFeedCache());
  afterEach(() => document.querySelectorAll('body > news-article-card').forEach((el) => el.remove()));

  describe('the seed article', () => {
    it('renders from a single-article endpoint: rubric, headline link, lead, image, author, date, attribution, body, read-more', async () => {
      const el = document.createElement('news-article-card');
      Object.assign(el, { src: ARTICLE, loading: 'eager', timeZone: 'Asia/Tashkent', showBody: true });
      el.lang = 'ru';
      const load = oneEvent(el, 'news-load');
      document.body.append(el);
      try {
        const event = await load;
        expect(event.detail.shape).to.equal('single');
        expect(text(part(el, 'rubric'))).to.equal('Рубрика: В мире');
        const title = part(el, 'title');
        expect(title.localName).to.equal('h2');
        expect(text(title)).to.equal(SEED_TITLE);
        expect(title.querySelector('a')!.href).to.equal(SEED_URL);
        expect(text(part(el, 'summary'))).to.equal('Предположительно, переговоры стартуют 11 февраля.');
        expect(text(part(el, 'author'))).to.equal('Автор: Ануар Маратов');
        expect(text(part(el, 'date'))).to.equal('06/02/2026 - 10:15');
        expect(part(el, 'date').getAttribute('datetime')).to.equal('2026-02-06T05:15:00.000Z');
        const image = part(el, 'image').querySelector('img')!;
        expect(image.getAttribute('src')).to.equal('https://sarbaz.example/uploads/2026/02/bagdad-talks.jpg');
        expect(image.alt).to.equal('Переговоры делегаций Ирака и США (иллюстрация)');
        expect(image.loading).to.equal('lazy');
        expect(await attributionText(el)).to.equal('Sarbaz.kz со ссылкой на Jerusalem Post');
        const paragraphs = part(el, 'body').querySelectorAll('p');
        expect(paragraphs).to.have.length(5);
        expect(text(paragraphs[0])).to.equal('Ирак и Соединенные Штаты возобновят переговоры о будущем возглавляемой США международной военной коалиции в стране, передает Sarbaz.kz со ссылкой на Jerusalem Post.');
        const more = part(el, 'read-more') as HTMLAnchorElement;
        expect(more.href).to.equal(SEED_URL);
        expect(text(more)).to.equal(`Читать далее: ${SEED_TITLE}`);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('renders from the item property with no request', async () => {
      const stub = stubFetch(() => new Response('{}'));
      try {
        const el = await fixture<NewsArticleCard>(html`<news-article-card lang="ru" time-zone="Asia/Tashkent" src=${ARTICLE} .item=${seedItem()}></news-article-card>`);
        expect(stub.calls).to.deep.equal([]);
        expect(text(part(el, 'title'))).to.equal(SEED_TITLE);
        expect(text(part(el, 'date'))).to.equal('06/02/2026 - 10:15');
        expect(await attributionText(el)).to.equal('Sarbaz.kz со ссылкой на Jerusalem Post');
        expect(parts(el, 'body')).to.have.length(0);
      } finally {
        stub.restore();
      }
    });

    it('shows the seed article in kk and en too, with localized labels', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="kk" time-zone="Asia/Tashkent" date-format="d MMMM yyyy" .item=${seedItem()}></news-article-card>`);
      expect(text(part(el, 'read-more'))).to.equal(`Толығырақ: ${SEED_TITLE}`);
      expect(text(part(el, 'date'))).to.equal('6 ақпан 2026');
      expect(await attributionText(el)).to.equal('Sarbaz.kz, дереккөз: Jerusalem Post');
      const en = await fixture<NewsArticleCard>(html`<news-article-card lang="en" time-zone="Asia/Tashkent" date-format="d MMMM yyyy" .item=${seedItem()}></news-article-card>`);
      expect(text(part(en, 'author'))).to.equal('Author: Ануар Маратов');
      expect(text(part(en, 'date'))).to.equal('6 February 2026');
      expect(await attributionText(en)).to.equal('Sarbaz.kz, citing Jerusalem Post');
      // The headline is Russian inside an English card.
      expect(part(en, 'title').getAttribute('lang')).to.equal('ru');
    });
  });

  describe('choosing the item', () => {
    it('shows the first item of a feed by default', async () => {
      const el = await loaded({ src: FEED });
      expect(text(part(el, 'title'))).to.equal(SEED_TITLE);
    });

    it('index picks by position, 0-based', async () => {
      const el = await loaded({ src: FEED, index: 2 });
      expect(text(part(el, 'title'))).to.equal('Сохраняя победные традиции');
      el.index = 3;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Здоровье в приоритете');
    });

    it('item-id picks by id and wins over index; changing it does not fetch again', async () => {
      const el = await loaded({ src: FEED, itemId: '1013', index: 4 });
      expect(text(part(el, 'title'))).to.equal('В фокусе внимания');
      const stub = stubFetch(() => new Response('{}'));
      try {
        el.itemId = 'sarbaz-article';
        await el.updateComplete;
        expect(text(part(el, 'title'))).to.equal(SEED_TITLE);
        expect(stub.calls).to.deep.equal([]);
      } finally {
        stub.restore();
      }
    });

    it('empty: a localized not-found message and the fallback content when no item matches', async () => {
      const el = document.createElement('news-article-card');
      Object.assign(el, { src: FEED, loading: 'eager', itemId: 'no-such-story', lang: 'ru' });
      el.innerHTML = '<a href="https://sarbaz.example/ru/">Sarbaz.kz</a>';
      const load = oneEvent(el, 'news-load');
      document.body.append(el);
      await load;
      expect(text(part(el, 'status'))).to.equal('Материал не найден.');
      expect(parts(el, 'card')).to.have.length(0);
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
      await expect(el).to.be.accessible();
      el.index = 100;
      el.itemId = '';
      el.lang = 'en';
      await el.updateComplete;
      expect(text(part(el, 'status'))).to.equal('This story was not found.');
    });
  });

  // Each sanitizing test runs on both engines where the browser has both (WebKit has no Sanitizer API).
  for (const engine of (hasSanitizerApi() ? ['auto', 'dompurify'] : ['dompurify']) as SanitizerEngine[]) describe(`the body (${engine === 'auto' ? 'HTML Sanitizer API' : 'DOMPurify'})`, () => {
    beforeEach(() => { window.canary = 0; });

    const HOSTILE = [
      '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
      '<base href="https://evil.example/">',
      '<style>* { display: none !important }</style>',
      '<p>Первый абзац с <a href="https://sarbaz.example/ru/" target="_top">безопасной ссылкой</a> и <a href="/ru/about">относительной</a>.</p>',
      '<script>window.canary = 1</script>',
      `<img src="${location.origin}/mock/status/404" onerror="window.canary = 2" alt="Фото">`,
      '<p><a href="javascript:window.canary = 3">ловушка</a> <a href="JaVa\tScRiPt:window.canary = 4">ещё</a> <a href="data:text/html,<script>alert(1)</script>">data</a> <a href="mailto:editor@sarbaz.example">почта</a></p>',
      '<form action="https://evil.example/"><input name="password"><button>Войти</button></form>',
      '<iframe src="javascript:parent.canary = 5"></iframe>',
      '<svg onload="window.canary = 6"><circle r="5"></circle></svg>',
      '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
      '<p style="position:fixed;inset:0" class="visually-hidden" part="title" onclick="window.canary = 7">Второй абзац.</p>',
      '<template><img src=x onerror="window.canary = 8"></template>',
    ].join('\n');

    it('sanitizes hostile HTML: nothing runs, nothing dangerous stays, the safe content survives', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card show-body sanitizer=${engine} .item=${seedItem({ bodyHtml: HOSTILE })}></news-article-card>`);
      const body = part(el, 'body');
      expect(body.querySelector('img')!.loading).to.equal('lazy');
      const image = body.querySelector('img')!;
      // The body image is lazy and below the fold: load it now, so its (removed) onerror would have had its chance.
      const failed = oneEvent(image, 'error');
      image.loading = 'eager';
      await failed;
      expect(window.canary).to.equal(0);

      expect(body.querySelectorAll('script, style, meta, base, form, input, button, iframe, svg, object, embed, template')).to.have.length(0);
      for (const node of body.querySelectorAll('*')) {
        expect([...node.attributes].map((attribute) => attribute.name).filter((name) => /^on|^style$|^class$|^part$/.test(name)), node.outerHTML).to.deep.equal([]);
      }
      expect([...body.querySelectorAll('p')].map(text)).to.deep.equal([
        'Первый абзац с безопасной ссылкой и относительной.',
        'ловушка ещё data почта',
        'Второй абзац.',
      ]);
      const links = [...body.querySelectorAll('a')];
      // Relative links resolve against the article, not the partner's page.
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        'https://sarbaz.example/ru/', 'https://sarbaz.example/ru/about', null, null, null, 'mailto:editor@sarbaz.example',
      ]);
      // Same-window links keep the Referer and need no rel (the link policy, `linkRel`).
      for (const link of links.filter((candidate) => candidate.hasAttribute('href'))) {
        expect(link.hasAttribute('rel')).to.equal(false);
        expect(link.hasAttribute('target')).to.equal(false);
      }
      expect(image.getAttribute('src')).to.equal(`${location.origin}/mock/status/404`);
      expect(image.alt).to.equal('Фото');
      // Only the card's own parts are parts.
      expect(parts(el, 'title')).to.have.length(1);
    });

    it('sanitizeHtml returns a fragment of nodes; link-target sets target on body links', async () => {
      await loadSanitizer(engine);
      const fragment = sanitizeHtml('<p onclick="x()">Текст <a href="https://outlet.example/a">ссылка</a></p>', { linkTarget: '_blank', engine });
      expect(fragment).to.be.instanceOf(DocumentFragment);
      const link = fragment.querySelector('a')!;
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(fragment.querySelector('p')!.hasAttribute('onclick')).to.equal(false);
      expect(sanitizeHtml('', { engine }).childNodes).to.have.length(0);

      const el = await fixture<NewsArticleCard>(html`<news-article-card show-body sanitizer=${engine} link-target="_blank" .item=${seedItem({ bodyHtml: '<p><a href="https://outlet.example/a">ссылка</a></p>' })}></news-article-card>`);
      expect(part(el, 'body').querySelector('a')!.target).to.equal('_blank');
      el.linkTarget = '';
      await el.updateComplete;
      expect(part(el, 'body').querySelector('a')!.hasAttribute('target')).to.equal(false);
    });

    it(`works under a strict Trusted Types CSP that allows only the news-widgets policy, creating ${engine === 'auto' ? 'none (the Sanitizer API is no sink)' : 'no other'}`, async () => {
      const frame = document.createElement('iframe');
      const report = new Promise<{ names: string[]; html: string }>((resolve) => {
        window.addEventListener('message', (event) => { if (event.source === frame.contentWindow) resolve(event.data); });
      });
      frame.srcdoc = `<!doctype html>
        <meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types news-widgets">
        <script>window.onerror = (message) => parent.postMessage({ names: [], html: String(message) }, '*');</script>
        <script type="module">
          const names = [];
          try {
            const create = trustedTypes.createPolicy.bind(trustedTypes);
            trustedTypes.createPolicy = (name, rules) => { names.push(name); return create(name, rules); };
            const { loadSanitizer, sanitizeHtml } = await import('${location.origin}/src/html/sanitize.ts');
            await loadSanitizer('${engine}');
            const fragment = sanitizeHtml('<p>Текст <a href="https://outlet.example/">ссылка</a><img src="https://outlet.example/p.jpg" onerror="parent.canary = 1"></p><script>parent.canary = 2<\\/script>', { engine: '${engine}' });
            const box = document.createElement('div');
            box.append(fragment);
            parent.postMessage({ names, html: box.innerHTML }, '*');
          } catch (error) {
            parent.postMessage({ names, html: String(error) }, '*');
          }
        </script>`;
      document.body.append(frame);
      try {
        const { names, html: markup } = await report;
        expect(markup).to.equal('<p>Текст <a href="https://outlet.example/">ссылка</a><img src="https://outlet.example/p.jpg" loading="lazy" decoding="async"></p>');
        expect(names).to.deep.equal(engine === 'auto' ? [] : ['news-widgets']);
        expect(window.canary).to.equal(0);
      } finally {
        frame.remove();
      }
    });

    it('keeps readable structure: headings, quotes, lists, figures', async () => {
      const markup = '<h2>Подзаголовок</h2><blockquote><p>Цитата</p></blockquote><ul><li>Один</li><li>Два</li></ul><figure><img src="https://outlet.example/p.jpg" alt="Фото"><figcaption>Подпись</figcaption></figure><h3>Ещё</h3><ol><li>Три</li></ol>';
      const el = await fixture<NewsArticleCard>(html`<news-article-card show-body sanitizer=${engine} .item=${seedItem({ bodyHtml: markup })}></news-article-card>`);
      const body = part(el, 'body');
      expect([...body.children].map((node) => node.localName)).to.deep.equal(['h2', 'blockquote', 'ul', 'figure', 'h3', 'ol']);
      expect(getComputedStyle(body).maxWidth).to.match(/px$/);
      expect(parseFloat(getComputedStyle(body.querySelector('img')!).maxWidth)).to.be.greaterThan(0);
    });
  });

  describe('a lead that is the body’s first words (WordPress’s automatic excerpt)', () => {
    // What normalizeFeed makes of a WordPress post whose excerpt WordPress wrote itself.
    const wordpressItem = () => normalizeFeed([{
      id: 1003, date_gmt: '2026-02-06T05:15:00', link: SEED_URL,
      title: { rendered: SEED_TITLE },
      excerpt: { rendered: '<p>Ирак и Соединенные Штаты возобновят переговоры. Второй&nbsp;абзац [&hellip;]</p>\n' },
      content: { rendered: '<p>Ирак и Соединенные <em>Штаты</em> возобновят переговоры.</p>\n<p>Второй абзац.</p>\n<p>Третий абзац.</p>' },
    }]).items[0];

    it('is not shown above the body that repeats it', async () => {
      const item = wordpressItem();
      expect(item.summary).to.match(/\[…\]$/);
      const el = await fixture<NewsArticleCard>(html`<news-article-card show-body .item=${item}></news-article-card>`);
      expect(parts(el, 'summary')).to.have.length(0);
      expect(text(part(el, 'body'))).to.contain('Третий абзац.');
      await expect(el).to.be.accessible();
    });

    it('is shown when the card shows no body, and a lead of its own is shown with the body', async () => {
      const plain = await fixture<NewsArticleCard>(html`<news-article-card .item=${wordpressItem()}></news-article-card>`);
      expect(text(part(plain, 'summary'))).to.match(/^Ирак и Соединенные Штаты/);
      const own = await fixture<NewsArticleCard>(html`<news-article-card show-body .item=${seedItem()}></news-article-card>`);
      expect(text(part(own, 'summary'))).to.equal('Предположительно, переговоры стартуют 11 февраля.');
      expect(parts(own, 'body')).to.have.length(1);
    });
  });

  describe('missing fields', () => {
    it('renders a title-only item with a placeholder image and no empty elements', async () => {
      const item: NewsItem = { id: 'bare', title: 'Небесный щит', rubrics: [], cites: [] };
      const el = await fixture<NewsArticleCard>(html`<news-article-card show-body .item=${item}></news-article-card>`);
      const image = part(el, 'image');
      expect(markupOf(image.querySelector('img'))).to.equal(null);
      expect(image.querySelector('.placeholder')).not.to.equal(null);
      expect(image.getBoundingClientRect().height).to.be.greaterThan(0);
      for (const name of ['rubric', 'summary', 'author', 'date', 'attribution', 'body', 'read-more']) expect(parts(el, name), name).to.have.length(0);
      expect(markupOf(el.shadowRoot!.querySelector('.meta'))).to.equal(null);
      const title = part(el, 'title');
      expect(markupOf(title.querySelector('a'))).to.equal(null);
      expect(text(title)).to.equal('Небесный щит');
      for (const node of el.shadowRoot!.querySelectorAll('.text *')) expect(text(node), node.outerHTML).not.to.equal('');
      await expect(el).to.be.accessible();
    });

    it('an image without alt gets an empty alt; one that fails to load leaves the placeholder', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card .item=${seedItem({ image: { url: new URL('/mock/status/404', location.href).href } })}></news-article-card>`);
      const image = part(el, 'image').querySelector('img')!;
      expect(image.getAttribute('alt')).to.equal('');
      // Lazy images load only when the page renders; a test page may be in the background.
      const failed = image.classList.contains('failed') ? undefined : oneEvent(image, 'error');
      image.loading = 'eager';
      await failed;
      expect(image.classList.contains('failed')).to.equal(true);
      expect(getComputedStyle(image).opacity).to.equal('0');
      expect(part(el, 'image').querySelector('.placeholder')).not.to.equal(null);
    });

    it('unsafe URLs in an item set by script give no links and no image', async () => {
      const item = seedItem({ url: 'javascript:window.canary=9', image: { url: 'javascript:1' }, outlet: { name: 'Sarbaz.kz', url: 'javascript:1' } });
      const el = await fixture<NewsArticleCard>(html`<news-article-card .item=${item}></news-article-card>`);
      expect(markupOf(part(el, 'title').querySelector('a'))).to.equal(null);
      expect(parts(el, 'read-more')).to.have.length(0);
      expect(markupOf(part(el, 'image').querySelector('img'))).to.equal(null);
      const attribution = part(el, 'attribution') as HTMLElement & { updateComplete: Promise<unknown> };
      await attribution.updateComplete;
      expect(markupOf(attribution.shadowRoot!.querySelector('[part~="outlet"] a'))).to.equal(null);
    });
  });

  describe('states and events', () => {
    it('loading: a skeleton in the card\'s shape, busy and labelled', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card lang="ru" src="/mock/slow?ms=3000" loading="eager" layout="horizontal"></news-article-card>`);
      const skeleton = part(el, 'card');
      expect(skeleton.getAttribute('aria-busy')).to.equal('true');
      expect(skeleton.querySelector('.media')).not.to.equal(null);
      expect(text(part(el, 'status'))).to.equal('Загрузка новостей…');
      await expect(el).to.be.accessible();
    });

    it('error: a localized message, a retry button, the fallback content, and news-error of kind http', async () => {
      const el = document.createElement('news-article-card');
      el.lang = 'kk';
      el.loading = 'eager';
      el.src = '/mock/status/404';
      el.innerHTML = '<a href="https://sarbaz.example/ru/">Sarbaz.kz</a>';
      const failed = oneEvent(el, 'news-error');
      document.body.append(el);
      try {
        const event = await failed;
        expect(event.detail.error.kind).to.equal('http');
        expect(event.detail.error.status).to.equal(404);
        await el.updateComplete;
        const status = part(el, 'status');
        expect(status.textContent).to.contain('Жаңалықтарды жүктеу мүмкін болмады.');
        expect(status.textContent).to.contain('Жаңалықтар сайты қазір қолжетімсіз.');
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
        await expect(el).to.be.accessible();
        const retried = oneEvent(el, 'news-error');
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
        await retried;
      } finally {
        el.remove();
      }
    });

    it('headline and read-more clicks fire news-item-click, which can cancel navigation', async () => {
      const item = seedItem();
      const el = await fixture<NewsArticleCard>(html`<news-article-card .item=${item}></news-article-card>`);
      const seen: boolean[] = [];
      // Records whether the card prevented the click, then keeps the test page where it is.
      const guard = (event: Event) => { seen.push(event.defaultPrevented); event.preventDefault(); };
      document.addEventListener('click', guard);
      try {
        for (const link of [part(el, 'title').querySelector('a')!, part(el, 'read-more')]) {
          const clicked = oneEvent(el, 'news-item-click');
          link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
          const event = await clicked;
          expect(event.detail.item).to.equal(item);
          expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
        }
        expect(seen).to.deep.equal([false, false]);
        el.addEventListener('news-item-click', (event) => event.preventDefault());
        part(el, 'read-more').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
        expect(seen).to.deep.equal([false, false, true]);
      } finally {
        document.removeEventListener('click', guard);
      }
    });
  });

  describe('attributes', () => {
    it('layout and theme reflect; compact drops the lead; horizontal puts the image beside the text when wide', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card style="width: 720px" .item=${seedItem()}></news-article-card>`);
      expect(el.getAttribute('layout')).to.equal('vertical');
      expect(el.getAttribute('theme')).to.equal('light');
      el.layout = 'horizontal';
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('horizontal');
      expect(el.getAttribute('theme')).to.equal('dark');
      const image = part(el, 'image').getBoundingClientRect();
      const title = part(el, 'title').getBoundingClientRect();
      expect(title.left).to.be.greaterThan(image.right - 1);
      el.style.width = '320px';
      expect(part(el, 'title').getBoundingClientRect().top).to.be.greaterThan(part(el, 'image').getBoundingClientRect().bottom - 1);
      el.layout = 'compact';
      await el.updateComplete;
      expect(parts(el, 'summary')).to.have.length(0);
      expect(part(el, 'image').getBoundingClientRect().width).to.be.lessThan(150);
      await expect(el).to.be.accessible();
    });

    it('one link policy for title, read-more, attribution and body links: noopener only when opening elsewhere, Referer kept', async () => {
      const story = seedItem({ bodyHtml: '<p><a href="https://outlet.example/inside">ссылка</a></p>' });
      const el = await fixture<NewsArticleCard>(html`<news-article-card show-body .item=${story}></news-article-card>`);
      const attribution = el.shadowRoot!.querySelector('news-source-attribution')!;
      await attribution.updateComplete;
      const everyLink = () => [
        part(el, 'title').querySelector('a')!,
        part(el, 'read-more') as HTMLAnchorElement,
        ...attribution.shadowRoot!.querySelectorAll('a'),
        ...part(el, 'body').querySelectorAll('a'),
      ];
      expect(everyLink().length).to.be.at.least(4);
      for (const link of everyLink()) expect([link.rel, link.target, link.referrerPolicy], link.outerHTML).to.deep.equal(['', '', '']);
      for (const [target, rel] of [['_blank', 'noopener'], ['partner-frame', 'noopener'], ['_self', ''], ['_top', '']]) {
        el.linkTarget = target;
        await el.updateComplete;
        await attribution.updateComplete;
        for (const link of everyLink()) expect([link.rel, link.target], `${target}: ${link.outerHTML}`).to.deep.equal([rel, target]);
      }
    });

    it('a derived title carries the derived-title part, and the lead it came from is not repeated', async () => {
      const lead = 'Предположительно, переговоры стартуют 11 февраля.';
      const el = await fixture<NewsArticleCard>(html`<news-article-card .item=${seedItem({ title: lead, titleDerived: true, summary: lead })}></news-article-card>`);
      expect(part(el, 'title').getAttribute('part')).to.equal('title derived-title');
      expect(parts(el, 'summary')).to.have.length(0);
      el.item = seedItem();
      await el.updateComplete;
      expect(part(el, 'title').getAttribute('part')).to.equal('title');
      expect(part(el, 'summary').textContent).to.equal(lead);
    });

    it('heading-level sets the headline tag; link-params and link-target reach the article links', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card heading-level="3" link-target="_blank" link-params="utm_source=partner" .item=${seedItem()}></news-article-card>`);
      expect(part(el, 'title').localName).to.equal('h3');
      const link = part(el, 'title').querySelector('a')!;
      expect(link.href).to.equal(`${SEED_URL}?utm_source=partner`);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect((part(el, 'read-more') as HTMLAnchorElement).href).to.equal(`${SEED_URL}?utm_source=partner`);
    });

    it('the image box keeps its ratio (16/9 by default, --news-card-image-ratio to change it)', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card style="width: 320px" .item=${seedItem()}></news-article-card>`);
      const box = part(el, 'image').getBoundingClientRect();
      expect(box.width / box.height).to.be.closeTo(16 / 9, 0.02);
      el.style.setProperty('--news-card-image-ratio', '1');
      const square = part(el, 'image').getBoundingClientRect();
      expect(square.width).to.be.closeTo(square.height, 1);
    });
  });
});
