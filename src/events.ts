import type { FeedError } from './data/errors.js';
import type { Feed, NewsItem } from './data/types.js';

const init = { bubbles: true, composed: true } as const;

/** A feed arrived and rendered. */
export class NewsLoadEvent extends CustomEvent<{ feed: Feed; shape: string }> {
  constructor(feed: Feed) {
    super('news-load', { ...init, detail: { feed, shape: feed.shape } });
  }
}

/** Getting the feed failed; `detail.stale` is true when earlier items stay on screen. */
export class NewsErrorEvent extends CustomEvent<{ error: FeedError; stale: boolean }> {
  constructor(error: FeedError, stale: boolean) {
    super('news-error', { ...init, detail: { error, stale } });
  }
}

/** A reader activated an item's link; cancel it to handle navigation yourself. */
export class NewsItemClickEvent extends CustomEvent<{ item: NewsItem }> {
  constructor(item: NewsItem) {
    super('news-item-click', { ...init, cancelable: true, detail: { item } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
    'news-item-click': NewsItemClickEvent;
  }
}

/** Fires `news-item-click` from `host`; false when a listener cancelled it. */
export function fireItemClick(host: HTMLElement, item: NewsItem): boolean {
  return host.dispatchEvent(new NewsItemClickEvent(item));
}
