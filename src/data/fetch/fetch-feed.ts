import { loadPatternParser } from '../dates/dates.js';
import { zoneSupport } from '../dates/zones.js';
import { FeedError } from '../errors.js';
import { readFeed } from '../read/read-feed.js';
import { markRecovered, mayRecover, parseText } from '../read/parse.js';
import { browserParsers } from '../read/parsers.js';
import type { Feed, NormalizeOptions } from '../types.js';
import { safeUrl } from '../urls.js';
import { scheduler } from '../../time/scheduler.js';
import { ACCEPT, decodeFeedBody } from './http.js';
import { readBytes } from './read-body.js';

export interface FetchFeedOptions extends Omit<NormalizeOptions, 'url'> {
  /** Aborts this caller's wait; the shared request is aborted once no caller waits for it. */
  signal?: AbortSignal;
  /** Milliseconds for headers and body together (default 10 000). */
  timeout?: number;
  /** Largest body accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** How long a good answer is reused by every widget on the page, in ms (default 30 000; 0: not kept). */
  cacheTtlMs?: number;
  /** Skip a cached answer (a refresh); a request already in flight is still shared. */
  fresh?: boolean;
}

interface SharedRequest {
  root: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
  expires: number;
}

const DEFAULT_TIMEOUT = 10_000;
const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const DEFAULT_CACHE_TTL = 30_000;
// One request per URL across the page: widgets that share a `src` share its answer.
const requests = new Map<string, SharedRequest>();

/** Forgets every cached answer (tests, or a page that knows its feeds changed). */
export function clearFeedCache(): void {
  requests.clear();
}

/**
 * Text the endpoint sent, parsed: strictly, and only when that fails through recovery, whose
 * code is loaded then (a chunk of its own in the ES module build).
 */
async function parseBody(text: string): Promise<unknown> {
  try {
    return parseText(text);
  } catch (error) {
    if (!mayRecover(error)) throw error;
    const recover = await import('../read/recover.js').then((module) => module.recoverText).catch(() => undefined);
    const recovered = recover?.(text, browserParsers);
    if (recovered === undefined) throw error;
    return recovered;
  }
}

/**
 * An HTTP failure as the error a caller can act on. What reads it (Retry-After, a problem body,
 * the advice for each status) loads only when an endpoint fails; should that fail to load too,
 * the status alone is reported.
 */
async function httpError(response: Response, url: string): Promise<FeedError> {
  try {
    return await (await import('./http-error.js')).httpError(response, url);
  } catch {
    return new FeedError('http', `${url} answered HTTP ${response.status}.`, { status: response.status, url });
  }
}

/** A failure while fetching, as the error a caller can act on. */
function fetchFailure(cause: unknown, signal: AbortSignal, url: string): unknown {
  if (cause instanceof FeedError) return cause;
  if (signal.aborted) return signal.reason;
  return new FeedError(
    'network',
    `Could not reach ${url}: the reader is offline, the host is unknown, or the endpoint does not allow this page to read it (it must send Access-Control-Allow-Origin).`,
    { url, cause },
  );
}

async function request(url: string, controller: AbortController, timeout: number, maxBytes: number): Promise<unknown> {
  const clock = scheduler();
  const timer = clock.setTimeout(
    () => controller.abort(new FeedError('timeout', `${url} did not answer within ${Math.round(timeout / 1000)} s.`, { url })),
    timeout,
  );
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal, headers: { Accept: ACCEPT } });
    if (!response.ok) throw await httpError(response, url);
    const { text, recovered } = decodeFeedBody(await readBytes(response, url, maxBytes), response.headers.get('Content-Type'));
    const root = await parseBody(text);
    return recovered && typeof root === 'object' && root !== null ? markRecovered(root) : root;
  } catch (cause) {
    throw fetchFailure(cause, controller.signal, url);
  } finally {
    clock.clearTimeout(timer);
  }
}

function shareRequest(url: string, options: FetchFeedOptions): SharedRequest {
  const now = scheduler().now();
  for (const [key, entry] of requests) if (entry.settled && entry.expires <= now) requests.delete(key);
  const existing = requests.get(url);
  // An aborted request (its last caller left, e.g. a widget moved mid-load) is never joined.
  if (existing && !existing.controller.signal.aborted && (!existing.settled || !options.fresh)) return existing;

  const controller = new AbortController();
  const ttl = options.cacheTtlMs ?? DEFAULT_CACHE_TTL;
  const shared: SharedRequest = { controller, waiting: 0, settled: false, expires: Infinity, root: Promise.resolve() };
  shared.root = request(url, controller, options.timeout ?? DEFAULT_TIMEOUT, options.maxBytes ?? DEFAULT_MAX_BYTES).then(
    (root) => {
      shared.settled = true;
      shared.expires = scheduler().now() + ttl;
      if (ttl <= 0 && requests.get(url) === shared) requests.delete(url);
      return root;
    },
    (error: unknown) => {
      shared.settled = true;
      if (requests.get(url) === shared) requests.delete(url);
      throw error;
    },
  );
  requests.set(url, shared);
  return shared;
}

/** Waits for a shared request on behalf of one caller, whose signal can stop the wait. */
function waitFor(shared: SharedRequest, signal: AbortSignal | undefined): Promise<unknown> {
  shared.waiting++;
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      shared.waiting--;
      signal?.removeEventListener('abort', stop);
      return true;
    };
    function stop() {
      if (!finish()) return;
      // The last caller gone: nobody needs the answer, so stop downloading it.
      if (shared.waiting === 0 && !shared.settled) shared.controller.abort(signal!.reason);
      reject(signal!.reason);
    }
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    shared.root.then(
      (root) => finish() && resolve(root),
      (error: unknown) => finish() && reject(error),
    );
  });
}

/**
 * Fetches and normalizes a feed. Every failure rejects with a `FeedError` (`network`
 * covers CORS refusals), except the caller's own abort, which rejects with its reason.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<Feed> {
  const absolute = safeUrl(url);
  if (!absolute) throw new FeedError('config', `src "${url}" is not an http(s) address.`, { url });
  // Zone support (and with it Intl's start-up, in a worker) loads while the request is out.
  const zones = options.timeZone ? zoneSupport.load() : undefined;
  const root = await waitFor(shareRequest(absolute, options), options.signal);
  if (options.dateInputFormat) await loadPatternParser();
  await zones;
  return readFeed(root, { ...options, url: absolute });
}
