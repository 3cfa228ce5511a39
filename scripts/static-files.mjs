// Static files for the scripts' servers (the demo partner site, story shots): one MIME table
// and one path guard, so no request can reach outside the folders a server mounts.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json', '.json': 'application/json; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.woff2': 'font/woff2',
};

/**
 * The file a URL path names under `mounts` (URL prefix → folder relative to the repo, longest
 * prefix first), with `index.html` for folders; undefined for anything outside those folders.
 */
export async function fileFor(pathname, mounts) {
  const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((candidate) => pathname.startsWith(candidate));
  if (prefix === undefined) return undefined;
  const base = join(ROOT, mounts[prefix]);
  let file = resolve(base, pathname.slice(prefix.length).replace(/^\/+/, ''));
  if (relative(base, file).startsWith('..')) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The Content-Type a file is served with. */
export function contentTypeOf(file) {
  return TYPES[extname(file)] ?? 'application/octet-stream';
}

/** Answers with a file (or a plain 404 when `file` is undefined). */
export async function sendFile(response, file, headers = {}) {
  if (!file) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, { 'Content-Type': contentTypeOf(file), 'Cache-Control': 'no-store', ...headers });
  response.end(await readFile(file));
}
