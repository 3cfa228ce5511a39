import { atom } from './atom.js';
import { contentful } from './contentful.js';
import { drupal } from './drupal.js';
import { generic, single } from './generic.js';
import { ghost } from './ghost.js';
import { guardian } from './guardian.js';
import { hackerNews } from './hackernews.js';
import { jsonFeed } from './jsonfeed.js';
import { newsApi } from './newsapi.js';
import { newsWidgets } from './news-widgets.js';
import { nyt } from './nyt.js';
import { reddit } from './reddit.js';
import { rss } from './rss.js';
import { rss2json } from './rss2json.js';
import type { Shape } from './shape.js';
import { strapi } from './strapi.js';
import { SHAPE_TABLE, type ShapeName } from './table.js';
import { wordpress } from './wordpress.js';

export type { ReadContext, Shape, ShapeReading } from './shape.js';

// Every reader at hand, for the synchronous `normalizeFeed`: keyed by the table's names, so a
// shape added to ./table.ts and not here is a type error.
const READERS: Record<ShapeName, Shape> = {
  'news-widgets': newsWidgets, jsonfeed: jsonFeed, wordpress, rss, atom,
  newsapi: newsApi, guardian, nyt, hackernews: hackerNews, reddit, rss2json,
  ghost, drupal, strapi, contentful,
  generic, single,
};

/** Every shape, in the order of ./table.ts, with its reader. */
export const SHAPES: readonly Shape[] = SHAPE_TABLE.map(({ name }) => READERS[name]);
