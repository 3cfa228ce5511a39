import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { articleKey, mergeFeeds } from '../../src/data/feeds/merge.js';
import { sourceAddresses } from '../../src/data/feeds/sources.js';
import type { NewsErrorEvent, NewsLoadEvent } from '../../src/events.js';
import { clearFeedCache, normalizeFeed, type Feed, type NewsItem } from '../../src/index.js';
import { installFakeScheduler } from '../support/fake-scheduler.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { markupOf, parts, texts } from '../support/harness.js';

const A = 'https://a.example/feed.json';
const B = 'https://b.example/api/latest';
const DOWN = 'https://down.example/feed.json';

const feedA = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Outlet A',
  home_page_url: 'https://a.example/',
  items: [
    { id: 'a1', url: 'https://a.example/1', title: 'A one', date_published: '2026-01-21T10:00:00Z', tags: ['Служба'] },
    { id: 'a2', url: 'https://shared.example/story/', title: 'Shared story', date_published: '2026-01-19T10:00:00Z', tags: ['Полезное'] },
    { id: 'a3', url: 'https://a.example/3', title: 'A undated' },
    { id: 'a4', url: 'https://a.example/1/#again', title: 'A one again', date_published: '2026-01-22T10:00:00Z' },
  ],
};
// A plain array: no feed title, so items are labelled by host unless they name their outlet.
const feedB = [
  { id: 'b1', url: 'https://shared.example/story?utm_source=b&utm_medium=rss#top', title: 'Shared story, via B', date: '2026-01-19T10:00:00Z' },
  { id: 'b2', url: 'https://b.example/2', title: 'B two', date: '2026-01-20T10:00:00Z', outlet: 'Partner B Wire' },
  { id: 'a1', url: 'https://b.example/a1', title: 'B with an id like A’s', date: '2026-01-18T10:00:00Z', rubric: 'Служба' },
  { id: 'b4', url: 'https://b.example/4', title: 'B undated' },
];

/** Answers A and B; DOWN (and anything in `failing`) with 503. */
function serve(failing = new Set<string>([DOWN])) {
  return stubFetch((url) => {
    if (failing.has(url)) return new Response('down', { status: 503 });
    if (url === A) return Response.json(feedA);
    if (url === B) return Response.json(feedB);
    return new Response('not here', { status: 404 });
  });
}


/** Waits for the element's first news-load, collecting every feed event until then. */
async function loadedList(template: ReturnType<typeof html>): Promise<{ el: NewsLatestList; events: Event[]; load: NewsLoadEvent }> {
  const events: Event[] = [];
  const record = (event: Event) => events.push(event);
  document.addEventListener('news-load', record);
  document.addEventListener('news-error', record);
  try {
    const load = new Promise<NewsLoadEvent>((resolve) => document.addEventListener('news-load', resolve as EventListener, { once: true }));
    const el = await fixture<NewsLatestList>(template);
    const event = await load;
    await el.updateComplete;
    return { el, events, load: event };
  } finally {
    document.removeEventListener('news-load', record);
    document.removeEventListener('news-error', record);
  }
}

