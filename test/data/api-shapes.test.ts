import { expect } from '@open-wc/testing';
import { FeedError, normalizeFeed, type Feed, type NormalizeOptions } from '../../src/index.js';
import { SHAPES } from '../../src/data/read/shapes/index.js';
import { SHAPE_TABLE } from '../../src/data/read/shapes/table.js';
import { readFeed } from '../../src/data/read/read-feed.js';
import { fixtureJson, fixtureText } from '../support/fixtures.js';

/** Every fixture in test/fixtures/shapes and test/fixtures/seed, with the shape it must be read as. */
const FIXTURES: Record<string, string> = {
  'seed/latest.json': 'generic',
  'seed/article.json': 'single',
  'shapes/generic-array.json': 'generic',
  'shapes/jsonfeed-1.0.json': 'jsonfeed',
  'shapes/jsonfeed-1.1.json': 'jsonfeed',
  'shapes/news-widgets.json': 'news-widgets',
  'shapes/wordpress-embed.json': 'wordpress',
  'shapes/wordpress-plain.json': 'wordpress',
  'shapes/rss.xml': 'rss',
  'shapes/atom.xml': 'atom',
  'shapes/newsapi-top-headlines.json': 'newsapi',
  'shapes/newsapi-everything.json': 'newsapi',
  'shapes/guardian-search.json': 'guardian',
  'shapes/guardian-search-fields.json': 'guardian',
  'shapes/nyt-topstories.json': 'nyt',
  'shapes/hackernews-search.json': 'hackernews',
  'shapes/reddit-listing.json': 'reddit',
  'shapes/ghost-posts.json': 'ghost',
  'shapes/drupal-jsonapi.json': 'drupal',
  'shapes/drupal-jsonapi-legacy.json': 'drupal',
  'shapes/strapi-v4.json': 'strapi',
  'shapes/strapi-v5.json': 'strapi',
  'shapes/contentful-entries.json': 'contentful',
  'shapes/rss2json.json': 'rss2json',
};
const FALLBACKS = ['generic', 'single'];
/** Shapes that refine another and are listed before it: the edge's JSON Feed is JSON Feed too. */
const REFINES: Record<string, string> = { 'news-widgets': 'jsonfeed' };

/** A fixture as `detect` sees it: parsed JSON, or an XML Document. */
async function root(path: string): Promise<unknown> {
  if (!path.endsWith('.xml')) return fixtureJson(path);
  return new DOMParser().parseFromString(await fixtureText(path), 'application/xml');
}

async function read(path: string, options: NormalizeOptions = {}): Promise<Feed> {
  return normalizeFeed(path.endsWith('.xml') ? await fixtureText(path) : await fixtureJson(path), options);
}

const iso = (feed: Feed) => feed.items.map((item) => item.date?.toISOString());

