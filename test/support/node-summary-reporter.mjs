// A node --test reporter that writes only the totals, as JSON, for scripts/test.mjs.
export default async function* summary(source) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    // Suites report too; only tests count.
    if (event.data?.details?.type === 'suite') continue;
    if (event.type === 'test:pass') totals[event.data.skip || event.data.todo ? 'skipped' : 'passed']++;
    else if (event.type === 'test:fail') totals.failed++;
  }
  yield JSON.stringify(totals);
}
