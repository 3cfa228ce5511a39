import {
  isAtom, isContentful, isDrupal, isGhost, isGuardian, isHackerNews, isJsonFeed, isNewsApi, isNewsWidgetsFeed, isNyt,
  isReddit, isRss, isRss2Json, isStrapi, isWordPress,
} from './detect.js';
import type { Shape } from './shape.js';

/**
 * The shapes of src/data/read/shapes/index.ts in the same order, each reader loaded only once its
 * shape is detected (a chunk of its own in the ES module build): a page reading one endpoint
 * fetches one reader. `generic` and `single` guess by field names, which needs their module, so
 * they are loaded and asked last, when no specific shape claimed the response.
 */
const SPECIFIC: readonly [detect: (root: unknown) => boolean, load: () => Promise<Shape>][] = [
  [isNewsWidgetsFeed, () => import('./news-widgets.js').then((module) => module.newsWidgets)],
  [isJsonFeed, () => import('./jsonfeed.js').then((module) => module.jsonFeed)],
  [isWordPress, () => import('./wordpress.js').then((module) => module.wordpress)],
  [isRss, () => import('./rss.js').then((module) => module.rss)],
  [isAtom, () => import('./atom.js').then((module) => module.atom)],
  [isNewsApi, () => import('./newsapi.js').then((module) => module.newsApi)],
  [isGuardian, () => import('./guardian.js').then((module) => module.guardian)],
  [isNyt, () => import('./nyt.js').then((module) => module.nyt)],
  [isHackerNews, () => import('./hackernews.js').then((module) => module.hackerNews)],
  [isReddit, () => import('./reddit.js').then((module) => module.reddit)],
  [isRss2Json, () => import('./rss2json.js').then((module) => module.rss2json)],
  [isGhost, () => import('./ghost.js').then((module) => module.ghost)],
  [isDrupal, () => import('./drupal.js').then((module) => module.drupal)],
  [isStrapi, () => import('./strapi.js').then((module) => module.strapi)],
  [isContentful, () => import('./contentful.js').then((module) => module.contentful)],
];

/** The shape that reads `root`, its reader loaded; undefined when none does. */
export async function findShape(root: unknown): Promise<Shape | undefined> {
  for (const [detect, load] of SPECIFIC) if (detect(root)) return load();
  const { generic, single } = await import('./generic.js');
  return [generic, single].find((shape) => shape.detect(root));
}

/** The field-name reader `items-path` feeds use, loaded. */
export async function loadFieldNameReader(): Promise<typeof import('./generic.js').draftByFieldNames> {
  return (await import('./generic.js')).draftByFieldNames;
}
