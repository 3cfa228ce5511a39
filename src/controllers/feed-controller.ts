import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../data/errors.js';
import { fetchFeed, type FetchFeedOptions } from '../data/fetch/fetch-feed.js';
import { sourceAddresses } from '../data/feeds/sources.js';
import type { Feed, NormalizeOptions } from '../data/types.js';
import { NewsErrorEvent, NewsLoadEvent, type SourceResult } from '../events.js';
import { FirstUse } from '../first-use.js';
import { nextTask } from '../time/next-task.js';
import { scheduler } from '../time/scheduler.js';

// Merging, loaded on first use by a list with several addresses. Fallback when it fails to load:
// the first source's feed alone.
const merging = new FirstUse(() => import('../data/feeds/merge.js').then((module) => module.mergeFeeds));
// Offline copies, loaded on first use with `cache="local"`. Fallback when they fail to load: no
// copy is kept or shown, as without `cache="local"`.
const offlineCopies = new FirstUse(() => import('../data/feeds/offline-copy.js').then((module) => module.offlineCopy));

// One page-wide `online` listener for every connected controller, rather than one each.
const waitingForOnline = new Set<FeedController>();
const onOnline = (): void => waitingForOnline.forEach((controller) => controller.wentOnline());

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What the network depends on: changing any of these fetches again; nothing else does. */
export interface FeedRequest extends Pick<NormalizeOptions, 'itemsPath' | 'map' | 'dateInputFormat' | 'timeZone'> {
  /** One address, or several separated by whitespace: their items are merged. */
  src: string;
}

/** One address of `src`: its last good feed and its last error (both, when a refresh failed). */
export interface FeedSource {
  readonly src: string;
  feed?: Feed;
  error?: FeedError;
}

export interface FeedSchedule {
  /** `lazy`: nothing is fetched until the element nears the viewport. */
  loading: 'lazy' | 'eager';
  /** Seconds between refreshes; 0 or less: never. */
  refresh: number;
  /** Seconds a last good feed is kept in localStorage for the next page load; undefined: not kept. */
  persist?: number;
  /** Seconds the endpoint has for headers and body; undefined: the data layer's 10 s. */
  timeout?: number;
}

type Host = ReactiveControllerHost & HTMLElement;

const LAZY_MARGIN = '300px';
const MAX_RETRIES = 3;
const MAX_RETRY_AFTER_SECONDS = 600;
/** First automatic retry after this many ms, doubling each time. */
const RETRY_BASE_MS = 2000;
/** Shortest refresh interval in seconds, so a typo cannot hammer an endpoint. */
const MIN_REFRESH_SECONDS = 10;

function asFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  // An abort this widget did not ask for (a shared request someone else gave up on) is worth retrying.
  if (error instanceof DOMException && error.name === 'AbortError') return new FeedError('network', 'The request was interrupted.', { cause: error });
  return new FeedError('shape', 'The feed could not be read.', { cause: error });
}

/** Failures worth trying again by themselves: the network, timeouts, 408/425/429 and 5xx. */
function isTransient(error: FeedError): boolean {
  if (error.kind === 'network' || error.kind === 'timeout') return true;
  return error.kind === 'http' && (error.status === 408 || error.status === 425 || error.status === 429 || (error.status ?? 0) >= 500);
}

