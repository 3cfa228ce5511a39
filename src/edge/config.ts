/// <reference types="node" />
import { validateHeaderName, validateHeaderValue } from 'node:http';
import { isIP, type LookupFunction } from 'node:net';
import { FeedError } from '../data/errors.js';
import { assertTimeZone } from '../data/dates/dates.js';
import { normalizeFeed } from '../data/read/normalize.js';
import { parsePath } from '../data/read/paths.js';
import type { FieldMap } from '../data/types.js';
import { nodeParsers } from '../node/parsers.js';

/** One named feed of `--config`: trusted configuration, so `${VAR}`s may hold keys. */
export interface FeedConfig {
  /** Absolute http(s) URL; `${VAR}` is taken from the environment. */
  url: string;
  /** Seconds an answer is fresh (at least 1; default: the edge's `ttl`). */
  ttl?: number;
  /** Sent to the feed's own origin only (never after a redirect elsewhere); `${VAR}` as in `url`. */
  headers?: Record<string, string>;
  /** As the widgets' `items-path`, `map`, `date-input-format`, `time-zone` (the JSON file may use those names). */
  itemsPath?: string;
  map?: FieldMap | string;
  dateInputFormat?: string;
  timeZone?: string;
  /** Shown to partners in the builder (`GET /`), with the feed's name: what the feed is… */
  title?: string;
  /** …and a line more about it. */
  description?: string;
}

/** `createEdge`'s configuration: the CLI's flags and `--config` file, in camelCase, plus what tests inject. */
export interface EdgeConfig {
  /** Upstream origins `GET /feed?url=` may read, e.g. `https://sarbaz.kz`. */
  allow?: string[];
  /** Named feeds, served at `GET /feeds/<name>`. */
  feeds?: Record<string, FeedConfig>;
  /** Local development only: upstreams on loopback and private addresses. */
  allowPrivate?: boolean;
  /** Addresses or CIDRs the edge may contact although they are private, e.g. `['127.0.0.1']` for one local upstream. */
  allowAddresses?: string[];
  /** Seconds an answer is fresh at least: the edge asks an upstream no more often (default 60). */
  ttl?: number;
  /** Seconds an answer is fresh at most, however long the upstream says it is (default 3600). */
  maxTtl?: number;
  /** Seconds the edge waits at most before asking a failing upstream again (default 600). */
  maxBackoff?: number;
  /** Seconds an upstream has for the whole answer, body and redirects included (default 10). */
  timeout?: number;
  /** Upstream requests per second per upstream origin, in bursts of as many (default 5). */
  upstreamRate?: number;
  /** Feeds kept, in entries (default 1000)… */
  cacheSize?: number;
  /** …and in bytes of JSON Feed (default 256 MB). */
  cacheBytes?: number;
  /** Seconds a last good copy may be served while the upstream fails (default 86 400). */
  staleIfError?: number;
  /** Largest upstream body, in bytes, with or without Content-Length (default 5 MB). */
  maxBytes?: number;
  /** Answer `/metrics` to any client, not only loopback ones. */
  metricsPublic?: boolean;
  /** Add Node's process metrics (memory, CPU, event loop) to `/metrics`. */
  processMetrics?: boolean;
  /**
   * Where readers reach this edge, e.g. `https://edge.outlet.example` (a path is kept: behind a
   * proxy at `/news-edge/`, say so). Widgets rendered by `/render/…` fetch their refreshes from
   * there; without it, from the `Host` the request came with.
   */
  publicUrl?: string;
  /**
   * A file that keeps the last good copies and their validators across restarts: read at start,
   * written every few minutes and on `close()`.
   */
  cacheFile?: string;
  /** The widget builder at `GET /` and `/builder` (default on; `--no-builder` turns it off). */
  builder?: boolean;
  /** Where `${VAR}`s come from (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** The clock, in ms since the epoch (default `Date.now`): TTLs, backoff, `Retry-After` and the rate limit follow it. */
  now?: () => number;
  /** Random numbers in [0, 1) for the backoff's jitter (default `Math.random`). */
  random?: () => number;
  /** DNS resolver with `dns.lookup`'s signature; its answers are checked before connecting. */
  lookup?: LookupFunction;
  /** One line per upstream failure (default: none). */
  log?: (line: string) => void;
}

