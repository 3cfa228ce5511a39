#!/usr/bin/env node
// The demo partner site: plain HTML pages from demo/, the built widgets from dist/, and
// local JSON endpoints under /api/ serving the seed's content (test/fixtures/). No dependencies.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json',
  '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg',
};

// Endpoint → fixture: the seed's content in the shapes partners' outlets really have.
export const ENDPOINTS = {
  '/api/latest.json': 'test/fixtures/seed/latest.json',
  '/api/article.json': 'test/fixtures/seed/article.json',
  '/api/feed.json': 'test/fixtures/shapes/jsonfeed-1.1.json',
  '/api/wp/v2/posts': 'test/fixtures/shapes/wordpress-embed.json',
  '/api/rss.xml': 'test/fixtures/shapes/rss.xml',
  '/api/atom.xml': 'test/fixtures/shapes/atom.xml',
};

/** The file for a request path: an endpoint's fixture, a built file, or a demo page; never anything else. */
function resolveFile(pathname) {
  if (ENDPOINTS[pathname]) return join(root, ENDPOINTS[pathname]);
  const [folder, path] = pathname.startsWith('/dist/') ? ['dist', pathname.slice('/dist/'.length)] : ['demo', pathname.endsWith('/') ? `${pathname}index.html` : pathname];
  const base = join(root, folder);
  const file = resolve(base, path.replace(/^\/+/, ''));
  return relative(base, file).startsWith('..') ? undefined : file;
}

export function startDemoServer(port = Number(process.env.PORT ?? 4173), host = '127.0.0.1') {
  const server = createServer(async (request, response) => {
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://localhost');
    // ?delay=ms on an endpoint shows (and lets the benchmark measure) the loading state.
    const delay = Math.min(Number(searchParams.get('delay')) || 0, 30_000);
    if (delay && pathname.startsWith('/api/')) await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      const file = resolveFile(decodeURIComponent(pathname));
      if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' };
      // The endpoints answer cross-origin, as a partner's outlet must (README: Endpoints).
      if (pathname.startsWith('/api/')) headers['Access-Control-Allow-Origin'] = '*';
      response.writeHead(200, headers).end(await readFile(file));
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  });
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
