import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEdge } from '../../dist/lib/edge/index.js';
import { FeedError } from '../../dist/lib/data/errors.js';
import { fetchFeed } from '../../dist/lib/data/fetch/fetch-feed.js';
import { answer, assertEveryResponseHeaders, FEED, feedPath, listen, manualClock, problem, startEdge, upstream } from './support.mjs';

describe('edge: problem details and routes', () => {
  let origin;
  let edge;
  before(async () => {
    origin = await upstream({ '/feed.json': answer(FEED), '/broken': answer('oops', { status: 500, type: 'text/plain' }) });
    edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], feeds: { seed: { url: `${origin.origin}/feed.json` } }, now: manualClock() });
  });
  after(async () => {
    await edge.close();
    await origin.close();
  });

  it('answers bad requests with 400 application/problem+json (RFC 9457), CORS and Cache-Control included', async () => {
    const feed = `${origin.origin}/feed.json`;
    const table = [
      ['/feed', /Say which feed to read/],
      ['/feed?url=', /Say which feed to read/],
      [feedPath('sarbaz.example/feed'), /is not an absolute URL/],
      [feedPath(feed, { map: '{title' }), /map is not valid JSON/],
      [feedPath(feed, { map: '{"headline":"title"}' }), /unknown field "headline"/],
      [feedPath(feed, { 'time-zone': 'Mars/Olympus' }), /not an IANA time zone/],
      [feedPath(feed, { 'items-path': 'data.__proto__' }), /is not a usable path/],
      [feedPath(feed, { 'date-input-format': 'x'.repeat(3000) }), /longer than 2000 characters/],
    ];
    for (const [path, detail] of table) {
      const response = await edge.get(path);
      assert.equal(response.status, 400, path);
      assertEveryResponseHeaders(assert, response);
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
      assert.match(response.headers.get('cache-control'), /^public, max-age=\d+$/);
      const body = await problem(response);
      assert.deepEqual(Object.keys(body), ['type', 'title', 'status', 'detail', 'kind']);
      assert.equal(body.type, 'tag:news-widgets,2026:edge/bad-request');
      assert.equal(body.status, 400);
      assert.equal(body.kind, 'config');
      assert.match(body.detail, detail, path);
    }
    assert.equal(origin.requests.length, 0, 'no bad request reached the upstream');
  });

  it('answers 403 for an origin not allowed, 404 for unknown feeds and paths, 405 for other methods', async () => {
    const forbidden = await edge.get(feedPath('https://elsewhere.example/feed.xml'));
    assert.equal(forbidden.status, 403);
    assert.match((await problem(forbidden)).detail, /--allow https:\/\/elsewhere\.example/);
    const unknown = await edge.get('/feeds/nope');
    assert.equal(unknown.status, 404);
    assert.equal((await problem(unknown)).type, 'tag:news-widgets,2026:edge/unknown-feed');
    assert.equal((await edge.get('/feeds/%E0%A4%A')).status, 404);
    const nowhere = await edge.get('/wp-admin');
    assert.equal(nowhere.status, 404);
    assertEveryResponseHeaders(assert, nowhere);
    const post = await edge.get('/feeds/seed', {}, 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.get('allow'), 'GET, HEAD, OPTIONS');
    assertEveryResponseHeaders(assert, post);
  });

  it('answers HEAD with the headers of GET and no body, OPTIONS with a preflight answer, /healthz with ok', async () => {
    const head = await edge.get('/feeds/seed', {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.headers.get('content-type'), 'application/feed+json; charset=utf-8');
    assert.ok(head.headers.get('etag'));
    assert.equal(await head.text(), '');
    const options = await edge.get('/feeds/seed', { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match', Origin: 'https://partner.example' }, 'OPTIONS');
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('access-control-allow-headers'), 'If-None-Match');
    assertEveryResponseHeaders(assert, options);
    const health = await edge.get('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    assertEveryResponseHeaders(assert, health);
  });

  it('fetchFeed (the widgets’ data layer) reads the edge’s feed as the news-widgets shape, and its problems as FeedErrors with their explanation', async () => {
    const feed = await fetchFeed(`${edge.origin}/feeds/seed`);
    assert.equal(feed.shape, 'news-widgets');
    assert.equal(feed.items[0].title, 'Обеспечить стратегическую безопасность');
    const failures = [
      [feedPath(`${origin.origin}/broken`), 'http', 502, /answered HTTP 502: .*\/broken answered HTTP 500: the upstream failed/],
      [feedPath('https://elsewhere.example/feed.xml'), 'config', 403, /This edge does not read https:\/\/elsewhere\.example/],
      ['/feeds/nope', 'config', 404, /no feed named "nope"/],
    ];
    for (const [path, kind, status, message] of failures) {
      const error = await fetchFeed(edge.origin + path).then(() => undefined, (caught) => caught);
      assert.ok(error instanceof FeedError, path);
      assert.equal(error.kind, kind, path);
      assert.equal(error.status, status, path);
      assert.match(error.message, message, path);
    }
  });

  it('mounts in another Node server: unknown paths go to next()', async () => {
    const mounted = createEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'] });
    const host = await listen((request, response) => {
      if (request.url.startsWith('/edge/')) {
        request.url = request.url.slice('/edge'.length);
        return mounted(request, response, () => response.writeHead(418).end('host page'));
      }
      mounted(request, response, () => response.writeHead(200).end('host'));
    });
    try {
      assert.equal((await fetch(`${host.origin}/edge${feedPath(`${origin.origin}/feed.json`)}`)).status, 200);
      assert.equal(await (await fetch(`${host.origin}/index.html`)).text(), 'host');
      assert.equal((await fetch(`${host.origin}/edge/other`)).status, 418);
    } finally {
      mounted.close();
      await host.close();
    }
  });
});
