import { isRecord } from '../read/paths.js';
import { plainText } from '../read/text.js';
import { trustItem, type ItemDraft } from '../read/trusted-item.js';
import type { Feed, NewsItem } from '../types.js';
import { safeUrl } from '../urls.js';
import { scheduler } from '../../time/scheduler.js';

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
    const text = JSON.stringify({ savedAt: scheduler().now(), feed } satisfies Stored);
    if (text.length <= MAX_STORED_CHARS) storage()?.setItem(PREFIX + key, text);
  } catch {
    // Quota or serialization problems only cost the offline copy.
  }
}

/** A stored item back as a draft: the model's field names, with `bodyHtml` under the draft's `body`. */
function storedDraft(value: unknown): ItemDraft {
  if (!isRecord(value)) return {};
  const { bodyHtml, ...fields } = value;
  return { ...fields, body: bodyHtml };
}

/**
 * The last good feed saved within `ttlSeconds`, or undefined. Storage is the host page's to
 * write, so every item goes through the same gate as a response (`trustItem`), as plain text
 * that is never decoded again.
 */
export function loadFeed(key: string, ttlSeconds: number): Feed | undefined {
  try {
    const stored = JSON.parse(storage()?.getItem(PREFIX + key) ?? 'null') as unknown;
    if (!isRecord(stored) || typeof stored.savedAt !== 'number' || scheduler().now() - stored.savedAt > ttlSeconds * 1000) return undefined;
    const feed = isRecord(stored.feed) ? stored.feed : {};
    const entries = Array.isArray(feed.items) ? feed.items : [];
    const items = entries
      .map((entry) => trustItem(storedDraft(entry), { plainText: true }))
      .filter((item): item is NewsItem => item !== undefined);
    const revived: Feed = { shape: plainText(feed.shape, 100) ?? 'generic', items };
    const title = plainText(feed.title, 300);
    const homeUrl = safeUrl(feed.homeUrl);
    if (title) revived.title = title;
    if (homeUrl) revived.homeUrl = homeUrl;
    return revived;
  } catch {
    return undefined;
  }
}
