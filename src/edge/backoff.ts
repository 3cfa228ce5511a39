import { LRUCache } from 'lru-cache';

/**
 * Backing off from failing upstreams: a feed whose upstream fails waits 5 s before it is asked
 * again, then 10 s, 20 s, … up to `max`, each wait up to a fifth shorter at random (so many
 * feeds and edges do not retry in step); the first success starts over. An upstream's own
 * `Retry-After` holds every feed of its origin until then. Time comes from the injected clock.
 */

/** Seconds after the first failure. */
export const FIRST_WAIT = 5;
/** The largest share a wait is shortened by at random. */
export const JITTER = 0.2;
export interface BackoffOptions {
  /** Seconds: no wait is longer. */
  max: number;
  /** In [0, 1): `Math.random` by default. */
  random: () => number;
}

/** Seconds to wait after `failures` consecutive failures (1: the first). */
export function backoffSeconds(failures: number, { max, random }: BackoffOptions): number {
  const step = Math.min(max, FIRST_WAIT * 2 ** Math.min(failures - 1, 52));
  return step * (1 - JITTER * Math.min(Math.max(random(), 0), 1));
}

/** Where one feed stands: how many failures in a row, and until when (ms) it is not asked again. */
export interface BackoffState<P> {
  failures: number;
  until: number;
  /** What the last failure was, repeated to readers until then. */
  problem: P;
}

/** Per-feed failure counts and per-origin `Retry-After` holds, bounded in entries. */
export class Backoff<P> {
  private readonly feeds: LRUCache<string, BackoffState<P>>;
  private readonly holds: LRUCache<string, number>;

  constructor(private readonly options: BackoffOptions & { now: () => number; size: number }) {
    this.feeds = new LRUCache({ max: options.size });
    this.holds = new LRUCache({ max: options.size });
  }

  /**
   * Records a failure of `key`; `retryUntil` (ms), from the upstream's `Retry-After`, holds its
   * `origin` too. The feed waits for the longer of its backoff and the hold. Returns its state.
   */
  failed(key: string, problem: P, origin?: string, retryUntil?: number): BackoffState<P> {
    const now = this.options.now();
    const failures = (this.feeds.get(key)?.failures ?? 0) + 1;
    let until = now + backoffSeconds(failures, this.options) * 1000;
    if (origin !== undefined && retryUntil !== undefined && retryUntil > now) {
      this.holds.set(origin, Math.max(retryUntil, this.holds.get(origin) ?? 0));
      until = Math.max(until, retryUntil);
    }
    const state = { failures, until, problem };
    this.feeds.set(key, state);
    return state;
  }

  /** The first success ends the backoff. */
  succeeded(key: string): void {
    this.feeds.delete(key);
  }

  /** The feed's state while it must not be asked, else undefined (its failures still count on). */
  waiting(key: string): BackoffState<P> | undefined {
    const state = this.feeds.get(key);
    return state && this.options.now() < state.until ? state : undefined;
  }

  /** Until when (ms) `origin` asked not to be asked, while that is still ahead. */
  heldUntil(origin: string): number | undefined {
    const until = this.holds.get(origin);
    return until !== undefined && this.options.now() < until ? until : undefined;
  }

  /** Consecutive failures of `key` (0 when it last succeeded or never failed). */
  failures(key: string): number {
    return this.feeds.get(key)?.failures ?? 0;
  }

  /** Feeds that must not be asked now. */
  get backingOff(): number {
    const now = this.options.now();
    let count = 0;
    for (const state of this.feeds.values()) if (now < state.until) count++;
    return count;
  }

  clear(): void {
    this.feeds.clear();
    this.holds.clear();
  }
}
