import { sourceLabel, type SourceFeed } from './sources.js';
import type { Feed, NewsItem } from '../types.js';

/**
 * The same article, however a feed links it: no fragment, no `utm_*` parameters, no trailing
 * slash on the path.
 */
export function articleKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) if (name.toLowerCase().startsWith('utm_')) parsed.searchParams.delete(name);
    if (parsed.pathname.length > 1) parsed.pathname = parsed.pathname.replace(/\/+$/, '');
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * Several feeds as one list: each item labelled with its source, duplicates dropped (the same
 * article URL, or the same id from the same source; the first source listed wins), newest first,
 * with undated items after dated ones in feed order.
 */
export function mergeFeeds(sources: readonly SourceFeed[]): Feed {
  const seen = new Set<string>();
  const merged: NewsItem[] = [];
  sources.forEach(({ src, feed }, index) => {
    for (const item of feed.items) {
      // The id the source gave: a feed listing one story under two URLs had its second id renamed.
      const keys = [`${index} ${item.sourceId ?? item.id}`, ...(item.url ? [articleKey(item.url)] : [])];
      if (keys.some((key) => seen.has(key))) continue;
      keys.forEach((key) => seen.add(key));
      const source = sourceLabel(item, feed, src);
      merged.push(source === undefined || source === item.source ? item : { ...item, source });
    }
  });
  const dated = merged.filter((item) => item.date);
  const undated = merged.filter((item) => !item.date);
  // Array#sort is stable: items of one date keep their feed order.
  dated.sort((a, b) => b.date!.getTime() - a.date!.getTime());
  return { shape: 'merged', items: [...dated, ...undated] };
}
