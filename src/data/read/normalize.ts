import { buildFeed, prepareFeed } from './build-feed.js';
// Synchronous and complete: zone support up front (the ES module build loads it where a zone is set).
import '../dates/zone-support.js';
import { SHAPES } from './shapes/index.js';
import { draftByFieldNames } from './shapes/generic.js';
import type { Feed, NormalizeOptions } from '../types.js';

/**
 * Reads any supported response (parsed JSON, an XML document, or JSON/XML text) into a `Feed`.
 * Pure: the same input and options give the same feed. Throws `FeedError` of kind
 * `parse`, `shape` or `config`; bad fields inside items are dropped quietly. With
 * `options.parsers` (e.g. `nodeParsers`) it runs without a browser DOM. Synchronous, with every
 * shape's reader at hand; `readFeed` (src/data/read/read-feed.ts) is the same, loading one reader.
 */
export function normalizeFeed(input: unknown, options: NormalizeOptions = {}): Feed {
  const prepared = prepareFeed(input, options);
  const shape = options.itemsPath ? undefined : SHAPES.find((candidate) => candidate.detect(prepared.root));
  return buildFeed(prepared, shape, draftByFieldNames);
}
