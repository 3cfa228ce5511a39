#!/usr/bin/env node
// The demo partner site: plain HTML pages from demo/, the built widgets from dist/, and
// local JSON endpoints under /api/ serving the seed's content (test/fixtures/). No dependencies.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMBEDS, partnerArticle } from './partner-page.mjs';
import { ROOT, fileFor, sendFile } from './static-files.mjs';

// Endpoint → fixture: the seed's content in the shapes partners' outlets really have.
export const ENDPOINTS = {
  '/api/latest.json': 'test/fixtures/seed/latest.json',
  '/api/article.json': 'test/fixtures/seed/article.json',
  '/api/feed.json': 'test/fixtures/shapes/jsonfeed-1.1.json',
  '/api/wp/v2/posts': 'test/fixtures/shapes/wordpress-embed.json',
  '/api/rss.xml': 'test/fixtures/shapes/rss.xml',
  '/api/atom.xml': 'test/fixtures/shapes/atom.xml',
};

// An outlet's RSS feed that sends no Access-Control-Allow-Origin, as most do: demo/edge.html reads
// it from another origin (localhost), directly (refused) and through the feed edge at /edge/.
export const CORSLESS_ENDPOINTS = { '/upstream/rss.xml': 'test/fixtures/shapes/rss.xml' };

/** The feed edge (dist/lib/edge), for /edge/ on a server on `port`, allowed to read that server as localhost. */
async function startEdge(port) {
  const { createEdge } = await import('../dist/lib/edge/index.js');
  const origin = `http://127.0.0.1:${port}`;
  // The upstream is this server, on loopback: --allow-private, as in local development. The named
  // feeds are what demo/ssr.html renders through /edge/render/…; widgets refresh from /edge/.
  return createEdge({
    allow: [`http://localhost:${port}`, origin],
    allowPrivate: true,
    feeds: { latest: { url: `${origin}/api/latest.json`, timeZone: 'Asia/Almaty' }, article: { url: `${origin}/api/article.json` } },
    publicUrl: `${origin}/edge`,
  });
}

// Server-side includes as nginx's `ssi on` does them: <!--# include virtual="/path" --> becomes
// this server's answer for that path (here, the edge's /render/… fragments). Only in ssr*.html.
const INCLUDE = /<!--#\s*include\s+virtual="([^"]+)"\s*-->/g;

async function withIncludes(html, origin) {
  const parts = await Promise.all([...html.matchAll(INCLUDE)].map(async ([, path]) => {
    const response = await fetch(new URL(path, origin));
    return response.ok ? response.text() : `<!-- ${path}: ${response.status} -->`;
  }));
  return html.replace(INCLUDE, () => parts.shift());
}

/** The file for a request path: an endpoint's fixture, a built file, or a demo page; never anything else. */
function resolveFile(pathname) {
  if (Object.hasOwn(ENDPOINTS, pathname)) return join(ROOT, ENDPOINTS[pathname]);
  if (Object.hasOwn(CORSLESS_ENDPOINTS, pathname)) return join(ROOT, CORSLESS_ENDPOINTS[pathname]);
  return fileFor(pathname, { '/dist/': 'dist', '/': 'demo' });
}

export function startDemoServer(port = Number(process.env.PORT ?? 4173), host = '127.0.0.1') {
  let edge;
  const server = createServer(async (request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname.startsWith('/edge/')) {
      edge ??= startEdge(server.address().port);
      request.url = request.url.slice('/edge'.length);
      return (await edge)(request, response);
    }
    // ?delay=ms on an endpoint shows (and lets the benchmark measure) the loading state.
    const delay = Math.min(Number(searchParams.get('delay')) || 0, 30_000);
    if (delay && pathname.startsWith('/api/')) await new Promise((resolve) => setTimeout(resolve, delay));
    let file;
    try {
      file = await resolveFile(decodeURIComponent(pathname));
    } catch {
      file = undefined; // a malformed escape
    }
    // The partner's article page, with the widget embedded as ?embed= says (scripts/partner-page.mjs).
    const partner = pathname === '/partner-article.html';
    if (partner || (file && /\/ssr[\w-]*\.html$/.test(file))) {
      const embed = Object.hasOwn(EMBEDS, searchParams.get('embed') ?? '') ? searchParams.get('embed') : 'list-iife';
      const page = partner ? await partnerArticle(embed, { reserve: searchParams.get('reserve') !== '0' }) : await readFile(file, 'utf8');
      const html = await withIncludes(page, `http://127.0.0.1:${server.address().port}`);
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
      return;
    }
    // The endpoints answer cross-origin, as a partner's outlet must (README: Endpoints).
    await sendFile(response, file, pathname.startsWith('/api/') ? { 'Access-Control-Allow-Origin': '*' } : {});
  });
  server.on('close', () => edge?.then((started) => started.close()));
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveServer(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startDemoServer();
  const { port } = server.address();
  console.log(`news-widgets demo partner site: http://127.0.0.1:${port}/`);
  console.log('Press Ctrl+C to stop.');
}
