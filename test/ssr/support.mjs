// What the server-rendering Node tests share: fixtures read as the edge reads them, and the
// rendered HTML parsed with parse5 (as a browser's parser would, templates' contents included).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseFragment } from 'parse5';
import { normalizeFeed } from '../../dist/lib/data/read/normalize.js';
import { nodeParsers } from '../../dist/lib/node/parsers.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** A fixture read with Node's parsers, as the edge reads an upstream. */
export function fixtureFeed(path, options = {}) {
  const text = readFileSync(new URL(path, FIXTURES), 'utf8');
  return normalizeFeed(path.endsWith('.xml') ? text : JSON.parse(text), { ...options, parsers: nodeParsers });
}

/** Every element of a parsed fragment, depth first, inside `<template>` contents too. */
export function* elements(node) {
  for (const child of node.childNodes ?? []) {
    if (!child.tagName) continue;
    yield child;
    yield* elements(child.tagName === 'template' ? child.content : child);
  }
}

export const parse = (html) => parseFragment(html);
export const attr = (element, name) => element.attrs.find((attribute) => attribute.name === name)?.value;
export const textOf = (node) => (node.nodeName === '#text' ? node.value : (node.childNodes ?? []).map(textOf).join('') + (node.content ? textOf(node.content) : ''));
export const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The elements carrying a part name (`part~="title"`). */
export function parts(root, name) {
  return [...elements(root)].filter((element) => (attr(element, 'part') ?? '').split(/\s+/).includes(name));
}

/** Whitespace-collapsed text of nodes, as the tests compare it. */
export const squash = (text) => text.replace(/\s+/g, ' ').trim();
