/// <reference types="node" />
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { ACCEPT, decodeFeedBody } from '../data/fetch/http.js';
import { retryAfterSeconds, statusAdvice, statusClass, type StatusFix } from '../data/fetch/http-failure.js';
import type { CacheHeaders } from './freshness.js';
import { EdgeProblem } from './problem.js';

/** What a cached copy carries so the upstream can answer 304. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

export interface UpstreamRequest {
  url: URL;
  /** Whether a redirect may go to this origin; a refused one is never contacted. */
  allows(origin: string): boolean;
  /** Sent to `url`'s own origin only (a named feed's key must not follow a redirect elsewhere). */
  headers?: Record<string, string>;
  validators?: Validators;
  /** For errors: the URL, or `feeds/<name>` when the URL may hold a key. */
  label: string;
  /** Milliseconds for the whole answer: every redirect, headers and body. */
  timeout: number;
  maxBytes: number;
  /** Stops the request (the edge closing). */
  signal?: AbortSignal;
}

/** `cacheHeaders` holds only the freshness headers this answer had (a 304's update the stored ones). */
export type UpstreamAnswer =
  | { notModified: true; url: string; validators: Validators; cacheHeaders: CacheHeaders }
  | { notModified: false; url: string; text: string; validators: Validators; cacheHeaders: CacheHeaders; recovered?: boolean };

export interface UpstreamClientOptions {
  allowPrivate: boolean;
  /** Private addresses or CIDRs allowed all the same. */
  allowAddresses: string[];
  userAgent: string;
  lookup?: LookupFunction;
  /** The clock, ms since the epoch (default `Date.now`): an HTTP-date `Retry-After` is read against it. */
  now?: () => number;
}

const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** request-filtering-agent refuses an address with this error (its only failure of its own). */
function isAddressRefusal(error: unknown): boolean {
  return error instanceof Error && /^DNS lookup .* is not allowed\b/.test(error.message);
}

/** The advice in an upstream's failing status is for the outlet running the edge. */
const EDGE_FIX: StatusFix = {
  'not-found': 'check the address the edge reads.',
  refused: 'check the key or headers the edge sends it.',
  failed: 'the upstream failed; this is usually temporary',
};

/**
 * An upstream's failing status as the problem readers get. A 429, or a 503 with `Retry-After`,
 * is `rate-limited` with the wait it asks for, kept between 1 s and an hour (60 s unsaid); a
 * `Retry-After` date is read against the answer's own `Date`, so a clock that is off at either
 * end does not matter.
 */
function statusProblem(status: number, response: IncomingMessage, label: string, now: number): EdgeProblem {
  const sent = Date.parse(response.headers.date ?? '');
  const asked = status === 429 || status === 503 ? retryAfterSeconds(response.headers['retry-after'], Number.isNaN(sent) ? now : sent) : undefined;
  if (status === 429 || asked !== undefined) {
    const retryAfter = Math.min(3600, Math.max(1, asked ?? 60));
    const detail = status === 429 ? statusAdvice(status, label, retryAfter, EDGE_FIX) : `${label} is unavailable (HTTP 503); it asks to wait ${retryAfter} s.`;
    return new EdgeProblem('rate-limited', detail, { retryAfter });
  }
  const type = { 'not-found': 'upstream-not-found', 'rate-limited': 'rate-limited', refused: 'upstream-failed', failed: 'upstream-failed' } as const;
  return new EdgeProblem(type[statusClass(status)], statusAdvice(status, label, undefined, EDGE_FIX));
}

/** The freshness headers of an answer, only those it has. */
function cacheHeadersOf(response: IncomingMessage): CacheHeaders {
  const headers: CacheHeaders = {};
  const { 'cache-control': cacheControl, expires, date, age } = response.headers;
  if (cacheControl !== undefined) headers.cacheControl = cacheControl;
  if (expires !== undefined) headers.expires = expires;
  if (date !== undefined) headers.date = date;
  if (age !== undefined) headers.age = age;
  return headers;
}

