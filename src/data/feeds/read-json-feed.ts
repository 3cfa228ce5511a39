import { buildFeed, prepareFeed } from '../read/build-feed.js';
import { isRecord } from '../read/paths.js';
import { isNewsWidgetsFeed, NEWS_WIDGETS_EXTENSION as EXTENSION } from '../read/shapes/detect.js';
import { newsWidgets } from '../read/shapes/news-widgets.js';
import { plainText } from '../read/text.js';
import type { Feed, NormalizeOptions } from '../types.js';

// Reads back what ./json-feed.ts writes, taking every item through the same trust gate as any
// response: whoever stored it, it is input.

export interface ReadJsonFeedOptions extends NormalizeOptions {
  /** The feed keeps the shape it was written from (an offline copy of an RSS feed is still 'rss'), not 'news-widgets'. */
  writtenShape?: boolean;
}

/**
 * A feed written by `toJsonFeed` (by the edge, a server, an offline copy), read synchronously
 * with its one reader rather than all of `normalizeFeed`'s: a `shape` error for anything else.
 */
export function readJsonFeed(input: unknown, options: ReadJsonFeedOptions = {}): Feed {
  const { writtenShape, ...normalize } = options;
  const prepared = prepareFeed(input, normalize);
  const feed = buildFeed(prepared, isNewsWidgetsFeed(prepared.root) ? newsWidgets : undefined, () => ({}));
  const extension = isRecord(prepared.root) ? prepared.root[EXTENSION] : undefined;
  const shape = writtenShape && isRecord(extension) ? plainText(extension.shape, 100) : undefined;
  return shape ? { ...feed, shape } : feed;
}
