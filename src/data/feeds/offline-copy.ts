import { isRecord } from '../read/paths.js';
import type { Feed } from '../types.js';
import { toJsonFeed } from './json-feed.js';
import { readJsonFeed } from './read-json-feed.js';
import { scheduler } from '../../time/scheduler.js';

// Version 2 of the stored format (the feed as JSON Feed): copies of version 1 are not read.
const PREFIX = 'news-widgets:v2:';
const MAX_STORED_CHARS = 512 * 1024;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Sandboxed frames and disabled storage throw on access.
    return undefined;
  }
}

/** Keeps the last good feed for a request in localStorage (`cache="local"`), written as JSON Feed (./json-feed.ts). */
export function saveFeed(key: string, feed: Feed): void {
  try {
    const text = JSON.stringify({ savedAt: scheduler().now(), feed: toJsonFeed(feed, '') });
    if (text.length <= MAX_STORED_CHARS) storage()?.setItem(PREFIX + key, text);
  } catch {
    // Quota or serialization problems only cost the offline copy.
  }
}

/**
 * The last good feed saved within `ttlSeconds`, or undefined. Storage is the host page's to
 * write, so the copy is read as any response is, every item through the trust gate.
 */
export function loadFeed(key: string, ttlSeconds: number): Feed | undefined {
  try {
    const stored = JSON.parse(storage()?.getItem(PREFIX + key) ?? 'null') as unknown;
    if (!isRecord(stored) || typeof stored.savedAt !== 'number' || scheduler().now() - stored.savedAt > ttlSeconds * 1000) return undefined;
    return readJsonFeed(stored.feed, { writtenShape: true });
  } catch {
    return undefined;
  }
}

/** What the elements load (src/controllers/feed-controller.ts): one object, so no bundle builds a namespace object for this module. */
export const offlineCopy = { saveFeed, loadFeed };
