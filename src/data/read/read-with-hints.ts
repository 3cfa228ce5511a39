import type { Feed, NormalizeOptions } from '../types.js';
import { readNormalized } from './normalize.js';
import { updateSeconds } from './update-hints.js';

/** A feed read for the edge, with what the feed says of its own update rhythm. */
export interface FeedReading {
  feed: Feed;
  /** Seconds from RSS `<ttl>` or `sy:updatePeriod`/`sy:updateFrequency`, when the feed says so. */
  updateSeconds?: number;
}

/**
 * `normalizeFeed` for the feed edge: the same feed, plus the feed's own update hint, read from
 * the same parse. Only the edge imports it; the browser bundles do not carry it.
 */
export function normalizeFeedWithHints(input: unknown, options: NormalizeOptions = {}): FeedReading {
  const { feed, root } = readNormalized(input, options);
  return { feed, updateSeconds: updateSeconds(root) };
}
