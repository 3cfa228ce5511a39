import { expect } from '@open-wc/testing';
import { normalizeFeed, type Feed, type NewsItem, type NormalizeOptions } from '../../src/index.js';
import { fixtureText } from '../support/fixtures.js';

/** A fixture read as `fetchFeed` would: XML as text, JSON parsed. */
async function read(path: string, options: NormalizeOptions = {}): Promise<Feed> {
  const text = await fixtureText(path);
  return normalizeFeed(path.endsWith('.xml') ? text : JSON.parse(text), { url: `https://fixtures.example/${path}`, ...options });
}

const titles = (feed: Feed) => feed.items.map((item) => item.title);
const byTitle = (feed: Feed, title: string): NewsItem => {
  const item = feed.items.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`no item titled "${title}" in ${JSON.stringify(titles(feed))}`);
  return item;
};

describe('real feeds: items without a title', () => {
  it('titles an RSS item that has only a description by its text, cut at a word near 100 characters', async () => {
    const [press] = (await read('feeds/rss-untitled.xml')).items;
    expect(press.titleDerived).to.equal(true);
    expect(press.title).to.equal('Сегодня в 10:00 начнётся пресс-конференция министра обороны, посвящённая итогам учений «Дала-2026»…');
    expect(press.title.length).to.be.at.most(100);
    expect(press.summary).to.equal('Сегодня в 10:00 начнётся пресс-конференция министра обороны, посвящённая итогам учений «Дала-2026» на полигоне Матыбулак. Трансляция будет на сайте.');
    expect(press.url).to.equal('https://notes.example/2026/01/21/press');
    expect(press.date?.toISOString()).to.equal('2026-01-21T04:30:00.000Z');
  });

  it('titles items with only a body or an empty title, keeps short text whole, drops an item with no text at all', async () => {
    const feed = await read('feeds/rss-untitled.xml');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['https://notes.example/2026/01/21/press', 'note-2', 'note-3', 'note-5']);
    const [, bodyOnly, emptyTitle, longWord] = feed.items;
    expect(bodyOnly).to.include({ title: 'Short note, body only.', titleDerived: true, bodyHtml: '<p>Short note, body only.</p>' });
    expect(emptyTitle).to.include({ title: 'Пустой заголовок — тоже без заголовка.', titleDerived: true });
    // No space near the cut: the word itself is cut.
    expect(longWord.title).to.match(/^Averyvery.*…$/).and.have.length(100);
  });

  it('titles JSON Feed microblog posts by content_text or content_html, never by script text', async () => {
    const feed = await read('feeds/jsonfeed-microblog.json');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['https://notes.example/posts/first', '2', '3', '5']);
    const [titled, textOnly, htmlOnly] = feed.items;
    expect(titled.titleDerived).to.equal(undefined);
    expect(textOnly).to.include({ title: 'Microblog post: no title, only text. It goes on for a while so that the derived title has to be…', titleDerived: true });
    expect(textOnly.bodyHtml).to.equal('<p>Microblog post: no title, only text. It goes on for a while so that the derived title has to be cut at a word boundary somewhere near one hundred characters.</p><p>Second paragraph.</p>');
    expect(htmlOnly).to.include({ title: 'Only HTML & an empty title.', titleDerived: true });
  });

  it('titles an Atom entry with an empty title by its summary', async () => {
    const entry = (await read('feeds/atom-text-constructs.xml')).items[2];
    expect(entry).to.include({ title: 'A post with an empty title: its summary becomes the title.', titleDerived: true, url: 'https://blog.example/text-link' });
  });

  it('titles generic JSON items by their body, in HTML or in a loosely named field', async () => {
    const item = byTitle(await read('feeds/cms-loose.json'), 'A CMS item without a title still shows: its body gives it one.');
    expect(item.titleDerived).to.equal(true);
    expect(item.date?.toISOString()).to.equal('2026-01-16T10:00:00.000Z');
  });
});

