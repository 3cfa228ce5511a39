import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import type { NewsImpressionEvent, NewsItemClickEvent } from '../../src/events.js';
import { clearFeedCache, type NewsItem } from '../../src/index.js';
import { installFakePageVisibility } from '../support/fake-page-visibility.js';
import { installFakeScheduler } from '../support/fake-scheduler.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { nextFrame, parts, until } from '../support/harness.js';

function item(index: number, extra: Partial<NewsItem> = {}): NewsItem {
  return {
    id: `i${index}`,
    title: `Новость ${index}`,
    url: `https://outlet.example/${index}`,
    rubrics: index % 2 ? [{ name: 'Служба' }] : [],
    date: new Date(Date.UTC(2026, 0, 21, 12 - index)),
    cites: [],
    ...extra,
  };
}
const SIX = [1, 2, 3, 4, 5, 6].map((index) => item(index));

describe('news-impression', () => {
  let time: ReturnType<typeof installFakeScheduler>;
  let page: ReturnType<typeof installFakePageVisibility>;
  let seen: NewsImpressionEvent[];
  const record = (event: NewsImpressionEvent) => seen.push(event);
  /** A dwell is running: the only timers these lists ask for. */
  const dwelling = () => time.pending.length > 0;
  const ids = () => seen.map((event) => event.detail.item.id);

  beforeEach(() => {
    clearFeedCache();
    time = installFakeScheduler();
    page = installFakePageVisibility();
    seen = [];
    document.addEventListener('news-impression', record);
    window.scrollTo(0, 0);
  });
  afterEach(() => {
    document.removeEventListener('news-impression', record);
    page.restore();
    time.restore();
    window.scrollTo(0, 0);
  });

  /** A list below the fold, with room below it to scroll it away again. */
  async function belowTheFold(template = html`<news-latest-list lang="en" heading="" .items=${SIX}></news-latest-list>`): Promise<NewsLatestList> {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="height: 150vh"></div>${template}<div style="height: 300vh"></div></div>`);
    const el = wrapper.querySelector('news-latest-list')!;
    await el.updateComplete;
    return el;
  }

  it('fires once per item that was at least half visible for 1 s, with its position, rubric, source and layout', async () => {
    const el = await belowTheFold();
    await nextFrame();
    await nextFrame();
    expect(dwelling()).to.equal(false);
    await time.advance(5000);
    expect(seen).to.deep.equal([]);

    parts(el, 'item')[0].scrollIntoView({ block: 'start' });
    // The first items at the top of the viewport, each dwelling on its own timer (the fake clock
    // stands still while frames pass, so one observer report a frame late starts at the same time).
    await until(dwelling);
    await nextFrame();
    await nextFrame();
    await time.advance(999);
    expect(seen).to.deep.equal([]);
    await time.advance(1);
    expect(ids()).to.include.members(['i1', 'i2']);
    const [first, second] = ['i1', 'i2'].map((id) => seen.find((event) => event.detail.item.id === id)!);
    expect(first.detail).to.deep.equal({ item: SIX[0], position: 1, rubric: 'Служба', source: undefined, layout: 'list' });
    expect(first.bubbles && first.composed).to.equal(true);
    expect(first.target).to.equal(el);
    expect(second.detail).to.deep.equal({ item: SIX[1], position: 2, rubric: undefined, source: undefined, layout: 'list' });

    // Not again: scrolled away and back, re-rendered with the same ids, refreshed.
    const count = seen.length;
    window.scrollTo(0, 0);
    await nextFrame();
    parts(el, 'item')[0].scrollIntoView({ block: 'start' });
    el.items = SIX.map((entry) => ({ ...entry }));
    await el.updateComplete;
    await nextFrame();
    await nextFrame();
    await time.advance(5000);
    expect(seen).to.have.length(count);
    expect(new Set(ids()).size).to.equal(count);
  });

  it('an item scrolled past in under a second is not counted; coming back starts the second again', async () => {
    const el = await belowTheFold();
    parts(el, 'item')[0].scrollIntoView({ block: 'start' });
    await until(dwelling);
    await time.advance(600);
    window.scrollTo(0, 0);
    await until(() => !dwelling());
    await time.advance(5000);
    expect(seen).to.deep.equal([]);

    parts(el, 'item')[0].scrollIntoView({ block: 'start' });
    await until(dwelling);
    await time.advance(600);
    expect(seen).to.deep.equal([]);
    await time.advance(400);
    expect(ids()).to.include('i1');
  });

  it('a hidden page pauses the count, and the second starts again when it shows', async () => {
    const el = await belowTheFold();
    parts(el, 'item')[0].scrollIntoView({ block: 'start' });
    await until(dwelling);
    await time.advance(500);
    page.hide();
    expect(dwelling()).to.equal(false);
    await time.advance(10_000);
    expect(seen).to.deep.equal([]);
    page.show();
    expect(dwelling()).to.equal(true);
    await time.advance(999);
    expect(seen).to.deep.equal([]);
    await time.advance(1);
    expect(ids()).to.include('i1');
  });

  it('less than half of an item in view does not count', async () => {
    const el = await belowTheFold(html`
      <style>.tall::part(item) { height: 400px; }</style>
      <news-latest-list class="tall" lang="en" heading="" .items=${SIX.slice(0, 2)}></news-latest-list>`);
    const first = parts(el, 'item')[0];
    // 100 of its 400 px in view, at the bottom of the viewport.
    window.scrollBy(0, first.getBoundingClientRect().top - innerHeight + 100);
    await nextFrame();
    await nextFrame();
    await nextFrame();
    expect(dwelling()).to.equal(false);
    await time.advance(5000);
    expect(seen).to.deep.equal([]);
    window.scrollBy(0, 200);
    await until(dwelling);
    await time.advance(1000);
    expect(ids()).to.deep.equal(['i1']);
  });

  it('the ticker reports each headline once, however many rounds it turns', async () => {
    const el = await belowTheFold(html`<news-latest-list layout="ticker" lang="en" .items=${SIX.slice(0, 3)}></news-latest-list>`);
    el.scrollIntoView({ block: 'center' });
    // First round: each headline's dwell starts (1 s, beside the rotation's 6 s) and ends in an impression.
    for (let step = 0; step < 3; step++) {
      await until(() => time.pending.some((ms) => ms <= 1000));
      await time.advance(6000);
      await el.updateComplete;
    }
    // Next rounds: the same headlines come back, and nothing is counted again.
    for (let step = 0; step < 4; step++) {
      for (let frame = 0; frame < 3; frame++) await nextFrame();
      expect(time.pending).to.deep.equal([6000]);
      await time.advance(6000);
      await el.updateComplete;
    }
    expect(ids()).to.deep.equal(['i1', 'i2', 'i3']);
    expect(seen.map((event) => [event.detail.position, event.detail.layout])).to.deep.equal([[1, 'ticker'], [2, 'ticker'], [3, 'ticker']]);
  });

  it('carousel cards outside the row’s scrolled area are not counted', async () => {
    const el = await belowTheFold(html`<div style="width: 30em"><news-latest-list layout="carousel" lang="en" .items=${SIX}></news-latest-list></div>`);
    el.scrollIntoView({ block: 'center' });
    await until(dwelling);
    await nextFrame();
    await time.advance(1000);
    const positions = seen.map((event) => event.detail.position);
    expect(positions).to.include(1);
    expect(positions).not.to.include(6);
    expect(seen.every((event) => event.detail.layout === 'carousel')).to.equal(true);
  });

  it('in a list fed with several sources, the impression names the item’s source', async () => {
    const stub = stubFetch((url) => Response.json({ version: 'https://jsonfeed.org/version/1.1', title: url.includes('one') ? 'One' : 'Two',
      items: [{ id: url, url: `${url}/story`, title: `Story of ${url}`, date_published: '2026-01-21T10:00:00Z' }] }));
    try {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="en" loading="eager" src="https://one.example https://two.example"></news-latest-list>`);
      await until(() => parts(el, 'item').length === 2);
      await until(dwelling);
      await time.advance(1000);
      expect(seen.map((event) => event.detail.source).sort()).to.deep.equal(['One', 'Two']);
    } finally {
      stub.restore();
    }
  });

  it('a removed list leaves no dwell timer, observer entry or page-visibility listener', async () => {
    const el = await belowTheFold();
    parts(el, 'item')[0].scrollIntoView({ block: 'start' });
    await until(dwelling);
    el.remove();
    expect(dwelling()).to.equal(false);
    expect(page.subscribers).to.equal(0);
    await time.advance(5000);
    expect(seen).to.deep.equal([]);
  });
});

