import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { normalizeFeed } from '../../dist/lib/data/read/normalize.js';
import '../../dist/lib/data/dates/date-pattern.js';
import { nodeParsers } from '../../dist/lib/node/parsers.js';
import { answer, FIXTURES, feedPath, manualClock, startEdge, upstream } from './support.mjs';

// Every fixture of every shape the widgets read (and any feed fixtures beside them).
const FOLDERS = ['shapes', 'seed', 'hostile', 'feeds'];
const files = FOLDERS.flatMap((folder) => {
  const directory = new URL(`${folder}/`, FIXTURES);
  return existsSync(directory) ? readdirSync(directory).filter((name) => /\.(json|xml)$/.test(name)).map((name) => `${folder}/${name}`) : [];
});

/** A feed as plain data: dates as ISO strings, absent fields absent. */
const plain = (feed) => JSON.parse(JSON.stringify({ title: feed.title, homeUrl: feed.homeUrl, items: feed.items }));

const TRICKY = JSON.stringify({
  title: 'Use &amp;lt;b&amp;gt; tags &amp; entities',
  items: [
    { id: 'a', title: 'Use &amp;lt;b&amp;gt; tag', url: 'https://outlet.example/a', lead: 'Caf&eacute; &lt;script&gt; is text' },
    { id: 'b', title: '5 &lt; 7 &amp; <b>bold</b> <script>alert(1)</script>', url: 'https://outlet.example/b' },
    { id: 'c', title: 'Escaped markup: a &lt;tag&gt; &amp; &quot;quotes&quot;', url: 'https://outlet.example/c', rubric: { name: 'Служба &amp; жизнь', url: '/rubric/service' } },
  ],
});

describe('edge: a widget reading the edge gets exactly the items it would read from the upstream', () => {
  let origin;
  let edge;
  before(async () => {
    const routes = Object.fromEntries(files.map((path) => [`/${path}`, answer(readFileSync(new URL(path, FIXTURES)), { type: path.endsWith('.xml') ? 'application/xml' : 'application/json' })]));
    routes['/tricky.json'] = answer(TRICKY);
    origin = await upstream(routes);
    edge = await startEdge({ allow: [origin.origin], allowAddresses: ['127.0.0.1'], upstreamRate: 1000, now: manualClock() });
  });
  after(async () => {
    await edge.close();
    await origin.close();
  });

  /** The feed at `path` read directly (as a widget on the upstream's own page would) and through the edge. */
  async function roundTrip(path, text = readFileSync(new URL(path, FIXTURES), 'utf8')) {
    const url = `${origin.origin}/${path}`;
    let direct;
    let failure;
    try {
      direct = normalizeFeed(text, { url, parsers: nodeParsers });
    } catch (error) {
      failure = error;
    }
    const response = await edge.get(feedPath(url));
    if (failure) {
      // What the widget could not read, the edge cannot either: a problem with the same kind.
      assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8', path);
      assert.equal((await response.json()).kind, failure.kind, path);
      return undefined;
    }
    assert.equal(response.status, 200, path);
    const served = await response.json();
    const throughEdge = normalizeFeed(served, { url: `${edge.origin}/feed`, parsers: nodeParsers });
    assert.equal(throughEdge.shape, 'news-widgets');
    assert.equal(served._news_widgets.shape, direct.shape);
    assert.deepEqual(plain(throughEdge), plain(direct), path);
    return { direct, served, throughEdge };
  }

  it(`covers every fixture (${files.length} files)`, () => {
    assert.ok(files.length >= 24);
    for (const shape of ['shapes/rss.xml', 'shapes/atom.xml', 'shapes/jsonfeed-1.1.json', 'shapes/wordpress-embed.json', 'seed/article.json']) assert.ok(files.includes(shape), shape);
  });

  for (const path of files) {
    it(path, async () => {
      await roundTrip(path);
    });
  }

  it('never decodes twice: "Use &lt;b&gt; tag" stays that text, markup written as text stays text', async () => {
    const { throughEdge, served } = await roundTrip('tricky.json', TRICKY);
    assert.deepEqual(throughEdge.items.map((item) => item.title), ['Use &lt;b&gt; tag', '5 < 7 & bold', 'Escaped markup: a <tag> & "quotes"']);
    assert.equal(throughEdge.items[0].summary, 'Café <script> is text');
    assert.deepEqual(throughEdge.items[2].rubrics, [{ name: 'Служба & жизнь', url: `${origin.origin}/rubric/service` }]);
    assert.equal(throughEdge.title, 'Use &lt;b&gt; tags & entities');
    assert.equal(served._news_widgets.plain_text, true);
  });

  it('writes valid JSON Feed 1.1 that other readers understand', async () => {
    const { served } = await roundTrip('shapes/rss.xml');
    assert.equal(served.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(typeof served.title, 'string');
    for (const item of served.items) {
      assert.equal(typeof item.id, 'string');
      assert.ok(typeof item.content_html === 'string' || typeof item.content_text === 'string', item.id);
    }
    const [first] = served.items;
    assert.equal(first.date_published, '2026-01-21T13:21:00.000Z');
    assert.deepEqual(first._news_widgets.image, { url: `${origin.origin}/uploads/meeting.jpg`, alt: 'Совещание', width: 1280, height: 720 });
  });
});
