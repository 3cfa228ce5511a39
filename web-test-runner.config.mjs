// Every test runs in Debian's Chromium, Firefox ESR and WebKitGTK (no browser download works
// here): Chromium over CDP and Firefox over WebDriver BiDi, both through puppeteer-core, and
// WebKit over classic WebDriver (test/support/webkit.mjs).
import * as puppeteerCore from 'puppeteer-core';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { fromRollup } from '@web/dev-server-rollup';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS } from './scripts/browser.mjs';
import { webkitLauncher } from './test/support/webkit.mjs';
import { browserCommands } from './test/support/browser-commands.mjs';
import { edgeServer } from './test/edge/edge-server.mjs';
import { asBuilt } from './test/support/as-built.mjs';
import { mockEndpoints } from './test/support/mock-endpoints.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { jsonModules } from './test/stories/json-modules.mjs';
import { storyFiles } from './test/stories/story-files.mjs';

/**
 * Retries a test page that fails to open: on a busy machine a browser can refuse a new window
 * once, and the runner has no retry of its own for that.
 */
async function withRetries(open, attempts = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * attempt));
    }
  }
}

/**
 * Leaves the inline scripts of test/hardening/csp-*.html as written: esbuild would compile them,
 * and their page's policy allows them by the hash of their text.
 */
function verbatimPages(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (/^\/test\/hardening\/csp-[\w-]+\.html$/.test(context.path) ? undefined : transform(context));
  return plugin;
}

// Each test page in a window of its own: a background tab renders no frames, so with two test
// files at a time, one waiting on requestAnimationFrame or IntersectionObserver would stall.
const createPage = ({ context }) => withRetries(() => context.newPage({ type: 'window' }));

const chromium = chromeLauncher({
  createPage,
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  },
});

// Passing puppeteer-core with `browser: 'firefox'` makes the launcher drive Firefox over BiDi
// (and name it "Firefox" in the report). @web/test-runner-puppeteer would pull full puppeteer,
// whose browser download fails here.
// One page at a time, brought to the front: Firefox delivers key presses only to the focused
// window, and the keyboard tests need them.
const firefox = chromeLauncher({
  concurrency: 1,
  createPage: async (args) => {
    const page = await createPage(args);
    await page.bringToFront();
    return page;
  },
  puppeteer: puppeteerCore,
  launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true },
});

// WebKit one page at a time: above concurrency 1 the WebDriver launcher runs test files in
// iframes, where WebKit refuses key input.
const webkit = webkitLauncher();
webkit.concurrency = 1;
const initializeWebkit = webkit.initialize;
webkit.initialize = (config) => initializeWebkit({ ...config, concurrency: 1 });

// Storybook's browser code (the stories' test group) pulls in a few CommonJS modules and reads
// process.env.NODE_ENV, as a bundler would provide.
const commonjs = fromRollup(rollupCommonjs);
const storiesPage = (testFramework) => `<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8" />
    <script>window.process = { env: { NODE_ENV: 'development' } };</script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`;

export default {
  files: ['test/**/*.test.ts', '!test/stories/**'],
  groups: [{ name: 'stories', files: 'test/stories/**/*.test.ts', testRunnerHtml: storiesPage }],
  nodeResolve: true,
  // 127.0.0.1, so that tests can reach the same server as another origin through "localhost".
  hostname: '127.0.0.1',
  concurrency: 2,
  // BROWSERS=chromium (or firefox, webkit; comma-separated) runs a subset while working on one file.
  browsers: Object.entries({ chromium, firefox, webkit }).filter(([name]) => !process.env.BROWSERS || process.env.BROWSERS.split(',').includes(name)).map(([, browser]) => browser),
  middleware: [mockEndpoints(), storyFiles(), asBuilt()],
  plugins: [
    browserCommands(),
    edgeServer(),
    jsonModules(),
    commonjs({ strictRequires: false, include: ['**/node_modules/**/*.js', '**/node_modules/**/*.cjs'] }),
    verbatimPages(esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })),
  ],
  reporters: [defaultReporter(), summaryReporter()],
  // Sized for a 2-core machine with something else busy beside it: a slow start or a slow page
  // must not fail a test. Tests of whole pages set longer timeouts of their own.
  testFramework: { config: { timeout: 30_000 } },
  browserStartTimeout: 180_000,
  testsStartTimeout: 300_000,
  testsFinishTimeout: 900_000,
};
