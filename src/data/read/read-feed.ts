import { buildFeed, prepareFeed } from './build-feed.js';
import { findShape, loadFieldNameReader } from './shapes/table.js';
import type { Feed, NormalizeOptions } from '../types.js';

/**
 * `normalizeFeed`, loading only the reader the response needs (a chunk of its own in the ES
 * module build): what `fetchFeed` uses. The same input and options give the same feed.
 */
export async function readFeed(input: unknown, options: NormalizeOptions = {}): Promise<Feed> {
  const prepared = prepareFeed(input, options);
  if (options.itemsPath) return buildFeed(prepared, undefined, await loadFieldNameReader());
  const shape = await findShape(prepared.root);
  return buildFeed(prepared, shape, () => ({}));
}
