/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import { normalizeFeedWithHints } from '../data/read/read-with-hints.js';
import { nodeParsers } from '../node/parsers.js';
import { Backoff } from './backoff.js';
import type { FeedOptions, ResolvedConfig } from './config.js';
import { freshness, remainingSeconds, type CacheHeaders, type FreshnessSource } from './freshness.js';
import { cacheControl, EVERY_RESPONSE, FEED_TYPE, matchesEtag, sendJson, strongEtag } from './http.js';
import { toJsonFeed } from '../data/feeds/json-feed.js';
import type { EdgeMetrics } from './metrics.js';
import { EdgeProblem, toProblem, waitingProblem } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import type { UpstreamAnswer, UpstreamClient, Validators } from './upstream.js';

/** One feed the edge serves: what to ask, how to read it, and how long an answer lasts. */
export interface FeedTarget {
  /** Cache key: the URL and every option that changes the answer. */
  key: string;
  url: URL;
  /** Names the upstream in errors and logs: the URL, or `feeds/<name>` when the URL may hold a key. */
  label: string;
  /** A named feed's name, for its metrics; query feeds have none (their URL could hold a key). */
  name?: string;
  allows(origin: string): boolean;
  headers: Record<string, string>;
  options: FeedOptions;
  /** Seconds: the least the upstream's own freshness can make the effective TTL. */
  ttl: number;
  /** JSON Feed requires a title; used when the upstream has none. */
  fallbackTitle: string;
}

/** A feed the edge holds: its JSON Feed body, validators, age and how long it is fresh. */
export interface Entry {
  body: Buffer;
  etag: string;
  fetchedAt: number;
  /** Effective TTL in seconds: the upstream's freshness within [target ttl, max-ttl]. */
  ttl: number;
  /** What decided `ttl`. */
  source: FreshnessSource;
  validators: Validators;
  /** The upstream's freshness headers, as last received (a 304 updates them). */
  cacheHeaders: CacheHeaders;
  /** What the feed said of its update rhythm (RSS `<ttl>`, `sy:`), in seconds. */
  updateSeconds?: number;
}

export interface FeedServiceDeps {
  config: ResolvedConfig;
  client: UpstreamClient;
  limiter: RateLimiter;
  metrics: EdgeMetrics;
  now: () => number;
  /** For the backoff's jitter. */
  random: () => number;
  log: (line: string) => void;
  /** For feed bodies (long secrets only) … */
  redactBody: (text: string) => string;
  /** … and for everything else. */
  redact: (text: string) => string;
}

/**
 * Serves feeds from an LRU cache: fresh copies as they are, for as long as the upstream says
 * (within ttl and max-ttl); one upstream request per feed at a time however many readers wait
 * (conditional when a copy exists); the last good copy while the upstream fails; a failing feed
 * asked again after 5 s, 10 s, 20 s … (src/edge/backoff.ts), and an upstream's Retry-After
 * honoured. No state beyond this cache: another instance needs nothing from this one.
 */