describe('real feeds: dates', () => {
  it('shows date_modified when a JSON Feed item has no date_published, as the npm feed generator writes', async () => {
    const [first, , htmlOnly, pictured] = (await read('feeds/jsonfeed-microblog.json')).items;
    expect(first.date?.toISOString()).to.equal('2026-01-21T08:00:00.000Z');
    expect(first.updated?.toISOString()).to.equal('2026-01-21T08:00:00.000Z');
    expect(htmlOnly.date?.toISOString()).to.equal('2026-01-19T02:00:00.000Z');
    // Both given: each is what it says.
    expect(pictured.date?.toISOString()).to.equal('2026-01-17T07:00:00.000Z');
    expect(pictured.updated?.toISOString()).to.equal('2026-01-17T09:00:00.000Z');
  });

  it('reads dcterms:issued and dcterms:created as the date, dcterms:modified as updated (and as the date when alone)', async () => {
    const [briefing, evening, modifiedOnly] = (await read('feeds/rss-namespaces.xml')).items;
    expect(briefing.date?.toISOString()).to.equal('2026-01-21T06:00:00.000Z');
    expect(briefing.updated?.toISOString()).to.equal('2026-01-21T07:30:00.000Z');
    expect(evening.date?.toISOString()).to.equal('2026-01-20T15:00:00.000Z');
    expect(modifiedOnly.date?.toISOString()).to.equal('2026-01-19T10:00:00.000Z');
    expect((await read('feeds/rss-untitled.xml')).items[1].date?.toISOString()).to.equal('2026-01-20T12:00:00.000Z');
  });

  it('keeps Atom <updated> as the date of an entry without <published>', async () => {
    const entry = (await read('feeds/atom-text-constructs.xml')).items[1];
    expect(entry.date?.toISOString()).to.equal('2026-01-20T10:00:00.000Z');
  });
});

describe('real feeds: XML read by namespace', () => {
  it('never takes media:title or a custom x:description for an RSS 2.0 item title or summary, nor x:link for its link', async () => {
    const feed = await read('feeds/rss-namespaces.xml');
    expect(feed.title).to.equal('Radio Example');
    expect(feed.homeUrl).to.equal('https://radio.example/');
    const [briefing, evening] = feed.items;
    expect(briefing.title).to.equal('Morning briefing');
    expect(briefing.summary).to.equal("Today's main stories.");
    expect(evening.url).to.equal('https://fixtures.example/evening/2026-01-20');
  });

  it('reads RSS 1.0 by namespace too, with dc:title and dc:description when the core elements are missing', async () => {
    const feed = await read('feeds/rdf-namespaces.xml');
    const [first, second] = feed.items;
    expect(first).to.include({ title: 'First entry', summary: 'First & foremost.', bodyHtml: '<p>The <b>whole</b> entry.</p>', lang: 'en' });
    expect(first.author).to.deep.equal({ name: 'Dana Sultan' });
    expect(second).to.include({ title: 'Title from Dublin Core', summary: 'Summary from Dublin Core', url: 'https://journal.example/b' });
    expect(second.date?.toISOString()).to.equal('2026-01-20T00:00:00.000Z');
  });

  it('reads dc:subject and media:category (by its label) as rubrics after the item’s categories', async () => {
    const [briefing] = (await read('feeds/rss-namespaces.xml')).items;
    expect(briefing.rubrics.map((rubric) => rubric.name)).to.deep.equal(['Politics', 'Economy', 'World news', 'Podcasts']);
    expect((await read('feeds/rdf-namespaces.xml')).items[0].rubrics).to.deep.equal([{ name: 'Science' }]);
  });

  it('reads an XHTML <body> as the body, a video’s thumbnail and itunes:image as images, itunes:summary as text', async () => {
    const [briefing, evening, modifiedOnly] = (await read('feeds/rss-namespaces.xml')).items;
    expect(evening.bodyHtml).to.equal('<p>Full text in <strong>XHTML</strong>.</p><p>Second &amp; last paragraph.</p>');
    expect(evening.author).to.deep.equal({ name: 'Host Name' });
    expect(evening.image).to.deep.equal({ url: 'https://radio.example/evening.png' });
    expect(briefing.image).to.deep.equal({ url: 'https://radio.example/briefing.jpg', width: 640, height: 360 });
    expect(modifiedOnly.summary).to.equal('Plain text <not a tag> from iTunes.');
  });
});

