import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/latest-list/define.js';
import type { NewsLatestList } from '../../src/components/latest-list/latest-list.js';
import { clearFeedCache } from '../../src/index.js';
import { installFakeScheduler, type FakeScheduler } from '../support/fake-scheduler.js';
import { stubFetch } from '../../mocks/mock-fetch.js';
import { markupOf } from '../support/harness.js';

const FEED = 'https://outlet.example/feed.json';
const GOOD = '[{"id":"1","title":"Первый в строю","url":"https://outlet.example/1"}]';

async function list(attributes = ''): Promise<NewsLatestList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = `<news-latest-list src="${FEED}" loading="eager" lang="en" ${attributes}></news-latest-list>`;
  return wrapper.querySelector('news-latest-list')!;
}

describe('failing endpoints', () => {
  let time: FakeScheduler & { restore(): void };
  beforeEach(() => {
    clearFeedCache();
    localStorage.clear();
    time = installFakeScheduler();
  });
  afterEach(() => time.restore());

  it('429 with Retry-After: waits as asked, then loads', async () => {
    let calls = 0;
    const stub = stubFetch(() => (++calls === 1 ? new Response('slow down', { status: 429, headers: { 'Retry-After': '7' } }) : new Response(GOOD)));
    try {
      const el = await list();
      const failed = await oneEvent(el, 'news-error');
      expect(failed.detail.error).to.include({ kind: 'http', status: 429, retryAfter: 7 });
      expect(time.pending).to.deep.equal([7000]);
      const load = oneEvent(el, 'news-load');
      await time.advance(6999);
      expect(calls).to.equal(1);
      await time.advance(1);
      await load;
      expect(calls).to.equal(2);
    } finally {
      stub.restore();
    }
  });

  it('a Retry-After beyond ten minutes is not waited for by itself', async () => {
    const stub = stubFetch(() => new Response('later', { status: 503, headers: { 'Retry-After': '3600' } }));
    try {
      const el = await list();
      expect((await oneEvent(el, 'news-error')).detail.error.retryAfter).to.equal(3600);
      expect(time.pending).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
    } finally {
      stub.restore();
    }
  });

  it('500 and 503 are retried after 2, 4 and 8 seconds, then the retries stop', async () => {
    let calls = 0;
    const stub = stubFetch(() => new Response('down', { status: ++calls % 2 ? 500 : 503 }));
    try {
      const el = await list();
      await oneEvent(el, 'news-error');
      for (const delay of [2000, 4000, 8000]) {
        expect(time.pending).to.deep.equal([delay]);
        const failed = oneEvent(el, 'news-error');
        await time.runNext();
        await failed;
      }
      // Each request asks for its 10 s timeout; between them, the backoff.
      expect(time.timeouts).to.deep.equal([10_000, 2000, 10_000, 4000, 10_000, 8000, 10_000]);
      expect(time.pending).to.deep.equal([]);
      expect(calls).to.equal(4);
      expect(el.shadowRoot!.querySelector('button.retry')).to.exist;
    } finally {
      stub.restore();
    }
  });

  it('`timeout` seconds after the request starts, a hung endpoint ends in the timeout state', async () => {
    // Never answers; only the widget's own abort ends it, as a hung server's request would.
    const stub = stubFetch((_url, init) => new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
    }));
    try {
      const el = await list('timeout="3"');
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      expect(time.pending).to.deep.equal([3000]);
      const failed = oneEvent(el, 'news-error');
      await time.advance(3000);
      const error = (await failed).detail.error;
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.equal(`${FEED} did not answer within 3 s.`);
    } finally {
      stub.restore();
    }
  });

  it('404 and 410 are not retried by themselves', async () => {
    for (const status of [404, 410]) {
      clearFeedCache();
      let calls = 0;
      const stub = stubFetch(() => (calls++, new Response('gone', { status })));
      try {
        const el = await list();
        await oneEvent(el, 'news-error');
        expect(time.pending, String(status)).to.deep.equal([]);
        expect(calls, String(status)).to.equal(1);
        el.remove();
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

  it('every list waits for "online" through one page-wide listener, which goes once no list is connected', async () => {
    let online = false;
    const stub = stubFetch(() => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(GOOD);
    });
    const added: EventListenerOrEventListenerObject[] = [];
    const removed: EventListenerOrEventListenerObject[] = [];
    const { addEventListener, removeEventListener } = window;
    window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (type === 'online') added.push(listener);
      addEventListener.call(this, type, listener, options);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      if (type === 'online') removed.push(listener);
      removeEventListener.call(this, type, listener, options);
    } as typeof window.removeEventListener;
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.innerHTML = `<news-latest-list src="${FEED}" loading="eager" lang="en"></news-latest-list><news-latest-list src="${FEED}" loading="eager" lang="en"></news-latest-list>`;
      const [first, second] = wrapper.querySelectorAll('news-latest-list');
      await Promise.all([oneEvent(first, 'news-error'), oneEvent(second, 'news-error')]);
      expect(added).to.have.length(1);
      online = true;
      const loads = Promise.all([oneEvent(first, 'news-load'), oneEvent(second, 'news-load')]);
      window.dispatchEvent(new Event('online'));
      await loads;
      first.remove();
      expect(removed).to.have.length(0);
      second.remove();
      expect(removed).to.deep.equal(added);
    } finally {
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
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
    // Planted in the stored format (JSON Feed, strings flagged as plain text) by a hostile host page.
    localStorage.setItem(`news-widgets:v2:${JSON.stringify({ src: FEED })}`, JSON.stringify({
      savedAt: Date.now() - 10_000,
      feed: {
        version: 'https://jsonfeed.org/version/1.1', title: '', _news_widgets: { shape: 'generic', plain_text: true },
        items: [{ id: 'x', title: '<img src=x onerror="window.canary=1">Подмена', url: 'javascript:alert(1)', content_text: 'x', _news_widgets: {} }],
      },
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
      expect(markupOf(fresh.shadowRoot!.querySelector('img'))).to.equal(null);
      fresh.remove();
      clearFeedCache();
      const expired = await list('cache="local" cache-ttl="5"');
      expect((await oneEvent(expired, 'news-error')).detail.stale).to.equal(false);
    } finally {
      stub.restore();
    }
  });
});

// A real endpoint on the test server, on the real clock: the timeout must also cover a body that
// stalls after the headers. It waits for the event, never measures the time it took.
describe('a body that stalls', () => {
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
  let time: FakeScheduler & { restore(): void };
  beforeEach(() => {
    clearFeedCache();
    time = installFakeScheduler();
  });
  afterEach(() => time.restore());

  it('refresh="…" fetches again on its own every so many seconds and shows what is new', async () => {
    let calls = 0;
    const stub = stubFetch(() => new Response(++calls === 1 ? GOOD : '[{"id":"2","title":"Небесный щит"},{"id":"1","title":"Первый в строю"}]'));
    try {
      const el = await list('refresh="45"');
      await oneEvent(el, 'news-load');
      expect(time.intervals).to.deep.equal([45_000]);
      const reload = oneEvent(el, 'news-load');
      await time.advance(45_000);
      await reload;
      expect(calls).to.equal(2);
      expect([...el.shadowRoot!.querySelectorAll('[part~="title"]')].map((node) => node.textContent)).to.deep.equal(['Небесный щит', 'Первый в строю']);
      el.remove();
      expect(time.pending).to.deep.equal([]);
    } finally {
      stub.restore();
    }
  });

  it('a refresh shorter than 10 seconds is held at 10', async () => {
    const stub = stubFetch(() => new Response(GOOD));
    try {
      const el = await list('refresh="0.2"');
      await oneEvent(el, 'news-load');
      expect(time.intervals).to.deep.equal([10_000]);
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
    const original = window.fetch;
    const inFlight = new Promise<void>((resolve) => {
      window.fetch = (...args: Parameters<typeof fetch>) => (resolve(), original(...args));
    });
    wrapper.querySelector('#a')!.append(el);
    await inFlight.finally(() => { window.fetch = original; });
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