export function createFeedService(deps: FeedServiceDeps) {
  const { config, client, limiter, metrics, now } = deps;
  const sizeCalculation = (entry: { body?: Buffer }, key: string) => (entry.body?.byteLength ?? 512) + key.length;
  const cache = new LRUCache<string, Entry>({ max: config.cacheSize, maxSize: config.cacheBytes, sizeCalculation });
  const backoff = new Backoff<EdgeProblem>({ max: config.maxBackoff, random: deps.random, now, size: config.cacheSize });
  const inflight = new Map<string, Promise<Entry>>();
  const closing = new AbortController();
  /** Refusals of our own rate limit, told apart from an upstream's 429. */
  const limited = new WeakSet<object>();

  async function ask(target: FeedTarget, previous: Entry | undefined): Promise<Entry> {
    const upstream = target.url.origin;
    const admission = limiter.take(upstream);
    if (!admission.ok) {
      metrics.upstreamFetches.inc({ upstream, result: 'refused' });
      const refusal = new EdgeProblem('rate-limited', `The edge is asking ${upstream} for as many feeds a second as it may; try again in ${admission.retryAfter} s.`, {
        retryAfter: admission.retryAfter,
      });
      limited.add(refusal);
      throw refusal;
    }
    const started = performance.now();
    let answer: UpstreamAnswer;
    try {
      answer = await client.fetch({
        url: target.url,
        allows: target.allows,
        headers: target.headers,
        validators: previous?.validators,
        label: target.label,
        timeout: config.timeout * 1000,
        maxBytes: config.maxBytes,
        signal: closing.signal,
      });
      metrics.upstreamFetches.inc({ upstream, result: answer.notModified ? 'not_modified' : 'ok' });
    } catch (error) {
      metrics.upstreamFetches.inc({ upstream, result: 'failed' });
      throw error;
    } finally {
      metrics.upstreamSeconds.observe({ upstream }, (performance.now() - started) / 1000);
    }
    const time = now();
    const limits = { ttl: target.ttl, maxTtl: config.maxTtl };
    if (answer.notModified && previous) {
      // A 304's headers replace the stored ones it names (RFC 9111 §4.3.4); an Age is its own.
      const cacheHeaders = { ...previous.cacheHeaders, age: undefined, ...answer.cacheHeaders };
      const { seconds, source } = freshness(cacheHeaders, previous.updateSeconds, limits, time);
      return { ...previous, fetchedAt: time, ttl: seconds, source, validators: answer.validators, cacheHeaders };
    }
    if (answer.notModified) throw new EdgeProblem('upstream-failed', `${target.label} answered 304 to a request that was not conditional.`);
    const { feed, updateSeconds } = normalizeFeedWithHints(answer.text, { ...target.options, url: answer.url, parsers: nodeParsers });
    if (answer.recovered) feed.recovered = true;
    // An outlet can see its feed needs fixing: named feeds by name, proxied ones by origin.
    if (feed.recovered) metrics.recoveredReads.inc({ feed: target.label.startsWith('feeds/') ? target.label : upstream });
    const body = Buffer.from(deps.redactBody(JSON.stringify(toJsonFeed(feed, target.fallbackTitle))));
    const { seconds, source } = freshness(answer.cacheHeaders, updateSeconds, limits, time);
    return { body, etag: strongEtag(body), fetchedAt: time, ttl: seconds, source, validators: answer.validators, cacheHeaders: answer.cacheHeaders, updateSeconds };
  }

  /** One upstream request per feed at a time: every reader waits for the same one. */
  function refresh(target: FeedTarget, previous: Entry | undefined): Promise<Entry> {
    let pending = inflight.get(target.key);
    if (!pending) {
      pending = ask(target, previous).then(
        (entry) => {
          cache.set(target.key, entry);
          backoff.succeeded(target.key);
          if (target.name !== undefined) {
            metrics.feedTtl.set({ feed: target.name }, entry.ttl);
            metrics.feedFailures.set({ feed: target.name }, 0);
            metrics.feedBackoff.set({ feed: target.name }, 0);
          }
          return entry;
        },
        (error: unknown) => {
          const problem = toProblem(error, target.label);
          // The edge's own rate limit refused: nothing was asked, so nothing failed.
          if (limited.has(problem)) throw problem;
          // Once per failed refresh.
          deps.log(deps.redact(`news-widgets edge: ${target.label}: ${problem.status} ${problem.message}${problem.status === 500 ? ` (${String(error)})` : ''}`));
          const time = now();
          const retryUntil = problem.type === 'rate-limited' && problem.retryAfter !== undefined ? time + problem.retryAfter * 1000 : undefined;
          const state = backoff.failed(target.key, problem, target.url.origin, retryUntil);
          const wait = (state.until - time) / 1000;
          if (target.name !== undefined) {
            metrics.feedFailures.set({ feed: target.name }, state.failures);
            metrics.feedBackoff.set({ feed: target.name }, wait);
          }
          throw waitingProblem(problem, wait);
        },
      );
      const settled = pending.finally(() => inflight.delete(target.key));
      settled.catch(() => {});
      inflight.set(target.key, pending);
    }
    return pending;
  }

  /** A body made from `entry` (the feed itself, or a widget rendered from it), with the feed's caching headers; 304 when the reader has it. */
  function send(request: IncomingMessage, response: ServerResponse, entry: Entry, body = { bytes: entry.body, etag: entry.etag, type: FEED_TYPE }): void {
    // max-age is what is left of the copy's freshness, so no cache after the edge (nginx, which
    // ignores Age, among them) holds it past the moment the edge itself would ask again.
    const headers = {
      'Content-Type': body.type,
      'Cache-Control': cacheControl(remainingSeconds(entry.fetchedAt, entry.ttl, now()), entry.ttl, config.staleIfError),
      ETag: body.etag,
    };
    if (matchesEtag(request.headers['if-none-match'], body.etag)) {
      metrics.notModified.inc();
      metrics.notModifiedBytes.inc(body.bytes.byteLength);
      response.writeHead(304, { ...EVERY_RESPONSE, ...headers }).end();
      return;
    }
    sendJson(response, 200, body.bytes, headers);
  }

  /** Answers a feed request; throws an `EdgeProblem` to be sent as problem details. */
  async function serve(request: IncomingMessage, response: ServerResponse, target: FeedTarget): Promise<void> {
    send(request, response, await entryFor(target));
  }

  /**
   * The copy to answer with: fresh from the cache, else from the upstream (one request however
   * many wait), else the last good copy while the upstream fails. Throws an `EdgeProblem`.
   */
  async function entryFor(target: FeedTarget): Promise<Entry> {
    const time = now();
    let entry = cache.get(target.key);
    if (entry && time - entry.fetchedAt >= (entry.ttl + config.staleIfError) * 1000) {
      cache.delete(target.key);
      entry = undefined;
    }
    if (entry && time - entry.fetchedAt < entry.ttl * 1000) {
      metrics.cache.inc({ result: 'hit' });
      return entry;
    }
    const upstream = target.url.origin;
    const heldUntil = backoff.heldUntil(upstream);
    const waiting = backoff.waiting(target.key);
    let problem: EdgeProblem;
    if (heldUntil !== undefined) {
      metrics.upstreamSkipped.inc({ upstream, reason: 'retry_after' });
      const wait = Math.max(1, Math.ceil((heldUntil - time) / 1000));
      // Named by the label: a named feed's URL, origin included, is never shown.
      problem = new EdgeProblem('rate-limited', `The upstream of ${target.label} asked the edge to wait before asking it again (Retry-After); try again in ${wait} s.`, { retryAfter: wait });
    } else if (waiting) {
      metrics.upstreamSkipped.inc({ upstream, reason: 'backoff' });
      problem = waitingProblem(waiting.problem, (waiting.until - time) / 1000);
    } else {
      try {
        const fresh = await refresh(target, entry);
        metrics.cache.inc({ result: 'miss' });
        return fresh;
      } catch (error) {
        problem = toProblem(error, target.label);
      }
    }
    // stale-if-error, as RFC 5861 has it: the last good copy while the upstream fails or limits us.
    if (entry && (problem.status === 429 || problem.status >= 500)) {
      metrics.cache.inc({ result: 'stale' });
      return entry;
    }
    throw problem;
  }

  return {
    serve,
    entryFor,
    send,
    get size(): number {
      return cache.size;
    },
    /** The copies held, most recently used first (for `--cache-file`). */
    entries(): IterableIterator<[string, Entry]> {
      return cache.entries();
    },
    /** Takes copies back (from `--cache-file`), least recently used first: stale ones are revalidated before use. */
    restore(entries: Iterable<[string, Entry]>): void {
      for (const [key, entry] of [...entries].reverse()) cache.set(key, entry);
    },
    /** Feeds not asked upstream for now (backoff or Retry-After). */
    get backingOff(): number {
      return backoff.backingOff;
    },
    close(): void {
      closing.abort();
      cache.clear();
      backoff.clear();
    },
  };
}