describe('real feeds: Atom text constructs', () => {
  it('serializes xhtml once and never decodes it again: "&lt;blink&gt;" stays a word, in a title and in a <source> title', async () => {
    const feed = await read('feeds/atom-text-constructs.xml');
    expect(feed.title).to.equal('Blog & Example');
    const [blink] = feed.items;
    expect(blink.title).to.equal('The <blink> tag, revisited');
    expect(blink.cites).to.deep.equal([{ name: 'History of the <blink> tag', url: 'https://history.example/' }]);
    expect(blink.bodyHtml).to.equal('<p>Markup &amp; <a href="blink">a link</a>.</p>');
  });

  it('reads html titles once and text constructs as text', async () => {
    const fish = (await read('feeds/atom-text-constructs.xml')).items[1];
    expect(fish.title).to.equal('Fish & chips <3');
    expect(fish.summary).to.equal('Use <b> for bold');
  });

  it('decodes base64 content of a textual type as text; leaves images and out-of-line content out', async () => {
    const [, json, untitled, octets, outOfLine] = (await read('feeds/atom-text-constructs.xml')).items;
    expect(json.bodyHtml).to.equal('<p>{"text":"JSON content, base64 as Atom 1.0 requires"}</p>');
    expect(untitled.bodyHtml).to.equal(undefined);
    // application/octet-stream that decodes to text is text, whatever markup it spells.
    expect(octets.bodyHtml).to.equal('<p>&lt;p&gt;History of the &amp;lt;blink&amp;gt; tag&lt;/p&gt;</p>');
    expect(outOfLine.bodyHtml).to.equal(undefined);
    expect(outOfLine.summary).to.equal('Summary of a post whose content lives elsewhere.');
  });

  it('resolves links against xml:base, prefers the HTML alternate, takes a permalink id, inherits the feed’s author', async () => {
    const feed = await read('feeds/atom-text-constructs.xml');
    expect(feed.homeUrl).to.equal('https://blog.example/');
    const [blink, fish, untitled, permalink] = feed.items;
    expect(blink.url).to.equal('https://blog.example/posts/blink');
    expect(fish.url).to.equal('https://blog.example/2026/fish');
    expect(permalink.url).to.equal('https://blog.example/posts/4');
    expect(blink.author).to.deep.equal({ name: 'Feed Author', url: 'https://blog.example/about' });
    // An author known only by an email address gives way to the feed's.
    expect(untitled.author).to.deep.equal({ name: 'Feed Author', url: 'https://blog.example/about' });
    expect(permalink.author).to.deep.equal({ name: 'Entry Author' });
  });
});

describe('real feeds: Atom 0.3', () => {
  it('is detected as atom, with issued, created and modified dates', async () => {
    const feed = await read('feeds/atom03.xml');
    expect(feed.shape).to.equal('atom');
    expect(feed).to.include({ title: 'Old & Gold Blog', homeUrl: 'https://oldblog.example/' });
    const [escaped, base64, xhtml, modifiedOnly] = feed.items;
    expect(escaped.date?.toISOString()).to.equal('2026-01-21T09:00:00.000Z');
    expect(escaped.updated?.toISOString()).to.equal('2026-01-21T11:00:00.000Z');
    expect(base64.date?.toISOString()).to.equal('2026-01-20T10:00:00.000Z');
    expect(xhtml.date?.toISOString()).to.equal('2026-01-19T10:00:00.000Z');
    expect(modifiedOnly.date?.toISOString()).to.equal('2026-01-18T10:00:00.000Z');
  });

  it('reads escaped, base64, inline xml and multipart content, and <url> in authors', async () => {
    const [escaped, base64, xhtml, multipart] = (await read('feeds/atom03.xml')).items;
    expect(escaped).to.include({ title: 'Escaped title', summary: 'Plain <summary>', bodyHtml: '<p>Escaped <b>HTML</b> content.</p>' });
    expect(escaped.rubrics).to.deep.equal([{ name: 'Retro' }]);
    expect(escaped.author).to.deep.equal({ name: 'Blog Owner', url: 'https://oldblog.example/owner' });
    expect(base64.bodyHtml).to.equal('<p>Fixture: base64 plain text in an Atom content.</p>');
    expect(base64.author).to.deep.equal({ name: 'Guest Writer', url: 'https://guest.example/' });
    expect(xhtml.bodyHtml).to.equal('<p>Inline <i>XHTML</i> &amp; more.</p>');
    expect(xhtml.url).to.equal('https://oldblog.example/2026/01/xhtml.html');
    expect(multipart.bodyHtml).to.equal('<p>HTML alternative</p>');
  });

  it('reads inline markup that the feed left in Atom 0.3’s own namespace as HTML', async () => {
    const inline = (await read('feeds/atom03.xml')).items[4];
    expect(inline.bodyHtml).to.equal('<p>Inline <b>HTML</b> left in Atom\'s own namespace.</p>');
  });

  it('detects the earlier Atom namespaces and an un-namespaced <feed version="0.3">, but no other <feed>', () => {
    for (const namespace of ['http://purl.org/atom/ns#', 'http://purl.org/echo/', 'http://purl.org/pie/']) {
      const feed = normalizeFeed(`<feed version="0.3" xmlns="${namespace}"><title>Old</title><entry><title>Entry</title></entry></feed>`);
      expect(feed.shape, namespace).to.equal('atom');
      expect(titles(feed), namespace).to.deep.equal(['Entry']);
    }
    expect(normalizeFeed('<feed version="0.3"><entry><title>Bare</title></entry></feed>').shape).to.equal('atom');
    expect(() => normalizeFeed('<feed xmlns="urn:example:not-atom"><entry><title>x</title></entry></feed>')).to.throw().with.property('kind', 'shape');
  });
});

