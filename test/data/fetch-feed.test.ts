import { expect } from '@open-wc/testing';
import { clearFeedCache, fetchFeed, type FeedError } from '../../src/index.js';
import { stubFetch } from '../../mocks/mock-fetch.js';

const mock = (path: string) => new URL(`/mock/${path}`, location.href).href;
const fixture = (path: string) => new URL(`/test/fixtures/${path}`, location.href).href;

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    return error as FeedError;
  }
  throw new Error('expected fetchFeed to fail');
}

async function serverCount(key: string): Promise<number> {
  return ((await (await fetch(mock(`count?key=${key}`))).json()) as { count: number }).count;
}

describe('fetchFeed', () => {
  beforeEach(() => clearFeedCache());

  it('fetches and normalizes the seed feed from a local endpoint', async () => {
    const feed = await fetchFeed(fixture('seed/latest.json'));
    expect(feed.shape).to.equal('generic');
    expect(feed.items[0].title).to.equal('Обеспечить стратегическую безопасность');
  });

  it('reads RSS served as XML and resolves relative URLs against the feed URL', async () => {
    const feed = await fetchFeed(fixture('shapes/rss.xml'));
    expect(feed.shape).to.equal('rss');
    expect(feed.items[0].image?.url).to.equal(new URL('/uploads/meeting.jpg', location.href).href);
  });

  it('sends no credentials, an Accept header for feeds, and an abort signal', async () => {
    const seen: RequestInit[] = [];
    const stub = stubFetch((_url, init) => {
      seen.push(init ?? {});
      return new Response('[{"title":"Небесный щит"}]');
    });
    try {
      await fetchFeed('https://outlet.example/api/news.json');
    } finally {
      stub.restore();
    }
    expect(seen[0].credentials).to.equal('omit');
    expect(seen[0].signal).to.be.instanceOf(AbortSignal);
    expect(new Headers(seen[0].headers).get('Accept')).to.contain('application/json');
  });

  it('shares one request between callers of the same URL, and caches it for the TTL', async () => {
    const key = `shared-${Date.now()}`;
    const url = mock(`counted?key=${key}`);
    const feeds = await Promise.all([fetchFeed(url), fetchFeed(url), fetchFeed(url, { maxItems: 1 })]);
    expect(feeds.map((feed) => feed.items[0].title)).to.deep.equal([`Counted ${key}`, `Counted ${key}`, `Counted ${key}`]);
    await fetchFeed(url);
    expect(await serverCount(key)).to.equal(1);
    await fetchFeed(url, { fresh: true });
    expect(await serverCount(key)).to.equal(2);
  });

  it('does not cache when the TTL is 0', async () => {
    const key = `ttl0-${Date.now()}`;
    const url = mock(`counted?key=${key}`);
    await fetchFeed(url, { cacheTtlMs: 0 });
    await fetchFeed(url, { cacheTtlMs: 0 });
    expect(await serverCount(key)).to.equal(2);
  });

  it('aborts the shared request only when every caller has aborted', async () => {
    let sharedSignal: AbortSignal | undefined;
    const stub = stubFetch((_url, init) => {
      sharedSignal = init!.signal!;
      return new Promise((_resolve, reject) => sharedSignal!.addEventListener('abort', () => reject(sharedSignal!.reason)));
    });
    try {
      const first = new AbortController();
      const second = new AbortController();
      const firstWait = fetchFeed('https://outlet.example/slow', { signal: first.signal });
      const secondWait = fetchFeed('https://outlet.example/slow', { signal: second.signal });
      first.abort();
      expect((await failure(firstWait)).name).to.equal('AbortError');
      expect(sharedSignal!.aborted).to.equal(false);
      second.abort();
      expect((await failure(secondWait)).name).to.equal('AbortError');
      expect(sharedSignal!.aborted).to.equal(true);
      expect(stub.calls).to.have.length(1);
    } finally {
      stub.restore();
    }
  });

  it('strips a UTF-8 BOM', async () => {
    const feed = await fetchFeed(mock('bom'));
    expect(feed.items[0].title).to.equal('С BOM');
  });

  it('decodes by the response charset, and by the XML declaration when the header has none', async () => {
    expect((await fetchFeed(mock('windows-1251'))).items[0].title).to.equal('Здоровье в приоритете');
    const rss = await fetchFeed(mock('windows-1251?declared=xml'));
    expect(rss.title).to.equal('Лента');
    expect(rss.items[0].title).to.equal('Служба и жизнь');
  });

  describe('errors', () => {
    it('http: 404 and 410 with status and a hint about src', async () => {
      for (const status of [404, 410]) {
        const error = await failure(fetchFeed(mock(`status/${status}`)));
        expect(error.kind).to.equal('http');
        expect(error.status).to.equal(status);
        expect(error.url).to.equal(mock(`status/${status}`));
        expect(error.message).to.contain('src');
      }
    });

    it('http: 429 carries Retry-After in seconds; 500 and 503 say it is temporary', async () => {
      const limited = await failure(fetchFeed(mock('status/429?retry-after=120')));
      expect(limited).to.include({ kind: 'http', status: 429, retryAfter: 120 });
      for (const status of [500, 503]) {
        const error = await failure(fetchFeed(mock(`status/${status}`)));
        expect(error).to.include({ kind: 'http', status });
        expect(error.message).to.contain('temporary');
      }
    });

    it('http: 401/403 advise a server-side proxy for keys', async () => {
      const error = await failure(fetchFeed(mock('status/403')));
      expect(error.message).to.contain('proxy');
    });

    it('timeout: an endpoint that never answers', async () => {
      const error = await failure(fetchFeed(mock('slow?ms=3000'), { timeout: 200 }));
      expect(error.kind).to.equal('timeout');
    });

    it('timeout: covers a body that stalls after the headers', async () => {
      const error = await failure(fetchFeed(mock('hang-body'), { timeout: 500 }));
      expect(error.kind).to.equal('timeout');
    });

    it('too-large: by Content-Length and by counting a body sent without one', async () => {
      expect((await failure(fetchFeed(mock('large?mb=6')))).kind).to.equal('too-large');
      expect((await failure(fetchFeed(mock('large?mb=2&length=hidden'), { maxBytes: 1024 * 1024 }))).kind).to.equal('too-large');
    });

    it('parse: an HTML login page, plain text, an empty body', async () => {
      const page = await failure(fetchFeed(mock('html-page')));
      expect(page.kind).to.equal('parse');
      expect(page.message).to.contain('HTML page');
      expect((await failure(fetchFeed(mock('text')))).kind).to.equal('parse');
      const stub = stubFetch(() => new Response(''));
      try {
        expect((await failure(fetchFeed('https://outlet.example/empty'))).kind).to.equal('parse');
      } finally {
        stub.restore();
      }
    });

    it('shape: a JSON API error object', async () => {
      const error = await failure(fetchFeed(mock('api-error')));
      expect(error.kind).to.equal('shape');
      expect(error.message).to.contain('Your API key is invalid');
    });

    it('network: a CORS refusal from another origin, and a redirect loop', async () => {
      const crossOrigin = new URL(fixture('seed/latest.json'));
      crossOrigin.hostname = 'localhost';
      const cors = await failure(fetchFeed(crossOrigin.href));
      expect(cors.kind).to.equal('network');
      expect(cors.message).to.contain('Access-Control-Allow-Origin');
      expect((await failure(fetchFeed(mock('redirect-loop')))).kind).to.equal('network');
    });

    it('network: CORS allowed from another origin works', async () => {
      const crossOrigin = new URL(mock('slow?ms=1&cors'));
      crossOrigin.hostname = 'localhost';
      expect((await fetchFeed(crossOrigin.href)).items[0].title).to.equal('Slow but fine');
    });

    it('config: a src that is not http(s)', async () => {
      for (const src of ['javascript:alert(1)', 'data:application/json,[]', 'ftp://outlet.example/x']) {
        expect((await failure(fetchFeed(src))).kind, src).to.equal('config');
      }
    });

    it('does not cache failures: the next call asks again', async () => {
      let answer = new Response('nope', { status: 500 });
      const stub = stubFetch(() => answer);
      try {
        expect((await failure(fetchFeed('https://outlet.example/flaky'))).status).to.equal(500);
        answer = new Response('[{"title":"Вспомнить хорошо забытое"}]');
        expect((await fetchFeed('https://outlet.example/flaky')).items[0].title).to.equal('Вспомнить хорошо забытое');
        expect(stub.calls).to.have.length(2);
      } finally {
        stub.restore();
      }
    });
  });
});
