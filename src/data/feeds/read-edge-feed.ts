import { buildFeed, prepareFeed } from '../read/build-feed.js';
import { isNewsWidgetsFeed } from '../read/shapes/detect.js';
import { newsWidgets } from '../read/shapes/news-widgets.js';
import type { Feed, NormalizeOptions } from '../types.js';

/**
 * A feed the edge wrote (JSON Feed with the `_news_widgets` extension, e.g. one a server left in
 * the page), read synchronously with that one reader instead of all of `normalizeFeed`'s: a
 * `shape` error for anything else.
 */
export function readEdgeFeed(input: unknown, options: NormalizeOptions = {}): Feed {
  const prepared = prepareFeed(input, options);
  return buildFeed(prepared, isNewsWidgetsFeed(prepared.root) ? newsWidgets : undefined, () => ({}));
}
