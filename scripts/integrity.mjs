#!/usr/bin/env node
// Writes the script-tag bundles' subresource-integrity hashes to dist/integrity.json, for the
// versioned <script src … integrity … crossorigin> snippet partners copy.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const files = ['news-widgets.iife.js', 'news-latest-list.iife.js', 'news-widgets.js'];
const hashes = {};
for (const file of files) {
  const bytes = await readFile(new URL(`../dist/${file}`, import.meta.url));
  hashes[file] = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}
// Beside them, the CSP hash sources of the <style>s in server-rendered widgets' declarative shadow
// roots (news-widgets/ssr, compiled to dist/lib just before), for a strict style-src.
const { styleHashes } = await import('../dist/lib/ssr/index.js');
const styleSrc = Object.values(styleHashes());
await writeFile(new URL('../dist/integrity.json', import.meta.url), `${JSON.stringify({ version: pkg.version, ...hashes, 'style-src': styleSrc }, null, 2)}\n`);
for (const file of ['news-widgets.iife.js', 'news-latest-list.iife.js']) {
  console.log(`<script src="https://cdn.example/news-widgets@${pkg.version}/dist/${file}" integrity="${hashes[file]}" crossorigin="anonymous"></script>`);
}
console.log(`server-rendered widgets: style-src 'self' ${styleSrc.join(' ')}`);
