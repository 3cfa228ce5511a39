// The fixtures and the reader the Node fuzz run uses (test/node/fuzz.test.mjs, scripts/fuzz.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { normalizeFeed } from '../../dist/lib/data/read/normalize.js';
import { nodeParsers } from '../../dist/lib/node/parsers.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/** Every XML fixture and every JSON fixture that is JSON, by path. */
export function loadFixtures() {
  const fixtures = {};
  for (const folder of ['shapes', 'feeds', 'recovery']) {
    for (const name of readdirSync(new URL(`${folder}/`, FIXTURES))) {
      const path = `${folder}/${name}`;
      if (!/\.(xml|json)$/.test(name) || /readings|content-types/.test(name)) continue;
      const text = readFileSync(new URL(path, FIXTURES), 'utf8');
      if (name.endsWith('.json')) {
        try {
          JSON.parse(text);
        } catch {
          continue;
        }
      }
      fixtures[path] = text;
    }
  }
  return fixtures;
}

export const readInNode = (input) => normalizeFeed(input, { parsers: nodeParsers, url: 'https://fuzz.example/feed' });

