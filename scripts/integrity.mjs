#!/usr/bin/env node
// Writes the script-tag bundles' subresource-integrity hashes to dist/integrity.json, for the
// versioned <script src … integrity … crossorigin> snippet partners copy, and every chunk's, for
// the import map that pins the ES module's chunks too.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const files = ['news-widgets.iife.js', 'news-latest-list.iife.js', 'news-widgets.js'];
const sha384 = async (file) => `sha384-${createHash('sha384').update(await readFile(new URL(`../dist/${file}`, import.meta.url))).digest('base64')}`;
const hashes = {};
for (const file of files) hashes[file] = await sha384(file);
// Every chunk news-widgets.js may import, by its path in dist/ (the import map's `integrity` keys).
const chunks = {};
for (const name of (await readdir(new URL('../dist/chunks/', import.meta.url))).filter((name) => name.endsWith('.js')).sort()) {
  chunks[`chunks/${name}`] = await sha384(`chunks/${name}`);
}
// Beside them, the CSP hash sources of the <style>s in server-rendered widgets' declarative shadow
// roots (news-widgets/ssr, compiled to dist/lib just before), for a strict style-src.
const { styleHashes } = await import('../dist/lib/ssr/index.js');
const styleSrc = Object.values(styleHashes());
// And the CSP hash source of the after-paint loader, the one inline script of the snippets (the same for every build and version).
const { AFTER_PAINT_LOADER } = await import('../dist/lib/embed/after-paint.js');
const afterPaint = `'sha256-${createHash('sha256').update(AFTER_PAINT_LOADER).digest('base64')}'`;
await writeFile(new URL('../dist/integrity.json', import.meta.url), `${JSON.stringify({ version: pkg.version, ...hashes, 'after-paint': afterPaint, 'style-src': styleSrc, chunks }, null, 2)}\n`);
// Where dist/ is hosted (NEWS_WIDGETS_BASE when building a release): the import map's keys are absolute.
const base = process.env.NEWS_WIDGETS_BASE ?? `https://cdn.example/news-widgets@${pkg.version}/dist/`;
const importMap = { integrity: Object.fromEntries(Object.entries(chunks).map(([path, hash]) => [new URL(path, base).href, hash])) };
await writeFile(new URL('../dist/importmap.json', import.meta.url), `${JSON.stringify(importMap, null, 2)}\n`);
for (const file of ['news-widgets.iife.js', 'news-latest-list.iife.js']) {
  console.log(`<script src="${base}${file}" integrity="${hashes[file]}" crossorigin="anonymous"></script>`);
}
console.log(`<script type="importmap"> with dist/importmap.json (its ${Object.keys(chunks).length} chunks under ${base}), then <script type="module" src="${base}news-widgets.js" integrity="${hashes['news-widgets.js']}" crossorigin="anonymous"></script>`);
console.log(`server-rendered widgets: style-src 'self' ${styleSrc.join(' ')}`);
console.log(`the after-paint loader (an inline script): script-src ${afterPaint}`);
