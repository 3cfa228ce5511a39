import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../data/errors.js';
import { fetchFeed, type FetchFeedOptions } from '../data/fetch-feed.js';
import type { Feed, NormalizeOptions } from '../data/types.js';
import { NewsErrorEvent, NewsLoadEvent } from '../events.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the network depends on: changing any of these fetches again; nothing else does. */
export interface FeedRequest extends Pick<NormalizeOptions, 'itemsPath' | 'map' | 'dateInputFormat' | 'timeZone'> {
  src: string;
}

export interface FeedSchedule {
  /** `lazy`: nothing is fetched until the element nears the viewport. */
  loading: 'lazy' | 'eager';
  /** Seconds between refreshes; 0 or less: never. */
  refresh: number;
}

type Host = ReactiveControllerHost & HTMLElement;

const LAZY_MARGIN = '300px';
const MIN_REFRESH_SECONDS = 10;

function asFeedError(error: unknown): FeedError {
  return error instanceof FeedError ? error : new FeedError('shape', 'The feed could not be read.', { cause: error });
}

/**
 * The one owner of a widget's feed: fetches when the request changes (and, when lazy, once
 * the element nears the viewport), refreshes on a timer, aborts what is no longer wanted,
 * and fires `news-load` / `news-error` from the host. After a failed refresh the last good
 * feed stays and `stale` is set.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: Feed;
  error?: FeedError;
  stale = false;

  private request?: FeedRequest;
  private requestKey = '';
  private schedule: FeedSchedule = { loading: 'lazy', refresh: 0 };
  private inView = false;
  private abort?: AbortController;
  private observer?: IntersectionObserver;
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Called from the host's `willUpdate` with its current attributes. */
  configure(request: FeedRequest | undefined, schedule: FeedSchedule): void {
    const key = request ? JSON.stringify(request) : '';
    const refreshChanged = schedule.refresh !== this.schedule.refresh;
    this.schedule = schedule;
    if (key !== this.requestKey) {
      this.requestKey = key;
      this.request = request;
      this.reset();
      if (request) this.whenWanted(() => this.load(false));
    }
    if (refreshChanged) this.restartTimer();
  }

  /** Fetches again now, skipping the shared cache (the retry button). */
  retry(): void {
    if (this.request) void this.load(true);
  }

  hostConnected(): void {
    if (this.request && this.status === 'idle') this.whenWanted(() => this.load(false));
    this.restartTimer();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (this.status === 'loading') this.status = 'idle';
    this.observer?.disconnect();
    this.observer = undefined;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private reset(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.feed = undefined;
    this.error = undefined;
    this.stale = false;
    this.status = this.request ? 'loading' : 'idle';
  }

  /** Runs `start` now, or once the element nears the viewport when loading is lazy. */
  private whenWanted(start: () => void): void {
    if (!this.host.isConnected) return;
    if (this.schedule.loading === 'eager' || this.inView || typeof IntersectionObserver === 'undefined') {
      start();
      return;
    }
    this.observer?.disconnect();
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.inView = true;
        this.observer?.disconnect();
        this.observer = undefined;
        start();
      },
      { rootMargin: LAZY_MARGIN },
    );
    this.observer.observe(this.host);
  }

  private restartTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const { refresh } = this.schedule;
    if (!this.host.isConnected || !(refresh > 0)) return;
    this.timer = setInterval(() => {
      if (this.feed && !this.abort) void this.load(true);
    }, Math.max(refresh, MIN_REFRESH_SECONDS) * 1000);
  }

  private async load(fresh: boolean): Promise<void> {
    const request = this.request;
    if (!request) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    if (!this.feed) {
      this.status = 'loading';
      this.host.requestUpdate();
    }
    const { src, ...normalize } = request;
    const options: FetchFeedOptions = { ...normalize, signal: abort.signal, fresh };
    try {
      const feed = await fetchFeed(src, options);
      if (abort.signal.aborted) return;
      this.feed = feed;
      this.status = 'ready';
      this.stale = false;
      this.error = undefined;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.dispatchEvent(new NewsLoadEvent(feed));
    } catch (caught) {
      // An aborted request belongs to a src that is gone: its late answer is ignored.
      if (abort.signal.aborted) return;
      const error = asFeedError(caught);
      this.error = error;
      this.stale = Boolean(this.feed);
      if (!this.feed) this.status = 'error';
      this.host.requestUpdate();
      this.host.dispatchEvent(new NewsErrorEvent(error, this.stale));
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
  }
}
