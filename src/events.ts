import type { FeedError } from './data/errors.js';
import type { Feed, NewsItem } from './data/types.js';

const init = { bubbles: true, composed: true } as const;

/** How one source of a load went: its feed's shape and item count, or its error (both, when its earlier items stay). */
export interface SourceResult {
  /** The address as written in `src`. */
  src: string;
  shape?: string;
  count?: number;
  error?: FeedError;
}

/** A feed arrived and rendered; with several sources, the merged feed (`shape: 'merged'`). */
export class NewsLoadEvent extends CustomEvent<{ feed: Feed; shape: string; sources: SourceResult[] }> {
  constructor(feed: Feed, sources: SourceResult[] = []) {
    super('news-load', { ...init, detail: { feed, shape: feed.shape, sources } });
  }
}

/**
 * Getting a feed failed; `detail.stale` is true when earlier items stay on screen, `partial` when
 * other sources of the list rendered (then only this source, `detail.src`, is missing).
 */
export class NewsErrorEvent extends CustomEvent<{ error: FeedError; stale: boolean; partial: boolean; src?: string }> {
  constructor(error: FeedError, stale: boolean, source: { src?: string; partial?: boolean } = {}) {
    super('news-error', { ...init, detail: { error, stale, partial: source.partial ?? false, src: source.src } });
  }
}

/** Where an item is, for analytics: what `news-impression` and `news-item-click` tell the host. */
export interface ItemEventDetail {
  item: NewsItem;
  /** 1-based, in what the reader sees (the list, the ticker's rotation, the carousel's row). */
  position: number;
  /** The item's rubric tag. */
  rubric?: string;
  /** The item's source label (see `NewsItem.source`). */
  source?: string;
  /** The element's `layout`. */
  layout?: string;
}

/** The context of an item beside the item itself; a lone item (a card) is at position 1. */
export type ItemContext = Partial<Omit<ItemEventDetail, 'item'>>;

function itemContext(host: HTMLElement, item: NewsItem, context: ItemContext): Omit<ItemEventDetail, 'item'> {
  return {
    position: context.position ?? 1,
    rubric: context.rubric ?? item.rubrics?.[0]?.name,
    source: context.source ?? item.source ?? item.outlet?.name,
    layout: context.layout ?? (host.getAttribute('layout') || undefined),
  };
}

/** A reader activated an item's link; cancel it to handle navigation yourself. */
export class NewsItemClickEvent extends CustomEvent<ItemEventDetail> {
  constructor(item: NewsItem, context: Omit<ItemEventDetail, 'item'> = { position: 1 }) {
    super('news-item-click', { ...init, cancelable: true, detail: { item, ...context } });
  }
}

/**
 * An item was at least half visible for a second without a break while the page was visible:
 * once per item id per element. The library sends it nowhere; a host forwards it.
 */
export class NewsImpressionEvent extends CustomEvent<ItemEventDetail> {
  constructor(item: NewsItem, context: Omit<ItemEventDetail, 'item'>) {
    super('news-impression', { ...init, detail: { item, ...context } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
    'news-item-click': NewsItemClickEvent;
    'news-impression': NewsImpressionEvent;
  }
}

/** Fires `news-item-click` from `host`; false when a listener cancelled it. */
export function fireItemClick(host: HTMLElement, item: NewsItem, context: ItemContext = {}): boolean {
  return host.dispatchEvent(new NewsItemClickEvent(item, itemContext(host, item, context)));
}

/** Fires `news-impression` from `host`. */
export function fireImpression(host: HTMLElement, item: NewsItem, context: ItemContext = {}): void {
  host.dispatchEvent(new NewsImpressionEvent(item, itemContext(host, item, context)));
}
