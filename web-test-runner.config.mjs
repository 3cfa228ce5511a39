// Every test runs in Debian's Chromium (no browser download works here), driven by puppeteer-core.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { mockEndpoints } from './test/support/mock-endpoints.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  },
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // 127.0.0.1, so that tests can reach the same server as another origin through "localhost".
  hostname: '127.0.0.1',
  concurrency: 2,
  browsers: [chromium],
  middleware: [mockEndpoints()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
};