describe('real feeds: lenient where feed readers are', () => {
  it('takes an Atom <link> that has its URL as text', async () => {
    expect((await read('feeds/atom-text-constructs.xml')).items[2].url).to.equal('https://blog.example/text-link');
    expect((await read('feeds/atom03.xml')).items[2].url).to.equal('https://oldblog.example/2026/01/xhtml.html');
  });

  it('reads <item>s straight under <rss>, HTML entities XML does not define, and a bare ampersand', async () => {
    const feed = await read('feeds/rss-no-channel.xml');
    expect(feed.shape).to.equal('rss');
    expect(titles(feed)).to.deep.equal(['Café opening — AT&T sponsors', 'Second item']);
    expect(feed.items[0]).to.include({ url: 'https://town.example/news?id=1&ref=rss', summary: 'The café opens at 9 am.' });
  });

  it('expands entities the document declares, and resolves links against xml:base', async () => {
    const feed = await read('feeds/rss-xml-base.xml');
    expect(feed).to.include({ title: 'Steppe Daily — news', homeUrl: 'https://steppe.example/news/' });
    const [grain, mirrored] = feed.items;
    expect(grain).to.include({ title: 'From Steppe Daily', url: 'https://steppe.example/news/2026/01/21/grain' });
    expect(grain.image).to.deep.equal({ url: 'https://steppe.example/media/grain.jpg' });
    expect(mirrored.url).to.equal('https://mirror.example/copy');
    expect(mirrored.cites).to.deep.equal([{ name: 'Mirror', url: 'https://mirror.example/feed.xml' }]);
  });

  it('reads XML broken beyond entities as feed readers do, marked recovered (test/data/recovery.test.ts has the rest)', () => {
    const feed = normalizeFeed('<rss><channel><item><title>Unclosed</channel></rss>');
    expect(feed.items.map((item) => item.title)).to.deep.equal(['Unclosed']);
    expect(feed.recovered).to.equal(true);
    expect(() => normalizeFeed('<!DOCTYPE html><html><body>Sign in</body></html>')).to.throw().with.property('kind', 'parse');
  });

  it('reads a lone Atom entry document as a one-item feed', () => {
    const feed = normalizeFeed('<entry xmlns="http://www.w3.org/2005/Atom"><title>Alone</title><link href="https://blog.example/alone"/></entry>');
    expect(feed.shape).to.equal('atom');
    expect(feed.items).to.have.length(1);
    expect(feed.items[0]).to.include({ title: 'Alone', url: 'https://blog.example/alone' });
  });
});

describe('real feeds: people', () => {
  it('shows the name in "email (Name)", "Name (email)", "Name <email>" and a quoted name, never an email address', async () => {
    const feed = await read('feeds/rss-authors.xml');
    expect(feed.items.map((item) => item.author?.name)).to.deep.equal([
      'Jane Roe', 'Жанна Абаева', 'John Smith', 'News Desk', undefined, 'Ali Khan', 'Dana (Reuters)',
    ]);
  });

  it('takes a JSON Feed’s own authors when an item names none', () => {
    const feed = normalizeFeed({ version: 'https://jsonfeed.org/version/1.1', authors: [{ name: 'Редакция' }], items: [{ id: '1', title: 'a', authors: [{ name: '' }] }, { id: '2', title: 'b', authors: [] }] });
    expect(feed.items.map((item) => item.author)).to.deep.equal([{ name: 'Редакция' }, { name: 'Редакция' }]);
  });

  it('never shows an email address as a name in JSON either', () => {
    const feed = normalizeFeed([
      { title: 'a', author: 'desk@outlet.example' },
      { title: 'b', author: { name: 'Ivan Petrov <ivan@outlet.example>', url: 'https://outlet.example/ivan' } },
      { title: 'c', authors: [{ name: 'first@outlet.example' }, { name: 'Second Person' }] },
    ]);
    expect(feed.items.map((item) => item.author)).to.deep.equal([undefined, { name: 'Ivan Petrov', url: 'https://outlet.example/ivan' }, { name: 'Second Person' }]);
  });
});

