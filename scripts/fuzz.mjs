#!/usr/bin/env node
// `npm run fuzz`: the readers' property tests (test/support/fuzz-feeds.mjs) run long in Node, as the
// edge runs them. Prints cases per second for each property and, for a failure, the seed and the
// counterexample to turn into a fixture under test/fixtures/recovery/. FUZZ_RUNS (default 5000)
// and FUZZ_SEED set the run; the bounded run inside `npm test` is test/node/fuzz.test.mjs.
import { performance } from 'node:perf_hooks';
import { feedProperties } from '../test/support/fuzz-feeds.mjs';
import { loadFixtures, readInNode } from '../test/support/fuzz-node.mjs';

const runs = Number(process.env.FUZZ_RUNS) || 5000;
const seed = process.env.FUZZ_SEED === undefined ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED);
console.log(`fuzzing the feed readers: ${runs} cases per property, seed ${seed}`);
let failed = false;
for (const [name, run] of Object.entries(feedProperties({ read: readInNode, fixtures: loadFixtures(), runs, seed }))) {
  const started = performance.now();
  try {
    run();
    const seconds = (performance.now() - started) / 1000;
    console.log(`ok   ${name}: ${Math.round(runs / seconds)} cases/s`);
  } catch (error) {
    failed = true;
    console.log(`FAIL ${name} (seed ${seed}; FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz repeats it)\n${error.message}\n${error.cause?.stack ?? ""}`);
  }
}
process.exitCode = failed ? 1 : 0;
