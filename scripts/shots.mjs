#!/usr/bin/env node
// Writes PNG screenshots of the demo pages and of every widget variant (layout × theme ×
// language) to shots/ (git-ignored), to be looked at after every visual change.
import { mkdir, readdir, rm } from 'node:fs/promises';
import { launchChromium } from './browser.mjs';
import { startDemoServer } from './demo-server.mjs';

const OUT = new URL('../shots/', import.meta.url);
const DEMO_PAGES = ['index.html', 'article.html', 'kk.html', 'en.html', 'dark.html', 'reset.html'];
const LANGS = ['ru', 'kk', 'en'];
const THEMES = ['light', 'dark'];
const LIST_LAYOUTS = ['list', 'compact', 'grid'];
const CARD_LAYOUTS = ['vertical', 'horizontal', 'compact'];

// The seed's images live on sarbaz.example, which does not resolve here. Shots answer them with
// a stand-in picture (except where the placeholder is the point); requests to ?hold never answer.
const STAND_IN = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675" viewBox="0 0 1200 675">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fb3d9"/><stop offset="1" stop-color="#e9d8b4"/></linearGradient></defs>
  <rect width="1200" height="675" fill="url(#sky)"/><circle cx="930" cy="170" r="70" fill="#f6e7b0"/>
  <path d="M0 520 L260 380 L470 500 L700 330 L1200 560 L1200 675 L0 675 Z" fill="#7c6a4f"/>
  <path d="M0 600 L380 520 L820 610 L1200 540 L1200 675 L0 675 Z" fill="#5a4a36"/></svg>`;
let serveImages = true;

/** One widget on an otherwise empty page, loaded through the script tag as a partner would. */
function widgetPage(markup, theme) {
  const background = theme === 'dark' ? '#0d1117' : '#ffffff';
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <style>body{margin:0;padding:24px;background:${background};font:16px/1.5 system-ui,sans-serif}</style>
    <script src="/dist/news-widgets.iife.js"></script></head><body>${markup}</body></html>`;
}

const ATTRIBUTION_EXAMPLES = `
  <p style="margin:0">Ирак и США возобновят переговоры, <news-source-attribution outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/"></news-source-attribution>.</p>
  <p style="margin:0">Ирак и США возобновят переговоры, <news-source-attribution wording="full" outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/"
    cites="Jerusalem Post" cites-url="https://www.jpost.example/"></news-source-attribution>.</p>
  <p style="margin:0"><news-source-attribution outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/" cites="Jerusalem Post, Reuters, AP"
    cites-url="https://www.jpost.example/, https://reuters.example/, https://apnews.example/"></news-source-attribution></p>
  <p style="margin:0">[<news-source-attribution></news-source-attribution>] ← nothing at all</p>
  <news-source-attribution variant="block" outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/"></news-source-attribution>
  <news-source-attribution variant="block" cites="Jerusalem Post" cites-url="https://www.jpost.example/"></news-source-attribution>
  <news-source-attribution variant="block" wording="full" outlet="Sarbaz.kz" outlet-url="https://sarbaz.example/" cites="Jerusalem Post, Reuters"
    cites-url="https://www.jpost.example/, https://reuters.example/" author="Ануар Маратов" published="2026-02-06T10:15:00+05:00" time-zone="Asia/Almaty"></news-source-attribution>`;

async function shoot(page, file, markup, theme, { wait = settle } = {}) {
  await page.goto(`${base}/blank.html`);
  await page.setContent(widgetPage(markup, theme));
  await wait(page);
  await images(page);
  await page.screenshot({ path: new URL(file, OUT).pathname, fullPage: true });
  written.push(file);
}

/** Waits until every widget's skeleton shows. */
async function skeleton(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('news-article-card')]
    .every((el) => el.shadowRoot?.querySelector('[aria-busy="true"]')), { timeout: 10_000 });
}

