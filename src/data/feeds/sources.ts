// The addresses of a `src` and how an item names its source: read by every list (cheap); the
// merging of several feeds (./merge.ts) is loaded only by a list that has several.
import type { Feed, NewsItem } from '../types.js';

/** One source of a list fed with several: its address as written in `src`, and its feed. */
export interface SourceFeed {
  src: string;
  feed: Feed;
}

/** The addresses in a `src` attribute: one or more, separated by whitespace, each once. */
export function sourceAddresses(src: string): string[] {
  return [...new Set(src.trim().split(/\s+/).filter(Boolean))];
}

/** The host of a feed's home page, else of its address, without `www.`. */
function hostOf(feed: Feed, src: string): string | undefined {
  for (const url of [feed.homeUrl, src]) {
    try {
      if (url) return new URL(url, typeof location === 'undefined' ? undefined : location.href).hostname.replace(/^www\./, '');
    } catch {
      continue;
    }
  }
  return undefined;
}

/** An item's source label: its outlet when the feed names one, else the feed's title, else the host. */
export function sourceLabel(item: NewsItem, feed: Feed | undefined, src: string): string | undefined {
  return item.source ?? item.outlet?.name ?? feed?.title ?? (feed ? hostOf(feed, src) : undefined);
}