describe('<news-latest-list> with several sources', () => {
  beforeEach(() => clearFeedCache());

  it('merges them: de-duplicated, newest first, undated last in feed order, then filtered by rubric and cut by limit', async () => {
    const stub = serve();
    try {
      const { el, events, load } = await loadedList(html`<news-latest-list lang="en" loading="eager" src=${`${A}\n  ${B}`}></news-latest-list>`);
      expect(stub.calls.sort()).to.deep.equal([A, B].sort());
      expect(texts(el, 'title')).to.deep.equal(['A one', 'B two', 'Shared story', 'B with an id like A’s', 'A undated', 'B undated']);
      expect(events.map((event) => event.type)).to.deep.equal(['news-load']);
      expect(load.detail.shape).to.equal('merged');
      expect(load.detail.feed.shape).to.equal('merged');
      expect(load.detail.feed.items.map((item) => item.id)).to.deep.equal(['a1', 'b2', 'a2', 'a1', 'a3', 'b4']);
      expect(load.detail.sources).to.deep.equal([
        { src: A, shape: 'jsonfeed', count: 4, error: undefined },
        { src: B, shape: 'generic', count: 4, error: undefined },
      ]);
      el.rubric = 'служба';
      await el.updateComplete;
      expect(texts(el, 'title')).to.deep.equal(['A one', 'B with an id like A’s']);
      el.rubric = '';
      el.limit = 3;
      await el.updateComplete;
      expect(texts(el, 'title')).to.deep.equal(['A one', 'B two', 'Shared story']);
    } finally {
      stub.restore();
    }
  });

  it('labels each item with its source (outlet, else feed title, else host); hide-source hides the labels', async () => {
    const stub = serve();
    try {
      const { el } = await loadedList(html`<news-latest-list lang="ru" loading="eager" src=${`${A} ${B}`}></news-latest-list>`);
      expect(texts(el, 'source')).to.deep.equal([
        'Источник: Outlet A', 'Источник: Partner B Wire', 'Источник: Outlet A', 'Источник: b.example', 'Источник: Outlet A', 'Источник: b.example',
      ]);
      await expect(el).to.be.accessible();
      el.hideSource = true;
      await el.updateComplete;
      expect(parts(el, 'source')).to.have.length(0);
      expect(el.getAttribute('hide-source')).to.equal(null);
      el.setAttribute('hide-source', '');
      await el.updateComplete;
      expect(el.hideSource).to.equal(true);
    } finally {
      stub.restore();
    }
  });

  it('with one source nothing changes: feed order, no labels, the feed itself in news-load', async () => {
    const stub = serve();
    try {
      const { el, load } = await loadedList(html`<news-latest-list lang="en" loading="eager" src=${B}></news-latest-list>`);
      expect(texts(el, 'title')).to.deep.equal(['Shared story, via B', 'B two', 'B with an id like A’s', 'B undated']);
      expect(parts(el, 'source')).to.have.length(0);
      expect(load.detail.shape).to.equal('generic');
      expect(load.detail.feed.items.every((item) => item.source === undefined)).to.equal(true);
      expect(load.detail.sources).to.deep.equal([{ src: B, shape: 'generic', count: 4, error: undefined }]);
    } finally {
      stub.restore();
    }
  });

  it('each source is one request shared with other widgets on the page', async () => {
    const key = `merged-${Date.now()}`;
    const [one, two] = [`/mock/counted?key=${key}-1`, `/mock/counted?key=${key}-2`];
    let loads = 0;
    const both = new Promise<void>((resolve) => {
      const listener = () => {
        if (++loads < 2) return;
        document.removeEventListener('news-load', listener);
        resolve();
      };
      document.addEventListener('news-load', listener);
    });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <news-latest-list loading="eager" src=${`${one} ${two}`}></news-latest-list>
      <news-latest-list loading="eager" src=${one}></news-latest-list>
    </div>`);
    await both;
    const count = async (name: string) => ((await (await fetch(`/mock/count?key=${name}`)).json()) as { count: number }).count;
    expect([await count(`${key}-1`), await count(`${key}-2`)]).to.deep.equal([1, 1]);
    const [merged] = wrapper.querySelectorAll('news-latest-list');
    expect(texts(merged, 'title').sort()).to.deep.equal([`Counted ${key}-1`, `Counted ${key}-2`]);
  });

  it('one failing source does not fail the list: the others render, news-error says which (partial), a notice says so discreetly', async () => {
    const stub = serve();
    try {
      const { el, events } = await loadedList(html`<news-latest-list lang="ru" loading="eager" src=${`${A} ${DOWN}`}></news-latest-list>`);
      expect(events.map((event) => event.type)).to.deep.equal(['news-error', 'news-load']);
      const error = events[0] as NewsErrorEvent;
      expect(error.detail.partial).to.equal(true);
      expect(error.detail.src).to.equal(DOWN);
      expect(error.detail.stale).to.equal(false);
      expect(error.detail.error.status).to.equal(503);
      const load = events[1] as NewsLoadEvent;
      expect(load.detail.sources.map(({ src, count, error: failure }) => [src, count, failure?.kind])).to.deep.equal([[A, 4, undefined], [DOWN, undefined, 'http']]);
      expect(texts(el, 'title')).to.have.length(3);
      expect(texts(el, 'notice')).to.deep.equal(['Источник недоступен: down.example']);
      expect(parts(el, 'notice')[0].getAttribute('role')).to.equal(null);
      expect(markupOf(el.shadowRoot!.querySelector('.error'))).to.equal(null);
      await expect(el).to.be.accessible();
      el.lang = 'kk';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(texts(el, 'notice')).to.deep.equal(['Дереккөз қолжетімсіз: down.example']);
    } finally {
      stub.restore();
    }
  });

  it('names every unavailable source, in each language', async () => {
    const other = 'https://other.example/feed.json';
    const stub = serve(new Set([DOWN, other]));
    try {
      const { el } = await loadedList(html`<news-latest-list lang="en" loading="eager" src=${`${A} ${DOWN} ${other}`}></news-latest-list>`);
      expect(texts(el, 'notice')).to.deep.equal(['Sources unavailable: down.example and other.example']);
      el.lang = 'ru';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(texts(el, 'notice')).to.deep.equal(['Источники недоступны: down.example и other.example']);
      el.lang = 'kk';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(texts(el, 'notice')).to.deep.equal(['Дереккөздер қолжетімсіз: down.example және other.example']);
    } finally {
      stub.restore();
    }
  });

  it('only when every source fails is it the error state, with a news-error per source', async () => {
    const stub = serve(new Set([A, DOWN]));
    const errors: NewsErrorEvent[] = [];
    const record = (event: NewsErrorEvent) => errors.push(event);
    document.addEventListener('news-error', record);
    try {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="en" loading="eager" src=${`${A} ${DOWN}`}></news-latest-list>`);
      while (errors.length < 2) await oneEvent(el, 'news-error');
      await el.updateComplete;
      expect(errors.map((event) => [event.detail.src, event.detail.partial, event.detail.stale])).to.deep.equal([[A, false, false], [DOWN, false, false]]);
      expect(texts(el, 'status')[0]).to.contain('The news could not be loaded.');
      expect(parts(el, 'notice')).to.have.length(0);
      await expect(el).to.be.accessible();
    } finally {
      document.removeEventListener('news-error', record);
      stub.restore();
    }
  });

  it('a source whose refresh fails keeps its last good items; a retry of the failure asks only the failed source again', async () => {
    const time = installFakeScheduler();
    const failing = new Set<string>();
    const stub = serve(failing);
    try {
      const { el } = await loadedList(html`<news-latest-list lang="en" loading="eager" src=${`${A} ${B}`}></news-latest-list>`);
      failing.add(B);
      stub.calls.length = 0;
      const failed = oneEvent(el, 'news-error');
      const loaded = oneEvent(el, 'news-load');
      el.retry();
      const [error, load] = await Promise.all([failed, loaded]);
      expect(error.detail).to.include({ src: B, partial: true, stale: true });
      expect(load.detail.sources[1].count).to.equal(4);
      await el.updateComplete;
      expect(texts(el, 'title')).to.have.length(6);
      expect(texts(el, 'notice')).to.deep.equal(['Source unavailable: b.example']);
      // The automatic retry (2 s) asks B alone; when B answers, the notice goes.
      failing.clear();
      stub.calls.length = 0;
      const recovered = oneEvent(el, 'news-load');
      expect(time.pending).to.include(2000);
      await time.advance(2000);
      await recovered;
      await el.updateComplete;
      expect(stub.calls).to.deep.equal([B]);
      expect(parts(el, 'notice')).to.have.length(0);
    } finally {
      stub.restore();
      time.restore();
    }
  });

  it('items set as a property show source labels when they come from more than one source', async () => {
    const item = (id: string, source?: string): NewsItem => ({ id, title: id, rubrics: [], cites: [], url: `https://outlet.example/${id}`, source });
    const el = await fixture<NewsLatestList>(html`<news-latest-list lang="en" .items=${[item('x', 'One'), item('y', 'Two')]}></news-latest-list>`);
    expect(texts(el, 'source')).to.deep.equal(['Source: One', 'Source: Two']);
    el.items = [item('x', 'One'), item('y', 'One')];
    await el.updateComplete;
    expect(parts(el, 'source')).to.have.length(0);
  });
});

