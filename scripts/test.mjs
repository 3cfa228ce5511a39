#!/usr/bin/env node
// `npm test` after the build: every browser test (web-test-runner, each engine reported
// separately), then the Node tests of the server code (node --test). Writes the totals of both
// to one summary file, which .ci/run prints as its closing line. Extra arguments go to
// web-test-runner (`npm run test:file -- test/hardening/reliability.test.ts` runs one file in its
// group); with them the Node tests are left out.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const SUMMARY_FILE = 'node_modules/.cache/news-widgets/test-summary.json';
const BROWSER_SUMMARY = 'node_modules/.cache/news-widgets/browser-summary.json';
const NODE_SUMMARY = 'node_modules/.cache/news-widgets/node-summary.json';
// Folders of Node tests (server code); each *.test.mjs in them runs under node --test.
const NODE_TEST_DIRS = ['test/node', 'test/edge', 'test/ssr'];

function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolve(1);
    });
  });
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);

// The engines come from Debian's packages (nothing is downloaded): say which are missing, and how to get them.
const ENGINES = {
  chromium: { paths: [process.env.CHROME_PATH ?? '/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { paths: [process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: {
    paths: [process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', process.env.WEBKIT_BINARY ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', ...(process.env.DISPLAY ? [] : ['/usr/bin/Xvfb'])],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};
const wanted = process.env.BROWSERS ? process.env.BROWSERS.split(',') : Object.keys(ENGINES);
const missing = wanted.filter((name) => ENGINES[name]?.paths.some((path) => !existsSync(path)));
if (missing.length) {
  const packages = missing.flatMap((name) => ENGINES[name].packages);
  console.error(`The tests need ${missing.join(', ')} from Debian's packages: apt-get install -y ${packages.join(' ')}`);
  console.error('(CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and WEBKIT_BINARY override the paths; BROWSERS=chromium,firefox runs a subset.)');
  process.exit(1);
}

const browserArgs = process.argv.slice(2);
// One file named: run it in its own group (the stories have theirs), not the whole suite.
const named = browserArgs.find((arg) => arg.endsWith('.ts'));
if (named && !browserArgs.includes('--group')) browserArgs.push('--group', named.startsWith('test/stories/') ? 'stories' : 'default');
rmSync(BROWSER_SUMMARY, { force: true });
rmSync(NODE_SUMMARY, { force: true });

const browserStatus = await run('node_modules/.bin/web-test-runner', browserArgs);
const browser = read(BROWSER_SUMMARY) ?? { passed: 0, failed: 1, skipped: 0 };
// A run that failed outside any test (a browser that would not start) still counts as a failure.
if (browserStatus && !browser.failed) browser.failed = 1;

const totals = { ...browser };
const nodeFiles = browserArgs.length ? [] : NODE_TEST_DIRS.filter(existsSync).flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.test.mjs')).map((name) => join(dir, name)));
if (nodeFiles.length) {
  console.log(`\nNode tests: ${nodeFiles.join(' ')}`);
  const nodeStatus = await run(process.execPath, [
    '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./test/support/node-summary-reporter.mjs', `--test-reporter-destination=${NODE_SUMMARY}`,
    ...nodeFiles,
  ]);
  const node = read(NODE_SUMMARY) ?? { passed: 0, failed: 1, skipped: 0 };
  if (nodeStatus && !node.failed) node.failed = 1;
  console.log(`Node: ${node.passed} passed, ${node.failed} failed, ${node.skipped} skipped`);
  for (const key of ['passed', 'failed', 'skipped']) totals[key] += node[key];
}

mkdirSync(dirname(SUMMARY_FILE), { recursive: true });
writeFileSync(SUMMARY_FILE, JSON.stringify(totals));
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
