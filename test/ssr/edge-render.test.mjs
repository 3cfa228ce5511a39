// The feed edge's GET /render/<tag>: the same upstream requests, cache and errors as /feed,
// answered as an HTML fragment with the feed's caching headers. Built package (`npm run build`).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { answer, assertEveryResponseHeaders, FEED, feedPath, manualClock, problem, startEdge, upstream } from '../edge/support.mjs';
import { attr, parse, parts, squash, textOf } from './support.mjs';

const renderPath = (tag, params) => `/render/${tag}?${new URLSearchParams(params)}`;
const hostOf = (html) => parse(html).childNodes[0];

describe('edge: /render/<tag>', () => {
  let origin;
  let edge;
  let clock;
  let failing = false;
  let feedUrl;
  before(async () => {
    origin = await upstream({
      '/feed.json': answer(FEED, { etag: '"v1"' }),
      '/flaky.json': (request, response) => (failing ? response.writeHead(503).end('down') : answer(FEED)(request, response)),
      '/gone.json': answer('gone', { status: 404, type: 'text/plain' }),
    });
    clock = manualClock();
    edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], ttl: 60, feeds: { seed: { url: `${origin.origin}/feed.json` } }, now: clock });
    feedUrl = `${origin.origin}/feed.json`;
  });
  after(async () => {
    await edge.close();
    await origin.close();
  });

  it('answers the widget as text/html with the feed’s caching headers, and 304 to a matching If-None-Match', async () => {
    const path = renderPath('news-latest-list', { url: feedUrl, lang: 'ru', limit: 2, 'time-zone': 'Asia/Tashkent' });
    const response = await edge.get(path);
    assert.equal(response.status, 200);
    assertEveryResponseHeaders(assert, response);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=60, stale-while-revalidate=60, stale-if-error=86400');
    assert.equal(response.headers.get('age'), null, 'max-age is what is left of the freshness: no Age to count it twice');
    const etag = response.headers.get('etag');
    assert.match(etag, /^"[\w-]{27}"$/);
    const html = await response.text();
    const host = hostOf(html);
    assert.equal(host.tagName, 'news-latest-list', 'the fragment’s first element is the widget');
    assert.equal(attr(host, 'lang'), 'ru');
    assert.equal(attr(host, 'limit'), '2');
    const shadow = host.childNodes.find((node) => node.tagName === 'template').content;
    assert.deepEqual(parts(shadow, 'title').map((title) => squash(textOf(title))), ['Обеспечить стратегическую безопасность', 'Здоровье в приоритете']);
    assert.equal(textOf(parts(shadow, 'date')[0]), '21/01/2026 - 18:21');

    const again = await edge.get(path, { 'If-None-Match': etag });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    clock.advance(7);
    assert.match((await edge.get(path)).headers.get('cache-control'), /^public, max-age=53, stale-while-revalidate=60,/);
    const head = await edge.get(path, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
  });

  it('sets src to the edge’s own address of the feed, so the widget refreshes from any page', async () => {
    const direct = hostOf(await (await edge.get(renderPath('news-latest-list', { url: feedUrl, lang: 'en', 'time-zone': 'UTC' }))).text());
    assert.equal(attr(direct, 'src'), `${edge.origin}${feedPath(feedUrl, { 'time-zone': 'UTC' })}`);
    const named = hostOf(await (await edge.get(renderPath('news-article-card', { feed: 'seed', lang: 'en' }))).text());
    assert.equal(attr(named, 'src'), `${edge.origin}/feeds/seed`);
    // The attribution fetches nothing of its own.
    const attribution = hostOf(await (await edge.get(renderPath('news-source-attribution', { feed: 'seed', lang: 'en', variant: 'block' }))).text());
    assert.equal(attribution.tagName, 'news-source-attribution');
    assert.equal(attr(attribution, 'src'), undefined);
    // Behind a proxy the edge is told where readers reach it.
    const behind = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], publicUrl: 'https://news.outlet.example/edge/' });
    try {
      const host = hostOf(await (await behind.get(renderPath('news-latest-list', { url: feedUrl, lang: 'ru' }))).text());
      assert.equal(attr(host, 'src'), `https://news.outlet.example/edge${feedPath(feedUrl)}`);
    } finally {
      await behind.close();
    }
  });

  it('shares the upstream request and the cache with /feed', async () => {
    const before = origin.count('/flaky.json');
    const flaky = `${origin.origin}/flaky.json`;
    await Promise.all([
      edge.get(renderPath('news-latest-list', { url: flaky, lang: 'ru' })),
      edge.get(renderPath('news-article-card', { url: flaky, lang: 'kk' })),
      edge.get(feedPath(flaky)),
    ]);
    assert.equal(origin.count('/flaky.json') - before, 1, 'one upstream request for all three');
    // Past the TTL the upstream fails: the last good copy is rendered, as /feed serves it.
    clock.advance(61);
    failing = true;
    const stale = await edge.get(renderPath('news-latest-list', { url: flaky, lang: 'ru' }));
    assert.equal(stale.status, 200);
    assert.equal(parts(hostOf(await stale.text()).childNodes[0].content, 'title').length, 2);
    failing = false;
  });

  it('is the same fragment, byte for byte and ETag, from another edge instance', async () => {
    const other = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], publicUrl: edge.origin });
    try {
      const path = renderPath('news-latest-list', { url: feedUrl, lang: 'kk', layout: 'compact' });
      const [a, b] = await Promise.all([edge.get(path), other.get(path)]);
      assert.equal(a.headers.get('etag'), b.headers.get('etag'));
      assert.equal(await a.text(), await b.text());
    } finally {
      await other.close();
    }
  });

  it('without lang, or with what the element does not take, is a 400 problem before any upstream request', async () => {
    const before = origin.requests.length;
    const table = [
      [renderPath('news-latest-list', { url: feedUrl }), /Say which language/],
      [renderPath('news-latest-list', { url: feedUrl, lang: '' }), /Say which language/],
      [renderPath('news-latest-list', { url: feedUrl, lang: 'ru', limt: 3 }), /has no attribute "limt"/],
      [renderPath('news-latest-list', { url: feedUrl, lang: 'ru', layout: 'ticker' }), /ticker is rendered in the browser/],
      [renderPath('news-latest-list', { url: feedUrl, lang: 'ru', src: 'https://elsewhere.example/' }), /sets src itself/],
      [renderPath('news-latest-list', { lang: 'ru' }), /Say which feed to render/],
      [renderPath('news-latest-list', { url: feedUrl, feed: 'seed', lang: 'ru' }), /not both/],
      [renderPath('news-latest-list', { url: 'sarbaz.example/feed', lang: 'ru' }), /is not an absolute URL/],
      [renderPath('news-latest-list', { url: feedUrl, lang: 'ru', 'time-zone': 'Mars/Olympus' }), /not an IANA time zone/],
    ];
    for (const [path, detail] of table) {
      const response = await edge.get(path);
      assert.equal(response.status, 400, path);
      assertEveryResponseHeaders(assert, response);
      const body = await problem(response);
      assert.equal(body.type, 'tag:news-widgets,2026:edge/bad-request');
      assert.match(body.detail, detail, path);
    }
    assert.equal(origin.requests.length, before);
  });

  it('answers the other errors as /feed does', async () => {
    const cases = [
      [renderPath('news-nope', { url: feedUrl, lang: 'ru' }), 404, 'not-found'],
      [renderPath('news-latest-list', { feed: 'missing', lang: 'ru' }), 404, 'unknown-feed'],
      [renderPath('news-latest-list', { url: 'https://elsewhere.example/feed', lang: 'ru' }), 403, 'origin-not-allowed'],
      [renderPath('news-latest-list', { url: `${origin.origin}/gone.json`, lang: 'ru' }), 404, 'upstream-not-found'],
    ];
    for (const [path, status, type] of cases) {
      const response = await edge.get(path);
      assert.equal(response.status, status, path);
      assert.equal((await problem(response)).type, `tag:news-widgets,2026:edge/${type}`);
      // The same answer as /feed's for the same upstream.
      const url = new URL(path, 'http://x').searchParams.get('url');
      if (url && status !== 404) assert.equal((await edge.get(feedPath(url))).status, status);
    }
    const post = await edge.get(renderPath('news-latest-list', { url: feedUrl, lang: 'ru' }), {}, 'POST');
    assert.equal(post.status, 405);
  });
});
