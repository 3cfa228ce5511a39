import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { freshness, headerFreshness } from '../../dist/lib/edge/freshness.js';
import { updateSeconds } from '../../dist/lib/data/read/update-hints.js';
import { nodeParsers } from '../../dist/lib/node/parsers.js';
import { answer, FEED, feedPath, manualClock, problem, startEdge, upstream } from './support.mjs';

/** Samples of Prometheus text as `name{labels}` → value. */
function samples(text) {
  return new Map(text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => {
    const at = line.lastIndexOf(' ');
    return [line.slice(0, at), Number(line.slice(at + 1))];
  }));
}

const NOW = Date.UTC(2026, 0, 21, 12);
const httpDate = (secondsFromNow, from = NOW) => new Date(from + secondsFromNow * 1000).toUTCString();

const rss = (channel) => `<?xml version="1.0"?><rss version="2.0" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><channel><title>T</title>${channel}<item><title>Одна</title><link>https://sarbaz.example/1</link></item></channel></rss>`;

describe('edge freshness: what the upstream says', () => {
  it('reads Cache-Control s-maxage before max-age, less the answer’s Age; no-cache and no-store are 0', () => {
    assert.deepEqual(headerFreshness({ cacheControl: 'public, max-age=120' }, NOW), { seconds: 120, source: 'cache-control' });
    assert.deepEqual(headerFreshness({ cacheControl: 'max-age=60, s-maxage=300' }, NOW), { seconds: 300, source: 'cache-control' });
    assert.deepEqual(headerFreshness({ cacheControl: 'max-age="90"' }, NOW), { seconds: 90, source: 'cache-control' });
    assert.deepEqual(headerFreshness({ cacheControl: 'max-age=120', age: '100' }, NOW), { seconds: 20, source: 'cache-control' });
    assert.deepEqual(headerFreshness({ cacheControl: 'max-age=120', age: '500' }, NOW), { seconds: 0, source: 'cache-control' });
    for (const cacheControl of ['no-cache', 'no-store', 'max-age=0', 'private, no-cache, max-age=600']) {
      assert.equal(headerFreshness({ cacheControl }, NOW).seconds, 0, cacheControl);
    }
    // Cache-Control wins over Expires.
    assert.equal(headerFreshness({ cacheControl: 'max-age=30', expires: httpDate(600) }, NOW).seconds, 30);
  });

  it('reads Expires against the answer’s own Date (the upstream’s clock may be off), else against the edge’s clock; an invalid one is expired', () => {
    const skewed = NOW - 3_600_000;
    assert.deepEqual(headerFreshness({ expires: httpDate(100, skewed), date: httpDate(0, skewed) }, NOW), { seconds: 100, source: 'expires' });
    assert.deepEqual(headerFreshness({ expires: httpDate(100) }, NOW), { seconds: 100, source: 'expires' });
    assert.equal(headerFreshness({ expires: '0' }, NOW).seconds, 0);
    assert.equal(headerFreshness({ expires: httpDate(-60), date: httpDate(0) }, NOW).seconds, 0);
    assert.equal(headerFreshness({ date: httpDate(0) }, NOW), undefined);
    assert.equal(headerFreshness({}, NOW), undefined);
  });

  it('reads RSS <ttl> (minutes) before sy:updatePeriod / sy:updateFrequency, in RSS 2.0, RSS 1.0 and Atom', () => {
    const read = (xml) => updateSeconds(nodeParsers.parseXml(xml));
    assert.equal(read(rss('<ttl>10</ttl>')), 600);
    assert.equal(read(rss('<ttl>10</ttl><sy:updatePeriod>daily</sy:updatePeriod>')), 600);
    assert.equal(read(rss('<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>')), 1800);
    assert.equal(read(rss('<sy:updatePeriod> Hourly </sy:updatePeriod>')), 3600);
    // The module's defaults: daily, once.
    assert.equal(read(rss('<sy:updateFrequency>4</sy:updateFrequency>')), 21_600);
    assert.equal(read(rss('<sy:updatePeriod>fortnightly</sy:updatePeriod>')), undefined);
    assert.equal(read(rss('<ttl>soon</ttl>')), undefined);
    assert.equal(read(rss('')), undefined);
    assert.equal(read(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
      <channel rdf:about="https://sarbaz.example/"><title>T</title><sy:updatePeriod>weekly</sy:updatePeriod></channel></rdf:RDF>`), 604_800);
    assert.equal(read(`<feed xmlns="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"><title>T</title><sy:updatePeriod>hourly</sy:updatePeriod></feed>`), 3600);
    assert.equal(updateSeconds(JSON.parse(FEED)), undefined);
  });

  it('clamps to [ttl, max-ttl]: never more often than ttl, at most max-ttl, ttl when the upstream says nothing or no-cache', () => {
    const limits = { ttl: 60, maxTtl: 3600 };
    assert.deepEqual(freshness({ cacheControl: 'max-age=120' }, undefined, limits, NOW), { seconds: 120, source: 'cache-control', revalidate: false });
    assert.deepEqual(freshness({ cacheControl: 'max-age=10' }, undefined, limits, NOW), { seconds: 60, source: 'ttl', revalidate: false });
    assert.deepEqual(freshness({ cacheControl: 'max-age=86400' }, undefined, limits, NOW), { seconds: 3600, source: 'cache-control', revalidate: false });
    assert.deepEqual(freshness({ cacheControl: 'no-cache' }, 600, limits, NOW), { seconds: 60, source: 'ttl', revalidate: true });
    assert.deepEqual(freshness({ expires: httpDate(100), date: httpDate(0) }, undefined, limits, NOW), { seconds: 100, source: 'expires', revalidate: false });
    // Headers speak for this answer; the feed's hint only when they say nothing.
    assert.deepEqual(freshness({}, 600, limits, NOW), { seconds: 600, source: 'feed', revalidate: false });
    assert.deepEqual(freshness({ cacheControl: 'max-age=120' }, 600, limits, NOW), { seconds: 120, source: 'cache-control', revalidate: false });
    assert.deepEqual(freshness({}, undefined, limits, NOW), { seconds: 60, source: 'ttl', revalidate: false });
    // A feed's own ttl above max-ttl: the edge still never asks more often than ttl.
    assert.equal(freshness({ cacheControl: 'max-age=120' }, undefined, { ttl: 7200, maxTtl: 3600 }, NOW).seconds, 7200);
  });
});

describe('edge freshness: served', () => {
  let origin;
  let answer304Headers = {};
  before(async () => {
    origin = await upstream({
      '/max-age.json': answer(FEED, { headers: { 'Cache-Control': 'public, max-age=120' } }),
      '/expires.json': (request, response) => answer(FEED, { headers: { Date: httpDate(0, Date.now()), Expires: httpDate(100, Date.now()) } })(request, response),
      '/year.json': answer(FEED, { headers: { 'Cache-Control': 'max-age=31536000' } }),
      '/rss-ttl.xml': answer(rss('<ttl>10</ttl>'), { type: 'application/rss+xml' }),
      '/no-cache.json': (request, response) => {
        if (request.headers['if-none-match'] === '"n1"') return response.writeHead(304, { ETag: '"n1"', ...answer304Headers }).end();
        response.writeHead(200, { 'Content-Type': 'application/json', ETag: '"n1"', 'Cache-Control': 'no-cache' }).end(FEED);
      },
    });
  });
  after(() => origin.close());

  it('with ttl 1, asks an upstream that says max-age=120 once in 120 s, and tells readers what is left of those 120 s', async () => {
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 1, now });
    try {
      const url = feedPath(`${origin.origin}/max-age.json`);
      const first = await edge.get(url);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=120, stale-while-revalidate=120, stale-if-error=86400');
      for (let second = 1; second <= 3; second++) {
        now.advance(1);
        const again = await edge.get(url);
        assert.equal(again.headers.get('cache-control'), `public, max-age=${120 - second}, stale-while-revalidate=120, stale-if-error=86400`);
      }
      assert.equal(origin.count('/max-age.json'), 1);
      now.advance(116);
      assert.match((await edge.get(url)).headers.get('cache-control'), /^public, max-age=1,/);
      assert.equal(origin.count('/max-age.json'), 1);
      now.advance(1);
      assert.match((await edge.get(url)).headers.get('cache-control'), /^public, max-age=120,/);
      assert.equal(origin.count('/max-age.json'), 2);
    } finally {
      await edge.close();
    }
  });

  it('follows Expires (against Date) and RSS <ttl>, clamps to max-ttl, and shows each named feed’s effective TTL in /metrics', async () => {
    const now = manualClock();
    const feeds = {
      expires: { url: `${origin.origin}/expires.json` },
      rss: { url: `${origin.origin}/rss-ttl.xml` },
      year: { url: `${origin.origin}/year.json` },
      plain: { url: `${origin.origin}/no-cache.json`, ttl: 30 },
    };
    const edge = await startEdge({ feeds, allowAddresses: ['127.0.0.1'], ttl: 1, maxTtl: 1000, now });
    try {
      const maxAge = async (name) => Number((await edge.get(`/feeds/${name}`)).headers.get('cache-control').match(/max-age=(\d+)/)[1]);
      assert.equal(await maxAge('expires'), 100);
      assert.equal(await maxAge('rss'), 600);
      assert.equal(await maxAge('year'), 1000);
      assert.equal(await maxAge('plain'), 30);
      const values = samples(await (await edge.get('/metrics')).text());
      assert.equal(values.get('news_edge_feed_ttl_seconds{feed="expires"}'), 100);
      assert.equal(values.get('news_edge_feed_ttl_seconds{feed="rss"}'), 600);
      assert.equal(values.get('news_edge_feed_ttl_seconds{feed="year"}'), 1000);
      assert.equal(values.get('news_edge_feed_ttl_seconds{feed="plain"}'), 30);
      const before = origin.count('/rss-ttl.xml');
      now.advance(599);
      await edge.get('/feeds/rss');
      assert.equal(origin.count('/rss-ttl.xml'), before);
      now.advance(1);
      await edge.get('/feeds/rss');
      assert.equal(origin.count('/rss-ttl.xml'), before + 1);
    } finally {
      await edge.close();
    }
  });

  it('keeps ttl for an upstream that says no-cache, revalidating with its validator each time; a 304’s own Cache-Control then counts', async () => {
    const now = manualClock();
    answer304Headers = {};
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 5, now });
    try {
      const url = feedPath(`${origin.origin}/no-cache.json`);
      const asked = () => origin.requests.filter((request) => request.path === '/no-cache.json');
      const start = asked().length;
      assert.match((await edge.get(url)).headers.get('cache-control'), /^public, max-age=5,/);
      for (let round = 1; round <= 3; round++) {
        now.advance(5);
        assert.match((await edge.get(url)).headers.get('cache-control'), /^public, max-age=5,/);
        assert.equal(asked().length, start + 1 + round);
        assert.equal(asked().at(-1).headers['if-none-match'], '"n1"');
      }
      answer304Headers = { 'Cache-Control': 'max-age=300' };
      now.advance(5);
      assert.match((await edge.get(url)).headers.get('cache-control'), /^public, max-age=300,/);
      now.advance(299);
      await edge.get(url);
      assert.equal(asked().length, start + 5);
    } finally {
      await edge.close();
    }
  });
});

describe('edge freshness: Retry-After', () => {
  it('asks nothing of an origin before the seconds of a 429’s Retry-After; serves stale copies, and 429 with what is left of the wait', async () => {
    let busy = false;
    const origin = await upstream({
      '/a.json': (request, response) => (busy ? response.writeHead(429, { 'Retry-After': '120' }).end() : answer(FEED)(request, response)),
      '/b.json': answer(FEED),
    });
    const now = manualClock();
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 10, now, random: () => 0 });
    try {
      const a = feedPath(`${origin.origin}/a.json`);
      const b = feedPath(`${origin.origin}/b.json`);
      const c = feedPath(`${origin.origin}/b.json`, { 'time-zone': 'UTC' });
      assert.equal((await edge.get(a)).status, 200);
      assert.equal((await edge.get(b)).status, 200);
      busy = true;
      now.advance(10);
      // a's upstream says 429, Retry-After 120: a is served stale.
      assert.equal((await edge.get(a)).status, 200);
      assert.equal(origin.requests.length, 3);
      // The whole origin waits: b is served stale too, and a feed not yet held gets 429 with the rest of the wait.
      now.advance(20);
      const stale = await edge.get(b);
      assert.equal(stale.status, 200);
      assert.match(stale.headers.get('cache-control'), /^public, max-age=0,/);
      const cold = await edge.get(c);
      assert.equal(cold.status, 429);
      assert.equal(cold.headers.get('retry-after'), '100');
      assert.match((await problem(cold)).detail, /try again in 100 s/);
      assert.equal(origin.requests.length, 3);
      now.advance(99);
      await edge.get(a);
      await edge.get(b);
      assert.equal(origin.requests.length, 3);
      const values = samples(await (await edge.get('/metrics')).text());
      assert.equal(values.get(`news_edge_upstream_skipped_total{upstream="${origin.origin}",reason="retry_after"}`), 4);

      busy = false;
      now.advance(1);
      assert.equal((await edge.get(a)).status, 200);
      assert.equal((await edge.get(c)).status, 200);
      assert.equal(origin.requests.length, 5);
    } finally {
      await edge.close();
      await origin.close();
    }
  });

  it('reads a 503’s Retry-After date against the upstream’s Date, and holds the origin until then', async () => {
    // The upstream's clock is an hour behind the edge's: only its own Date makes the date mean 300 s.
    const now = manualClock();
    const upstreamClock = () => now() - 3_600_000;
    const origin = await upstream({
      '/down.json': (request, response) => response.writeHead(503, { Date: httpDate(0, upstreamClock()), 'Retry-After': httpDate(300, upstreamClock()) }).end('maintenance'),
    });
    const edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 10, now, random: () => 0 });
    try {
      const url = feedPath(`${origin.origin}/down.json`);
      const first = await edge.get(url);
      assert.equal(first.status, 429);
      assert.equal(first.headers.get('retry-after'), '300');
      assert.match((await problem(first)).detail, /unavailable \(HTTP 503\); it asks to wait 300 s/);
      now.advance(299);
      const held = await edge.get(url);
      assert.equal(held.status, 429);
      assert.equal(held.headers.get('retry-after'), '1');
      assert.equal(origin.count('/down.json'), 1);
      now.advance(1);
      await edge.get(url);
      assert.equal(origin.count('/down.json'), 2);
    } finally {
      await edge.close();
      await origin.close();
    }
  });
});
