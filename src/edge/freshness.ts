/**
 * How long the edge keeps a copy before it asks the upstream again: the upstream's own word on
 * freshness, clamped so the edge never asks more often than its `ttl` (it protects the origin)
 * and never waits longer than `maxTtl`. Pure: headers, a hint from the feed and a clock in,
 * seconds out.
 */

/** The upstream answer's headers that speak of freshness, as received (a 304's override the 200's). */
export interface CacheHeaders {
  cacheControl?: string;
  expires?: string;
  date?: string;
  age?: string;
}

export type FreshnessSource = 'cache-control' | 'expires' | 'feed' | 'ttl';

export interface Freshness {
  /** Seconds the copy is fresh from the moment it was received. */
  seconds: number;
  /** What decided it: the upstream's `Cache-Control` or `Expires`, the feed's `<ttl>`/`sy:` hint, or the edge's own `ttl`. */
  source: FreshnessSource;
  /** The upstream said `no-cache`, `no-store` or `max-age=0`: keep `ttl` and revalidate each time. */
  revalidate: boolean;
}

export interface FreshnessLimits {
  /** Seconds: the edge asks no more often than this. */
  ttl: number;
  /** Seconds: the edge asks at least this often, whatever the upstream says. */
  maxTtl: number;
}

/** `Cache-Control` directives, lower-cased, with their values unquoted (`max-age=60` → `max-age` → `'60'`). */
export function cacheDirectives(header: string | undefined): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...rest] = part.split('=');
    const key = name.trim().toLowerCase();
    if (key && !directives.has(key)) directives.set(key, rest.join('=').trim().replace(/^"(.*)"$/, '$1'));
  }
  return directives;
}

/** A delta-seconds value (RFC 9111 §1.2.2), or undefined when it is not one. */
function deltaSeconds(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * Seconds of freshness the upstream grants from the moment its answer arrives, as a shared
 * cache reads them (RFC 9111 §4.2.1): `s-maxage`, else `max-age`, else `Expires` against the
 * answer's own `Date`, less its `Age`. `undefined` when the headers say nothing; 0 when they
 * say not to reuse it without asking (`no-cache`, `no-store`, an `Expires` that does not parse).
 */
export function headerFreshness(headers: CacheHeaders, now: number): { seconds: number; source: 'cache-control' | 'expires' } | undefined {
  const directives = cacheDirectives(headers.cacheControl);
  const age = deltaSeconds(headers.age?.trim()) ?? 0;
  const remaining = (lifetime: number) => Math.max(0, lifetime - age);
  if (directives.has('no-store') || directives.has('no-cache')) return { seconds: 0, source: 'cache-control' };
  const maxAge = deltaSeconds(directives.get('s-maxage')) ?? deltaSeconds(directives.get('max-age'));
  if (maxAge !== undefined) return { seconds: remaining(maxAge), source: 'cache-control' };
  if (headers.expires === undefined) return undefined;
  const expires = Date.parse(headers.expires);
  // An invalid Expires ("0", "-1") means already expired.
  if (Number.isNaN(expires)) return { seconds: 0, source: 'expires' };
  const date = Date.parse(headers.date ?? '');
  return { seconds: remaining(Math.floor((expires - (Number.isNaN(date) ? now : date)) / 1000)), source: 'expires' };
}

/**
 * The effective freshness of a copy: the upstream's headers first (they speak for this very
 * answer), else the feed's own hint (RSS `<ttl>`, `sy:updatePeriod`/`sy:updateFrequency`, in
 * seconds), else `ttl`; always within [`ttl`, `maxTtl`] (`ttl` wins when a feed's own `ttl` is the
 * larger). An upstream that says `no-cache`/`no-store`/`max-age=0` gets `ttl` and a conditional
 * request each time.
 */
export function freshness(headers: CacheHeaders, feedHintSeconds: number | undefined, limits: FreshnessLimits, now: number): Freshness {
  const clamp = (seconds: number) => Math.max(limits.ttl, Math.min(limits.maxTtl, Math.floor(seconds)));
  const fromHeaders = headerFreshness(headers, now);
  if (fromHeaders) return { seconds: clamp(fromHeaders.seconds), source: fromHeaders.seconds > limits.ttl ? fromHeaders.source : 'ttl', revalidate: fromHeaders.seconds === 0 };
  if (feedHintSeconds !== undefined && feedHintSeconds > 0) {
    return { seconds: clamp(feedHintSeconds), source: feedHintSeconds > limits.ttl ? 'feed' : 'ttl', revalidate: false };
  }
  return { seconds: limits.ttl, source: 'ttl', revalidate: false };
}

/**
 * Whole seconds of freshness left in a copy received at `receivedAt` (ms) that is fresh for
 * `seconds`: its age counted in whole seconds, as `Age` is; 0 once stale.
 */
export function remainingSeconds(receivedAt: number, seconds: number, now: number): number {
  return Math.max(0, seconds - Math.floor(Math.max(0, now - receivedAt) / 1000));
}
