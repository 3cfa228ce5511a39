/// <reference types="node" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
// The edge reads `date-input-format` synchronously, as the package entry does.
import '../data/dates/date-pattern.js';
import { FeedError } from '../data/errors.js';
import { checkFeedOptions, redactor, resolveConfig, type EdgeConfig, type FeedOptions, type ResolvedConfig } from './config.js';
import { builderConfig, builderPage, serveBuilder } from './builder.js';
import { createDistFiles } from './dist-files.js';
import { createFeedService, type FeedTarget } from './feeds.js';
import { EVERY_RESPONSE, isLoopbackClient, sendJson, sendProblem } from './http.js';
import { createMetrics } from './metrics.js';
import { EdgeProblem, toProblem } from './problem.js';
import { RateLimiter } from './rate-limit.js';
import { createRenderService, edgeBase } from './render.js';
import { createUpstreamClient } from './upstream.js';
import { readCacheFile, writeCacheFile } from './cache-file.js';
import { scheduler } from '../time/scheduler.js';

/** A Node request handler (`http.createServer(edge)`, or mounted in any server) with a `close()`. */
export interface Edge {
  (request: IncomingMessage, response: ServerResponse, next?: () => void): void;
  /** Stops upstream requests in flight, closes idle upstream connections, empties the cache. */
  close(): void;
}

interface Route {
  /** The `route` label in metrics. */
  name: string;
  /** Path parameters when the path is this route's, else undefined. */
  match(pathname: string): string[] | undefined;
  handle(request: IncomingMessage, response: ServerResponse, url: URL, params: string[]): Promise<void> | void;
}

const MAX_URL_LENGTH = 4096;
/** How often `--cache-file` is written while the edge runs, besides on close. */
const CACHE_FILE_EVERY = 5 * 60_000;
/** Query parameters of `/feed` that mean what the widget attributes of the same name mean. */
const OPTION_PARAMS = { itemsPath: 'items-path', map: 'map', dateInputFormat: 'date-input-format', timeZone: 'time-zone' } as const;

function userAgent(): string {
  try {
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    return `news-widgets-edge/${version} (+https://www.npmjs.com/package/news-widgets)`;
  } catch {
    return 'news-widgets-edge (+https://www.npmjs.com/package/news-widgets)';
  }
}

/** `?url=…&items-path=…` → the feed to serve, or a 400/403 before anything is asked upstream. */
function queryTarget(url: URL, config: ResolvedConfig): FeedTarget {
  const raw = url.searchParams.get('url');
  if (!raw) throw new EdgeProblem('bad-request', 'Say which feed to read: /feed?url=<absolute http(s) URL of the feed>.');
  let upstream: URL;
  try {
    upstream = new URL(raw);
  } catch {
    throw new EdgeProblem('bad-request', `url "${raw.slice(0, 200)}" is not an absolute URL.`);
  }
  if (!/^https?:$/.test(upstream.protocol)) throw new EdgeProblem('bad-request', `url must be http(s), not ${upstream.protocol}.`);
  if (upstream.username || upstream.password) throw new EdgeProblem('bad-request', 'url must not hold credentials: the edge forwards none.');
  if (upstream.href.length > MAX_URL_LENGTH) throw new EdgeProblem('bad-request', `url is longer than ${MAX_URL_LENGTH} characters.`);
  upstream.hash = '';
  if (!config.allow.has(upstream.origin)) {
    throw new EdgeProblem('origin-not-allowed', `This edge does not read ${upstream.origin}: its operator can allow it with --allow ${upstream.origin}.`);
  }
  const options: FeedOptions = {};
  for (const [option, param] of Object.entries(OPTION_PARAMS)) {
    const value = url.searchParams.get(param);
    if (value) options[option as keyof FeedOptions] = value;
  }
  checkOptions(options);
  return {
    key: JSON.stringify(['feed', upstream.href, options.itemsPath, options.map, options.dateInputFormat, options.timeZone]),
    url: upstream,
    label: upstream.href,
    allows: (origin) => config.allow.has(origin),
    headers: {},
    options,
    ttl: config.ttl,
    fallbackTitle: upstream.host,
  };
}