/**
 * The one owner of a widget's feed: fetches when the request changes (and, when lazy, once
 * the element nears the viewport), refreshes on a timer, retries transient failures with
 * backoff (honouring Retry-After) and when the browser comes back online, aborts what is no
 * longer wanted, and fires `news-load` / `news-error` from the host. After a failed refresh the
 * last good feed stays and `stale` is set.
 *
 * With several addresses in `src`, each is its own (shared) request, and `feed` is their merge
 * (`mergeFeeds`). A source that fails fires its own `news-error` (`partial` while others render)
 * and keeps its last good items; only when every source fails is the whole list in error.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: Feed;
  error?: FeedError;
  stale = false;
  /** One per address in `src`, in order. */
  sources: readonly FeedSource[] = [];

  private request?: FeedRequest;
  private requestKey = '';
  private schedule: FeedSchedule = { loading: 'lazy', refresh: 0 };
  private inView = false;
  private retries = 0;
  private abort?: AbortController;
  private observer?: IntersectionObserver;
  private refreshTimer?: unknown;
  private retryTimer?: unknown;
  /** The feed a server rendered the element with, shown on the next configure instead of a request. */
  private serverFeed?: Feed;

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
      // One address is used exactly as written, as before several were possible.
      const addresses = request ? sourceAddresses(request.src) : [];
      const asWritten = request && addresses.length <= 1 && request.src.trim() === (addresses[0] ?? '');
      this.sources = (asWritten ? [request.src] : addresses).map((src) => ({ src }));
      this.reset();
      if (request && !this.serverFeed) this.whenWanted(() => this.load(false));
    }
    if (this.serverFeed) {
      // Rendered on the server: shown as the request's answer, which is not asked again.
      this.feed = this.serverFeed;
      if (this.sources.length === 1) this.sources[0].feed = this.serverFeed;
      this.status = 'ready';
      this.serverFeed = undefined;
    }
    if (refreshChanged) this.restartRefresh();
  }

  /** A feed already at hand (server-rendered): the next `configure` shows it instead of fetching. */
  seed(feed: Feed): void {
    this.serverFeed = feed;
  }

  /** Fetches again now, skipping the shared cache (the retry button). */
  retry(): void {
    this.clearRetry();
    if (this.request) void this.load(true);
  }

  /** More than one address in `src`: the list is merged. */
  get merged(): boolean {
    return this.sources.length > 1;
  }

  /** Sources of a merged list that failed while others render. */
  get unavailable(): FeedSource[] {
    return this.merged && this.status === 'ready' ? this.sources.filter((source) => source.error) : [];
  }

  hostConnected(): void {
    if (this.request && this.status === 'idle') this.whenWanted(() => this.load(false));
    this.restartRefresh();
    if (!waitingForOnline.size) window.addEventListener('online', onOnline);
    waitingForOnline.add(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (this.status === 'loading') this.status = 'idle';
    this.observer?.disconnect();
    this.observer = undefined;
    this.clearRefresh();
    this.clearRetry();
    waitingForOnline.delete(this);
    if (!waitingForOnline.size) window.removeEventListener('online', onOnline);
  }

  /** The browser is back online: a failed or stale feed is fetched again. */
  wentOnline(): void {
    if (this.status === 'error' || this.stale) this.retry();
  }

  private reset(): void {
    this.abort?.abort();
    this.abort = undefined;
    this.clearRetry();
    this.retries = 0;
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

  private clearRetry(): void {
    if (this.retryTimer !== undefined) scheduler().clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  private clearRefresh(): void {
    if (this.refreshTimer !== undefined) scheduler().clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
  }

  private restartRefresh(): void {
    this.clearRefresh();
    const { refresh } = this.schedule;
    if (!this.host.isConnected || !(refresh > 0)) return;
    this.refreshTimer = scheduler().setInterval(() => {
      if (this.feed && !this.abort) void this.load(true);
    }, Math.max(refresh, MIN_REFRESH_SECONDS) * 1000);
  }

  /** Schedules the next automatic retry of a transient failure, or gives up. */
  private scheduleRetry(error: FeedError): void {
    if (!isTransient(error) || this.retries >= MAX_RETRIES) return;
    if (error.retryAfter !== undefined && error.retryAfter > MAX_RETRY_AFTER_SECONDS) return;
    const delay = error.retryAfter !== undefined ? error.retryAfter * 1000 : RETRY_BASE_MS * 2 ** this.retries;
    this.retries++;
    this.retryTimer = scheduler().setTimeout(() => {
      this.retryTimer = undefined;
      if (this.host.isConnected) void this.load(true, true);
    }, delay);
  }

  /** Where a source's last good feed is kept with `cache="local"`: for one source, the request's own key. */
  private persistKey(src: string): string {
    return JSON.stringify({ ...this.request, src });
  }

  /** The feed the element shows: the one source's, or the merge of every source that has items. */
  private async combined(sources: readonly FeedSource[]): Promise<Feed | undefined> {
    if (sources.length <= 1) return sources[0]?.feed;
    const parts = sources.flatMap(({ src, feed }) => (feed ? [{ src, feed }] : []));
    if (!parts.length) return undefined;
    await merging.load();
    return merging.value ? merging.value(parts) : parts[0].feed;
  }

  /** Fetches every source, or (`onlyFailed`, an automatic retry) those whose last request failed. */
  private async load(fresh: boolean, onlyFailed = false): Promise<void> {
    const request = this.request;
    if (!request) return;
    const targets = onlyFailed ? this.sources.filter((source) => source.error || !source.feed) : this.sources;
    if (!targets.length) return;
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    if (!this.feed) {
      this.status = 'loading';
      this.host.requestUpdate();
    }
    const { src: _src, ...normalize } = request;
    const options: FetchFeedOptions = { ...normalize, signal: abort.signal, fresh };
    if (this.schedule.timeout) options.timeout = this.schedule.timeout * 1000;
    try {
      const results = await Promise.allSettled(targets.map((source) => fetchFeed(source.src, options)));
      const { persist } = this.schedule;
      if (persist) await offlineCopies.load();
      const offlineCopy = persist ? offlineCopies.value : undefined;
      // An aborted request belongs to a src that is gone: its late answer is ignored.
      if (abort.signal.aborted) return;
      const failed: FeedSource[] = [];
      results.forEach((result, index) => {
        const source = targets[index];
        if (result.status === 'fulfilled') {
          source.feed = result.value;
          source.error = undefined;
          if (persist) offlineCopy?.saveFeed(this.persistKey(source.src), result.value);
        } else {
          source.error = asFeedError(result.reason);
          if (!source.feed && persist) source.feed = offlineCopy?.loadFeed(this.persistKey(source.src), persist);
          failed.push(source);
        }
      });
      const sources = this.sources;
      const allFailed = sources.every((source) => source.error);
      const feed = await this.combined(sources);
      // Reading the answer and rendering it are two tasks of the page, not one long one (issue 24).
      await nextTask();
      if (abort.signal.aborted) return;
      this.feed = feed;
      this.status = this.feed ? 'ready' : 'error';
      this.stale = allFailed && Boolean(this.feed);
      this.error = allFailed ? failed[0]?.error ?? this.sources[0].error : undefined;
      if (!failed.length) this.retries = 0;
      this.host.requestUpdate();
      const loaded = failed.length < targets.length;
      if (loaded) await this.host.updateComplete;
      for (const source of failed) {
        this.host.dispatchEvent(new NewsErrorEvent(source.error!, Boolean(source.feed), { src: source.src, partial: !allFailed }));
      }
      if (loaded && this.feed) this.host.dispatchEvent(new NewsLoadEvent(this.feed, this.results()));
      if (failed.length) this.scheduleRetry(failed[0].error!);
    } finally {
      if (this.abort === abort) this.abort = undefined;
    }
  }

  private results(): SourceResult[] {
    return this.sources.map(({ src, feed, error }) => ({ src, shape: feed?.shape, count: feed?.items.length, error }));
  }
}
