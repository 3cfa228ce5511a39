import {
  isAtom, isContentful, isDrupal, isGhost, isGuardian, isHackerNews, isJsonFeed, isNewsApi, isNewsWidgetsFeed, isNyt,
  isReddit, isRss, isRss2Json, isStrapi, isWordPress,
} from './detect.js';
import { draftByFieldNames, generic, single } from './generic.js';
import { newsWidgets } from './news-widgets.js';
import type { Shape } from './shape.js';

/**
 * One endpoint shape as the readers find it: a cheap `detect` that needs no reader, and `load`,
 * which fetches the reader (a chunk of its own in the ES module build, so a page reading one
 * endpoint fetches one reader). A `guess` shape (the field-name readers) has no cheap detector:
 * it is loaded and its own `detect` asked.
 */
export interface ShapeEntry {
  readonly name: string;
  readonly detect: (root: unknown) => boolean;
  readonly load: () => Promise<Shape>;
  readonly guess?: true;
}

const always = () => true;

/**
 * Every shape read with no configuration, in the order tried: the one list both readers use
 * (`readFeed` loads from it, `normalizeFeed` takes the same order from ./index.ts). Specific
 * shapes never claim each other's responses (test/data/api-shapes.test.ts checks every fixture
 * against every detector), so their order is free; `generic` and `single` guess by field names
 * and must stay last, since they would claim NewsAPI, NYT, Ghost, Strapi 5 and others. A new
 * endpoint shape is one module and one line here (and one in ./index.ts, which the types demand).
 */
export const SHAPE_TABLE = [
  // Our own JSON Feed extension's reader is no chunk of its own: every element reads feeds written
  // by ./feeds/json-feed.ts (server-rendered and offline copies) with it, so it is in the core
  // anyway, and importing it here spares the core a namespace object and the bundler's runtime.
  { name: 'news-widgets', detect: isNewsWidgetsFeed, load: () => Promise.resolve(newsWidgets) },
  { name: 'jsonfeed', detect: isJsonFeed, load: () => import('./jsonfeed.js').then((module) => module.jsonFeed) },
  { name: 'wordpress', detect: isWordPress, load: () => import('./wordpress.js').then((module) => module.wordpress) },
  { name: 'rss', detect: isRss, load: () => import('./rss.js').then((module) => module.rss) },
  { name: 'atom', detect: isAtom, load: () => import('./atom.js').then((module) => module.atom) },
  { name: 'newsapi', detect: isNewsApi, load: () => import('./newsapi.js').then((module) => module.newsApi) },
  { name: 'guardian', detect: isGuardian, load: () => import('./guardian.js').then((module) => module.guardian) },
  { name: 'nyt', detect: isNyt, load: () => import('./nyt.js').then((module) => module.nyt) },
  { name: 'hackernews', detect: isHackerNews, load: () => import('./hackernews.js').then((module) => module.hackerNews) },
  { name: 'reddit', detect: isReddit, load: () => import('./reddit.js').then((module) => module.reddit) },
  { name: 'rss2json', detect: isRss2Json, load: () => import('./rss2json.js').then((module) => module.rss2json) },
  { name: 'ghost', detect: isGhost, load: () => import('./ghost.js').then((module) => module.ghost) },
  { name: 'drupal', detect: isDrupal, load: () => import('./drupal.js').then((module) => module.drupal) },
  { name: 'strapi', detect: isStrapi, load: () => import('./strapi.js').then((module) => module.strapi) },
  { name: 'contentful', detect: isContentful, load: () => import('./contentful.js').then((module) => module.contentful) },
  // The field-name readers are bound too: most partners' own JSON is read by them (and `items-path`
  // always is), so the ES module build keeps them in the core rather than in a chunk of their own.
  { name: 'generic', detect: always, guess: true, load: () => Promise.resolve(generic) },
  { name: 'single', detect: always, guess: true, load: () => Promise.resolve(single) },
] as const satisfies readonly ShapeEntry[];

export type ShapeName = (typeof SHAPE_TABLE)[number]['name'];

/** The shape that reads `root`, its reader loaded; undefined when none does. */
export async function findShape(root: unknown): Promise<Shape | undefined> {
  for (const entry of SHAPE_TABLE as readonly ShapeEntry[]) {
    if (!entry.detect(root)) continue;
    const shape = await entry.load();
    if (!entry.guess || shape.detect(root)) return shape;
  }
  return undefined;
}

/** The field-name reader `items-path` feeds use, loaded. */
export async function loadFieldNameReader(): Promise<typeof draftByFieldNames> {
  return draftByFieldNames;
}
