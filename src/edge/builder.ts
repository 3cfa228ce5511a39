/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BuilderConfig } from '../builder/config.js';
import { CONFIG_ID } from '../builder/config.js';
import type { Integrity } from '../embed/snippet.js';
import type { ResolvedConfig } from './config.js';
import { EVERY_RESPONSE, matchesEtag, strongEtag } from './http.js';

/**
 * The builder page runs its own script and the widgets' only, all from this edge: no inline
 * script or style (its configuration is inert JSON), no other host, no frames.
 */
export const BUILDER_CSP = "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'none'; frame-ancestors 'none'";

/** JSON that no string in it can close the `<script>` it sits in. */
const inertJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

/** What the page tells partners: names, titles and descriptions of the feeds, never their URLs. */
export function builderConfig(config: ResolvedConfig, edge: string, integrity: Integrity): BuilderConfig {
  return {
    version: integrity.version,
    edge,
    dist: `${edge}/v${integrity.version}/`,
    feeds: [...config.feeds.values()].map(({ name, title, description }) => ({ name, ...(title ? { title } : {}), ...(description ? { description } : {}) })),
    allow: [...config.allow],
    integrity,
  };
}

/** The page: the builder element, its script (relative, so a proxy may serve the edge under a path), its configuration. */
export function builderPage(builder: BuilderConfig): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>news-widgets · Конструктор виджета · Widget builder</title>
<script type="module" src="v${encodeURIComponent(builder.version)}/builder/builder.js"></script>
</head>
<body>
<news-widgets-builder></news-widgets-builder>
<script type="application/json" id="${CONFIG_ID}">${inertJson(builder)}</script>
<noscript><p>Конструктор работает с JavaScript. · Құрастырушы JavaScript-пен жұмыс істейді. · The builder needs JavaScript.</p></noscript>
</body>
</html>
`;
}

/** `GET /` and `GET /builder`: the page, made afresh from the configuration (the edge keeps no state for it). */
export function serveBuilder(request: IncomingMessage, response: ServerResponse, page: string): void {
  const bytes = Buffer.from(page);
  const etag = strongEtag(bytes);
  const headers = {
    ...EVERY_RESPONSE,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': BUILDER_CSP,
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
  };
  if (matchesEtag(request.headers['if-none-match'], etag)) {
    response.writeHead(304, headers).end();
    return;
  }
  response.writeHead(200, { ...headers, 'Content-Length': bytes.byteLength }).end(bytes);
}
