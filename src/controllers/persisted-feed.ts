import { parseDate } from '../data/dates.js';
import { isRecord } from '../data/paths.js';
import type { Feed, Link, NewsImage, NewsItem } from '../data/types.js';
import { safeUrl } from '../data/urls.js';

const PREFIX = 'news-widgets:';
const MAX_STORED_CHARS = 512 * 1024;
const MAX_TEXT = 20_000;

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

// What we saved is already plain text: it is re-checked, never decoded again.
const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value.slice(0, MAX_TEXT) : undefined);
const record = (value: unknown): Record<string, unknown> | undefined => (isRecord(value) ? value : undefined);

function link(value: unknown): Link | undefined {
  const name = text(record(value)?.name);
  if (!name) return undefined;
  const url = safeUrl(record(value)?.url);
  return url ? { name, url } : { name };
}

function links(value: unknown): Link[] {
  return Array.isArray(value) ? value.flatMap((entry) => link(entry) ?? []) : [];
}

function image(value: unknown): NewsImage | undefined {
  const fields = record(value);
  const url = safeUrl(fields?.url);
  if (!fields || !url) return undefined;
  const revived: NewsImage = { url };
  const alt = text(fields.alt);
  if (alt) revived.alt = alt;
  if (typeof fields.width === 'number' && fields.width > 0) revived.width = fields.width;
  if (typeof fields.height === 'number' && fields.height > 0) revived.height = fields.height;
  return revived;
}

function item(value: unknown): NewsItem | undefined {
  const fields = record(value);
  const title = text(fields?.title);
  const id = text(fields?.id);
  if (!fields || !title || !id) return undefined;
  const revived: NewsItem = { id, title, rubrics: links(fields.rubrics), cites: links(fields.cites) };
  const optional: Partial<NewsItem> = {
    url: safeUrl(fields.url),
    date: parseDate(fields.date),
    updated: parseDate(fields.updated),
    lang: text(fields.lang),
    author: link(fields.author),
    summary: text(fields.summary),
    bodyHtml: text(fields.bodyHtml),
    image: image(fields.image),
    outlet: link(fields.outlet),
  };
  for (const [key, entry] of Object.entries(optional)) if (entry !== undefined) (revived as unknown as Record<string, unknown>)[key] = entry;
  return revived;
}

/**
 * The last good feed saved within `ttlSeconds`, or undefined. Storage is the host page's to
 * write, so every field is checked again like a response: types, dates revived, URLs re-gated.
 */
export function loadFeed(key: string, ttlSeconds: number): Feed | undefined {
  try {
    const stored = record(JSON.parse(storage()?.getItem(PREFIX + key) ?? 'null'));
    if (!stored || typeof stored.savedAt !== 'number' || Date.now() - stored.savedAt > ttlSeconds * 1000) return undefined;
    const feed = record(stored.feed);
    const items = Array.isArray(feed?.items) ? feed.items.flatMap((entry) => item(entry) ?? []) : [];
    const revived: Feed = { shape: text(feed?.shape) ?? 'generic', items };
    const title = text(feed?.title);
    const homeUrl = safeUrl(feed?.homeUrl);
    if (title) revived.title = title;
    if (homeUrl) revived.homeUrl = homeUrl;
    return revived;
  } catch {
    return undefined;
  }
}
