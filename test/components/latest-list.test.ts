import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { clearFeedCache, type NewsItem } from '../../src/index.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { installFakeScheduler } from '../support/fake-scheduler.js';
import { afterLangChange } from '../support/lang.js';
import { markupOf, nextFrame, parts, texts } from '../support/harness.js';

const SEED = '/test/fixtures/seed/latest.json';


/** Resolves after `count` news-load events anywhere: listening starts before the elements exist. */
function loads(count = 1): Promise<void> {
  return new Promise((resolve) => {
    let left = count;
    const listener = () => {
      if (--left > 0) return;
      document.removeEventListener('news-load', listener);
      resolve();
    };
    document.addEventListener('news-load', listener);
  });
}

async function loaded(template: ReturnType<typeof html>): Promise<NewsLatestList> {
  const load = loads();
  const wrapper = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  await load;
  return wrapper.querySelector('news-latest-list')!;
}


async function serverCount(key: string): Promise<number> {
  return ((await (await fetch(`/mock/count?key=${key}`)).json()) as { count: number }).count;
}

function item(id: string, title: string, extra: Partial<NewsItem> = {}): NewsItem {
  return { id, title, rubrics: [], cites: [], url: `https://outlet.example/${id}`, ...extra };
}

describe('<news-latest-list>', () => {
  beforeEach(() => clearFeedCache());

  describe('rendering the seed feed from a local endpoint', () => {
    it('shows heading, rubric tags, headline links, date-times and the one author, as on the seed page', async () => {
      const el = await loaded(html`<news-latest-list src=${SEED} lang="ru" time-zone="Asia/Tashkent" loading="eager" limit="4"></news-latest-list>`);
      expect(texts(el, 'heading')).to.deep.equal(['Последние новости']);
      expect(parts(el, 'list')[0].localName).to.equal('ul');
      expect(parts(el, 'item').map((node) => node.localName)).to.deep.equal(['li', 'li', 'li', 'li']);
      expect(texts(el, 'rubric')).to.deep.equal(['Рубрика: В центре внимания', 'Рубрика: В центре внимания', 'Рубрика: Служба', 'Рубрика: Полезное']);
      expect(texts(el, 'title')).to.deep.equal(['Обеспечить стратегическую безопасность', 'Сохраняя победные традиции', 'Здоровье в приоритете', 'В фокусе внимания']);
      expect(texts(el, 'date')).to.deep.equal(['21/01/2026 - 18:21', '20/01/2026 - 21:11', '17/01/2026 - 19:20', '17/01/2026 - 19:16']);
      expect(parts(el, 'date')[0].getAttribute('datetime')).to.equal('2026-01-21T13:21:00.000Z');
      expect(texts(el, 'author')).to.deep.equal(['Автор: admin']);
      const link = parts(el, 'title')[0] as HTMLAnchorElement;
      expect(link.localName).to.equal('a');
      expect(link.href).to.equal('https://sarbaz.example/ru/news/1016');
    });

    it('fires news-load with the feed and its detected shape', async () => {
      const el = document.createElement('news-latest-list');
      el.src = SEED;
      el.loading = 'eager';
      const load = oneEvent(el, 'news-load');
      document.body.append(el);
      const event = await load;
      expect(event.detail.shape).to.equal('generic');
      expect(event.detail.feed.items).to.have.length(16);
      expect(event.bubbles && event.composed).to.equal(true);
      el.remove();
    });

    it('renders items set as a property, with no request', async () => {
      const stub = stubFetch(() => new Response('[]'));
      try {
        const el = await fixture<NewsLatestList>(html`<news-latest-list lang="en" .items=${[item('a', 'Небесный щит'), item('b', 'Первый в строю')]}></news-latest-list>`);
        expect(texts(el, 'title')).to.deep.equal(['Небесный щит', 'Первый в строю']);
        expect(stub.calls).to.deep.equal([]);
      } finally {
        stub.restore();
      }
    });
  });

  describe('attributes', () => {
    const items = [
      item('1', 'Обеспечить стратегическую безопасность', { rubrics: [{ name: 'В центре внимания' }], author: { name: 'admin' }, date: new Date('2026-01-21T13:21:00Z') }),
      item('2', 'Здоровье в приоритете', { rubrics: [{ name: 'Служба' }], date: new Date('2026-01-17T14:20:00Z') }),
      item('3', 'В фокусе внимания', { rubrics: [{ name: 'Полезное' }, { name: 'Служба' }], date: new Date('2026-01-17T14:16:00Z'), image: { url: 'https://outlet.example/a.jpg', width: 320, height: 200 } }),
      item('4', 'Небесный щит', { rubrics: [{ name: 'В центре внимания' }], url: undefined }),
    ];

    it('limit caps the items', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list limit="2" .items=${items}></news-latest-list>`);
      expect(parts(el, 'item')).to.have.length(2);
      el.limit = 3;
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(3);
    });

    it('rubric filters case-insensitively; an item matches when any of its rubrics does', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list rubric=" служба ,ПОЛЕЗНОЕ" .items=${items}></news-latest-list>`);
      expect(texts(el, 'title')).to.deep.equal(['Здоровье в приоритете', 'В фокусе внимания']);
      el.rubric = 'Полезное';
      await el.updateComplete;
      expect(texts(el, 'title')).to.deep.equal(['В фокусе внимания']);
    });

    it('heading: localized by default, custom text, empty hides it; heading-level sets the tag', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="kk" .items=${items}></news-latest-list>`);
      expect(texts(el, 'heading')).to.deep.equal(['Соңғы жаңалықтар']);
      expect(parts(el, 'heading')[0].localName).to.equal('h2');
      el.setAttribute('heading', 'Служба & жизнь');
      el.headingLevel = 4;
      await el.updateComplete;
      expect(texts(el, 'heading')).to.deep.equal(['Служба & жизнь']);
      expect(parts(el, 'heading')[0].localName).to.equal('h4');
      el.setAttribute('heading', '');
      await el.updateComplete;
      expect(parts(el, 'heading')).to.have.length(0);
    });

    it('date-format and time-zone set how and where dates show', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="ru" time-zone="Europe/Moscow" date-format="d MMMM yyyy, HH:mm" .items=${items}></news-latest-list>`);
      expect(texts(el, 'date')[0]).to.equal('21 января 2026, 16:21');
      el.lang = 'kk';
      await afterLangChange(el);
      expect(texts(el, 'date')[0]).to.equal('21 қаңтар 2026, 16:21');
      el.lang = 'en';
      el.timeZone = 'Asia/Tashkent';
      await afterLangChange(el);
      expect(texts(el, 'date')[0]).to.equal('21 January 2026, 18:21');
    });

    it('relative-dates shows recent dates relatively, in each language, then falls back after relative-max-age', async () => {
      const recent = [item('r', 'Цифровые помощники врачей', { date: new Date(Date.now() - 5 * 60_000) }), item('o', 'Старое', { date: new Date(Date.now() - 30 * 3_600_000) })];
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="ru" relative-dates time-zone="UTC" .items=${recent}></news-latest-list>`);
      const [fresh, old] = texts(el, 'date');
      expect(fresh).to.equal('5 минут назад');
      expect(old).to.match(/^\d\d\/\d\d\/\d{4} - \d\d:\d\d$/);
      el.lang = 'kk';
      await afterLangChange(el);
      expect(texts(el, 'date')[0]).to.equal('5 минут бұрын');
      el.lang = 'en';
      el.relativeMaxAge = 48;
      await afterLangChange(el);
      expect(texts(el, 'date')).to.deep.equal(['5 minutes ago', '1 day ago']);
    });

    it('relative dates keep counting on one page-wide timer, which stops when no widget needs it', async () => {
      const time = installFakeScheduler();
      try {
        const recent = [item('r', 'Цифровые помощники врачей', { date: new Date(time.now() - 5 * 60_000) })];
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <news-latest-list lang="ru" relative-dates .items=${recent}></news-latest-list>
          <news-latest-list lang="en" relative-dates .items=${recent}></news-latest-list>
          <news-latest-list lang="en" .items=${recent}></news-latest-list>
        </div>`);
        const [ru, en] = [...wrapper.querySelectorAll('news-latest-list')];
        await Promise.all([ru.updateComplete, en.updateComplete]);
        expect([texts(ru, 'date')[0], texts(en, 'date')[0]]).to.deep.equal(['5 минут назад', '5 minutes ago']);
        expect(time.intervals).to.deep.equal([30_000]);
        await time.advance(60_000);
        await Promise.all([ru.updateComplete, en.updateComplete]);
        expect([texts(ru, 'date')[0], texts(en, 'date')[0]]).to.deep.equal(['6 минут назад', '6 minutes ago']);
        ru.relativeDates = false;
        await ru.updateComplete;
        // Only the clock is asked about: a visible list also waits on impressions' one-off dwell timers.
        expect(time.runningIntervals).to.deep.equal([30_000]);
        en.remove();
        expect(time.runningIntervals).to.deep.equal([]);
      } finally {
        time.restore();
      }
    });

    it('a title-less post from a real feed is shown with its derived title, marked with the derived-title part', async () => {
      const stub = stubFetch(() => new Response(JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Микроблог',
        items: [
          { id: 'm1', url: 'https://outlet.example/m1', content_text: 'Сегодня в Астане прошли учения резервистов: более двухсот человек отработали действия по сигналу тревоги.', date_modified: '2026-01-21T13:21:00Z' },
          { id: 'm2', url: 'https://outlet.example/m2', title: 'Обычный заголовок' },
        ],
      })));
      try {
        const el = await loaded(html`<news-latest-list lang="ru" time-zone="UTC" src="https://outlet.example/micro.json" loading="eager"></news-latest-list>`);
        const [derived, plain] = parts(el, 'title');
        expect(derived.getAttribute('part')).to.equal('title derived-title');
        expect(derived.textContent).to.match(/^Сегодня в Астане прошли учения резервистов: .+…$/);
        expect(derived.textContent!.length).to.be.at.most(101);
        expect(plain.getAttribute('part')).to.equal('title');
        expect(texts(el, 'date')).to.deep.equal(['21/01/2026 - 13:21']);
        await expect(el).to.be.accessible();
      } finally {
        stub.restore();
      }
    });

    it('hide-author hides authors; show-images adds lazy thumbnails with reserved size', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list hide-author show-images .items=${items}></news-latest-list>`);
      expect(parts(el, 'author')).to.have.length(0);
      const images = parts(el, 'image');
      expect(images).to.have.length(4);
      const img = images.find((node) => node.localName === 'img') as HTMLImageElement;
      expect(img.getAttribute('src')).to.equal('https://outlet.example/a.jpg');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal('');
      expect(images.filter((node) => node.localName !== 'img')).to.have.length(3);
    });

    it('link-params are added to article links; link-target sets target and rel', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list link-params="utm_source=partner&utm_medium=widget" link-target="_blank" .items=${items}></news-latest-list>`);
      const link = parts(el, 'title')[0] as HTMLAnchorElement;
      expect(link.href).to.equal('https://outlet.example/1?utm_source=partner&utm_medium=widget');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
    });

    it('an item without a safe URL shows its headline as plain text', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list .items=${items}></news-latest-list>`);
      expect(parts(el, 'title')[3].localName).to.equal('span');
    });

    it('layout and theme reflect, for CSS', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list .items=${items}></news-latest-list>`);
      expect(el.getAttribute('layout')).to.equal('list');
      expect(el.getAttribute('theme')).to.equal('light');
      el.layout = 'grid';
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('grid');
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(parts(el, 'image')).to.have.length(4);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 27, 34)');
    });

    it('an item in another language carries its lang', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="ru-RU" .items=${[item('k', 'Қызмет', { lang: 'kk' }), item('r', 'Служба', { lang: 'ru' })]}></news-latest-list>`);
      expect(parts(el, 'item').map((node) => node.getAttribute('lang'))).to.deep.equal(['kk', null]);
    });
  });

  describe('language', () => {
    it('comes from the nearest [lang] ancestor, else <html lang>, on the primary subtag; unknown falls back to English', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="kk-KZ"><section><news-latest-list .items=${[]}></news-latest-list></section></div>`);
      const el = wrapper.querySelector('news-latest-list')!;
      await el.updateComplete;
      expect(texts(el, 'heading')).to.deep.equal(['Соңғы жаңалықтар']);
      expect(texts(el, 'status')).to.deep.equal(['Әзірге жаңалық жоқ.']);
      wrapper.lang = 'fr';
      await afterLangChange(el);
      expect(texts(el, 'heading')).to.deep.equal(['Latest news']);
      wrapper.removeAttribute('lang');
      const htmlLang = document.documentElement.lang;
      document.documentElement.lang = 'ru-RU';
      try {
        await afterLangChange(el);
        expect(texts(el, 'heading')).to.deep.equal(['Последние новости']);
      } finally {
        document.documentElement.lang = htmlLang;
      }
    });
  });

  describe('loading', () => {
    it('lazy (default): nothing is fetched until the widget nears the viewport', async () => {
      const key = `lazy-${Date.now()}`;
      const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 5000px"></div><news-latest-list src=${`/mock/counted?key=${key}`}></news-latest-list></div>`);
      const el = wrapper.querySelector('news-latest-list')!;
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      expect(await serverCount(key)).to.equal(0);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      const load = oneEvent(el, 'news-load');
      el.scrollIntoView();
      await load;
      expect(await serverCount(key)).to.equal(1);
      window.scrollTo(0, 0);
    });

    it('two lists with the same src share one request', async () => {
      const key = `shared-${Date.now()}`;
      const src = `/mock/counted?key=${key}`;
      const both = loads(2);
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <news-latest-list src=${src} loading="eager"></news-latest-list>
        <news-latest-list src=${src} loading="eager" layout="compact"></news-latest-list></div>`);
      const second = wrapper.querySelectorAll('news-latest-list')[1];
      await both;
      expect(await serverCount(key)).to.equal(1);
      expect(texts(second, 'title')).to.deep.equal([`Counted ${key}`]);
    });

    it('changing src mid-request aborts the old request and ignores its late answer', async () => {
      const answers: Record<string, (response: Response) => void> = {};
      const signals: Record<string, AbortSignal> = {};
      const stub = stubFetch((url, init) => new Promise<Response>((resolve) => {
        answers[url] = resolve;
        signals[url] = init!.signal!;
      }));
      try {
        const el = await fixture<NewsLatestList>(html`<news-latest-list src="https://outlet.example/old" loading="eager"></news-latest-list>`);
        await el.updateComplete;
        el.src = 'https://outlet.example/new';
        await el.updateComplete;
        expect(signals['https://outlet.example/old'].aborted).to.equal(true);
        const load = oneEvent(el, 'news-load');
        answers['https://outlet.example/new'](new Response('[{"title":"Новое"}]'));
        await load;
        answers['https://outlet.example/old'](new Response('[{"title":"Старое"}]'));
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(texts(el, 'title')).to.deep.equal(['Новое']);
      } finally {
        stub.restore();
      }
    });
  });

  describe('states', () => {
    it('loading: a busy skeleton that reserves rows, labelled for screen readers', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="ru" src="/mock/slow?ms=3000" loading="eager" page-size="3"></news-latest-list>`);
      await el.updateComplete;
      const skeleton = el.shadowRoot!.querySelector('[aria-busy="true"]')!;
      expect(skeleton.getAttribute('aria-label')).to.equal('Загрузка новостей…');
      expect(skeleton.querySelectorAll('li')).to.have.length(3);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(100);
      await expect(el).to.be.accessible();
    });

    it('empty: a localized "no news" message', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="en" .items=${[]}></news-latest-list>`);
      expect(texts(el, 'status')).to.deep.equal(['No news yet.']);
      await expect(el).to.be.accessible();
    });

    it('error: a localized message, a retry button, the fallback content, and news-error with the typed error', async () => {
      const el = document.createElement('news-latest-list');
      el.lang = 'ru';
      el.loading = 'eager';
      el.src = '/mock/status/404';
      el.innerHTML = '<a href="https://sarbaz.example/ru/">Все новости</a>';
      const failed = oneEvent(el, 'news-error');
      document.body.append(el);
      const event = await failed;
      try {
        expect(event.detail.error.kind).to.equal('http');
        expect(event.detail.error.status).to.equal(404);
        expect(event.detail.stale).to.equal(false);
        await el.updateComplete;
        const status = parts(el, 'status')[0];
        expect(status.textContent).to.contain('Не удалось загрузить новости.');
        expect(status.textContent).to.contain('Сайт новостей сейчас недоступен.');
        expect(status.textContent).not.to.contain('404');
        expect(el.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
        await expect(el).to.be.accessible();
        const retried = oneEvent(el, 'news-error');
        el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry')!.click();
        await retried;
      } finally {
        el.remove();
      }
    });

    it('after a failed refresh the last good items stay, marked as not updated', async () => {
      let fail = false;
      const stub = stubFetch(() => (fail ? new Response('down', { status: 503 }) : new Response('[{"title":"Первый в строю","url":"https://outlet.example/1"}]')));
      try {
        const el = await loaded(html`<news-latest-list lang="en" src="https://outlet.example/feed" loading="eager"></news-latest-list>`);
        fail = true;
        const failed = oneEvent(el, 'news-error');
        el.retry();
        expect((await failed).detail.stale).to.equal(true);
        await el.updateComplete;
        expect(texts(el, 'title')).to.deep.equal(['Первый в строю']);
        expect(texts(el, 'status')).to.deep.equal(['Could not update: showing earlier news.']);
      } finally {
        stub.restore();
      }
    });

    it('a refresh that brings new items highlights and announces them politely', async () => {
      let body = '[{"id":"1","title":"Первый в строю"}]';
      const stub = stubFetch(() => new Response(body));
      try {
        const el = await loaded(html`<news-latest-list lang="ru" src="https://outlet.example/feed" loading="eager"></news-latest-list>`);
        expect(el.shadowRoot!.querySelectorAll('.fresh')).to.have.length(0);
        body = '[{"id":"2","title":"Небесный щит"},{"id":"1","title":"Первый в строю"}]';
        const load = oneEvent(el, 'news-load');
        el.retry();
        await load;
        expect(texts(el, 'title')).to.deep.equal(['Небесный щит', 'Первый в строю']);
        expect(parts(el, 'item')[0].classList.contains('fresh')).to.equal(true);
        expect(el.shadowRoot!.querySelector('[role="status"].visually-hidden')!.textContent).to.equal('Новая новость: 1');
        // Re-rendering the same load keeps the mark; the next successful load with nothing new clears it.
        el.rubric = '';
        el.limit = 5;
        await el.updateComplete;
        expect(parts(el, 'item')[0].classList.contains('fresh')).to.equal(true);
        const next = oneEvent(el, 'news-load');
        el.retry();
        await next;
        expect(el.shadowRoot!.querySelectorAll('.fresh')).to.have.length(0);
      } finally {
        stub.restore();
      }
    });

    it('is accessible when ready, in both themes', async () => {
      const el = await loaded(html`<news-latest-list src=${SEED} loading="eager" show-images></news-latest-list>`);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('interaction', () => {
    it('news-item-click carries the item and can cancel navigation', async () => {
      const el = await fixture<NewsLatestList>(html`<news-latest-list .items=${[item('x', 'Огневая мощь Родины')]}></news-latest-list>`);
      el.addEventListener('news-item-click', (event) => event.preventDefault(), { once: true });
      const clicked = oneEvent(el, 'news-item-click');
      const link = parts(el, 'title')[0];
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      const event = await clicked;
      expect(event.detail.item.id).to.equal('x');
      expect(event.cancelable).to.equal(true);
      expect(click.defaultPrevented).to.equal(true);
    });

    it('page-size shows a page, and "show more" (by keyboard) reveals the next and moves focus to it', async () => {
      const many = Array.from({ length: 7 }, (_, index) => item(String(index), `Новость ${index + 1}`));
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="ru" page-size="3" .items=${many}></news-latest-list>`);
      expect(parts(el, 'item')).to.have.length(3);
      const more = parts(el, 'more')[0] as HTMLButtonElement;
      expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Показать ещё, ещё 4 новости');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(6);
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Новость 4');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.textContent).to.equal('Новость 5');
      const last = parts(el, 'more')[0] as HTMLButtonElement;
      last.click();
      await el.updateComplete;
      expect(parts(el, 'item')).to.have.length(7);
      expect(parts(el, 'more')).to.have.length(0);
    });
  });
});

describe('<news-latest-list> thumbnails', () => {
  it('a thumbnail that fails to load becomes the neutral placeholder, keeping its box', async () => {
    const items: NewsItem[] = [{ id: 'a', title: 'Небесный щит', url: 'https://outlet.example/a', rubrics: [], cites: [], image: { url: new URL('/mock/status/404', location.href).href } }];
    const el = await fixture<NewsLatestList>(html`<news-latest-list show-images .items=${items}></news-latest-list>`);
    const img = el.shadowRoot!.querySelector('img')!;
    // Already failed (complete) or still loading: only in the second case is there an error event to wait for.
    if (!img.complete) await new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
    await el.updateComplete;
    expect(markupOf(el.shadowRoot!.querySelector('img'))).to.equal(null);
    const placeholder = el.shadowRoot!.querySelector('[part~="image"]')!;
    expect(placeholder.classList.contains('placeholder')).to.equal(true);
    expect(placeholder.getBoundingClientRect().width).to.be.greaterThan(0);
  });
});
