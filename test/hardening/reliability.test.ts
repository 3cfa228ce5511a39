import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { FeedController } from '../../src/controllers/feed-controller.js';
import { clearFeedCache } from '../../src/index.js';
import { stubFetch } from '../support/fixtures.js';

const FEED = 'https://outlet.example/feed.json';
const GOOD = '[{"id":"1","title":"Первый в строю","url":"https://outlet.example/1"}]';

function errors(el: Element, count: number): Promise<CustomEvent[]> {
  return new Promise((resolve) => {
    const seen: CustomEvent[] = [];
    el.addEventListener('news-error', function listener(event) {
      seen.push(event as CustomEvent);
      if (seen.length < count) return;
      el.removeEventListener('news-error', listener);
      resolve(seen);
    });
  });
}

async function list(attributes = ''): Promise<NewsLatestList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<news-latest-list src="${FEED}" loading="eager" lang="en" ${attributes}></news-latest-list>`;
  return wrapper.querySelector('news-latest-list')!;
}

describe('failing endpoints', () => {
  const baseMs = FeedController.retryBaseMs;
  beforeEach(() => {
    clearFeedCache();
    localStorage.clear();
  });
  afterEach(() => {
    FeedController.retryBaseMs = baseMs;
  });

  it('429 with Retry-After: waits as asked, then loads', async () => {
    let calls = 0;
    const stub = stubFetch(() => (++calls === 1 ? new Response('slow down', { status: 429, headers: { 'Retry-After': '1' } }) : new Response(GOOD)));
    try {
      const started = performance.now();
      const el = await list();
      const failed = await oneEvent(el, 'news-error');
      expect(failed.detail.error).to.include({ kind: 'http', status: 429, retryAfter: 1 });
      await oneEvent(el, 'news-load');
      expect(performance.now() - started).to.be.at.least(950);
      expect(calls).to.equal(2);
    } finally {
      stub.restore();
    }
  });

  it('500 and 503 are retried with growing delays, then the retries stop', async () => {
    FeedController.retryBaseMs = 20;
    const times: number[] = [];
    const stub = stubFetch(() => {
      times.push(performance.now());
      return new Response('down', { status: times.length % 2 ? 500 : 503 });
    });
    try {
      const el = await list();
      await errors(el, 4);
      const gaps = times.slice(1).map((time, index) => time - times[index]);
      expect(gaps[1]).to.be.greaterThan(gaps[0]);
      expect(gaps[2]).to.be.greaterThan(gaps[1]);
      // 20 + 40 + 80 ms have passed; a fourth retry would come after 160 ms more.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(times).to.have.length(4);
      expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
    } finally {
      stub.restore();
    }
  });

  it('404 and 410 are not retried by themselves', async () => {
    FeedController.retryBaseMs = 10;
    for (const status of [404, 410]) {
      clearFeedCache();
      let calls = 0;
      const stub = stubFetch(() => (calls++, new Response('gone', { status })));
      try {
        const el = await list();
        await oneEvent(el, 'news-error');
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(calls, String(status)).to.equal(1);
      } finally {
        stub.restore();
      }
    }
  });

  it('a JSON API error object is a localized error with the API message in the event', async () => {
    const stub = stubFetch(() => new Response('{"status":"error","message":"apiKey missing"}'));
    try {
      const el = await list();
      const failed = await oneEvent(el, 'news-error');
      expect(failed.detail.error.kind).to.equal('shape');
      expect(failed.detail.error.message).to.contain('apiKey missing');
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.contain('apiKey');
    } finally {
      stub.restore();
    }
  });

  it('going offline and back: the "online" event retries at once', async () => {
    let online = false;
    const stub = stubFetch(() => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(GOOD);
    });
    try {
      const el = await list();
      expect((await oneEvent(el, 'news-error')).detail.error.kind).to.equal('network');
      online = true;
      const load = oneEvent(el, 'news-load');
      window.dispatchEvent(new Event('online'));
      await load;
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Первый в строю');
    } finally {
      stub.restore();
    }
  });

  it('cache="local" shows the last good items, marked stale, when the endpoint is down on the next visit', async () => {
    let down = false;
    const stub = stubFetch(() => (down ? new Response('down', { status: 500 }) : new Response(GOOD)));
    try {
      const first = await list('cache="local"');
      await oneEvent(first, 'news-load');
      first.remove();
      clearFeedCache();
      down = true;
      const next = await list('cache="local"');
      const failed = await oneEvent(next, 'news-error');
      expect(failed.detail.stale).to.equal(true);
      await next.updateComplete;
      expect(next.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Первый в строю');
      expect(next.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.equal('Could not update: showing earlier news.');
    } finally {
      stub.restore();
    }
  });

  it('cache="local" shows stored text exactly as it was shown (no second entity decoding)', async () => {
    let down = false;
    const stub = stubFetch(() => (down ? new Response('down', { status: 500 }) : new Response('[{"id":"1","title":"Use &lt;b&gt; tags &amp;amp; more"}]')));
    try {
      const first = await list('cache="local"');
      await oneEvent(first, 'news-load');
      await first.updateComplete;
      const shown = first.shadowRoot!.querySelector('[part~="title"]')!.textContent;
      expect(shown).to.equal('Use <b> tags &amp; more');
      first.remove();
      clearFeedCache();
      down = true;
      const next = await list('cache="local"');
      await oneEvent(next, 'news-error');
      await next.updateComplete;
      expect(next.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(shown);
    } finally {
      stub.restore();
    }
  });

  it('cache="local" ignores a copy older than cache-ttl, and tampered storage stays safe', async () => {
    localStorage.setItem(`news-widgets:${JSON.stringify({ src: FEED })}`, JSON.stringify({
      savedAt: Date.now() - 10_000,
      feed: { shape: 'generic', items: [{ id: 'x', title: '<img src=x onerror="window.canary=1">Подмена', url: 'javascript:alert(1)', rubrics: [], cites: [] }] },
    }));
    const stub = stubFetch(() => new Response('down', { status: 500 }));
    try {
      const fresh = await list('cache="local" cache-ttl="60"');
      await oneEvent(fresh, 'news-error');
      await fresh.updateComplete;
      const title = fresh.shadowRoot!.querySelector('[part~="title"]')!;
      // Markup planted in storage is shown as the text it is; the javascript: URL is gated away.
      expect(title.localName).to.equal('span');
      expect(title.textContent).to.equal('<img src=x onerror="window.canary=1">Подмена');
      expect(fresh.shadowRoot!.querySelector('img')).to.equal(null);
      fresh.remove();
      clearFeedCache();
      const expired = await list('cache="local" cache-ttl="5"');
      expect((await oneEvent(expired, 'news-error')).detail.stale).to.equal(false);
    } finally {
      stub.restore();
    }
  });

  it('a body that hangs after the headers ends in the timeout state after `timeout` seconds', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = '<news-latest-list src="/mock/hang-body" loading="eager" lang="ru" timeout="0.5"></news-latest-list>';
    const el = wrapper.querySelector('news-latest-list')!;
    const failed = await oneEvent(el, 'news-error');
    expect(failed.detail.error.kind).to.equal('timeout');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="status"]')!.textContent).to.contain('Сайт новостей отвечает слишком долго.');
  });
});

describe('refresh', () => {
  const minimum = FeedController.minRefreshSeconds;
  afterEach(() => {
    FeedController.minRefreshSeconds = minimum;
  });

  it('refresh="…" fetches again on its own and shows what is new', async () => {
    FeedController.minRefreshSeconds = 0;
    clearFeedCache();
    let calls = 0;
    const stub = stubFetch(() => new Response(++calls === 1 ? GOOD : '[{"id":"2","title":"Небесный щит"},{"id":"1","title":"Первый в строю"}]'));
    try {
      const el = await list('refresh="0.2"');
      await oneEvent(el, 'news-load');
      await oneEvent(el, 'news-load');
      expect(calls).to.equal(2);
      expect([...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((node) => node.textContent)).to.deep.equal(['Небесный щит', 'Первый в строю']);
      el.remove();
    } finally {
      stub.restore();
    }
  });
});

describe('unusual hosts', () => {
  it('a widget moved while its request is in flight still loads', async () => {
    clearFeedCache();
    const wrapper = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
    const el = document.createElement('news-latest-list');
    el.src = `/mock/slow?ms=300&moved=${Date.now()}`;
    el.loading = 'eager';
    wrapper.querySelector('#a')!.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50)); // the request is now in flight
    const load = oneEvent(el, 'news-load');
    wrapper.querySelector('#b')!.append(el);
    await load;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Slow but fine');
  });

  it('elements created, moved and removed repeatedly end rendered, with no error', async () => {
    const stub = stubFetch(() => new Response(GOOD));
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    window.addEventListener('error', onError);
    try {
      const a = await fixture<HTMLDivElement>(html`<div></div>`);
      const b = document.createElement('div');
      document.body.append(b);
      const el = document.createElement('news-latest-list');
      el.src = FEED;
      el.loading = 'eager';
      for (let round = 0; round < 20; round++) {
        (round % 2 ? a : b).append(el);
        if (round % 3 === 0) el.remove();
      }
      const load = oneEvent(el, 'news-load');
      a.append(el);
      await load;
      expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal('Первый в строю');
      expect(uncaught).to.deep.equal([]);
      b.remove();
    } finally {
      window.removeEventListener('error', onError);
      stub.restore();
    }
  });
});
