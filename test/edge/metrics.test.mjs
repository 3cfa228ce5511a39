import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { answer, FEED, feedPath, manualClock, problem, startEdge, upstream } from './support.mjs';

/** Samples of Prometheus text as `name{labels}` → value. */
function samples(text) {
  return new Map(text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => {
    const at = line.lastIndexOf(' ');
    return [line.slice(0, at), Number(line.slice(at + 1))];
  }));
}

describe('edge: /metrics', () => {
  let origin;
  before(async () => {
    let failing = false;
    origin = await upstream({
      '/feed.json': answer(FEED, { etag: '"v1"' }),
      '/flaky.json': (request, response) => {
        if (failing) return response.writeHead(500).end();
        failing = true;
        answer(FEED)(request, response);
      },
    });
  });
  after(() => origin.close());

  it('counts requests by route and status, upstream fetches, cache hits, misses and stale serves, 304s, and upstream latency', async () => {
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 10, now });
    try {
      const url = `${origin.origin}/feed.json`;
      const { headers } = await edge.get(feedPath(url));
      await edge.get(feedPath(url));
      await edge.get(feedPath(url), { 'If-None-Match': headers.get('etag') });
      now.advance(10);
      await edge.get(feedPath(url));
      await edge.get(feedPath(`${origin.origin}/flaky.json`));
      now.advance(10);
      await edge.get(feedPath(`${origin.origin}/flaky.json`));
      await edge.get(feedPath('https://elsewhere.example/'));
      await edge.get('/healthz');

      const response = await edge.get('/metrics');
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);
      const values = samples(await response.text());
      const upstreamLabel = `upstream="${origin.origin}"`;
      assert.equal(values.get('news_edge_requests_total{route="feed",status="200"}'), 5);
      assert.equal(values.get('news_edge_requests_total{route="feed",status="304"}'), 1);
      assert.equal(values.get('news_edge_requests_total{route="feed",status="403"}'), 1);
      assert.equal(values.get('news_edge_requests_total{route="healthz",status="200"}'), 1);
      assert.equal(values.get(`news_edge_upstream_fetches_total{${upstreamLabel},result="ok"}`), 2);
      assert.equal(values.get(`news_edge_upstream_fetches_total{${upstreamLabel},result="not_modified"}`), 1);
      assert.equal(values.get(`news_edge_upstream_fetches_total{${upstreamLabel},result="failed"}`), 1);
      assert.equal(values.get('news_edge_cache_total{result="hit"}'), 2);
      assert.equal(values.get('news_edge_cache_total{result="miss"}'), 3);
      assert.equal(values.get('news_edge_cache_total{result="stale"}'), 1);
      assert.equal(values.get('news_edge_not_modified_total'), 1);
      assert.ok(values.get('news_edge_not_modified_bytes_total') > 100);
      assert.equal(values.get(`news_edge_upstream_duration_seconds_count{${upstreamLabel}}`), 4);
      assert.equal(values.get('news_edge_cache_entries'), 2);
    } finally {
      await edge.close();
    }
  });

  it('answers loopback clients only (a request relayed by a proxy is not one), unless metricsPublic', async () => {
    const edge = await startEdge({ allow: [origin.origin] });
    try {
      for (const header of [{ 'X-Forwarded-For': '203.0.113.9' }, { Forwarded: 'for=203.0.113.9' }]) {
        const refused = await edge.get('/metrics', header);
        assert.equal(refused.status, 403);
        assert.match((await problem(refused)).detail, /loopback clients only/);
      }
    } finally {
      await edge.close();
    }
    const open = await startEdge({ allow: [origin.origin], metricsPublic: true });
    try {
      assert.equal((await open.get('/metrics', { 'X-Forwarded-For': '203.0.113.9' })).status, 200);
    } finally {
      await open.close();
    }
  });
});
