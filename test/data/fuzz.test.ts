import { normalizeFeed } from '../../src/index.js';
import { fixtureJson, fixtureText } from '../support/fixtures.js';
// @ts-expect-error: plain JavaScript shared with the Node run (test/node/fuzz.test.mjs) and `npm run fuzz`.
import { feedProperties } from '../support/fuzz-feeds.mjs';

// The readers fuzzed in the browser (DOMParser through our Trusted Types policy): a bounded run.
const PATHS = [
  'shapes/rss.xml', 'shapes/atom.xml', 'feeds/atom-text-constructs.xml', 'feeds/atom03.xml', 'feeds/rdf-namespaces.xml',
  'feeds/rss-authors.xml', 'feeds/rss-entities.xml', 'feeds/rss-namespaces.xml', 'feeds/rss-no-channel.xml',
  'feeds/rss-untitled.xml', 'feeds/rss-xml-base.xml', 'feeds/cms-loose.json', 'feeds/jsonfeed-microblog.json',
  'shapes/contentful-entries.json', 'shapes/drupal-jsonapi.json', 'shapes/generic-array.json', 'shapes/ghost-posts.json',
  'shapes/guardian-search.json', 'shapes/hackernews-search.json', 'shapes/jsonfeed-1.1.json', 'shapes/newsapi-everything.json',
  'shapes/nyt-topstories.json', 'shapes/reddit-listing.json', 'shapes/rss2json.json', 'shapes/strapi-v4.json',
  'shapes/strapi-v5.json', 'shapes/wordpress-embed.json',
];
const recovery = Object.keys((await fixtureJson('recovery/content-types.json')) as object).filter((name) => name.endsWith('.xml')).map((name) => `recovery/${name}`);
const fixtures = Object.fromEntries(await Promise.all([...PATHS, ...recovery].map(async (path) => [path, await fixtureText(path)])));
const read = (input: unknown) => normalizeFeed(input, { url: 'https://fuzz.example/feed' });

describe('the readers in the browser, fuzzed (a bounded run)', () => {
  const properties = feedProperties({ read, fixtures, runs: 40 }) as Record<string, () => void>;
  for (const [name, run] of Object.entries(properties)) it(name, () => run());
});