/** Loads the widgets' lazy images now, so a full-page shot shows them, and waits for each to load or fail. */
async function images(page) {
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('news-'))
    .flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])])
    .map((img) => {
      img.loading = 'eager';
      return img.complete ? undefined : new Promise((resolve) => { img.onload = img.onerror = resolve; });
    })));
}

async function settle(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('news-'))
    .every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')), { timeout: 10_000 });
  await page.evaluate(() => document.fonts.ready);
}

const server = await startDemoServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
// Only this script's own PNGs are replaced: shots/stories/ belongs to story-shots.mjs.
await mkdir(OUT, { recursive: true });
for (const name of await readdir(OUT)) if (name.endsWith('.png')) await rm(new URL(name, OUT));
const written = [];
try {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has('hold')) return;
    if (serveImages && url.hostname.endsWith('sarbaz.example') && /\.(jpe?g|png)$/.test(url.pathname)) {
      request.respond({ status: 200, contentType: 'image/svg+xml', body: STAND_IN });
    } else {
      request.continue();
    }
  });
  await page.setViewport({ width: 1100, height: 800 });
  for (const name of DEMO_PAGES) {
    await page.goto(`${base}/${name}`);
    await settle(page);
    await images(page);
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

  await page.setViewport({ width: 760, height: 600 });
  for (const lang of LANGS) {
    for (const theme of THEMES) {
      for (const layout of CARD_LAYOUTS) {
        await shoot(page, `card-${layout}-${theme}-${lang}.png`, `<news-article-card src="/api/article.json" lang="${lang}" theme="${theme}"
          layout="${layout}" time-zone="Asia/Almaty" loading="eager"></news-article-card>`, theme);
      }
    }
    for (const theme of THEMES) {
      const color = theme === 'dark' ? '#e6edf3' : '#1f2328';
      await shoot(page, `attribution-${theme}-${lang}.png`, `<div lang="${lang}" style="display:grid;gap:12px;color:${color}">${ATTRIBUTION_EXAMPLES.replaceAll('<news-source-attribution', `<news-source-attribution theme="${theme}"`)}</div>`, theme);
    }
  }
  for (const theme of THEMES) {
    await shoot(page, `card-body-${theme}-ru.png`, `<news-article-card src="/api/article.json" lang="ru" theme="${theme}" show-body
      time-zone="Asia/Almaty" loading="eager"></news-article-card>`, theme);
  }
  await shoot(page, 'card-states-light-ru.png', `<div lang="ru" style="display:grid;gap:24px">
    <news-article-card src="/api/missing.json" loading="eager"><a href="https://sarbaz.example/ru/">Sarbaz.kz</a></news-article-card>
    <news-article-card src="/api/feed.json" item-id="no-such-story" loading="eager"></news-article-card>
    <news-article-card src="/api/feed.json" index="2" layout="horizontal" loading="eager"></news-article-card></div>`, 'light');
  for (const layout of CARD_LAYOUTS) {
    await shoot(page, `card-loading-${layout}-light-ru.png`, `<news-article-card src="/api/article.json?hold" lang="ru" layout="${layout}"
      loading="eager"></news-article-card>`, 'light', { wait: skeleton });
  }
  serveImages = false;
  await shoot(page, 'card-placeholder-light-ru.png', `<news-article-card src="/api/article.json" lang="ru" loading="eager"></news-article-card>
    <news-article-card src="/api/article.json" lang="ru" layout="compact" loading="eager"></news-article-card>`, 'light');
  await shoot(page, 'card-placeholder-dark-ru.png', `<news-article-card src="/api/article.json" lang="ru" theme="dark" layout="horizontal" loading="eager"></news-article-card>`, 'dark');
  await page.setViewport({ width: 420, height: 600 });
  serveImages = true;
  await shoot(page, 'card-horizontal-narrow-light-ru.png', `<news-article-card src="/api/article.json" lang="ru" layout="horizontal" show-body
    time-zone="Asia/Almaty" loading="eager"></news-article-card>`, 'light');
} finally {
  await browser.close();
  server.close();
}
console.log(`${written.length} screenshots in shots/:\n  ${written.join('\n  ')}`);
