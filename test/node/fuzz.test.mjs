// The readers fuzzed in Node, as the edge runs them (normalizeFeed with nodeParsers, from the
// built package): a bounded run of test/support/fuzz-feeds.mjs. `npm run fuzz` runs it longer.
import { describe, it } from 'node:test';
import { feedProperties } from '../support/fuzz-feeds.mjs';
import { loadFixtures, readInNode } from '../support/fuzz-node.mjs';

describe('the readers in Node, fuzzed (a bounded run)', () => {
  const properties = feedProperties({ read: readInNode, fixtures: loadFixtures(), runs: Number(process.env.FUZZ_RUNS) || 60 });
  for (const [name, run] of Object.entries(properties)) it(name, () => run());
});