/** The body as bytes, decompressed, refused once it passes `maxBytes` whether or not Content-Length said so. */
async function readBody(response: IncomingMessage, maxBytes: number, label: string): Promise<Buffer> {
  const tooLarge = () => new EdgeProblem('too-large', `${label} sent more than ${Math.round(maxBytes / 1024)} KB; ask it for fewer items.`);
  if (Number(response.headers['content-length']) > maxBytes) throw tooLarge();
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : undefined;
  const body: Readable = decoder ? pipeline(response, decoder, () => {}) : response;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    // Leaving the loop destroys the stream, and with it the connection.
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * The edge's HTTP client. Node's `http`/`https` with request-filtering-agent's agents, which
 * check the address actually connected to (after DNS, so rebinding fails; IP literals in any
 * spelling arrive here already normalized by the URL parser). Redirects are followed by hand,
 * each checked before it is contacted. No cookies are kept and nothing of the reader's request
 * is forwarded: the headers are built here.
 */
export function createUpstreamClient(options: UpstreamClientOptions) {
  const filter = { allowPrivateIPAddress: options.allowPrivate, allowIPAddressList: options.allowAddresses, keepAlive: true, maxSockets: 64 };
  const agents = { 'http:': new RequestFilteringHttpAgent(filter), 'https:': new RequestFilteringHttpsAgent(filter) };
  const now = options.now ?? Date.now;

  function send(url: URL, headers: OutgoingHttpHeaders, signal: AbortSignal): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, {
        method: 'GET',
        headers,
        agent: agents[url.protocol as 'http:' | 'https:'],
        lookup: options.lookup,
        signal,
      }, resolve);
      request.once('error', reject);
      request.end();
    });
  }

  async function follow(upstream: UpstreamRequest, signal: AbortSignal): Promise<UpstreamAnswer> {
    let url = upstream.url;
    for (let redirects = 0; ; redirects++) {
      const headers: OutgoingHttpHeaders = { 'user-agent': options.userAgent, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
      if (url.origin === upstream.url.origin) {
        Object.assign(headers, upstream.headers);
        if (upstream.validators?.etag) headers['if-none-match'] = upstream.validators.etag;
        if (upstream.validators?.lastModified) headers['if-modified-since'] = upstream.validators.lastModified;
      }
      const response = await send(url, headers, signal);
      const status = response.statusCode ?? 0;
      if (REDIRECTS.has(status) && response.headers.location) {
        response.resume();
        if (redirects === MAX_REDIRECTS) throw new EdgeProblem('upstream-failed', `${upstream.label} redirected more than ${MAX_REDIRECTS} times.`);
        url = nextUrl(response.headers.location, url, upstream);
        continue;
      }
      const validators: Validators = {};
      if (typeof response.headers.etag === 'string') validators.etag = response.headers.etag;
      if (typeof response.headers['last-modified'] === 'string') validators.lastModified = response.headers['last-modified'];
      if (status === 304 && upstream.validators) {
        response.resume();
        return { notModified: true, url: url.href, validators: { ...upstream.validators, ...validators }, cacheHeaders: cacheHeadersOf(response) };
      }
      if (status < 200 || status > 299) {
        response.resume();
        throw statusProblem(status, response, upstream.label, now());
      }
      const bytes = await readBody(response, upstream.maxBytes, upstream.label);
      // A charset that contradicts the bytes is read by the bytes, and the feed marked recovered.
      const { text, recovered } = decodeFeedBody(bytes, response.headers['content-type'] ?? null);
      return { notModified: false, url: url.href, text, validators, cacheHeaders: cacheHeadersOf(response), ...(recovered ? { recovered } : {}) };
    }
  }

  /** Fetches a feed; every failure rejects with an `EdgeProblem`. */
  async function fetchUpstream(upstream: UpstreamRequest): Promise<UpstreamAnswer> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), upstream.timeout);
    const stop = () => deadline.abort();
    upstream.signal?.addEventListener('abort', stop, { once: true });
    try {
      return await follow(upstream, deadline.signal);
    } catch (error) {
      if (error instanceof EdgeProblem) throw error;
      if (upstream.signal?.aborted) throw new EdgeProblem('upstream-failed', 'The edge is shutting down.', { cause: error });
      if (deadline.signal.aborted) {
        throw new EdgeProblem('upstream-timeout', `${upstream.label} did not send its whole answer within ${upstream.timeout / 1000} s.`, { cause: error });
      }
      if (isAddressRefusal(error)) {
        throw new EdgeProblem('address-not-allowed', `${upstream.label} is on a loopback, private or reserved address, which the edge does not contact (--allow-private lifts this for local development).`, { cause: error });
      }
      const code = (error as NodeJS.ErrnoException).code;
      throw new EdgeProblem('upstream-failed', `Could not reach ${upstream.label}${code ? ` (${code})` : ''}.`, { cause: error });
    } finally {
      clearTimeout(timer);
      upstream.signal?.removeEventListener('abort', stop);
    }
  }

  return {
    fetch: fetchUpstream,
    close(): void {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}

export type UpstreamClient = ReturnType<typeof createUpstreamClient>;

/** A redirect's target, checked like the first URL before anything contacts it. */
function nextUrl(location: string, current: URL, upstream: UpstreamRequest): URL {
  let next: URL;
  try {
    next = new URL(location, current);
  } catch {
    throw new EdgeProblem('upstream-failed', `${upstream.label} redirected to an address that does not parse.`);
  }
  if (!/^https?:$/.test(next.protocol)) throw new EdgeProblem('upstream-failed', `${upstream.label} redirected to a ${next.protocol} address; the edge follows only http(s).`);
  if (next.username || next.password) throw new EdgeProblem('upstream-failed', `${upstream.label} redirected to an address with credentials.`);
  if (!upstream.allows(next.origin)) {
    throw new EdgeProblem('origin-not-allowed', `${upstream.label} redirected to ${next.origin}, an origin the edge is not allowed to read (add it with --allow).`);
  }
  next.hash = '';
  return next;
}
