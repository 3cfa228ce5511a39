import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Backoff, backoffSeconds } from '../../dist/lib/edge/backoff.js';
import { answer, FEED, feedPath, manualClock, problem, startEdge, upstream } from './support.mjs';

/** Samples of Prometheus text as `name{labels}` → value. */
function samples(text) {
  return new Map(text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => {
    const at = line.lastIndexOf(' ');
    return [line.slice(0, at), Number(line.slice(at + 1))];
  }));
}

const NOW = Date.UTC(2026, 0, 21, 12);

describe('edge backoff: the rules', () => {
  it('waits 5 s, 10 s, 20 s … after consecutive failures, capped at max-backoff, each up to a fifth shorter at random', () => {
    const exact = { max: 600, random: () => 0 };
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 50, 5000].map((failures) => backoffSeconds(failures, exact)), [5, 10, 20, 40, 80, 160, 320, 600, 600, 600, 600]);
    assert.deepEqual([1, 2, 3, 4, 5].map((failures) => backoffSeconds(failures, { max: 30, random: () => 0 })), [5, 10, 20, 30, 30]);
    assert.equal(backoffSeconds(1, { max: 600, random: () => 0.5 }), 4.5);
    assert.equal(backoffSeconds(8, { max: 600, random: () => 0.5 }), 540);
    const shortest = backoffSeconds(3, { max: 600, random: () => 0.999999 });
    assert.ok(shortest > 16 && shortest <= 20, String(shortest));
  });

  it('resets on the first success; a Retry-After holds the origin and lengthens the feed’s wait', () => {
    const now = manualClock(NOW);
    const backoff = new Backoff({ max: 600, random: () => 0, now, size: 10 });
    assert.equal(backoff.failed('a', 'x').until, NOW + 5_000);
    assert.equal(backoff.failed('a', 'x').until, NOW + 10_000);
    assert.equal(backoff.waiting('a').failures, 2);
    now.advance(10);
    assert.equal(backoff.waiting('a'), undefined);
    assert.equal(backoff.failures('a'), 2, 'the count goes on after the wait');
    assert.equal(backoff.failed('a', 'x').until, now() + 20_000);
    backoff.succeeded('a');
    assert.equal(backoff.failures('a'), 0);
    assert.equal(backoff.failed('a', 'x').until, now() + 5_000);

    const held = backoff.failed('b', 'busy', 'https://sarbaz.example', now() + 300_000);
    assert.equal(held.until, now() + 300_000);
    assert.equal(backoff.heldUntil('https://sarbaz.example'), now() + 300_000);
    assert.equal(backoff.heldUntil('https://other.example'), undefined);
    assert.equal(backoff.backingOff, 2);
    now.advance(300);
    assert.equal(backoff.heldUntil('https://sarbaz.example'), undefined);
    assert.equal(backoff.backingOff, 0);
  });

  it('asks a feed that fails for a day about 150 times, not 17,000', () => {
    const now = manualClock(NOW);
    const backoff = new Backoff({ max: 600, random: Math.random, now, size: 10 });
    let asked = 0;
    // A reader every 5 s for a day, as the issue counted it with the default TTL.
    for (let second = 0; second < 86_400; second += 5, now.advance(5)) {
      if (backoff.waiting('feed')) continue;
      asked++;
      backoff.failed('feed', 'down');
    }
    assert.ok(asked >= 140 && asked <= 190, String(asked));
  });
});

describe('edge backoff: served', () => {
  it('the issue’s case: ttl 1, an upstream that always answers 500, one reader a second for 21 s: 3 upstream requests, not 21', async () => {
    const origin = await upstream({ '/broken.json': answer('oops', { status: 500, type: 'text/plain' }) });
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 1, now, random: () => 0 });
    try {
      const url = feedPath(`${origin.origin}/broken.json`);
      const askedAt = [];
      for (let second = 0; second < 21; second++) {
        const before = origin.count('/broken.json');
        const response = await edge.get(url);
        assert.equal(response.status, 502);
        if (origin.count('/broken.json') > before) askedAt.push(second);
        now.advance(1);
      }
      // 5 s, then 10 s: never shortened by the 1 s TTL.
      assert.deepEqual(askedAt, [0, 5, 15]);
    } finally {
      await edge.close();
      await origin.close();
    }
  });

  it('with jitter, the same case costs at most 3 requests too', async () => {
    const origin = await upstream({ '/broken.json': answer('oops', { status: 500, type: 'text/plain' }) });
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 1, now, random: () => 0.99 });
    try {
      for (let second = 0; second < 21; second++, now.advance(1)) await edge.get(feedPath(`${origin.origin}/broken.json`));
      // Waits of 4.01 s, then 8.02 s: asked at 0, 5 and 14.
      assert.equal(origin.count('/broken.json'), 3);
    } finally {
      await edge.close();
      await origin.close();
    }
  });

  it('serves the stale copy during backoff (within stale-if-error), resets on success, and shows the backoff in /metrics', async () => {
    let failing = false;
    const origin = await upstream({
      '/feed.json': (request, response) => (failing ? response.writeHead(500).end() : answer(FEED)(request, response)),
    });
    const now = manualClock();
    const edge = await startEdge({ feeds: { news: { url: `${origin.origin}/feed.json` } }, allowAddresses: ['127.0.0.1'], ttl: 1, staleIfError: 60, maxBackoff: 30, now, random: () => 0 });
    try {
      const good = await edge.get('/feeds/news');
      const etag = good.headers.get('etag');
      failing = true;
      const askedAt = [];
      for (let second = 1; second <= 80; second++) {
        now.advance(1);
        const before = origin.count('/feed.json');
        const response = await edge.get('/feeds/news');
        if (origin.count('/feed.json') > before) askedAt.push(second);
        if (second < 61) {
          assert.equal(response.status, 200, `second ${second}`);
          assert.equal(response.headers.get('etag'), etag);
        } else {
          // Past stale-if-error: the problem, cached for what is left of the wait.
          assert.equal(response.status, 502, `second ${second}`);
          const maxAge = Number(response.headers.get('cache-control').match(/max-age=(\d+)/)[1]);
          assert.ok(maxAge >= 1 && maxAge <= 30, String(maxAge));
          assert.equal((await problem(response)).kind, 'http');
        }
      }
      // 5, 10, 20, then max-backoff 30 s.
      assert.deepEqual(askedAt, [1, 6, 16, 36, 66]);
      const values = samples(await (await edge.get('/metrics')).text());
      assert.equal(values.get('news_edge_feed_failures{feed="news"}'), 5);
      assert.equal(values.get('news_edge_feed_backoff_seconds{feed="news"}'), 30);
      assert.equal(values.get('news_edge_backoff_feeds'), 1);
      assert.equal(values.get(`news_edge_upstream_skipped_total{upstream="${origin.origin}",reason="backoff"}`), 80 - 5);

      failing = false;
      now.advance(16);
      assert.equal((await edge.get('/feeds/news')).status, 200);
      const after = samples(await (await edge.get('/metrics')).text());
      assert.equal(after.get('news_edge_feed_failures{feed="news"}'), 0);
      assert.equal(after.get('news_edge_backoff_feeds'), 0);
      // Reset: the next failure waits 5 s again.
      failing = true;
      now.advance(1);
      const before = origin.count('/feed.json');
      await edge.get('/feeds/news');
      now.advance(4);
      await edge.get('/feeds/news');
      assert.equal(origin.count('/feed.json'), before + 1);
      now.advance(1);
      await edge.get('/feeds/news');
      assert.equal(origin.count('/feed.json'), before + 2);
    } finally {
      await edge.close();
      await origin.close();
    }
  });
});