export interface ResolvedFeed {
  name: string;
  url: URL;
  ttl: number;
  headers: Record<string, string>;
  options: FeedOptions;
  title?: string;
  description?: string;
}

export interface FeedOptions {
  itemsPath?: string;
  map?: FieldMap | string;
  dateInputFormat?: string;
  timeZone?: string;
}

export interface ResolvedConfig {
  allow: ReadonlySet<string>;
  feeds: ReadonlyMap<string, ResolvedFeed>;
  allowPrivate: boolean;
  allowAddresses: string[];
  ttl: number;
  maxTtl: number;
  maxBackoff: number;
  timeout: number;
  upstreamRate: number;
  cacheSize: number;
  cacheBytes: number;
  staleIfError: number;
  maxBytes: number;
  metricsPublic: boolean;
  processMetrics: boolean;
  /** `publicUrl` without a trailing slash. */
  publicUrl?: string;
  cacheFile?: string;
  builder: boolean;
  /** Every value a `${VAR}` was replaced with: kept out of every response, error, metric and log line. */
  secrets: string[];
}

/** A configuration the edge cannot start with; the message names the setting (never a secret's value). */
export class EdgeConfigError extends Error {
  override name = 'EdgeConfigError';
}

export const DEFAULTS = {
  ttl: 60,
  maxTtl: 3600,
  maxBackoff: 600,
  timeout: 10,
  upstreamRate: 5,
  cacheSize: 1000,
  cacheBytes: 256 * 1024 * 1024,
  staleIfError: 86_400,
  maxBytes: 5 * 1024 * 1024,
} as const;

const FEED_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const SETTINGS: ReadonlySet<string> = new Set([
  'allow', 'feeds', 'allowPrivate', 'allowAddresses', 'ttl', 'maxTtl', 'maxBackoff', 'timeout', 'upstreamRate', 'cacheSize', 'cacheBytes', 'staleIfError',
  'maxBytes', 'metricsPublic', 'processMetrics', 'publicUrl', 'cacheFile', 'builder', 'env', 'now', 'random', 'lookup', 'log',
]);
const FEED_SETTINGS: ReadonlySet<string> = new Set(['url', 'ttl', 'headers', 'itemsPath', 'items-path', 'map', 'dateInputFormat', 'date-input-format', 'timeZone', 'time-zone', 'title', 'description']);

/** A misspelt setting would otherwise be ignored without a word. */
function checkKeys(object: object, known: ReadonlySet<string>, where: string): void {
  const unknown = Object.keys(object).find((key) => !known.has(key));
  if (unknown !== undefined) throw new EdgeConfigError(`${where}"${unknown}" is not a setting of the edge; it knows ${[...known].join(', ')}.`);
}
const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
const MAX_OPTION_LENGTH = 2000;

function positive(value: unknown, setting: string, fallback: number, { integer = false, minimum = 0 } = {}): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new EdgeConfigError(`${setting} must be a positive ${integer ? 'whole ' : ''}number, not ${JSON.stringify(value)}.`);
  }
  return Math.max(value, minimum);
}

/** `https://sarbaz.kz/` or `https://sarbaz.kz` → `https://sarbaz.kz`; anything with a path is refused. */
export function parseOrigin(value: unknown, setting: string): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.pathname !== '/' || url.search || url.hash) {
    throw new EdgeConfigError(`${setting} must be an http(s) origin such as https://sarbaz.kz, not ${JSON.stringify(value)}.`);
  }
  return url.origin;
}

/** `https://edge.outlet.example/news-edge/` → `https://edge.outlet.example/news-edge`. */
function parsePublicUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    throw new EdgeConfigError(`publicUrl must be the http(s) address readers reach the edge at, such as https://edge.outlet.example, not ${JSON.stringify(value)}.`);
  }
  return url.href.replace(/\/+$/, '');
}