describe('real feeds: any JSON, more forgiving', () => {
  it('matches field names ignoring case, separators and the usual suffixes', async () => {
    const feed = await read('feeds/cms-loose.json');
    expect(feed.shape).to.equal('generic');
    const [snake, camel, upper] = feed.items;
    expect(snake).to.include({ id: '501', title: 'Body in body_html', bodyHtml: '<p>The <b>whole</b> story.</p>' });
    expect(snake.date?.toISOString()).to.equal('2026-01-21T10:00:00.000Z');
    expect(snake.image).to.deep.equal({ url: 'https://fixtures.example/media/501.jpg' });
    expect(snake.author).to.deep.equal({ name: 'Marat Ospanov', url: 'https://fixtures.example/authors/marat' });
    expect(snake.rubrics).to.deep.equal([{ name: 'Society' }]);
    expect(camel).to.include({ title: 'camelCase fields', bodyHtml: '<p>camelCase body.</p>', summary: 'A teaser' });
    expect(camel.date?.toISOString()).to.equal('2026-01-20T10:00:00.000Z');
    expect(camel.image?.url).to.equal('https://cdn.example/502.jpg');
    expect(camel.author).to.deep.equal({ name: 'Aliya Nurlanova' });
    expect(upper).to.include({ id: '503', title: 'Shouting field names', bodyHtml: '<p>Upper-case body.</p>' });
    expect(upper.date?.toISOString()).to.equal('2026-01-19T10:00:00.000Z');
    expect(upper.image?.url).to.equal('https://cdn.example/503.jpg');
  });

  it('reads { rendered } values anywhere; an exact name wins over a loose one, HTML over text for the body', async () => {
    const feed = await read('feeds/cms-loose.json');
    const wordpress = byTitle(feed, 'WordPress’s rendered title');
    expect(wordpress).to.include({ url: 'https://cms.example/504', summary: 'Rendered excerpt', bodyHtml: '<p>HTML variant.</p>' });
    expect(wordpress.date?.toISOString()).to.equal('2026-01-18T10:00:00.000Z');
    const exact = byTitle(feed, 'Exact name wins');
    expect(exact.bodyHtml).to.equal('<p>Exact body.</p>');
    expect(exact.date?.toISOString()).to.equal('2026-01-17T10:00:00.000Z');
    // A plain-text body stays text.
    expect(byTitle(feed, 'Plain-text body').bodyHtml).to.equal('<p>First line &amp; more.</p><p>Second &lt;paragraph&gt;.</p>');
  });

  it('still leaves unknown shapes alone: a loosely named title needs no suffix', () => {
    expect(() => normalizeFeed({ payload: { rows: [{ heading_text: 'x' }] } })).to.throw().with.property('kind', 'shape');
  });
});

describe('real feeds: entities and scripts', () => {
  it('decodes entities exactly once, with the full HTML table', async () => {
    const [named, , code] = (await read('feeds/rss-entities.xml')).items;
    expect(named.title).to.equal('Café «Central» — fish & chips');
    expect(named.summary).to.equal('5 < 7 && 7 > 5');
    expect(code.title).to.equal('The <script> tag explained');
    expect(code.summary).to.equal('Shown as code: &lt;b&gt;');
  });

  it('never turns script, style, noscript or iframe contents into a title or lead', async () => {
    const [, scripted, , untitled, naked] = (await read('feeds/rss-entities.xml')).items;
    expect(scripted).to.include({ title: 'Safe title', summary: 'Lead text' });
    expect(untitled).to.include({ title: 'Only a description élégante.', titleDerived: true });
    expect(naked.summary).to.equal('Unescaped markup in a description.');
  });
});

describe('real feeds: the same reading in every engine and in Node', () => {
  // test/fixtures/feeds/readings.json is what normalizeFeed reads from every fixture, reviewed by
  // hand; test/node/readers.test.mjs holds Node (xmldom, parse5) to the very same readings.
  it('reads every fixture exactly as recorded', async () => {
    const readings = JSON.parse(await fixtureText('feeds/readings.json')) as Record<string, { options: NormalizeOptions; feed: unknown }>;
    expect(Object.keys(readings)).to.include.members(['shapes/rss.xml', 'shapes/atom.xml', 'feeds/atom03.xml', 'feeds/cms-loose.json']);
    for (const [path, { options, feed }] of Object.entries(readings)) {
      const text = await fixtureText(path);
      const read = normalizeFeed(path.endsWith('.xml') ? text : JSON.parse(text), options);
      expect(JSON.parse(JSON.stringify(read)), path).to.deep.equal(feed);
    }
  });
});
