import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { answer, assertEveryResponseHeaders, FEED, feedPath, manualClock, problem, startEdge, upstream } from './support.mjs';

/** The value of one sample in Prometheus text, or undefined. */
function sample(text, name) {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
}

describe('edge: a cache-busting flood', () => {
  let origin;
  before(async () => {
    origin = await upstream({ '/feed.json': answer(FEED) });
  });
  after(() => origin.close());

  it('sends an origin no more than --upstream-rate requests a second, however many distinct URLs are asked; the rest get 429 with Retry-After', async () => {
    const now = manualClock();
    const logged = [];
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], upstreamRate: 3, now, log: (line) => logged.push(line) });
    try {
      const flood = (from, count) => Promise.all(Array.from({ length: count }, (_, index) => edge.get(feedPath(`${origin.origin}/feed.json?bust=${from + index}`))));
      const first = await flood(0, 300);
      assert.equal(origin.requests.length, 3);
      assert.equal(first.filter((response) => response.status === 200).length, 3);
      const refused = first.filter((response) => response.status === 429);
      assert.equal(refused.length, 297);
      assert.equal(refused[0].headers.get('retry-after'), '1');
      assertEveryResponseHeaders(assert, refused[0]);
      const { kind, detail } = await problem(refused[0]);
      assert.equal(kind, 'http');
      assert.match(detail, /try again in 1 s/);
      // Refusals are counted in /metrics, not logged one by one.
      assert.deepEqual(logged, []);

      now.advance(1);
      await flood(1000, 300);
      assert.equal(origin.requests.length, 6);
      // Half a second refills half the bucket: one more request, not a burst.
      now.advance(0.5);
      await flood(2000, 50);
      assert.equal(origin.requests.length, 7);
    } finally {
      await edge.close();
    }
  });

  it('keeps the cache within --cache-size entries (LRU)', async () => {
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], cacheSize: 20, upstreamRate: 1000, now });
    try {
      for (let index = 0; index < 200; index++) assert.equal((await edge.get(feedPath(`${origin.origin}/feed.json?page=${index}`))).status, 200);
      const metrics = await (await edge.get('/metrics')).text();
      assert.equal(sample(metrics, 'news_edge_cache_entries'), 20);
      // The most recent feeds are the ones kept.
      const before = origin.requests.length;
      await edge.get(feedPath(`${origin.origin}/feed.json?page=199`));
      assert.equal(origin.requests.length, before);
      await edge.get(feedPath(`${origin.origin}/feed.json?page=0`));
      assert.equal(origin.requests.length, before + 1);
    } finally {
      await edge.close();
    }
  });

  it('serves a stale copy rather than 429 when the limit refuses a feed it has', async () => {
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], upstreamRate: 1, ttl: 10, now });
    try {
      const url = `${origin.origin}/feed.json?kept`;
      assert.equal((await edge.get(feedPath(url))).status, 200);
      now.advance(10);
      // The bucket refilled; spend its one token on another feed, then ask for the stale one.
      assert.equal((await edge.get(feedPath(`${origin.origin}/feed.json?other`))).status, 200);
      const stale = await edge.get(feedPath(url));
      assert.equal(stale.status, 200);
      // Stale: no cache after the edge may keep it as fresh.
      assert.match(stale.headers.get('cache-control'), /^public, max-age=0, /);
    } finally {
      await edge.close();
    }
  });
});
