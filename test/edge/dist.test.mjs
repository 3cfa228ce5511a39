// GET /v<version>/… and /dist/…: the package's built scripts, byte for byte as integrity.json
// hashes them, cached for a year, compressed when asked, and nothing outside them.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startEdge } from './support.mjs';

const DIST = new URL('../../dist/', import.meta.url);
const integrity = JSON.parse(readFileSync(new URL('integrity.json', DIST), 'utf8'));
const V = `/v${integrity.version}`;
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** A request sent exactly as written (no path normalization, no automatic decompression). */
function raw(origin, path, headers = {}, method = 'GET') {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the edge serves the package’s scripts', () => {
  let edge;
  before(async () => {
    edge = await startEdge({});
  });
  after(() => edge.close());

  test('every script integrity.json lists has exactly the bytes of its hash, under the versioned path', async () => {
    const files = ['news-widgets.js', 'news-widgets.iife.js', 'news-latest-list.iife.js', ...Object.keys(integrity.chunks)];
    for (const file of files) {
      const { status, headers, body } = await raw(edge.origin, `${V}/${file}`);
      assert.equal(status, 200, file);
      assert.equal(headers['content-type'], 'text/javascript; charset=utf-8', file);
      assert.equal(sha384(body), file.startsWith('chunks/') ? integrity.chunks[file] : integrity[file], file);
    }
    assert.ok(files.length > 10);
    const json = await raw(edge.origin, `${V}/integrity.json`);
    assert.deepEqual(json.body, readFileSync(new URL('integrity.json', DIST)));
  });

  test('caching: a year, immutable, a strong ETag, 304 to it; CORS and CORP for any page', async () => {
    const first = await raw(edge.origin, `${V}/news-widgets.iife.js`);
    assert.equal(first.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.match(first.headers.etag, /^"[A-Za-z0-9_-]+"$/);
    assert.equal(first.headers['access-control-allow-origin'], '*');
    assert.equal(first.headers['cross-origin-resource-policy'], 'cross-origin');
    assert.equal(first.headers['x-content-type-options'], 'nosniff');
    assert.equal(first.headers.vary, 'Accept-Encoding');
    assert.equal(Number(first.headers['content-length']), first.body.byteLength);
    const again = await raw(edge.origin, `${V}/news-widgets.iife.js`, { 'If-None-Match': first.headers.etag });
    assert.equal(again.status, 304);
    assert.equal(again.body.byteLength, 0);
    assert.equal(again.headers['cache-control'], 'public, max-age=31536000, immutable');
    const head = await raw(edge.origin, `${V}/news-widgets.js`, {}, 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body.byteLength, 0);
  });

  test('compression: brotli, then gzip, as the client accepts; each its own ETag, the same bytes inside', async () => {
    const plain = await raw(edge.origin, `${V}/news-widgets.iife.js`);
    assert.equal(plain.headers['content-encoding'], undefined);
    const br = await raw(edge.origin, `${V}/news-widgets.iife.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.ok(br.body.byteLength < plain.body.byteLength / 2, `${br.body.byteLength} of ${plain.body.byteLength}`);
    assert.deepEqual(brotliDecompressSync(br.body), plain.body);
    const gz = await raw(edge.origin, `${V}/news-widgets.iife.js`, { 'Accept-Encoding': 'gzip, br;q=0' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gz.body), plain.body);
    assert.equal(new Set([plain.headers.etag, br.headers.etag, gz.headers.etag]).size, 3);
    const refused = await raw(edge.origin, `${V}/news-widgets.iife.js`, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    assert.equal(refused.headers['content-encoding'], undefined);
    assert.equal((await raw(edge.origin, `${V}/news-widgets.iife.js`, { 'Accept-Encoding': 'gzip', 'If-None-Match': gz.headers.etag })).status, 304);
  });

  test('/dist/<file> redirects to the versioned address (relative, so it holds behind a proxy)', async () => {
    for (const file of ['news-widgets.js', 'chunks/' + Object.keys(integrity.chunks)[0].slice('chunks/'.length)]) {
      const { status, headers } = await raw(edge.origin, `/dist/${file}`);
      assert.equal(status, 302);
      assert.equal(new URL(headers.location, `${edge.origin}/dist/${file}`).pathname, `${V}/${file}`);
      assert.equal(headers['cache-control'], 'public, max-age=300');
    }
    // fetch follows it to the same bytes.
    const followed = await fetch(`${edge.origin}/dist/news-latest-list.iife.js`);
    assert.equal(sha384(Buffer.from(await followed.arrayBuffer())), integrity['news-latest-list.iife.js']);
  });

  test('importmap.json pins every chunk at this edge’s own address', async () => {
    const map = JSON.parse((await raw(edge.origin, `${V}/importmap.json`)).body);
    assert.deepEqual(map, { integrity: Object.fromEntries(Object.entries(integrity.chunks).map(([path, hash]) => [`${edge.origin}${V}/${path}`, hash])) });
    const behind = await startEdge({ publicUrl: 'https://edge.outlet.example/news-edge/' });
    try {
      const keys = Object.keys(JSON.parse((await raw(behind.origin, `${V}/importmap.json`)).body).integrity);
      assert.ok(keys.every((key) => key.startsWith(`https://edge.outlet.example/news-edge${V}/chunks/`)), keys[0]);
    } finally {
      await behind.close();
    }
  });

  test('nothing outside the scripts: traversal, encoded separators, other files of dist/ and other versions are problems', async () => {
    const paths = [
      `${V}/../package.json`, `/dist/../../package.json`, `${V}/..%2f..%2fpackage.json`, `${V}/chunks/%2e%2e/%2e%2e/package.json`, `${V}/chunks%2f..%2f..%2fpackage.json`,
      `${V}/..\\..\\package.json`, `${V}/lib/edge/cli.js`, `${V}/.vite/manifest.json`, `${V}/custom-elements.json`, `${V}/chunks/missing.js`, `${V}/builder/../../package.json`,
      `/dist/lib/index.js`, `/v9.9.9/news-widgets.js`, `${V}/news-widgets.js%00.json`, `${V}//etc/passwd`,
    ];
    for (const path of paths) {
      const { status, headers, body } = await raw(edge.origin, path);
      assert.ok(status === 400 || status === 404, `${path}: ${status}`);
      assert.equal(headers['content-type'], 'application/problem+json; charset=utf-8', path);
      const problem = JSON.parse(body);
      assert.match(problem.type, /edge\/(bad-request|not-found)$/, path);
      assert.doesNotMatch(body.toString(), /"name": "news-widgets"|createEdge/, path);
    }
  });
});