describe('merging feeds (src/data/feeds/merge.ts)', () => {
  it('src takes addresses separated by any whitespace, each once', () => {
    expect(sourceAddresses('  https://a.example/x\n\thttps://b.example/y https://a.example/x ')).to.deep.equal(['https://a.example/x', 'https://b.example/y']);
    expect(sourceAddresses('/api/one.json')).to.deep.equal(['/api/one.json']);
  });

  it('the same article ignores the fragment, a trailing slash and utm_* parameters, and nothing else', () => {
    const key = articleKey('https://outlet.example/news/1');
    for (const same of ['https://outlet.example/news/1/', 'https://outlet.example/news/1#comments', 'https://outlet.example/news/1?utm_source=x&UTM_Campaign=y', 'https://OUTLET.example/news/1/?utm_medium=rss#top']) {
      expect(articleKey(same), same).to.equal(key);
    }
    for (const other of ['https://outlet.example/news/1?id=2', 'https://outlet.example/news/12', 'http://outlet.example/news/1']) {
      expect(articleKey(other), other).not.to.equal(key);
    }
    expect(articleKey('https://outlet.example/news/1?id=2&utm_source=x')).to.equal('https://outlet.example/news/1?id=2');
  });

  it('keeps the first source’s copy of a duplicate, leaves the sources’ items untouched, and sorts stably', () => {
    const date = new Date('2026-01-20T00:00:00Z');
    const one: Feed = { shape: 'rss', title: 'One', items: [
      { id: '1', title: 'first', url: 'https://x.example/a', date, rubrics: [], cites: [] },
      { id: '2', title: 'same time, later in feed', url: 'https://x.example/b', date, rubrics: [], cites: [] },
    ] };
    const two: Feed = { shape: 'atom', items: [{ id: '9', title: 'copy', url: 'https://x.example/a/', date: new Date('2026-01-25T00:00:00Z'), rubrics: [], cites: [] }] };
    const merged = mergeFeeds([{ src: 'https://one.example/rss', feed: one }, { src: 'https://www.two.example/atom', feed: two }]);
    expect(merged.items.map((item) => [item.title, item.source])).to.deep.equal([['first', 'One'], ['same time, later in feed', 'One']]);
    expect(one.items[0].source).to.equal(undefined);
    const hostOnly = mergeFeeds([{ src: 'https://www.two.example/atom', feed: two }]);
    expect(hostOnly.items[0].source).to.equal('two.example');
  });

  it('shows once a story its feed lists under two URLs with one id (the gate renamed the second), and keeps another source’s same id', () => {
    const feed = (host: string) => normalizeFeed({
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        { id: 'shared-7', title: 'Небесный щит', url: `https://${host}/ru/1003` },
        { id: 'shared-7', title: 'Небесный щит (AMP)', url: `https://${host}/amp/1003` },
        { id: 'shared-8', title: 'Другая новость', url: `https://${host}/ru/1004` },
      ],
    });
    const one = feed('one.example');
    expect(one.items.map((item) => item.id)).to.deep.equal(['shared-7', 'shared-7#2', 'shared-8']);
    const merged = mergeFeeds([{ src: 'https://one.example/feed.json', feed: one }, { src: 'https://two.example/feed.json', feed: feed('two.example') }]);
    expect(merged.items.map((item) => `${item.title} @ ${new URL(item.url!).host}`)).to.deep.equal([
      'Небесный щит @ one.example', 'Другая новость @ one.example', 'Небесный щит @ two.example', 'Другая новость @ two.example',
    ]);
  });

  it('drops an item whose id its source already gave (items set from script), not one with the same id from another source', () => {
    const item = (id: string, title: string): NewsItem => ({ id, title, rubrics: [], cites: [] });
    const one: Feed = { shape: 'generic', title: 'One', items: [item('1', 'first'), item('1', 'again')] };
    const two: Feed = { shape: 'generic', title: 'Two', items: [item('1', 'other source')] };
    const merged = mergeFeeds([{ src: 'https://one.example/', feed: one }, { src: 'https://two.example/', feed: two }]);
    expect(merged.items.map((entry) => entry.title)).to.deep.equal(['first', 'other source']);
  });
});
