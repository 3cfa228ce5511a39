// Writes the browser run's totals to a file; scripts/test.mjs adds the Node tests' and writes the one summary .ci/run prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const SUMMARY_FILE = 'node_modules/.cache/news-widgets/browser-summary.json';

function count(results, totals) {
  for (const test of results?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const suite of results?.suites ?? []) count(suite, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load ran no tests: count it as a failure, never as nothing.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) totals.failed++;
      }
      mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
      writeFileSync(SUMMARY_FILE, JSON.stringify(totals));
    },
  };
}
