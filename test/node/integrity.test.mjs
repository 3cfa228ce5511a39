// dist/integrity.json, which partners copy into their <script integrity> and import map, must
// name every file the builds ship with the hash of its bytes as built (run after `npm run build`).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import assert from 'node:assert/strict';

const DIST = new URL('../../dist/', import.meta.url);
const sha384 = async (path) => `sha384-${createHash('sha384').update(await readFile(new URL(path, DIST))).digest('base64')}`;

test('dist/integrity.json pins the three script-tag entries and every chunk of the ES module, by their bytes', async () => {
  const integrity = JSON.parse(await readFile(new URL('integrity.json', DIST), 'utf8'));
  for (const file of ['news-widgets.js', 'news-widgets.iife.js', 'news-latest-list.iife.js']) assert.equal(integrity[file], await sha384(file), file);
  const chunks = (await readdir(new URL('chunks/', DIST))).filter((name) => name.endsWith('.js')).map((name) => `chunks/${name}`).sort();
  assert.ok(chunks.length > 10, 'the ES module build has its chunks');
  assert.deepEqual(Object.keys(integrity.chunks).sort(), chunks);
  for (const chunk of chunks) assert.equal(integrity.chunks[chunk], await sha384(chunk), chunk);
});

test('dist/importmap.json is the import map of those chunk hashes, keyed by where dist/ is hosted', async () => {
  const { chunks, version } = JSON.parse(await readFile(new URL('integrity.json', DIST), 'utf8'));
  const { integrity } = JSON.parse(await readFile(new URL('importmap.json', DIST), 'utf8'));
  const base = process.env.NEWS_WIDGETS_BASE ?? `https://cdn.example/news-widgets@${version}/dist/`;
  assert.deepEqual(integrity, Object.fromEntries(Object.entries(chunks).map(([path, hash]) => [new URL(path, base).href, hash])));
});

test('dist/integrity.json gives the after-paint loader\'s CSP hash: the SHA-256 of the inline script the snippets write', async () => {
  const { AFTER_PAINT_LOADER } = await import('../../dist/lib/embed/after-paint.js');
  const { scriptSnippet } = await import('../../dist/lib/embed/snippet.js');
  const integrity = JSON.parse(await readFile(new URL('integrity.json', DIST), 'utf8'));
  const inline = /<script data-src[^>]*>([\s\S]*?)<\/script>/.exec(scriptSnippet(integrity, 'https://cdn.example/dist/', 'list-iife'))[1];
  assert.equal(inline, AFTER_PAINT_LOADER);
  assert.equal(integrity['after-paint'], `'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
});

test('the README gives partners the after-paint loader\'s hash of this build', async () => {
  const integrity = JSON.parse(await readFile(new URL('integrity.json', DIST), 'utf8'));
  const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(`script-src ${integrity['after-paint']}`), 'README: "Load the script once the page has painted"');
  assert.ok(readme.includes(`https://cdn.outlet.example ${integrity['after-paint']};`), 'README: "Content-Security-Policy for host pages"');
});
