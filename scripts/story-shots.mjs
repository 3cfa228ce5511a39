#!/usr/bin/env node
// Screenshots of every story (and docs page) of a built Storybook, to be looked at after visual
// changes: `npm run build-storybook && node scripts/story-shots.mjs [filter]`. Builds nothing:
// serves storybook-static/, opens each story's iframe in Debian's Chromium, waits for its
// widgets to end the way the story says (parameters.settle), and writes shots/stories/<id>.png.
// It also runs axe on each story in the real preview and lists violations (the story tests fail
// on them; here they are only reported). An optional argument keeps the ids that contain it.
import { mkdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { launchChromium } from './browser.mjs';
import { ROOT, fileFor, sendFile } from './static-files.mjs';

const OUT = join(ROOT, 'shots/stories');
const filter = process.argv[2] ?? '';
const SETTLE_TIMEOUT = 15_000;
const PARALLEL = 2;

/** storybook-static/ on a free loopback port. */
function serveStorybook() {
  const server = createServer(async (request, response) => {
    const pathname = new URL(request.url, 'http://x').pathname;
    await sendFile(response, await fileFor(decodeURIComponent(pathname), { '/': 'storybook-static' }).catch(() => undefined));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Runs in the page before Storybook: records each widget's news-load / news-error.
function recordFeedEvents() {
  window.__feedEvents = new Map();
  const record = (event) => {
    const list = window.__feedEvents.get(event.target) ?? [];
    list.push({ type: event.type, stale: Boolean(event.detail?.stale) });
    window.__feedEvents.set(event.target, list);
  };
  document.addEventListener('news-load', record, true);
  document.addEventListener('news-error', record, true);
}

// Runs in the page: true once every feed widget has ended as the story's `settle` says.
function storySettled() {
  const render = window.__STORYBOOK_PREVIEW__?.currentRender;
  const root = document.querySelector('#storybook-root');
  if (!render || !['played', 'completed', 'finished'].includes(render.phase) || !root?.firstElementChild) return false;
  const settle = render.story?.parameters?.settle ?? 'load';
  const widgets = [...root.querySelectorAll('news-latest-list[src], news-article-card[src]')];
  return widgets.every((widget) => {
    const events = window.__feedEvents.get(widget) ?? [];
    if (settle === 'loading') return Boolean(widget.shadowRoot?.querySelector('[aria-busy="true"]'));
    if (settle === 'stale') return events.some((event) => event.type === 'news-error' && event.stale);
    return events.length > 0;
  });
}

// Runs in the page: lazy pictures load now (a full-page shot shows them); resolves when each loaded or failed.
async function picturesLoaded() {
  const images = [];
  const collect = (root) => root.querySelectorAll('*').forEach((element) => {
    if (element.localName === 'img') images.push(element);
    if (element.shadowRoot) collect(element.shadowRoot);
  });
  collect(document);
  images.forEach((image) => { image.loading = 'eager'; });
  await Promise.all(images.map((image) => (image.complete ? null : new Promise((resolve) => {
    image.addEventListener('load', resolve, { once: true });
    image.addEventListener('error', resolve, { once: true });
  }))));
  await document.fonts.ready;
}

async function axeViolations(page, axeSource) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const result = await window.axe.run('#storybook-root');
    return result.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
}

async function shoot(browser, base, entry, axeSource) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    await page.setViewport({ width: 1280, height: 860 });
    await page.evaluateOnNewDocument(recordFeedEvents);
    const docs = entry.type === 'docs';
    await page.goto(`${base}/iframe.html?id=${entry.id}&viewMode=${docs ? 'docs' : 'story'}`, { waitUntil: 'load' });
    if (docs) {
      await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: SETTLE_TIMEOUT });
      // Every story on the page at once: wait for the widgets that answer (not for the slow or hanging ones).
      await page.waitForFunction(
        () => [...document.querySelectorAll('news-latest-list[src], news-article-card[src]')].every((widget) => window.__feedEvents.has(widget)),
        { timeout: 10_000, polling: 200 },
      ).catch(() => {});
    } else {
      await page.waitForFunction(storySettled, { timeout: SETTLE_TIMEOUT, polling: 100 }).catch(() => problems.push(`not settled within ${SETTLE_TIMEOUT / 1000} s`));
    }
    await Promise.race([page.evaluate(picturesLoaded), new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (!docs && axeSource) problems.push(...(await axeViolations(page, axeSource)).map((violation) => `axe: ${violation}`));
    const file = `${docs ? 'docs--' : ''}${entry.id}.png`;
    // A story: its root, as tall as its content; a docs page: the whole page.
    const root = docs ? undefined : await page.$('#storybook-root > *');
    if (root) await root.screenshot({ path: join(OUT, file) });
    else await page.screenshot({ path: join(OUT, file), fullPage: true });
    return { file, problems };
  } finally {
    await page.close();
  }
}

const index = JSON.parse(await readFile(join(ROOT, 'storybook-static/index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => entry.id.includes(filter));
const axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });

const server = await serveStorybook();
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const started = Date.now();
let failures = 0;
try {
  const queue = [...entries];
  await Promise.all(Array.from({ length: PARALLEL }, async () => {
    for (let entry = queue.shift(); entry; entry = queue.shift()) {
      const { file, problems } = await shoot(browser, base, entry, axeSource);
      if (problems.length) failures++;
      console.log(`${problems.length ? '!' : ' '} shots/stories/${file}${problems.map((problem) => `\n    ${problem}`).join('')}`);
    }
  }));
} finally {
  await browser.close();
  server.close();
}
console.log(`${entries.length} screenshots in ${((Date.now() - started) / 1000).toFixed(1)} s; ${failures} with problems.`);
process.exitCode = failures ? 1 : 0;
