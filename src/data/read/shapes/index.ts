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
import { wordpress } from './wordpress.js';

export type { ReadContext, Shape, ShapeReading } from './shape.js';

/**
 * Every shape read with no configuration, tried in this order: specific shapes first,
 * the field-name guessers last. A new endpoint shape is one module and one line here.
 * The specific detectors never claim each other's responses (test/data/api-shapes.test.ts
 * checks every fixture against every one), so their order is free; `generic` and `single`
 * must stay last because they would claim NewsAPI, NYT, Ghost, Strapi 5 and others.
 */
export const SHAPES: readonly Shape[] = [
  newsWidgets, jsonFeed, wordpress, rss, atom,
  newsApi, guardian, nyt, hackerNews, reddit, rss2json,
  ghost, drupal, strapi, contentful,
  generic, single,
];
