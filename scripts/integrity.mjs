#!/usr/bin/env node
// Writes the script-tag bundles' subresource-integrity hashes to dist/integrity.json, for the
// versioned <script src … integrity … crossorigin> snippet partners copy.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const files = ['news-widgets.iife.js', 'news-widgets.js'];
const hashes = {};
for (const file of files) {
  const bytes = await readFile(new URL(`../dist/${file}`, import.meta.url));
  hashes[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
await writeFile(new URL('../dist/integrity.json', import.meta.url), `${JSON.stringify({ version: pkg.version, ...hashes }, null, 2)}\n`);
console.log(`<script src="https://cdn.example/news-widgets@${pkg.version}/dist/news-widgets.iife.js" integrity="${hashes['news-widgets.iife.js']}" crossorigin="anonymous"></script>`);