describe('news-item-click detail, and privacy', () => {
  beforeEach(() => clearFeedCache());

  it('news-item-click carries the item’s position, rubric, source and layout, in every layout', async () => {
    const items = [item(1, { source: 'One' }), item(2, { source: 'Two' }), item(3, { source: 'One' })];
    const el = await fixture<NewsLatestList>(html`<news-latest-list lang="en" .items=${items}></news-latest-list>`);
    const clicks: NewsItemClickEvent[] = [];
    el.addEventListener('news-item-click', (event) => {
      event.preventDefault();
      clicks.push(event);
    });
    parts(el, 'title')[2].click();
    el.layout = 'ticker';
    await el.updateComplete;
    parts(el, 'title')[0].click();
    el.layout = 'carousel';
    await el.updateComplete;
    parts(el, 'title')[1].click();
    expect(clicks.map((event) => ({ ...event.detail, item: event.detail.item.id }))).to.deep.equal([
      { item: 'i3', position: 3, rubric: 'Служба', source: 'One', layout: 'list' },
      { item: 'i1', position: 1, rubric: 'Служба', source: 'One', layout: 'ticker' },
      { item: 'i2', position: 2, rubric: undefined, source: 'Two', layout: 'carousel' },
    ]);
  });

  it('impressions and clicks send nothing, set no cookie, store nothing', async () => {
    const time = installFakeScheduler();
    const stub = stubFetch(() => new Response('unexpected', { status: 500 }));
    const beacons: unknown[] = [];
    const sendBeacon = navigator.sendBeacon;
    navigator.sendBeacon = (...args: unknown[]) => (beacons.push(args), true);
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    try {
      const el = await fixture<NewsLatestList>(html`<news-latest-list lang="en" .items=${SIX}></news-latest-list>`);
      el.addEventListener('news-item-click', (event) => event.preventDefault());
      el.scrollIntoView();
      await until(() => time.pending.includes(1000));
      await time.advance(1000);
      parts(el, 'title')[0].click();
      expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).to.deep.equal(before);
      expect(stub.calls).to.deep.equal([]);
      expect(beacons).to.deep.equal([]);
    } finally {
      navigator.sendBeacon = sendBeacon;
      stub.restore();
      time.restore();
    }
  });
});
