// Property-based tests of the feed readers (fast-check), shared by the browser (test/data/fuzz.test.ts),
// Node (test/node/fuzz.test.mjs) and `npm run fuzz` (scripts/fuzz.mjs): bad input of every kind
// reaches normalizeFeed, which must only ever return a sound Feed or throw a FeedError.
import fc from 'fast-check';

const WEB_URL = /^https?:\/\//;
// Plain text as the trust gate gives it: no control characters, whitespace collapsed, no markup left to parse.
const NOT_PLAIN = /[\u0000-\u001f\u007f]|^\s|\s$|\s\s/;

/** Throws unless `feed` holds what every component may rely on. */
export function checkFeed(feed) {
  const fail = (what, value) => {
    throw new Error(`${what}: ${JSON.stringify(value)}`);
  };
  const text = (value, what) => {
    if (value === undefined) return;
    if (typeof value !== 'string' || !value || NOT_PLAIN.test(value)) fail(`${what} is not plain text`, value);
  };
  const url = (value, what) => {
    if (value !== undefined && (typeof value !== 'string' || !WEB_URL.test(value))) fail(`${what} is not http(s)`, value);
  };
  const link = (value, what) => {
    if (value === undefined) return;
    text(value.name, `${what}.name`);
    url(value.url, `${what}.url`);
  };
  if (!Array.isArray(feed.items)) fail('items', feed.items);
  text(feed.title, 'feed title');
  url(feed.homeUrl, 'homeUrl');
  for (const item of feed.items) {
    text(item.title, 'title');
    text(item.summary, 'summary');
    if (typeof item.id !== 'string' || !item.id) fail('id', item.id);
    url(item.url, 'url');
    url(item.image?.url, 'image');
    link(item.author, 'author');
    link(item.outlet, 'outlet');
    item.rubrics.forEach((rubric) => link(rubric, 'rubric'));
    item.cites.forEach((cite) => link(cite, 'cite'));
    if (item.date !== undefined && Number.isNaN(item.date.getTime())) fail('date', item.date);
  }
}

/** The reader on `input`: a checked Feed, or undefined when it threw a FeedError; anything else is thrown on. */
function readOrRefuse(read, input) {
  let feed;
  try {
    feed = read(input);
  } catch (error) {
    if (error?.name === 'FeedError') return undefined;
    throw error;
  }
  checkFeed(feed);
  return feed;
}

const insertAt = (text, at, piece) => text.slice(0, at) + piece + text.slice(at);

const CONTROL = fc.integer({ min: 0, max: 31 }).filter((code) => code !== 9 && code !== 10 && code !== 13).map((code) => String.fromCharCode(code));
const ENTITY = fc.constantFrom('&', '&amp;', '&nbsp;', '&laquo;', '&#0;', '&#x1F;', '&#xD800;', '&bogus;', '&#99999999;', '&lt;', ']]>');
const MARKUP = fc.constantFrom('<![CDATA[', ']]>', '<![CDATA[<![CDATA[x]]>', '<', '</item>', '<item>', '</channel>', '<!--', '<?x', '<!DOCTYPE x [', '<dc:x>', '<p>', '<br>', '"', "'", '>');

/**
 * The properties, each a function running fast-check with `runs` cases and `seed` (undefined: random).
 * `read(input)` is normalizeFeed with the platform's parsers; `fixtures` maps fixture paths to text.
 */
