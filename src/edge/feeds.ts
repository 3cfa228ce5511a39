/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';
import { normalizeFeed } from '../data/read/normalize.js';
import { nodeParsers } from '../node/parsers.js';
import type { FeedOptions, ResolvedConfig } from './config.js';
import { cacheControl, EVERY_RESPONSE, FEED_TYPE, matchesEtag, sendJson, strongEtag } from './http.js';
import { toJsonFeed } from '../data/feeds/json-feed.js';
import type { EdgeMetrics } from './metrics.js';
import { EdgeProblem, toProblem } from './problem.js';
import type { RateLimiter } from './rate-limit.js';
import type { UpstreamAnswer, UpstreamClient, Validators } from './upstream.js';

/** One feed the edge serves: what to ask, how to read it, and how long an answer lasts. */
export interface FeedTarget {
  /** Cache key: the URL and every option that changes the answer. */
  key: string;
  url: URL;
  /** Names the upstream in errors and logs: the URL, or `feeds/<name>` when the URL may hold a key. */
  label: string;
  allows(origin: string): boolean;
  headers: Record<string, string>;
  options: FeedOptions;
  /** Seconds. */
  ttl: number;
  /** JSON Feed requires a title; used when the upstream has none. */
  fallbackTitle: string;
}

/** A feed the edge holds: its JSON Feed body, validators and age. */
export interface Entry {
  body: Buffer;
  etag: string;
  fetchedAt: number;
  ttl: number;
  validators: Validators;
}

interface Failure {
  problem: EdgeProblem;
  until: number;
}

export interface FeedServiceDeps {
  config: ResolvedConfig;
  client: UpstreamClient;
  limiter: RateLimiter;
  metrics: EdgeMetrics;
  now: () => number;
  log: (line: string) => void;
  /** For feed bodies (long secrets only) … */
  redactBody: (text: string) => string;
  /** … and for everything else. */
  redact: (text: string) => string;
}

/** Seconds a failure is repeated without asking the upstream again, so a failing feed is not hammered. */
const MAX_FAILURE_SECONDS = 5;

/**
 * Serves feeds from an LRU cache: fresh copies as they are, one upstream request per feed at a
 * time however many readers wait (conditional when a copy exists), the last good copy while
 * the upstream fails, and failures remembered for a few seconds. No state beyond this cache:
 * another instance needs nothing from this one.
 */
export function createFeedService(deps: FeedServiceDeps) {
  const { config, client, limiter, metrics, now } = deps;
  const sizeCalculation = (entry: { body?: Buffer }, key: string) => (entry.body?.byteLength ?? 512) + key.length;
  const cache = new LRUCache<string, Entry>({ max: config.cacheSize, maxSize: config.cacheBytes, sizeCalculation });
  const failures = new LRUCache<string, Failure>({ max: config.cacheSize });
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
    if (answer.notModified && previous) return { ...previous, fetchedAt: now(), validators: answer.validators };
    if (answer.notModified) throw new EdgeProblem('upstream-failed', `${target.label} answered 304 to a request that was not conditional.`);
    const feed = normalizeFeed(answer.text, { ...target.options, url: answer.url, parsers: nodeParsers });
    if (answer.recovered) feed.recovered = true;
    // An outlet can see its feed needs fixing: named feeds by name, proxied ones by origin.
    if (feed.recovered) metrics.recoveredReads.inc({ feed: target.label.startsWith('feeds/') ? target.label : upstream });
    const body = Buffer.from(deps.redactBody(JSON.stringify(toJsonFeed(feed, target.fallbackTitle))));
    return { body, etag: strongEtag(body), fetchedAt: now(), ttl: target.ttl, validators: answer.validators };
  }

  /** One upstream request per feed at a time: every reader waits for the same one. */
  function refresh(target: FeedTarget, previous: Entry | undefined): Promise<Entry> {
    let pending = inflight.get(target.key);
    if (!pending) {
      pending = ask(target, previous).then(
        (entry) => {
          cache.set(target.key, entry);
          failures.delete(target.key);
          return entry;
        },
        (error: unknown) => {
          const problem = toProblem(error, target.label);
          // Once per failed refresh. The rate limit's own refusals are only counted: a flood would flood the log.
          if (!limited.has(problem)) deps.log(deps.redact(`news-widgets edge: ${target.label}: ${problem.status} ${problem.message}${problem.status === 500 ? ` (${String(error)})` : ''}`));
          const seconds = problem.retryAfter ?? Math.min(MAX_FAILURE_SECONDS, target.ttl);
          failures.set(target.key, { problem, until: now() + seconds * 1000 });
          throw problem;
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
    const headers = {
      'Content-Type': body.type,
      'Cache-Control': cacheControl(entry.ttl, entry.ttl, config.staleIfError),
      ETag: body.etag,
      Age: String(Math.max(0, Math.floor((now() - entry.fetchedAt) / 1000))),
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
    const failure = failures.get(target.key);
    let problem: EdgeProblem;
    if (failure && time < failure.until) {
      problem = failure.problem;
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
    close(): void {
      closing.abort();
      cache.clear();
      failures.clear();
    },
  };
}