function checkOptions(options: FeedOptions): void {
  try {
    checkFeedOptions(options);
  } catch (error) {
    if (error instanceof FeedError) throw new EdgeProblem('bad-request', error.message, { cause: error });
    throw error;
  }
}

function decodeName(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new EdgeProblem('unknown-feed', 'This edge has no feed by that name.');
  }
}

/** A named feed of the configuration; its URL may hold a key, so only its name is ever shown. */
function namedTarget(name: string, config: ResolvedConfig): FeedTarget {
  const feed = config.feeds.get(name);
  if (!feed) throw new EdgeProblem('unknown-feed', `This edge has no feed named "${name.slice(0, 100)}".`);
  return {
    key: JSON.stringify(['feeds', name]),
    url: feed.url,
    label: `feeds/${name}`,
    name,
    allows: (origin) => origin === feed.url.origin || config.allow.has(origin),
    headers: feed.headers,
    options: feed.options,
    ttl: feed.ttl,
    fallbackTitle: name,
  };
}

/**
 * `--cache-file`: copies read back at start (those of feeds configured as they were, by this
 * version), written every few minutes and on close. A file that cannot be read or written is
 * logged, never fatal: the edge then starts cold, as it would without one.
 */
function cacheFile(path: string, config: ResolvedConfig, feeds: ReturnType<typeof createFeedService>, log: (line: string) => void, redact: (text: string) => string) {
  const version = userAgent();
  // A named feed's key is its name: its URL, headers and options must match too (hashed: they may hold a key).
  const fingerprint = (key: string) => {
    const [route, name] = JSON.parse(key) as [string, string];
    const feed = route === 'feeds' ? config.feeds.get(name) : undefined;
    return createHash('sha256').update(JSON.stringify([version, feed && [feed.url.href, feed.headers, feed.options]])).digest('base64url');
  };
  try {
    feeds.restore(readCacheFile(path, fingerprint));
  } catch (error) {
    log(redact(`news-widgets edge: --cache-file ${path} not read, starting cold: ${(error as Error).message}`));
  }
  const save = () => {
    try {
      writeCacheFile(path, feeds.entries(), fingerprint);
    } catch (error) {
      log(redact(`news-widgets edge: --cache-file ${path} not written: ${(error as Error).message}`));
    }
  };
  const timer = scheduler().setInterval(save, CACHE_FILE_EVERY);
  (timer as { unref?: () => void }).unref?.();
  return {
    close(): void {
      scheduler().clearInterval(timer);
      save();
    },
  };
}

/**
 * The feed edge: a plain function from request to response around the widgets' data layer.
 * Throws `EdgeConfigError` for a configuration it cannot run with (an unset `${VAR}` among them).
 */