function parseCacheFile(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !value.trim()) throw new EdgeConfigError(`cacheFile must be a file path, not ${JSON.stringify(value)}.`);
  return value;
}

function checkAddress(value: unknown, setting: string): string {
  const [address, bits, extra] = typeof value === 'string' ? value.split('/') : [];
  const family = isIP(address ?? '');
  const prefix = Number(bits ?? (family === 6 ? 128 : 32));
  if (!family || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
    throw new EdgeConfigError(`${setting} must be an IP address or CIDR such as 127.0.0.1 or 10.0.0.0/8, not ${JSON.stringify(value)}.`);
  }
  return value as string;
}

/**
 * Checks the widget options the edge applies, before any upstream is asked, so a typo is a
 * 400 at once and not an upstream request per reader.
 */
export function checkFeedOptions(options: FeedOptions): void {
  for (const [name, value] of Object.entries(options)) {
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (text && text.length > MAX_OPTION_LENGTH) throw new FeedError('config', `${name} is longer than ${MAX_OPTION_LENGTH} characters.`);
  }
  if (options.itemsPath !== undefined) parsePath(options.itemsPath);
  assertTimeZone(options.timeZone);
  // A one-item list runs the map through the same parser the feed will; it throws on a bad one.
  if (options.map !== undefined) normalizeFeed([{ title: 'x' }], { map: options.map, parsers: nodeParsers });
}

function substitute(text: string, setting: string, env: Record<string, string | undefined>, secrets: Set<string>): string {
  return text.replace(VARIABLE, (_whole, name: string) => {
    const value = env[name];
    if (value === undefined || value === '') throw new EdgeConfigError(`${setting} uses \${${name}}, but the environment variable ${name} is not set.`);
    secrets.add(value);
    return value;
  });
}

/** `items-path` and friends as the JSON file writes them, or camelCase as code does. */
function option(feed: Record<string, unknown>, camel: string, kebab: string): unknown {
  return feed[camel] ?? feed[kebab];
}

