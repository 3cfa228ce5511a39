/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';
import { LRUCache } from 'lru-cache';
import { readJsonFeed } from '../data/feeds/read-json-feed.js';
import { nodeParsers } from '../node/parsers.js';
import type { ResolvedConfig } from './config.js';
import type { createFeedService, FeedTarget } from './feeds.js';
import { strongEtag } from './http.js';
import { EdgeProblem } from './problem.js';

const HTML_TYPE = 'text/html; charset=utf-8';
/** Query parameters of `/render/<tag>` that say which feed to read and how, in the order `/feed` takes them. */
const READING_PARAMS = ['url', 'items-path', 'map', 'date-input-format', 'time-zone'];
/** Renders kept: a few per feed and element; each costs milliseconds of CPU to make again. */
const MAX_RENDERS = 500;
const MAX_RENDER_BYTES = 64 * 1024 * 1024;
const HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

type Ssr = typeof import('../ssr/render.js');

export interface RenderServiceDeps {
  config: ResolvedConfig;
  feeds: ReturnType<typeof createFeedService>;
  /** `?url=…` as `/feed` reads it (allow list, options), or a named feed. */
  queryTarget(url: URL): FeedTarget;
  namedTarget(name: string): FeedTarget;
}

/** Where readers reach this edge: `publicUrl`, else the address this request was sent to. */
export function edgeBase(request: IncomingMessage, config: ResolvedConfig): string {
  if (config.publicUrl) return config.publicUrl;
  const host = request.headers.host ?? '';
  if (!HOST.test(host)) throw new EdgeProblem('bad-request', 'Without --public-url the edge names itself by the Host header, and this request has none it can use.');
  const https = (request.socket as TLSSocket).encrypted || String(request.headers['x-forwarded-proto']).split(',')[0].trim() === 'https';
  return `${https ? 'https' : 'http'}://${host}`;
}

/**
 * `GET /render/<tag>?feed=<name>|url=<upstream>&lang=…&<attributes>`: the widget's HTML from the
 * feed the edge holds (the same cache, upstream requests and errors as `/feed`), with that
 * feed's caching headers. The element's `src` is the edge's own address of the feed, so the
 * widget refreshes from any page. Renders are kept by the feed's ETag and the query.
 */
export function createRenderService(deps: RenderServiceDeps) {
  const { config, feeds } = deps;
  const renders = new LRUCache<string, { bytes: Buffer; etag: string }>({
    max: MAX_RENDERS,
    maxSize: MAX_RENDER_BYTES,
    sizeCalculation: (render, key) => render.bytes.byteLength + key.length,
  });
  // The server renderer loads Lit and the elements: only once something is rendered.
  let ssr: Promise<Ssr> | undefined;

  async function serve(request: IncomingMessage, response: ServerResponse, url: URL, tag: string): Promise<void> {
    const { renderWidget, widgetAttributes, WIDGET_TAGS } = await (ssr ??= import('../ssr/render.js'));
    if (!(WIDGET_TAGS as readonly string[]).includes(tag)) {
      throw new EdgeProblem('not-found', `The edge renders ${WIDGET_TAGS.map((name) => `/render/${name}`).join(', ')}.`);
    }
    const params = url.searchParams;
    const attributes: Record<string, string> = {};
    for (const [name, value] of params) if (!READING_PARAMS.includes(name) && name !== 'feed' && !(name in attributes)) attributes[name] = value;
    if (params.has('time-zone')) attributes['time-zone'] = params.get('time-zone')!;
    if (!attributes.lang?.trim()) {
      throw new EdgeProblem('bad-request', "Say which language to render in: /render/<element>?…&lang=ru (ru, kk or en); a server cannot see the page's language.");
    }
    if ('src' in attributes) throw new EdgeProblem('bad-request', 'The edge sets src itself, to its own address of the feed: give feed=<name> or url=<upstream URL>.');
    try {
      widgetAttributes(tag as (typeof WIDGET_TAGS)[number], attributes as { lang: string });
    } catch (error) {
      throw new EdgeProblem('bad-request', (error as Error).message, { cause: error });
    }
    const name = params.get('feed');
    if (name !== null && params.has('url')) throw new EdgeProblem('bad-request', 'Give feed=<name> or url=<upstream URL>, not both.');
    if (name === null && !params.has('url')) throw new EdgeProblem('bad-request', 'Say which feed to render: /render/<element>?feed=<name> or ?url=<absolute http(s) URL of the feed>.');
    let path: string;
    let target: FeedTarget;
    if (name !== null) {
      target = deps.namedTarget(name);
      path = `/feeds/${encodeURIComponent(name)}`;
    } else {
      target = deps.queryTarget(url);
      const reading = new URLSearchParams();
      for (const param of READING_PARAMS) if (params.get(param)) reading.set(param, params.get(param)!);
      path = `/feed?${reading}`;
    }
    const src = edgeBase(request, config) + path;
    const entry = await feeds.entryFor(target);
    const key = JSON.stringify([entry.etag, tag, src, [...params]]);
    let render = renders.get(key);
    if (!render) {
      const feed = readJsonFeed(JSON.parse(entry.body.toString('utf8')), { parsers: nodeParsers });
      // The attribution fetches nothing: it has no src.
      const own = tag === 'news-source-attribution' ? attributes : { ...attributes, src };
      const bytes = Buffer.from(await renderWidget(tag as (typeof WIDGET_TAGS)[number], { feed, attributes: own as { lang: string } }));
      render = { bytes, etag: strongEtag(bytes) };
      renders.set(key, render);
    }
    feeds.send(request, response, entry, { ...render, type: HTML_TYPE });
  }

  return {
    serve,
    close(): void {
      renders.clear();
    },
  };
}