export function createEdge(edgeConfig: EdgeConfig = {}): Edge {
  const config = resolveConfig(edgeConfig);
  const now = edgeConfig.now ?? Date.now;
  const log = edgeConfig.log ?? (() => {});
  const redact = redactor(config.secrets);
  const client = createUpstreamClient({ allowPrivate: config.allowPrivate, allowAddresses: config.allowAddresses, userAgent: userAgent(), lookup: edgeConfig.lookup, now });
  // The service exists before the gauge that reads its size can be collected.
  const metrics = createMetrics({ processMetrics: config.processMetrics, cacheEntries: () => feeds.size, backingOff: () => feeds.backingOff });
  const feeds = createFeedService({
    config,
    client,
    limiter: new RateLimiter(config.upstreamRate, now),
    metrics,
    now,
    random: edgeConfig.random ?? Math.random,
    log,
    redact,
    redactBody: redactor(config.secrets, 8),
  });
  const renders = createRenderService({
    config,
    feeds,
    queryTarget: (url) => queryTarget(url, config),
    namedTarget: (name) => namedTarget(name, config),
  });

  const keepCopies = config.cacheFile ? cacheFile(config.cacheFile, config, feeds, log, redact) : undefined;
  const dist = createDistFiles({ base: (request) => edgeBase(request, config) });

  const routes: Route[] = [
    {
      name: 'dist',
      match: (pathname) => pathname.match(/^\/(dist|v\d[^/]*)\/(.+)$/)?.slice(1),
      handle: (request, response, _url, [prefix, path]) => dist.serve(request, response, prefix, path),
    },
    {
      name: 'builder',
      match: (pathname) => (config.builder && (pathname === '/' || pathname === '/builder') ? [] : undefined),
      handle: async (request, response) => serveBuilder(request, response, builderPage(builderConfig(config, edgeBase(request, config), await dist.integrity()))),
    },
    {
      name: 'feed',
      match: (pathname) => (pathname === '/feed' ? [] : undefined),
      handle: (request, response, url) => feeds.serve(request, response, queryTarget(url, config)),
    },
    {
      name: 'feeds',
      match: (pathname) => pathname.match(/^\/feeds\/([^/]+)$/)?.slice(1),
      handle: (request, response, _url, [name]) => feeds.serve(request, response, namedTarget(decodeName(name), config)),
    },
    {
      name: 'render',
      match: (pathname) => pathname.match(/^\/render\/([^/]+)$/)?.slice(1),
      handle: (request, response, url, [tag]) => renders.serve(request, response, url, tag),
    },
    {
      name: 'healthz',
      match: (pathname) => (pathname === '/healthz' ? [] : undefined),
      handle: (_request, response) => sendJson(response, 200, '{"status":"ok"}', { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }),
    },
    {
      name: 'metrics',
      match: (pathname) => (pathname === '/metrics' ? [] : undefined),
      async handle(request, response) {
        if (!config.metricsPublic && !isLoopbackClient(request)) {
          throw new EdgeProblem('metrics-not-public', 'Metrics answer loopback clients only (start the edge with --metrics-public to change that).');
        }
        const text = redact(await metrics.registry.metrics());
        response.writeHead(200, { ...EVERY_RESPONSE, 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' }).end(text);
      },
    },
  ];

  function fail(response: ServerResponse, error: unknown, label: string): void {
    const problem = toProblem(error, label);
    if (problem.type === 'internal-error') log(redact(`news-widgets edge: ${label}: ${String(error)}`));
    if (response.headersSent) {
      response.destroy();
      return;
    }
    // Errors are cached as long as the edge would repeat them; upstream failures only briefly.
    const maxAge = problem.maxAge ?? problem.retryAfter ?? (problem.status >= 500 || problem.type === 'upstream-not-found' ? Math.min(5, config.ttl) : config.ttl);
    sendProblem(response, problem, maxAge, redact);
  }

  async function handle(request: IncomingMessage, response: ServerResponse, next?: () => void): Promise<void> {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://edge.invalid');
    } catch {
      url = new URL('http://edge.invalid/');
    }
    const found = routes.map((route) => ({ route, params: route.match(url.pathname) })).find(({ params }) => params);
    // Mounted in another server, the edge leaves (and does not count) the paths that are not its own.
    if (!found && next) return next();
    response.once('finish', () => metrics.requests.inc({ route: found?.route.name ?? 'other', status: String(response.statusCode) }));
    try {
      if (!found) throw new EdgeProblem('not-found', `Nothing here: the edge serves /feed?url=…, /feeds/<name>, /render/<element>?…, /dist/<file>, ${config.builder ? '/ (the widget builder), ' : ''}/healthz and /metrics.`);
      if (request.method === 'OPTIONS') {
        // The widgets never need a preflight; a script that sets If-None-Match itself does.
        response.writeHead(204, { ...EVERY_RESPONSE, 'Access-Control-Allow-Methods': 'GET, HEAD', 'Access-Control-Allow-Headers': 'If-None-Match', 'Access-Control-Max-Age': '86400' }).end();
        return;
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') throw new EdgeProblem('method-not-allowed', `${found.route.name} answers GET and HEAD only.`);
      await found.route.handle(request, response, url, found.params!);
    } catch (error) {
      fail(response, error, url.pathname === '/feed' ? (url.searchParams.get('url') ?? '/feed').slice(0, 200) : url.pathname);
    }
  }

  const edge = ((request: IncomingMessage, response: ServerResponse, next?: () => void) => {
    void handle(request, response, next);
  }) as Edge;
  edge.close = () => {
    keepCopies?.close();
    feeds.close();
    renders.close();
    dist.close();
    client.close();
  };
  return edge;
}
