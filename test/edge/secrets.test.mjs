import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEdge, EdgeConfigError } from '../../dist/lib/edge/index.js';
import { answer, FEED, manualClock, startEdge, tableLookup, upstream } from './support.mjs';

const KEY = 'nwk_live_5f3c2a9b8e7d41aa';

describe('edge: keys in named feeds', () => {
  let api;
  let other;
  before(async () => {
    other = await upstream({ '/feed.json': answer(FEED) });
    api = await upstream({
      // Answers only with the key, and echoes it back the way careless APIs do.
      '/v2/top-headlines': (request, response) => {
        const url = new URL(request.url, 'http://api.invalid');
        if (url.searchParams.get('apiKey') !== KEY || request.headers['x-api-key'] !== KEY) return response.writeHead(401).end('{"status":"error"}');
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({
          status: 'ok',
          totalResults: 1,
          articles: [{ title: `Headline for key ${KEY}`, url: `https://outlet.example/a?apiKey=${KEY}`, publishedAt: '2026-01-21T13:21:00Z', source: { name: 'Outlet' }, description: `"${KEY}"` }],
        }));
      },
      '/v2/broken': (request, response) => response.writeHead(500, { 'Content-Type': 'text/plain' }).end(`internal error for ${request.url}`),
      '/v2/redirect': (request, response) => response.writeHead(302, { Location: `${other.origin}/feed.json?from=${encodeURIComponent(request.url)}` }).end(),
      '/v2/slow': () => {},
    });
  });
  after(async () => {
    await api.close();
    await other.close();
  });

  it('refuses to start when a ${VAR} is unset, naming the variable', () => {
    assert.throws(
      () => createEdge({ feeds: { guardian: { url: 'https://content.guardianapis.com/search?api-key=${GUARDIAN_KEY}' } }, env: {} }),
      (error) => error instanceof EdgeConfigError && /feeds\.guardian\.url uses \$\{GUARDIAN_KEY\}, but the environment variable GUARDIAN_KEY is not set/.test(error.message),
    );
    assert.throws(
      () => createEdge({ feeds: { nyt: { url: 'https://api.nytimes.com/svc/topstories/v2/world.json', headers: { 'X-Api-Key': '${NYT_KEY}' } } }, env: { NYT_KEY: '' } }),
      /feeds\.nyt\.headers\.X-Api-Key uses \$\{NYT_KEY\}, but the environment variable NYT_KEY is not set/,
    );
  });

  it('refuses a misspelt setting rather than ignoring it', () => {
    assert.throws(() => createEdge({ feed: {} }), /"feed" is not a setting of the edge/);
    assert.throws(() => createEdge({ feeds: { a: { url: 'https://sarbaz.example/feed/', header: {} } } }), /feeds\.a: "header" is not a setting/);
  });

  it('sends the key upstream, and never in a response, an error, a metric or a log line', async () => {
    const logged = [];
    const keyed = (path, extra = {}) => ({ url: `${api.origin}${path}?apiKey=\${NEWS_KEY}`, headers: { 'X-Api-Key': '${NEWS_KEY}' }, ...extra });
    const edge = await startEdge({
      feeds: {
        news: keyed('/v2/top-headlines'),
        broken: keyed('/v2/broken'),
        redirected: keyed('/v2/redirect'),
        slow: keyed('/v2/slow'),
        'in-path': { url: `${api.origin}/\${NEWS_KEY}/feed.json` },
        'in-host': { url: 'http://${NEWS_KEY}.api.test/feed.json' },
        'bad-path': keyed('/v2/top-headlines', { 'items-path': 'nothing.here' }),
      },
      allow: [other.origin],
      allowAddresses: ['127.0.0.1'],
      env: { NEWS_KEY: KEY },
      lookup: tableLookup({}),
      timeout: 2,
      now: manualClock(),
      log: (line) => logged.push(line),
    });
    try {
      const seen = [];
      for (const name of ['news', 'broken', 'redirected', 'slow', 'in-path', 'in-host', 'bad-path', 'missing']) {
        const response = await edge.get(`/feeds/${name}`);
        seen.push(`${name} ${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
      }
      seen.push(await (await edge.get('/metrics')).text());
      const everything = [...seen, ...logged].join('\n');
      assert.equal(everything.includes(KEY), false, everything.split('\n').find((line) => line.includes(KEY)));
      assert.equal(everything.includes(encodeURIComponent(KEY)), false);

      const [news] = seen;
      assert.match(news, /^news 200 /);
      assert.match(news, /Headline for key \[redacted\]/);
      assert.ok(logged.length >= 4, logged.join('\n'));
      const asked = api.requests.find((request) => request.path === '/v2/top-headlines');
      assert.equal(asked.headers['x-api-key'], KEY);
      // A redirect elsewhere does not take the key's header along.
      const relayed = other.requests.find((request) => request.path === '/feed.json');
      assert.equal(relayed.headers['x-api-key'], undefined);
      assert.match(seen[2], /^redirected 200 /);
    } finally {
      await edge.close();
    }
  });
});
