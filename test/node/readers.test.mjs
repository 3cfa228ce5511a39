// The feed readers in Node, as the feed edge runs them: normalizeFeed with nodeParsers
// (@xmldom/xmldom and parse5), from the built package (`npm run build` first). They must read
// every fixture exactly as the browser tests record it in test/fixtures/feeds/readings.json.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { normalizeFeed } from '../../dist/lib/data/read/normalize.js';
import { nodeParsers } from '../../dist/lib/node/parsers.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (path) => readFileSync(new URL(path, FIXTURES), 'utf8');
const readings = JSON.parse(fixture('feeds/readings.json'));
const plain = (feed) => JSON.parse(JSON.stringify(feed));
// The edge's own JSON Feed: plain text that no parser touches, held to its reading by test/edge.
const EDGE_OWN = new Set(['shapes/news-widgets.json']);

/** A fixture read as fetchFeed would (XML as text, JSON parsed), with Node's parsers. */
function read(path, options = readings[path]?.options ?? {}) {
  const text = fixture(path);
  return normalizeFeed(path.endsWith('.xml') ? text : JSON.parse(text), { ...options, parsers: nodeParsers });
}

describe('normalizeFeed in Node with nodeParsers', () => {
  it('runs without a browser DOM', () => {
    assert.equal(typeof globalThis.DOMParser, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
    assert.equal(typeof globalThis.window, 'undefined');
  });

  for (const [path, { feed }] of Object.entries(readings)) {
    it(`reads ${path} as the browsers do`, () => {
      assert.deepEqual(plain(read(path)), feed);
    });
  }

  it('has a reading for every XML and JSON fixture', () => {
    for (const folder of ['seed', 'shapes', 'feeds', 'hostile']) {
      for (const name of readdirSync(new URL(`${folder}/`, FIXTURES))) {
        if (!/\.(xml|json)$/.test(name) || name === 'readings.json' || EDGE_OWN.has(`${folder}/${name}`)) continue;
        assert.ok(readings[`${folder}/${name}`], `${folder}/${name} has no reading`);
      }
    }
  });
});

describe('nodeParsers: entities and scripts', () => {
  const { htmlToText, parseXml, serializeChildren } = nodeParsers;

  it('decodes entities once, with the full HTML table', () => {
    assert.equal(htmlToText('Caf&eacute; &laquo;Central&raquo; &amp;amp; &#x41;&#66; &hellip;'), 'Café «Central» &amp; AB …');
    assert.equal(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;'), '<script>alert(1)</script>');
  });

  it('drops script, style, template, noscript, iframe and object contents and separates blocks', () => {
    const text = htmlToText('<script>alert(1)</script><style>p{}</style><template><p>t</p></template><noscript>n</noscript><iframe>i</iframe><object>o</object><p>One</p><p>Two</p>Three<br>Four');
    assert.equal(text.replace(/\s+/g, ' ').trim(), 'One Two Three Four');
  });

  it('turns XML that is not well-formed into undefined, an undefined entity included', () => {
    assert.equal(parseXml('<rss><channel><title>Unclosed</channel></rss>'), undefined);
    assert.equal(parseXml('<rss><title>Caf&eacute;</title></rss>'), undefined);
    assert.equal(parseXml('not xml'), undefined);
    assert.equal(parseXml('<rss version="2.0"/>')?.documentElement?.localName, 'rss');
  });

  it('serializes an element’s children once, without repeating the XHTML namespace', () => {
    const document = parseXml('<content xmlns="http://www.w3.org/2005/Atom"><div xmlns="http://www.w3.org/1999/xhtml"><p class="a">x &amp; &lt;y&gt;</p> z</div></content>');
    const div = document.documentElement.childNodes[0];
    assert.equal(serializeChildren(div), '<p class="a">x &amp; &lt;y&gt;</p> z');
  });

  it('reads entity and script cases through normalizeFeed as the browsers do', () => {
    const feed = normalizeFeed(
      `<rss version="2.0"><channel><title>T</title>
        <item><title>Caf&amp;eacute; &amp;amp; co</title><link>https://n.example/1</link><description><![CDATA[<script>alert(1)</script><p>Lead</p>]]></description></item>
        <item><description>Caf&eacute; without a title</description><link>https://n.example/2</link></item>
      </channel></rss>`,
      { parsers: nodeParsers },
    );
    assert.deepEqual(feed.items.map(({ title, summary, titleDerived }) => ({ title, summary, titleDerived })), [
      { title: 'Café & co', summary: 'Lead', titleDerived: undefined },
      { title: 'Café without a title', summary: 'Café without a title', titleDerived: true },
    ]);
  });

  it('reads the classes the browser tests check by hand', () => {
    assert.equal(read('feeds/atom-text-constructs.xml').items[0].cites[0].name, 'History of the <blink> tag');
    assert.deepEqual(read('feeds/rss-authors.xml').items.map((item) => item.author?.name), ['Jane Roe', 'Жанна Абаева', 'John Smith', 'News Desk', undefined, 'Ali Khan', 'Dana (Reuters)']);
    assert.equal(read('feeds/atom03.xml').shape, 'atom');
    assert.equal(read('feeds/cms-loose.json').items[0].bodyHtml, '<p>The <b>whole</b> story.</p>');
    assert.equal(read('feeds/jsonfeed-microblog.json').items[0].date.toISOString(), '2026-01-21T08:00:00.000Z');
  });
});