function resolveFeed(name: string, raw: unknown, ttl: number, env: Record<string, string | undefined>, secrets: Set<string>): ResolvedFeed {
  const setting = `feeds.${name}`;
  if (!FEED_NAME.test(name)) throw new EdgeConfigError(`${setting}: a feed name is letters, digits, "-", "_" and ".", up to 64 characters.`);
  if (typeof raw !== 'object' || raw === null || typeof (raw as FeedConfig).url !== 'string') {
    throw new EdgeConfigError(`${setting} must be an object with a "url".`);
  }
  const feed = raw as unknown as Record<string, unknown>;
  checkKeys(feed, FEED_SETTINGS, `${setting}: `);
  let url: URL;
  try {
    url = new URL(substitute(feed.url as string, `${setting}.url`, env, secrets));
  } catch (error) {
    if (error instanceof EdgeConfigError) throw error;
    throw new EdgeConfigError(`${setting}.url is not an absolute URL.`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new EdgeConfigError(`${setting}.url must be http(s).`);
  if (url.username || url.password) throw new EdgeConfigError(`${setting}.url must not hold credentials: send them in "headers".`);
  url.hash = '';
  const headers: Record<string, string> = {};
  const rawHeaders = feed.headers ?? {};
  if (typeof rawHeaders !== 'object' || rawHeaders === null) throw new EdgeConfigError(`${setting}.headers must be an object of header → value.`);
  for (const [header, value] of Object.entries(rawHeaders)) {
    if (typeof value !== 'string') throw new EdgeConfigError(`${setting}.headers.${header} must be a string.`);
    const resolved = substitute(value, `${setting}.headers.${header}`, env, secrets);
    try {
      validateHeaderName(header);
      validateHeaderValue(header, resolved);
    } catch {
      throw new EdgeConfigError(`${setting}.headers.${header} is not a valid HTTP header.`);
    }
    headers[header.toLowerCase()] = resolved;
  }
  const options: FeedOptions = {};
  const itemsPath = option(feed, 'itemsPath', 'items-path');
  const map = option(feed, 'map', 'map');
  const dateInputFormat = option(feed, 'dateInputFormat', 'date-input-format');
  const timeZone = option(feed, 'timeZone', 'time-zone');
  if (itemsPath !== undefined) options.itemsPath = String(itemsPath);
  if (map !== undefined) options.map = map as FieldMap | string;
  if (dateInputFormat !== undefined) options.dateInputFormat = String(dateInputFormat);
  if (timeZone !== undefined) options.timeZone = String(timeZone);
  try {
    checkFeedOptions(options);
  } catch (error) {
    throw new EdgeConfigError(`${setting}: ${(error as Error).message}`);
  }
  const shown: Pick<ResolvedFeed, 'title' | 'description'> = {};
  for (const key of ['title', 'description'] as const) {
    const value = feed[key];
    if (value === undefined) continue;
    if (typeof value !== 'string' || value.length > 500) throw new EdgeConfigError(`${setting}.${key} must be text of at most 500 characters.`);
    if (value.trim()) shown[key] = value.trim();
  }
  return { name, url, ttl: Math.round(positive(feed.ttl, `${setting}.ttl`, ttl, { minimum: 1 })), headers, options, ...shown };
}

/** Validates a configuration and fills in defaults; throws `EdgeConfigError` naming what is wrong. */
export function resolveConfig(config: EdgeConfig): ResolvedConfig {
  checkKeys(config, SETTINGS, '');
  if (config.allow !== undefined && !Array.isArray(config.allow)) throw new EdgeConfigError('allow must be a list of origins.');
  const env = config.env ?? process.env;
  const secrets = new Set<string>();
  const ttl = Math.round(positive(config.ttl, 'ttl', DEFAULTS.ttl, { minimum: 1 }));
  const allow = new Set((config.allow ?? []).map((origin, index) => parseOrigin(origin, `allow[${index}]`)));
  const feeds = new Map<string, ResolvedFeed>();
  for (const [name, feed] of Object.entries(config.feeds ?? {})) feeds.set(name, resolveFeed(name, feed, ttl, env, secrets));
  return {
    allow,
    feeds,
    allowPrivate: config.allowPrivate === true,
    allowAddresses: (config.allowAddresses ?? []).map((address, index) => checkAddress(address, `allowAddresses[${index}]`)),
    ttl,
    maxTtl: Math.round(positive(config.maxTtl, 'maxTtl', DEFAULTS.maxTtl, { minimum: 1 })),
    maxBackoff: positive(config.maxBackoff, 'maxBackoff', DEFAULTS.maxBackoff, { minimum: 1 }),
    timeout: positive(config.timeout, 'timeout', DEFAULTS.timeout),
    upstreamRate: positive(config.upstreamRate, 'upstreamRate', DEFAULTS.upstreamRate),
    cacheSize: positive(config.cacheSize, 'cacheSize', DEFAULTS.cacheSize, { integer: true }),
    cacheBytes: positive(config.cacheBytes, 'cacheBytes', DEFAULTS.cacheBytes, { integer: true }),
    staleIfError: Math.round(positive(config.staleIfError, 'staleIfError', DEFAULTS.staleIfError)),
    maxBytes: positive(config.maxBytes, 'maxBytes', DEFAULTS.maxBytes, { integer: true }),
    metricsPublic: config.metricsPublic === true,
    processMetrics: config.processMetrics === true,
    publicUrl: parsePublicUrl(config.publicUrl),
    cacheFile: parseCacheFile(config.cacheFile),
    builder: config.builder !== false,
    secrets: [...secrets],
  };
}

/**
 * Replaces every configured secret in `text`, as written, JSON-escaped and URL-encoded. Feed
 * bodies use `minLength` 8: a key is long, and a short value (a section name) may be news text.
 */
export function redactor(secrets: readonly string[], minLength = 1): (text: string) => string {
  const forms = [...new Set(secrets.filter((secret) => secret.length >= minLength).flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]))]
    .sort((a, b) => b.length - a.length);
  if (!forms.length) return (text) => text;
  return (text) => forms.reduce((result, form) => result.split(form).join('[redacted]'), text);
}
