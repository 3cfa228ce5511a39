/// <reference types="node" />
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { importMapOf, type Integrity } from '../embed/snippet.js';
import { EVERY_RESPONSE, matchesEtag, strongEtag } from './http.js';
import { EdgeProblem } from './problem.js';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** A year, and never revalidated: a versioned address never changes its bytes. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** The unversioned address points at this version only until the edge is upgraded. */
const REDIRECT_CACHE = 'public, max-age=300';
const TYPES: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8' };
/** What may be asked for, before any file is looked up: a name in dist/, dist/chunks/ or dist/builder/. */
const SERVED = /^(?:(?:chunks|builder)\/)?[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(?:js|json|map)$/;
const TOP_LEVEL = new Set(['news-widgets.js', 'news-widgets.iife.js', 'news-latest-list.iife.js', 'integrity.json', 'importmap.json']);
/** Import maps made for as many of the edge's addresses (Host headers) as this; then made again. */
const MAX_IMPORT_MAPS = 8;

interface Representation {
  bytes: Buffer;
  etag: string;
}
interface Entry {
  type: string;
  identity: Representation;
  br: Representation;
  gzip: Representation;
}

/** The Content-Encoding to send: brotli, then gzip, when the client accepts it (`q=0` refuses). */
export function negotiate(header: string | string[] | undefined): 'br' | 'gzip' | 'identity' {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const wants = (coding: string) => (accepted.get(coding) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return 'identity';
}

async function entryOf(bytes: Buffer, file: string): Promise<Entry> {
  const etag = strongEtag(bytes);
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } }),
    gzipped(bytes, { level: 9 }),
  ]);
  return {
    type: TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
    identity: { bytes, etag },
    br: { bytes: br, etag: etag.replace(/"$/, '-br"') },
    gzip: { bytes: gz, etag: etag.replace(/"$/, '-gz"') },
  };
}

/**
 * `GET /v<version>/<file>`: the package's built script files (the ES module and its chunks, both
 * single-file builds, integrity.json, the builder's script) from its own dist/, byte for byte,
 * cached for a year; `GET /dist/<file>` redirects there. Each file is read and compressed (brotli
 * and gzip) once, when first asked for, and kept. `importmap.json` is the one made for this edge's
 * address (dist/integrity.json's chunks under `<edge>/v<version>/`), not the build's.
 */
export function createDistFiles({ root = new URL('../../', import.meta.url), base }: { root?: URL; base: (request: IncomingMessage) => string }) {
  let listing: Promise<{ integrity: Integrity; files: Set<string> }> | undefined;
  const entries = new Map<string, Promise<Entry>>();
  const importMaps = new Map<string, Promise<Entry>>();

  async function list(): Promise<{ integrity: Integrity; files: Set<string> }> {
    const integrity = JSON.parse(await readFile(new URL('integrity.json', root), 'utf8')) as Integrity;
    const files = new Set<string>();
    for (const folder of ['', 'chunks/', 'builder/']) {
      const names = await readdir(new URL(folder || '.', root)).catch(() => [] as string[]);
      for (const name of names) if (SERVED.test(folder + name) && (folder || TOP_LEVEL.has(name) || /^news-.*\.js\.map$/.test(name))) files.add(folder + name);
    }
    files.add('importmap.json');
    return { integrity, files };
  }

  /** The version this edge serves (from dist/integrity.json), once dist/ has been read. */
  async function version(): Promise<string> {
    listing ??= list().catch((error: unknown) => {
      listing = undefined;
      throw new EdgeProblem('not-found', 'This edge has no built files to serve (dist/integrity.json is missing): run `npm run build`.', { cause: error });
    });
    return (await listing).integrity.version;
  }

  function send(request: IncomingMessage, response: ServerResponse, entry: Entry): void {
    const coding = negotiate(request.headers['accept-encoding']);
    const representation = entry[coding];
    const headers: OutgoingHttpHeaders = { ...EVERY_RESPONSE, 'Cache-Control': IMMUTABLE, ETag: representation.etag, Vary: 'Accept-Encoding' };
    if (matchesEtag(request.headers['if-none-match'], representation.etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    if (coding !== 'identity') headers['Content-Encoding'] = coding;
    response.writeHead(200, { ...headers, 'Content-Type': entry.type, 'Content-Length': representation.bytes.byteLength });
    response.end(representation.bytes);
  }

  async function serve(request: IncomingMessage, response: ServerResponse, prefix: string, path: string): Promise<void> {
    const current = await version();
    if (/(^|\/)\.\.?(\/|$)|%|\\/.test(path) || !SERVED.test(path)) {
      throw new EdgeProblem('bad-request', 'A file of the package is a name in dist/, dist/chunks/ or dist/builder/, such as /dist/news-widgets.js: no other path is served.');
    }
    if (prefix === 'dist') {
      // Relative, so it holds behind a proxy that serves the edge under a path of its own.
      const location = `${'../'.repeat(path.split('/').length)}v${current}/${path}`;
      response.writeHead(302, { ...EVERY_RESPONSE, Location: location, 'Cache-Control': REDIRECT_CACHE, 'Content-Length': 0 }).end();
      return;
    }
    if (prefix !== `v${current}`) throw new EdgeProblem('not-found', `This edge serves version ${current} of the scripts, at /v${current}/ (or /dist/, which redirects there).`);
    const { integrity, files } = await listing!;
    if (!files.has(path)) throw new EdgeProblem('not-found', `The package has no file ${path.slice(0, 100)}; integrity.json lists its scripts.`);
    if (path === 'importmap.json') {
      const edge = base(request);
      let made = importMaps.get(edge);
      if (!made) {
        if (importMaps.size >= MAX_IMPORT_MAPS) importMaps.delete(importMaps.keys().next().value!);
        made = entryOf(Buffer.from(`${JSON.stringify(importMapOf(integrity, `${edge}/v${current}/`), null, 2)}\n`), path);
        importMaps.set(edge, made);
      }
      return send(request, response, await made);
    }
    let entry = entries.get(path);
    if (!entry) {
      entry = readFile(new URL(path, root)).then((bytes) => entryOf(bytes, path));
      entries.set(path, entry);
      entry.catch(() => entries.delete(path));
    }
    send(request, response, await entry);
  }

  return {
    serve,
    version,
    integrity: async () => {
      await version();
      return (await listing!).integrity;
    },
    close(): void {
      entries.clear();
      importMaps.clear();
    },
  };
}
