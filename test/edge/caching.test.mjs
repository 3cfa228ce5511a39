import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { answer, assertEveryResponseHeaders, FEED, feedPath, manualClock, startEdge, upstream } from './support.mjs';

describe('edge: caching, 304 and the upstream', () => {
  let origin;
  let release;
  const routes = {
    '/feed.json': answer(FEED, { etag: '"v1"' }),
    '/dated.json': answer(FEED, { lastModified: 'Wed, 21 Jan 2026 12:00:00 GMT' }),
    '/plain.json': answer(FEED),
    // Holds its answer until the test releases it: readers pile up behind one request.
    '/slow.json': (request, response) => {
      release = () => response.writeHead(200, { 'Content-Type': 'application/json' }).end(FEED);
    },
  };
  before(async () => {
    origin = await upstream(routes);
  });
  after(() => origin.close());

  it('serves JSON Feed with CORS, a strong ETag, Cache-Control and nosniff, asking the upstream once per TTL', async () => {
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 60, now });
    try {
      const url = `${origin.origin}/plain.json`;
      const first = await edge.get(feedPath(url));
      assert.equal(first.status, 200);
      assert.equal(first.headers.get('content-type'), 'application/feed+json; charset=utf-8');
      assertEveryResponseHeaders(assert, first);
      assert.match(first.headers.get('etag'), /^"[\w-]{27}"$/);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=60, stale-if-error=86400');
      const feed = await first.json();
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
      assert.equal(feed.items[0].title, 'Обеспечить стратегическую безопасность');
      assert.equal(feed.items[0].date_published, '2026-01-21T13:21:00.000Z');

      now.advance(59);
      const cached = await edge.get(feedPath(url));
      assert.equal(cached.status, 200);
      assert.equal(cached.headers.get('etag'), first.headers.get('etag'));
      // What is left of the freshness, and no Age to count it twice.
      assert.equal(cached.headers.get('cache-control'), 'public, max-age=1, stale-while-revalidate=60, stale-if-error=86400');
      assert.equal(cached.headers.get('age'), null);
      assert.equal(origin.count('/plain.json'), 1);

      now.advance(1);
      assert.equal((await edge.get(feedPath(url))).status, 200);
      assert.equal(origin.count('/plain.json'), 2);
    } finally {
      await edge.close();
    }
  });

  it('answers If-None-Match with 304 and the same headers, and no body', async () => {
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], now: manualClock() });
    try {
      const url = `${origin.origin}/plain.json`;
      const { headers } = await edge.get(feedPath(url));
      const etag = headers.get('etag');
      for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const revalidated = await edge.get(feedPath(url), { 'If-None-Match': ifNoneMatch });
        assert.equal(revalidated.status, 304, ifNoneMatch);
        assert.equal(revalidated.headers.get('etag'), etag);
        assert.match(revalidated.headers.get('cache-control'), /^public, max-age=60/);
        assertEveryResponseHeaders(assert, revalidated);
        assert.equal(await revalidated.text(), '');
      }
      assert.equal((await edge.get(feedPath(url), { 'If-None-Match': '"other"' })).status, 200);
    } finally {
      await edge.close();
    }
  });

  it('revalidates upstream with If-None-Match and If-Modified-Since, keeping its ETag when the upstream says 304', async () => {
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 10, now });
    try {
      for (const [path, header, value] of [['/feed.json', 'if-none-match', '"v1"'], ['/dated.json', 'if-modified-since', 'Wed, 21 Jan 2026 12:00:00 GMT']]) {
        const first = await edge.get(feedPath(origin.origin + path));
        now.advance(10);
        const second = await edge.get(feedPath(origin.origin + path));
        assert.equal(second.status, 200);
        assert.equal(second.headers.get('etag'), first.headers.get('etag'));
        assert.match(second.headers.get('cache-control'), /^public, max-age=10,/);
        const asked = origin.requests.filter((request) => request.path === path);
        assert.equal(asked.length, 2);
        assert.equal(asked[0].headers[header], undefined);
        assert.equal(asked[1].headers[header], value);
      }
    } finally {
      await edge.close();
    }
  });

  it('coalesces: fifty readers of a feed being fetched cause one upstream request', async () => {
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], now: manualClock() });
    try {
      const url = `${origin.origin}/slow.json`;
      const readers = Array.from({ length: 50 }, () => edge.get(feedPath(url)));
      // Release once the one request has arrived; readers that come later get the cached copy.
      while (!release) await new Promise((resolve) => setImmediate(resolve));
      release();
      const answers = await Promise.all(readers);
      assert.deepEqual(new Set(answers.map((response) => response.status)), new Set([200]));
      assert.equal(new Set(answers.map((response) => response.headers.get('etag'))).size, 1);
      assert.equal(origin.count('/slow.json'), 1);
    } finally {
      await edge.close();
    }
  });

  it('serves the last good copy while the upstream fails (stale-if-error), then the error', async () => {
    let failing = false;
    const flaky = await upstream({
      '/feed.json': (request, response) => (failing ? response.writeHead(503).end('down') : answer(FEED)(request, response)),
    });
    const now = manualClock();
    const logged = [];
    const edge = await startEdge({ allow: [flaky.origin], allowAddresses: ['127.0.0.1'], ttl: 60, staleIfError: 3600, now, random: () => 0, log: (line) => logged.push(line) });
    try {
      const url = `${flaky.origin}/feed.json`;
      const good = await edge.get(feedPath(url));
      const body = await good.text();
      failing = true;
      now.advance(61);
      const stale = await edge.get(feedPath(url));
      assert.equal(stale.status, 200);
      assert.equal(await stale.text(), body);
      assert.equal(stale.headers.get('etag'), good.headers.get('etag'));
      assert.match(stale.headers.get('cache-control'), /^public, max-age=0, /);
      assert.equal(flaky.count('/feed.json'), 2);
      assert.match(logged.join('\n'), /503/);
      // The failure is remembered for a few seconds: readers meanwhile cost the upstream nothing.
      assert.equal((await edge.get(feedPath(url))).status, 200);
      assert.equal(flaky.count('/feed.json'), 2);

      now.advance(3600);
      const gone = await edge.get(feedPath(url));
      assert.equal(gone.status, 502);
      assertEveryResponseHeaders(assert, gone);
      assert.equal((await gone.json()).kind, 'http');

      // The second failure in a row: the edge waits 10 s before it asks again.
      failing = false;
      now.advance(9);
      assert.equal((await edge.get(feedPath(url))).status, 502);
      now.advance(1);
      assert.equal((await edge.get(feedPath(url))).status, 200);
    } finally {
      await edge.close();
      await flaky.close();
    }
  });

  it('honours a named feed’s own TTL, down to 1 s, and serves it at /feeds/<name>', async () => {
    const now = manualClock();
    const edge = await startEdge({ feeds: { quick: { url: `${origin.origin}/feed.json`, ttl: 0.2 } }, allowAddresses: ['127.0.0.1'], now });
    try {
      const first = await edge.get('/feeds/quick');
      assert.equal(first.status, 200);
      assert.match(first.headers.get('cache-control'), /max-age=1,/);
      const before = origin.count('/feed.json');
      assert.equal((await edge.get('/feeds/quick')).status, 200);
      assert.equal(origin.count('/feed.json'), before);
      now.advance(1);
      assert.equal((await edge.get('/feeds/quick')).status, 200);
      assert.equal(origin.count('/feed.json'), before + 1);
    } finally {
      await edge.close();
    }
  });

  it('keys the cache by URL and options, not by the edge’s own query noise', async () => {
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], now: manualClock() });
    try {
      const url = `${origin.origin}/plain.json`;
      const before = origin.count('/plain.json');
      await edge.get(`${feedPath(url)}&cachebust=1`);
      await edge.get(`${feedPath(url)}&cachebust=2`);
      assert.equal(origin.count('/plain.json'), before + 1);
      await edge.get(feedPath(url, { 'time-zone': 'Asia/Almaty' }));
      assert.equal(origin.count('/plain.json'), before + 2);
    } finally {
      await edge.close();
    }
  });
});
