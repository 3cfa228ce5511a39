#!/usr/bin/env node
// Writes PNG screenshots of the demo pages and of every widget variant (layout × theme ×
// language) to shots/ (git-ignored), to be looked at after every visual change.
import { mkdir, rm } from 'node:fs/promises';
import { launchChromium } from './browser.mjs';
import { startDemoServer } from './demo-server.mjs';

const OUT = new URL('../shots/', import.meta.url);
const DEMO_PAGES = ['index.html', 'kk.html', 'en.html', 'dark.html'];
const LANGS = ['ru', 'kk', 'en'];
const THEMES = ['light', 'dark'];
const LIST_LAYOUTS = ['list', 'compact', 'grid'];

/** One widget on an otherwise empty page, loaded through the script tag as a partner would. */
function widgetPage(markup, theme) {
  const background = theme === 'dark' ? '#0d1117' : '#ffffff';
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <style>body{margin:0;padding:24px;background:${background};font:16px/1.5 system-ui,sans-serif}</style>
    <script src="/dist/news-widgets.iife.js"></script></head><body>${markup}</body></html>`;
}

async function settle(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('news-'))
    .every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')), { timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready);
}

const server = await startDemoServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });
const written = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  for (const name of DEMO_PAGES) {
    await page.goto(`${base}/${name}`);
    await settle(page);
    const file = `demo-${name.replace('.html', '')}.png`;
    await page.screenshot({ path: new URL(file, OUT).pathname, fullPage: true });
    written.push(file);
  }
  await page.setViewport({ width: 480, height: 600 });
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const layout of LIST_LAYOUTS) {
        const markup = `<news-latest-list src="/api/latest.json" lang="${lang}" theme="${theme}" layout="${layout}" limit="6"
          time-zone="Asia/Almaty" show-images loading="eager"></news-latest-list>`;
        await page.goto(`${base}/blank.html`);
        await page.setContent(widgetPage(markup, theme));
        await settle(page);
        const file = `list-${layout}-${theme}-${lang}.png`;
        await page.screenshot({ path: new URL(file, OUT).pathname, fullPage: true });
        written.push(file);
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${written.length} screenshots in shots/:\n  ${written.join('\n  ')}`);