export function feedProperties({ read, fixtures, runs, seed }) {
  const xml = Object.entries(fixtures).filter(([path]) => path.endsWith('.xml'));
  const json = Object.entries(fixtures).filter(([path]) => path.endsWith('.json'));
  const settings = { numRuns: runs, seed, endOnFailure: true };
  // A well-formed RSS fixture whose every <item> is read, for the "items before a mutation are kept" property.
  const [keptPath, keptText] = xml.find(([, text]) => {
    const feed = readOrRefuse(read, text);
    return /<rss/.test(text) && feed && feed.items.length > 1 && feed.items.length === (text.match(/<item>/g) ?? []).length;
  });
  const itemEnds = [...keptText.matchAll(/<\/item>/g)].map((match) => match.index + match[0].length);
  const keptTitles = readOrRefuse(read, keptText).items.map((item) => item.title);

  /** After a mutation at `at`, every item that ended before it is still read, in order. */
  const keepsItemsBefore = (mutated, at) => {
    const feed = readOrRefuse(read, mutated);
    const complete = itemEnds.filter((end) => end <= at).length;
    if (complete === 0) return;
    if (!feed) throw new Error(`refused after ${complete} complete items (cut at ${at} of ${keptPath})`);
    const titles = feed.items.map((item) => item.title).slice(0, complete);
    if (JSON.stringify(titles) !== JSON.stringify(keptTitles.slice(0, complete))) throw new Error(`items before ${at} changed: ${JSON.stringify(titles)}`);
  };

  return {
    'arbitrary bytes': () =>
      fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => void readOrRefuse(read, new TextDecoder().decode(bytes))), settings),
    'arbitrary text around a feed root': () =>
      fc.assert(fc.property(fc.string({ maxLength: 200 }), fc.constantFrom('<rss>', '<rss><channel><item><title>', '{"items":[', '<feed xmlns="http://www.w3.org/2005/Atom"><entry>'), fc.string({ maxLength: 400 }), (before, root, after) => void readOrRefuse(read, before + root + after)), settings),
    'truncation at every point keeps the items before it': () => {
      for (let at = 0; at <= keptText.length; at += runs >= 1000 ? 1 : Math.max(1, Math.floor(keptText.length / runs))) keepsItemsBefore(keptText.slice(0, at), at);
      for (const [, text] of xml) for (let at = 0; at < text.length; at += Math.max(1, Math.floor(text.length / 40))) readOrRefuse(read, text.slice(0, at));
    },
    'a mutation after the last complete item keeps the items before it': () =>
      fc.assert(
        fc.property(fc.nat(), fc.oneof(CONTROL, ENTITY, MARKUP), (offset, piece) => {
          const at = itemEnds[itemEnds.length - 1] + (offset % (keptText.length - itemEnds[itemEnds.length - 1]));
          keepsItemsBefore(insertAt(keptText, at, piece), at);
        }),
        settings,
      ),
    'inserted control characters, entities and markup anywhere': () =>
      fc.assert(
        fc.property(fc.constantFrom(...xml), fc.array(fc.tuple(fc.nat(), fc.oneof(CONTROL, ENTITY, MARKUP)), { minLength: 1, maxLength: 8 }), ([, text], inserts) => {
          let mutated = text;
          for (const [offset, piece] of inserts) mutated = insertAt(mutated, offset % (mutated.length + 1), piece);
          readOrRefuse(read, mutated);
        }),
        settings,
      ),
    'deep nesting, nested CDATA and huge attributes': () =>
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('<item>', '<a>', '<![CDATA[', '<description><p>', '<x:y>'), fc.integer({ min: 0, max: 200_000 }), (depth, open, size) => {
          readOrRefuse(read, `<rss><channel><title>t</title>${open.repeat(depth)}<item><title>x</title></item>`);
          readOrRefuse(read, `<rss><channel><item><title>t</title><link href="${'&'.repeat(size % 50_000)}${'a'.repeat(size)}"/></item></channel></rss>`);
          readOrRefuse(read, `${'['.repeat(depth)}{"title":"x"}`);
        }),
        { ...settings, numRuns: Math.max(5, Math.floor(runs / 10)) },
      ),
    "every shape's JSON with fields of the wrong type": () =>
      fc.assert(
        fc.property(fc.constantFrom(...json), fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 6 }), ([, text], swaps) => {
          const root = JSON.parse(text);
          const holders = [];
          const walk = (value, depth) => {
            if (value === null || typeof value !== 'object' || depth > 6) return;
            for (const key of Object.keys(value)) {
              holders.push([value, key]);
              walk(value[key], depth + 1);
            }
          };
          walk(root, 0);
          for (const [index, replacement] of swaps) {
            const [holder, key] = holders[index % holders.length];
            holder[key] = replacement;
          }
          readOrRefuse(read, root);
          readOrRefuse(read, JSON.stringify(root));
        }),
        settings,
      ),
  };
}
