import { normalizeFeed } from '../data/normalize.js';
import type { Feed } from '../data/types.js';

const PREFIX = 'news-widgets:';
const MAX_STORED_CHARS = 512 * 1024;

interface Stored {
  savedAt: number;
  feed: Feed;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Sandboxed frames and disabled storage throw on access.
    return undefined;
  }
}

/** Keeps the last good feed for a request in localStorage (`cache="local"`). */
export function saveFeed(key: string, feed: Feed): void {
  try {
    const text = JSON.stringify({ savedAt: Date.now(), feed } satisfies Stored);
    if (text.length <= MAX_STORED_CHARS) storage()?.setItem(PREFIX + key, text);
  } catch {
    // Quota or serialization problems only cost the offline copy.
  }
}

/**
 * The last good feed saved within `ttlSeconds`, or undefined. Storage is the host page's to
 * write, so what comes back is normalized again like any response: dates revived, URLs re-checked.
 */
export function loadFeed(key: string, ttlSeconds: number): Feed | undefined {
  try {
    const text = storage()?.getItem(PREFIX + key);
    if (!text) return undefined;
    const stored = JSON.parse(text) as Partial<Stored>;
    if (typeof stored.savedAt !== 'number' || Date.now() - stored.savedAt > ttlSeconds * 1000) return undefined;
    const feed = normalizeFeed({ title: stored.feed?.title, homeUrl: stored.feed?.homeUrl, items: stored.feed?.items ?? [] });
    return { ...feed, shape: typeof stored.feed?.shape === 'string' ? stored.feed.shape : feed.shape };
  } catch {
    return undefined;
  }
}
