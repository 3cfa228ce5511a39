import { FeedError } from '../errors.js';
import { loadPatternParser } from '../dates/load-pattern-parser.js';
import { loadZoneSupport } from '../dates/zones.js';
import { readFeed } from '../read/read-feed.js';
import { parseText } from '../read/parse.js';
import type { Feed, NormalizeOptions } from '../types.js';
import { safeUrl } from '../urls.js';
import { scheduler } from '../../time/scheduler.js';

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
// Kept under 128 characters: a longer Accept is not CORS-safelisted and would force a preflight. The edge sends it too.
export const ACCEPT = 'application/feed+json, application/json, application/rss+xml, application/atom+xml, text/xml, */*;q=0.5';

// One request per URL across the page: widgets that share a `src` share its answer.
const requests = new Map<string, SharedRequest>();

/** Forgets every cached answer (tests, or a page that knows its feeds changed). */
export function clearFeedCache(): void {
  requests.clear();
}

/** The body's charset: the Content-Type header's, else an XML declaration's, else UTF-8. */
function charset(contentType: string | null, bytes: Uint8Array): string {
  const header = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  if (header) return header;
  const prolog = String.fromCharCode(...bytes.subarray(0, 120));
  return prolog.match(/^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*encoding=["']([\w.:-]+)["']/)?.[1] ?? 'utf-8';
}

/** A feed body as text, by its Content-Type's charset or its XML declaration's (the edge reads upstreams with it too). */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset(contentType, bytes));
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // TextDecoder drops a leading BOM itself; the replace covers a BOM the charset kept.
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}

export async function readBody(response: Response, url: string, maxBytes: number): Promise<string> {
  const tooLarge = () => new FeedError('too-large', `The feed at ${url} is larger than ${Math.round(maxBytes / 1024)} KB; ask the endpoint for fewer items.`, { url });
  if (Number(response.headers.get('Content-Length')) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      size += next.value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(next.value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decodeBody(bytes, response.headers.get('Content-Type'));
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
    return parseText(await readBody(response, url, maxBytes));
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
  const root = await waitFor(shareRequest(absolute, options), options.signal);
  if (options.dateInputFormat) await loadPatternParser();
  if (options.timeZone) await loadZoneSupport();
  return readFeed(root, { ...options, url: absolute });
}