describe('endpoint shapes: detection', () => {
  for (const [path, shape] of Object.entries(FIXTURES)) {
    it(`reads ${path} as ${shape}`, async () => {
      const feed = await read(path);
      expect(feed.shape).to.equal(shape);
      expect(feed.items).to.not.be.empty;
    });
  }

  it('claims each fixture by exactly one specific detector (or none, for the fallbacks)', async () => {
    for (const [path, shape] of Object.entries(FIXTURES)) {
      const document = await root(path);
      const claims = SHAPES.filter((candidate) => !FALLBACKS.includes(candidate.name) && candidate.detect(document)).map((candidate) => candidate.name);
      expect(claims, path).to.deep.equal(FALLBACKS.includes(shape) ? [] : [shape, ...(REFINES[shape] ? [REFINES[shape]] : [])]);
    }
  });

  it('has a fixture for every shape and keeps the field-name guessers last', () => {
    const covered = new Set(Object.values(FIXTURES));
    for (const shape of SHAPES) expect(covered.has(shape.name), shape.name).to.equal(true);
    expect(SHAPES.slice(-2).map((shape) => shape.name)).to.deep.equal(FALLBACKS);
  });

  it('has one table: the synchronous readers come in its order, and each entry loads the reader of its name', async () => {
    expect(SHAPES.map((shape) => shape.name)).to.deep.equal(SHAPE_TABLE.map((entry) => entry.name));
    for (const entry of SHAPE_TABLE) expect((await entry.load()).name, entry.name).to.equal(entry.name);
  });

  it('says no, without throwing, to near misses and odd roots', () => {
    const nearMisses: unknown[] = [
      null, 'text', 42, [], {},
      { status: 'ok', articles: 'none' },
      { status: 'ok', totalResults: 0 },
      { response: { status: 'error', message: 'Unknown section' } },
      { status: 'ok', copyright: 'x', results: [] },
      { hits: [{ objectID: '1' }] },
      { kind: 'Listing', data: null },
      { posts: [{ title: 'x' }] },
      { data: [{ id: 'x', attributes: { title: 'x' } }] },
      { data: null, meta: {} },
      { sys: { type: 'Entry' }, items: [] },
      { status: 'ok', items: [] },
    ];
    for (const value of nearMisses) {
      const claims = SHAPES.filter((shape) => !FALLBACKS.includes(shape.name) && shape.detect(value)).map((shape) => shape.name);
      expect(claims, JSON.stringify(value)).to.deep.equal([]);
    }
  });

  it('fails an unknown shape with a FeedError of kind "shape" that explains items-path and map', () => {
    let caught: unknown;
    try {
      normalizeFeed({ payload: { rows: [{ heading_text: 'Небесный щит', when: '25/10/2025 - 16:11' }] } });
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(FeedError);
    expect(caught).to.have.property('kind', 'shape');
    expect((caught as FeedError).message).to.contain('items-path=').and.contain('map=').and.contain('Mappable fields');
  });

  it('leaves error answers of NewsAPI and rss2json unclaimed, so their message reaches the partner', () => {
    expect(() => normalizeFeed({ status: 'error', code: 'apiKeyMissing', message: 'Your API key is missing.' }))
      .to.throw(FeedError, 'Your API key is missing.').with.property('kind', 'shape');
    expect(() => normalizeFeed({ status: 'error', message: 'Cannot download this RSS feed, make sure the Rss URL is correct.' }))
      .to.throw(FeedError, 'Cannot download this RSS feed').with.property('kind', 'shape');
  });
});

describe('endpoint shapes: through readFeed, the path every widget takes', () => {
  for (const [path, shape] of Object.entries(FIXTURES)) {
    it(`reads ${path} as ${shape}, item for item as normalizeFeed does`, async () => {
      const input = path.endsWith('.xml') ? await fixtureText(path) : await fixtureJson(path);
      const loaded = await readFeed(input);
      expect(loaded.shape).to.equal(shape);
      expect(loaded.items).to.not.be.empty;
      expect(loaded).to.deep.equal(normalizeFeed(input));
    });
  }

  it('reads an items-path feed with the field-name reader it loads', async () => {
    const input = { payload: { rows: [{ title: 'Небесный щит', url: 'https://sarbaz.kz/ru/1', date: '2026-01-21T13:21:00Z' }] } };
    const loaded = await readFeed(input, { itemsPath: 'payload.rows' });
    expect(loaded.items.map((item) => item.title)).to.deep.equal(['Небесный щит']);
    expect(loaded).to.deep.equal(normalizeFeed(input, { itemsPath: 'payload.rows' }));
  });

  it('fails an unknown shape as normalizeFeed does', async () => {
    const input = { payload: { rows: [{ heading_text: 'Небесный щит' }] } };
    let caught: unknown;
    try {
      await readFeed(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(FeedError).with.property('kind', 'shape');
  });
});

describe('endpoint shapes: NewsAPI', () => {
  it('reads /v2/top-headlines: outlet suffix removed, [Removed] dropped, truncated content only as a lead', async () => {
    const feed = await read('shapes/newsapi-top-headlines.json');
    expect(feed.items.map((item) => item.title)).to.deep.equal([
      'Kazakhstan and Uzbekistan agree joint air defence drills',
      'Military medics in Kazakhstan adopt digital assistants',
      // " - a Photo Essay" is part of the title, not the outlet's name.
      'Keeping Victory Traditions Alive - a Photo Essay',
    ]);
    const [reuters, astana] = feed.items;
    expect(reuters.url).to.equal('https://www.reuters.example/world/asia-pacific/kazakhstan-uzbekistan-agree-joint-air-defence-drills-2026-01-21/');
    expect(reuters.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(reuters.outlet).to.deep.equal({ name: 'Reuters' });
    expect(reuters.author).to.deep.equal({ name: 'Olzhas Temirbekov' });
    expect(reuters.image).to.deep.equal({ url: 'https://www.reuters.example/resizer/v2/KZ3YQ7VBLFJ5DO.jpg?auth=5c1e0a&width=1200&quality=80' });
    expect(reuters.summary).to.match(/^Kazakhstan and Uzbekistan agreed on Wednesday/);
    expect(reuters.bodyHtml).to.equal(undefined);
    expect(reuters.id).to.equal(reuters.url);
    // A profile URL in `author` is not a name; without a description the truncated content is the lead.
    expect(astana.author).to.equal(undefined);
    expect(astana.image).to.equal(undefined);
    expect(astana.summary).to.match(/The system was tested in Astana…$/);
    expect(astana.outlet).to.deep.equal({ name: 'The Astana Times' });
  });

  it('reads /v2/everything in Russian: protocol-relative images, decoded leads, no 1970 dates', async () => {
    const feed = await read('shapes/newsapi-everything.json', { url: 'https://news-proxy.sarbaz.example/newsapi/everything?q=армия' });
    expect(feed.items.map((item) => item.title)).to.deep.equal([
      'В Астане обсудили вопросы стратегической безопасности',
      'Багдад и Вашингтон возобновляют переговоры о выводе войск из Ирака',
      'Нерв армии: как работают военные связисты',
    ]);
    expect(iso(feed)).to.deep.equal(['2026-01-21T13:40:12.000Z', '2026-02-06T05:15:00.000Z', '2025-11-06T17:26:00.000Z']);
    expect(feed.items.map((item) => item.outlet?.name)).to.deep.equal(['Tengrinews.kz', 'RBC', 'Sarbaz.kz']);
    const [, rbc, sarbaz] = feed.items;
    expect(rbc.image?.url).to.equal('https://s0.rbk.example/v6_top_pics/media/img/7/12/347071893851127.jpeg');
    expect(rbc.author?.name).to.equal('Денис Ковалёв, Мария Орлова');
    expect(sarbaz.summary).to.equal('Связь & управление: как готовят военных связистов.');
    expect(sarbaz.author).to.equal(undefined);
  });
});

describe('endpoint shapes: The Guardian', () => {
  it('reads /search without show-fields: webTitle, webUrl, section as a linked rubric', async () => {
    const feed = await read('shapes/guardian-search.json');
    const [first, second, live] = feed.items;
    expect(first.title).to.equal('Kazakhstan holds strategic security meeting in Astana');
    expect(first.url).to.equal('https://www.theguardian.example/world/2026/jan/21/kazakhstan-strategic-security-meeting-astana');
    expect(first.id).to.equal('world/2026/jan/21/kazakhstan-strategic-security-meeting-astana');
    expect(first.rubrics).to.deep.equal([{ name: 'World news', url: 'https://www.theguardian.example/world' }]);
    expect(first.author).to.equal(undefined);
    expect(first.image).to.equal(undefined);
    expect(first.summary).to.equal(undefined);
    expect(second.title).to.equal('Digital assistants for military doctors: Central Asia’s quiet health revolution');
    expect(second.rubrics[0].name).to.equal('Global development');
    expect(iso(feed)).to.deep.equal(['2026-01-21T13:21:00.000Z', '2026-01-20T16:11:00.000Z', '2026-01-17T14:20:00.000Z']);
    expect(live.title).to.match(/as it happened$/);
  });

  it('reads /search with show-fields and show-tags: headline, trail text, contributor or byline, thumbnail', async () => {
    const feed = await read('shapes/guardian-search-fields.json');
    const [first, second, live] = feed.items;
    expect(first.title).to.equal('Kazakhstan’s leaders meet in Astana to ‘ensure strategic security’');
    expect(first.summary).to.equal('Defence chiefs discussed air defence and signals modernisation at a closed meeting');
    expect(first.author).to.deep.equal({ name: 'Aliya Seitkali', url: 'https://www.theguardian.example/profile/aliya-seitkali' });
    expect(first.image).to.deep.equal({ url: 'https://media.guim.example/4f1c2a9e0b7d/0_0_3000_1800/500.jpg' });
    expect(first.updated?.toISOString()).to.equal('2026-01-21T15:02:11.000Z');
    expect(second.author).to.deep.equal({ name: 'Guardian staff and agencies' });
    expect(second.summary).to.equal('Hospitals in Kazakhstan and Uzbekistan are testing software that keeps records & reminds doctors of check-ups');
    expect(live.image).to.equal(undefined);
    expect(live.author).to.equal(undefined);
  });
});

describe('endpoint shapes: NYT Top Stories', () => {
  it('reads results: byline without "By", section then subsection, a 600px rendition, placeholders dropped', async () => {
    const feed = await read('shapes/nyt-topstories.json');
    expect(feed.items).to.have.length(2);
    const [signals, iraq] = feed.items;
    expect(signals.title).to.equal('In Kazakhstan, a New Generation of Military Signalers');
    expect(signals.url).to.equal('https://www.nytimes.example/2026/01/21/world/asia/kazakhstan-military-signalers.html');
    expect(signals.id).to.equal('nyt://article/6f1c1b3e-0f4b-5d8a-9b1e-2b9d2f3c4a11');
    expect(signals.date?.toISOString()).to.equal('2026-01-21T10:00:12.000Z');
    expect(signals.updated?.toISOString()).to.equal('2026-01-21T13:02:31.000Z');
    expect(signals.author).to.deep.equal({ name: 'Dana Kessler and Nurlan Abenov' });
    expect(signals.rubrics).to.deep.equal([{ name: 'world' }, { name: 'asia' }]);
    expect(signals.summary).to.match(/^Conscripts who once strung copper wire/);
    expect(signals.image).to.deep.equal({
      url: 'https://static01.nyt.example/images/2026/01/21/multimedia/21kazakh-signal-1-a7f3/21kazakh-signal-1-a7f3-threeByTwoSmallAt2X.jpg',
      alt: 'Signal corps conscripts at a training ground near Astana.',
      width: 600,
      height: 400,
    });
    // multimedia: null, an empty byline and an empty subsection give nothing, not empty strings.
    expect(iraq.image).to.equal(undefined);
    expect(iraq.author).to.equal(undefined);
    expect(iraq.rubrics).to.deep.equal([{ name: 'world' }]);
    expect(iraq.date?.toISOString()).to.equal('2026-02-06T05:15:00.000Z');
  });
});

describe('endpoint shapes: Hacker News (Algolia)', () => {
  it('reads hits: Ask HN links to its discussion, created_at_i, authors, story_text, comments dropped', async () => {
    const feed = await read('shapes/hackernews-search.json');
    expect(feed.items.map((item) => item.id)).to.deep.equal(['46712301', '46698120', '46650017']);
    const [story, ask, show] = feed.items;
    expect(story.title).to.equal("Kazakhstan moves its army's signals to an open-source stack");
    expect(story.url).to.equal('https://sarbaz.example/en/news/1012');
    expect(story.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(story.author).to.deep.equal({ name: 'nurlan_a', url: 'https://news.ycombinator.com/user?id=nurlan_a' });
    expect(story.rubrics).to.deep.equal([]);
    expect(story.bodyHtml).to.equal(undefined);
    expect(ask.url).to.equal('https://news.ycombinator.com/item?id=46698120');
    expect(ask.rubrics).to.deep.equal([{ name: 'Ask HN' }]);
    expect(ask.date?.toISOString()).to.equal('2026-01-20T16:11:00.000Z');
    expect(ask.bodyHtml).to.contain('<p>What would you use for offline sync &amp; audit logs?');
    expect(show.rubrics).to.deep.equal([{ name: 'Show HN' }]);
    expect(show.url).to.equal('https://glossary.example/signals');
  });
});

describe('endpoint shapes: Reddit', () => {
  it('reads a listing: permalinks, float created_utc, decoded preview URLs, flair or subreddit as rubric', async () => {
    const feed = await read('shapes/reddit-listing.json', { url: 'https://www.reddit.com/r/Kazakhstan/new.json' });
    const [link, self, nsfw, deleted] = feed.items;
    expect(link.title).to.equal('Связь & управление: как работают военные связисты');
    expect(link.url).to.equal('https://www.reddit.com/r/Kazakhstan/comments/1i6q4ab/sviaz_upravlenie_kak_rabotaiut_voennye_sviazisty/');
    expect(link.id).to.equal('t3_1i6q4ab');
    expect(link.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(link.author).to.deep.equal({ name: 'astana_signal', url: 'https://www.reddit.com/user/astana_signal/' });
    expect(link.rubrics).to.deep.equal([{ name: 'Новости' }, { name: 'r/Kazakhstan', url: 'https://www.reddit.com/r/Kazakhstan/' }]);
    expect(link.image).to.deep.equal({
      url: 'https://external-preview.redd.example/signal-corps.jpg?width=1200&height=675&auto=webp&s=3f9a1c7e2b4d6f8a0c1e3b5d7f9a1c3e5b7d9f1a',
      width: 1200,
      height: 675,
    });
    expect(link.cites).to.deep.equal([{ name: 'sarbaz.example', url: 'https://sarbaz.example/ru/news/1012' }]);
    expect(link.bodyHtml).to.equal(undefined);

    // A self post: "self" is no thumbnail, selftext_html is unescaped once, the subreddit is the rubric.
    expect(self.image).to.equal(undefined);
    expect(self.rubrics).to.deep.equal([{ name: 'r/Kazakhstan', url: 'https://www.reddit.com/r/Kazakhstan/' }]);
    expect(self.bodyHtml).to.contain('<p>Подскажите, как <strong>сохранить</strong> победные традиции');
    expect(self.cites).to.deep.equal([]);
    expect(self.date?.toISOString()).to.equal('2026-01-20T16:11:00.000Z');

    // NSFW: no picture, even though the preview holds one.
    expect(nsfw.title).to.equal('Әскери дәрігерлерге арналған цифрлық көмекшілер');
    expect(nsfw.image).to.equal(undefined);
    expect(nsfw.rubrics[0]).to.deep.equal({ name: 'Қазақша' });
    expect(nsfw.url).to.match(/^https:\/\/www\.reddit\.com\/r\/Kazakhstan\/comments\/1i3k2ef\//);

    // Deleted: no author "[deleted]", no "[deleted]" body, and "" is no thumbnail.
    expect(deleted.author).to.equal(undefined);
    expect(deleted.bodyHtml).to.equal(undefined);
    expect(deleted.image).to.equal(undefined);
  });
});

describe('endpoint shapes: Ghost', () => {
  it('reads /posts: primary author, public tags only, feature image with alt, custom excerpt, html', async () => {
    const feed = await read('shapes/ghost-posts.json');
    const [first, second] = feed.items;
    expect(first.title).to.equal('Обеспечить стратегическую безопасность');
    expect(first.url).to.equal('https://blog.sarbaz.example/obespechit-strategicheskuyu-bezopasnost/');
    expect(first.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(first.updated?.toISOString()).to.equal('2026-01-21T13:40:03.000Z');
    expect(first.author).to.deep.equal({ name: 'Ануар Маратов', url: 'https://blog.sarbaz.example/author/anuar/' });
    expect(first.rubrics).to.deep.equal([
      { name: 'В центре внимания', url: 'https://blog.sarbaz.example/tag/v-centre-vnimaniya/' },
      { name: 'безопасность', url: 'https://blog.sarbaz.example/tag/bezopasnost/' },
    ]);
    expect(first.image).to.deep.equal({ url: 'https://blog.sarbaz.example/content/images/2026/01/meeting.jpg', alt: 'Участники совещания в Астане' });
    expect(first.summary).to.equal('Совещание прошло в Астане под председательством министра обороны.');
    expect(first.bodyHtml).to.match(/^<p>Совещание прошло в Астане.<\/p>/);
    // Only an internal "#kk" tag and no feature image; `excerpt` stands in for the empty custom excerpt.
    expect(second.title).to.equal('Денсаулық – басты басымдық');
    expect(second.rubrics).to.deep.equal([]);
    expect(second.image).to.equal(undefined);
    expect(second.summary).to.equal('Әскери госпитальдерде цифрлық көмекшілер іске қосылды. Жүйе Астанада сынақтан өтті.');
    expect(second.author?.name).to.equal('Редакция');
  });
});

describe('endpoint shapes: Drupal JSON:API', () => {
  const url = 'https://sarbaz.example/jsonapi/node/article?include=uid,field_tags,field_image';

  it('reads data + included: author, tags, relative image with alt from the relationship, body.processed', async () => {
    const feed = await read('shapes/drupal-jsonapi.json', { url });
    const [first, second] = feed.items;
    expect(first.id).to.equal('8b2e8f6a-3c1d-4e5f-9a7b-0c1d2e3f4a5b');
    expect(first.title).to.equal('Обеспечить стратегическую безопасность');
    expect(first.url).to.equal('https://sarbaz.example/news/obespechit-strategicheskuyu-bezopasnost');
    expect(first.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(first.updated?.toISOString()).to.equal('2026-01-21T14:05:37.000Z');
    expect(first.lang).to.equal('ru');
    expect(first.author).to.deep.equal({ name: 'Ануар Маратов' });
    expect(first.rubrics).to.deep.equal([
      { name: 'В центре внимания', url: 'https://sarbaz.example/rubric/v-centre-vnimaniya' },
      { name: 'безопасность' },
    ]);
    expect(first.image).to.deep.equal({ url: 'https://sarbaz.example/sites/default/files/2026-01/meeting.jpg', alt: 'Участники совещания в Астане', width: 1280, height: 720 });
    expect(first.summary).to.equal('Совещание прошло в Астане под председательством министра.');
    // The filtered text, never the raw `value` with its <script> and unexpanded <drupal-media>.
    expect(first.bodyHtml).to.equal('<p>Совещание прошло в Астане.</p><p>Второй абзац.</p>');
    // No alias: the node's system path; no image, no tags, an empty summary.
    expect(second.url).to.equal('https://sarbaz.example/node/1014');
    expect(second.lang).to.equal('kk');
    expect(second.author).to.deep.equal({ name: 'admin' });
    expect(second.image).to.equal(undefined);
    expect(second.rubrics).to.deep.equal([]);
    expect(second.summary).to.equal(undefined);
  });

  it('reads the old JSON:API 1.x: unix-second strings, file `url`, string dimensions, no processed body', async () => {
    const feed = await read('shapes/drupal-jsonapi-legacy.json', { url });
    const [item] = feed.items;
    expect(item.title).to.equal('Сохраняя победные традиции');
    expect(item.date?.toISOString()).to.equal('2026-01-20T16:11:00.000Z');
    expect(item.updated?.toISOString()).to.equal('2026-01-20T18:40:07.000Z');
    expect(item.url).to.equal('https://sarbaz.example/news/sokhranyaya-pobednye-traditsii');
    expect(item.author).to.deep.equal({ name: 'Редакция' });
    expect(item.rubrics).to.deep.equal([{ name: 'В центре внимания', url: 'https://sarbaz.example/rubric/v-centre-vnimaniya' }]);
    expect(item.image).to.deep.equal({ url: 'https://sarbaz.example/sites/default/files/2026-01/parade.jpg', alt: 'Парад ветеранов', width: 1024, height: 683 });
    expect(item.summary).to.equal('Ветераны & молодёжь вместе');
    expect(item.bodyHtml).to.equal(undefined);
  });
});

describe('endpoint shapes: Strapi', () => {
  const url = 'https://cms.sarbaz.example/api/articles?populate=*';

  it('reads v4 data[].attributes with { data: { id, attributes } } relations and /uploads/ media', async () => {
    const feed = await read('shapes/strapi-v4.json', { url });
    const [first, second] = feed.items;
    expect(first.id).to.equal('12');
    expect(first.title).to.equal('Нерв армии: как работают военные связисты');
    expect(first.url).to.equal(undefined);
    expect(first.date?.toISOString()).to.equal('2025-11-06T17:26:00.000Z');
    expect(first.updated?.toISOString()).to.equal('2025-11-06T17:30:02.118Z');
    expect(first.lang).to.equal('ru');
    expect(first.author).to.deep.equal({ name: 'Ануар Маратов' });
    expect(first.rubrics).to.deep.equal([{ name: 'В центре внимания' }]);
    expect(first.summary).to.equal('Связь & управление: как готовят военных связистов.');
    expect(first.image).to.deep.equal({ url: 'https://cms.sarbaz.example/uploads/signal_4f2a1c.jpg', alt: 'Связисты на учениях', width: 1600, height: 900 });
    // Markdown is not HTML: no body. A CKEditor HTML field is.
    expect(first.bodyHtml).to.equal(undefined);
    expect(second.bodyHtml).to.equal('<p>Служба даёт <em>профессию</em> и опыт.</p>');
    expect(second.author).to.equal(undefined);
    expect(second.image).to.equal(undefined);
    expect(second.rubrics).to.deep.equal([{ name: 'Служба' }]);
  });

  it('reads v5 flat data[] with documentId, caption as the alt when alternativeText is null, blocks as no body', async () => {
    const feed = await read('shapes/strapi-v5.json', { url });
    const [first, second] = feed.items;
    expect(first.id).to.equal('hgv1vny5cebq2l3czil1rpb3');
    expect(first.title).to.equal('Әскери байланысшылар қалай жұмыс істейді');
    expect(first.lang).to.equal('kk');
    expect(first.date?.toISOString()).to.equal('2025-10-29T10:36:00.000Z');
    expect(first.author).to.deep.equal({ name: 'Айгерім Сапарова' });
    expect(first.rubrics).to.deep.equal([{ name: 'Назар аударыңыз' }]);
    expect(first.image).to.deep.equal({ url: 'https://cms.sarbaz.example/uploads/signal_kk_9c1b2a.jpg', alt: 'Байланысшылар жаттығуда', width: 1200, height: 800 });
    expect(first.bodyHtml).to.equal(undefined);
    expect(second.id).to.equal('z9x8c7v6b5n4m3l2k1j0h9g8');
    expect(second.summary).to.equal('ПВО на страже.');
    expect(second.image).to.equal(undefined);
    expect(second.author).to.equal(undefined);
  });
});

describe('endpoint shapes: Contentful', () => {
  it('reads items with linked entries and assets from includes; protocol-relative asset URLs become https', async () => {
    // Fetched over http, a protocol-relative URL would otherwise become http too.
    const feed = await read('shapes/contentful-entries.json', { url: 'http://cdn.contentful.example/spaces/q8x2m4n6p1r3/entries' });
    const [first, second] = feed.items;
    expect(first.id).to.equal('5KsDBWseXY6QegucYAoacS');
    expect(first.title).to.equal('Обеспечить стратегическую безопасность');
    expect(first.date?.toISOString()).to.equal('2026-01-21T13:21:00.000Z');
    expect(first.updated?.toISOString()).to.equal('2026-01-21T14:05:37.802Z');
    expect(first.lang).to.equal('ru');
    expect(first.author).to.deep.equal({ name: 'Ануар Маратов' });
    expect(first.rubrics).to.deep.equal([{ name: 'В центре внимания' }]);
    expect(first.summary).to.equal('Совещание прошло в Астане под председательством министра.');
    expect(first.image).to.deep.equal({
      url: 'https://images.ctfassets.net/q8x2m4n6p1r3/6Od9v3wzLOysiMum0Wkmme/3b1f0c2d9e8a7b6c5d4e3f2a1b0c9d8e/meeting.jpg',
      alt: 'Участники совещания в Астане',
      width: 1280,
      height: 720,
    });
    // Markdown and Rich Text documents are not HTML.
    expect(first.bodyHtml).to.equal(undefined);
    expect(first.url).to.equal(undefined);
    // No publishDate: the entry's creation; a link to a missing asset: no image.
    expect(second.date?.toISOString()).to.equal('2026-01-20T15:40:00.000Z');
    expect(second.image).to.equal(undefined);
    expect(second.bodyHtml).to.equal(undefined);
    expect(second.author?.name).to.equal('Ануар Маратов');
  });
});

describe('endpoint shapes: rss2json', () => {
  it('reads feed and items: zone-less pubDate as UTC whatever timeZone says, thumbnail or image enclosure', async () => {
    const feed = await read('shapes/rss2json.json', { timeZone: 'Asia/Tashkent' });
    expect(feed.title).to.equal('Sarbaz.kz — Последние новости');
    expect(feed.homeUrl).to.equal('https://sarbaz.example/ru/');
    expect(iso(feed)).to.deep.equal(['2026-01-21T13:21:00.000Z', '2026-01-20T16:11:00.000Z', '2026-01-17T14:20:00.000Z', '2025-10-25T11:11:00.000Z']);
    const [first, second, third, podcast] = feed.items;
    expect(first.id).to.equal('sarbaz-1016');
    expect(first.url).to.equal('https://sarbaz.example/ru/news/1016');
    expect(first.author).to.deep.equal({ name: 'admin' });
    expect(first.rubrics.map((rubric) => rubric.name)).to.deep.equal(['В центре внимания', 'безопасность']);
    expect(first.summary).to.equal('Совещание прошло в Астане.');
    expect(first.bodyHtml).to.equal('<p>Совещание прошло в Астане.</p><p>Второй абзац.</p>');
    expect(first.image).to.deep.equal({ url: 'https://sarbaz.example/uploads/meeting.jpg' });
    // Empty author, thumbnail and enclosure give nothing; content copied from description is no body.
    expect(second.author).to.equal(undefined);
    expect(second.image).to.equal(undefined);
    expect(second.summary).to.equal('Ветераны & молодёжь вместе');
    expect(second.bodyHtml).to.equal(undefined);
    expect(third.image).to.deep.equal({ url: 'https://sarbaz.example/uploads/densaulyq.png' });
    // An audio enclosure is not a picture.
    expect(podcast.image).to.equal(undefined);
  });
});
