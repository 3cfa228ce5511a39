#!/usr/bin/env node
// `npm run bench`: prints what we ship and how it performs, measured in headless Chromium in
// one run. Figures only — budgets are compared and reported, never asserted by the test suite.
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchChromium } from './browser.mjs';
import { startDemoServer } from './demo-server.mjs';

const DIST = new URL('../dist/', import.meta.url);
const KB = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
const say = (label, value, note = '') => rows.push([label, value, note]);

async function sizeOf(file) {
  const bytes = await readFile(new URL(file, DIST));
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}
const sizeText = ({ min, gzip, brotli }) => `${KB(min)} min · ${KB(gzip)} gzip · ${KB(brotli)} brotli`;

function page(body, { script = 'iife', lang = 'ru' } = {}) {
  const tag = script === 'esm' ? '<script type="module" src="/dist/news-widgets.js"></script>' : '<script src="/dist/news-widgets.iife.js"></script>';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${tag}</head><body style="margin:0;padding:16px;font:16px system-ui">${body}</body></html>`;
}

const server = await startDemoServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const chromium = await browser.version();

async function openPage(html, { onRequest } = {}) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  if (onRequest) tab.on('request', onRequest);
  await tab.goto(`${base}/blank.html`);
  await tab.setContent(html, { waitUntil: 'load' });
  return tab;
}

const whenRendered = (selector, count = 1) => `new Promise((resolve) => {
  const check = () => { const els = [...document.querySelectorAll('${selector}')];
    if (els.length >= ${count} && els.every((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="title"]'))) resolve(performance.now());
    else requestAnimationFrame(check); };
  check(); })`;

try {
  // Sizes
  const iife = await sizeOf('news-widgets.iife.js');
  say('IIFE news-widgets.iife.js', sizeText(iife), `budget ≤ 40 KB gzip (goal), ≤ 50 KB (max): ${iife.gzip <= 40 * 1024 ? 'goal met' : iife.gzip <= 50 * 1024 ? 'within max' : 'OVER'}`);
  const esm = await sizeOf('news-widgets.js');
  say('ESM news-widgets.js (entry)', sizeText(esm));
  for (const chunk of (await readdir(new URL('chunks/', DIST))).filter((name) => name.endsWith('.js'))) {
    say(`  chunk ${chunk.replace(/-[\w-]{8}\.js$/, '')}`, sizeText(await sizeOf(`chunks/${chunk}`)));
  }
  for (const lang of ['ru', 'kk', 'en']) {
    const scripts = new Set();
    const tab = await openPage(page(`<news-latest-list src="/api/latest.json" loading="eager"></news-latest-list>`, { script: 'esm', lang }), {
      onRequest: (request) => request.resourceType() === 'script' && scripts.add(new URL(request.url()).pathname.slice('/dist/'.length)),
    });
    await tab.evaluate(whenRendered('news-latest-list'));
    let gzip = 0;
    for (const file of scripts) gzip += (await sizeOf(file)).gzip;
    say(`ESM first paint of a list (lang=${lang})`, `${KB(gzip)} gzip in ${scripts.size} files`, `budget ≤ 25 KB gzip: ${gzip <= 25 * 1024 ? 'met' : 'OVER'}`);
    await tab.close();
  }

  // Render time: data arrival → rendered items, against a vanilla-DOM baseline with the same markup.
  for (const count of [20, 1000]) {
    const tab = await openPage(page('<div id="host"></div>'));
    const result = await tab.evaluate(async (count) => {
      // Fresh dates for every run, so no formatting cache carries over from the run before.
      const itemsFor = (run) => Array.from({ length: count }, (_, index) => ({
        id: String(index), title: `Новость номер ${index}: служба как трамплин для жизненного пути`, url: `https://sarbaz.example/ru/news/${index}`,
        date: new Date(Date.UTC(2026, 0, 21, 13, 21) - index * 60_000 - run * 86_400_000), rubrics: [{ name: 'В центре внимания' }], cites: [], author: index % 3 ? undefined : { name: 'admin' },
      }));
      let items = itemsFor(0);
      const host = document.getElementById('host');
      const format = (date) => { const p = (n) => String(n).padStart(2, '0'); return `${p(date.getDate())}/${p(date.getMonth() + 1)}/${date.getFullYear()} - ${p(date.getHours())}:${p(date.getMinutes())}`; };
      // The same markup and the same stylesheets as the widget, written by hand.
      const sheets = customElements.get('news-latest-list').elementStyles.map((style) => style.styleSheet);
      function span(part, className, hidden, text) {
        const node = document.createElement('span');
        if (part) node.setAttribute('part', part);
        node.className = className;
        if (hidden) {
          const label = document.createElement('span');
          label.className = 'visually-hidden';
          label.textContent = hidden;
          node.append(label);
        }
        node.append(text);
        return node;
      }
      function vanilla() {
        const el = document.createElement('div');
        el.setAttribute('layout', 'list');
        const root = el.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = sheets;
        const heading = document.createElement('h2');
        heading.setAttribute('part', 'heading');
        heading.className = 'heading';
        heading.textContent = 'Последние новости';
        const ul = document.createElement('ul');
        ul.setAttribute('part', 'list');
        ul.className = 'list';
        for (const item of items) {
          const li = document.createElement('li');
          li.setAttribute('part', 'item');
          li.className = 'item';
          const text = document.createElement('div');
          text.className = 'text';
          const a = document.createElement('a');
          a.setAttribute('part', 'title');
          a.className = 'title';
          a.href = item.url;
          a.textContent = item.title;
          const meta = document.createElement('span');
          meta.className = 'meta';
          const time = document.createElement('time');
          time.setAttribute('part', 'date');
          time.dateTime = item.date.toISOString();
          time.textContent = format(item.date);
          meta.append(time);
          if (item.author) meta.append(span('author', 'author', 'Автор: ', item.author.name));
          text.append(span('rubric', 'rubric', 'Рубрика: ', item.rubrics[0].name), a, meta);
          li.append(text);
          ul.append(li);
        }
        root.append(heading, ul);
        host.append(el);
        return el;
      }
      async function widget() {
        const el = document.createElement('news-latest-list');
        el.limit = count;
        el.items = items;
        host.append(el);
        await el.updateComplete;
        return el;
      }
      const times = { widget: [], vanilla: [] };
      for (let run = 0; run < 15; run++) {
        items = itemsFor(run + 1);
        for (const [name, make] of [['widget', widget], ['vanilla', vanilla]]) {
          const start = performance.now();
          const el = await make();
          void el.getBoundingClientRect().height; // include style and layout
          times[name].push(performance.now() - start);
          el.remove();
        }
      }
      return times;
    }, count);
    const widgetMs = median(result.widget.slice(3));
    const vanillaMs = median(result.vanilla.slice(3));
    say(`Render ${count} items (median of 12)`, `${widgetMs.toFixed(2)} ms widget · ${vanillaMs.toFixed(2)} ms vanilla DOM`, `ratio ${(widgetMs / vanillaMs).toFixed(2)}${count === 1000 ? ' (goal ≤ 1.3)' : ''}`);
    await tab.close();
  }

  // Script start → first rendered widget, on the demo's front page.
  {
    const tab = await browser.newPage();
    await tab.goto(`${base}/index.html`);
    const ms = await tab.evaluate(async (rendered) => {
      const end = await eval(rendered);
      const script = performance.getEntriesByType('resource').find((entry) => entry.name.includes('news-widgets'));
      return end - script.responseEnd;
    }, whenRendered('news-latest-list'));
    say('Script loaded → first widget rendered (demo index)', `${ms.toFixed(0)} ms`, 'includes fetching /api/latest.json from localhost');
    await tab.close();
  }

  // Network: 10 widgets with one src; a widget below the fold before it is scrolled to.
  {
    const requests = [];
    const tab = await openPage(page(Array.from({ length: 10 }, () => '<news-latest-list src="/api/latest.json" limit="3" loading="eager"></news-latest-list>').join('')), {
      onRequest: (request) => request.url().includes('/api/latest.json') && requests.push(request.url()),
    });
    await tab.evaluate(whenRendered('news-latest-list', 10));
    say('Requests by 10 widgets sharing one src', String(requests.length), 'goal 1');
    await tab.close();
  }
  {
    const requests = [];
    const tab = await openPage(page('<div style="height:3000px"></div><news-latest-list src="/api/latest.json"></news-latest-list>'), {
      onRequest: (request) => request.url().includes('/api/latest.json') && requests.push(request.url()),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = requests.length;
    await tab.evaluate(() => document.querySelector('news-latest-list').scrollIntoView());
    await tab.evaluate(whenRendered('news-latest-list'));
    say('Requests by a below-the-fold widget before / after scrolling to it', `${before} / ${requests.length}`, 'goal 0 before');
    await tab.close();
  }

  // Layout shift while widgets load into their reserved space; heap after 10 widgets.
  {
    const tab = await openPage(page(`
      <news-article-card src="/api/article.json?delay=400" loading="eager" style="max-width: 40em"></news-article-card>
      <news-latest-list src="/api/latest.json?delay=400" loading="eager" limit="8"></news-latest-list>
      <p>Text after the widgets, which must not move.</p>`));
    const cls = await tab.evaluate(async (rendered) => {
      let total = 0;
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value; }).observe({ type: 'layout-shift', buffered: true });
      await eval(rendered);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return total;
    }, whenRendered('news-latest-list, news-article-card', 2));
    say('Layout shift (CLS) while a card and a list load', cls.toFixed(4), 'goal 0');
    await tab.close();
  }
  {
    const tab = await openPage(page(''));
    const client = await tab.createCDPSession();
    await client.send('HeapProfiler.collectGarbage');
    const before = (await client.send('Runtime.getHeapUsage')).usedSize;
    await tab.evaluate((html) => { document.body.insertAdjacentHTML('beforeend', html); }, Array.from({ length: 10 }, () => '<news-latest-list src="/api/latest.json" loading="eager"></news-latest-list>').join(''));
    await tab.evaluate(whenRendered('news-latest-list', 10));
    await client.send('HeapProfiler.collectGarbage');
    const after = (await client.send('Runtime.getHeapUsage')).usedSize;
    say('JS heap: empty page with the IIFE / after 10 widgets render', `${KB(before)} / ${KB(after)}`, `+${KB(after - before)}`);
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}

const width = Math.max(...rows.map(([label]) => label.length));
console.log(`news-widgets benchmark · ${new Date().toISOString()} · ${chromium}`);
for (const [label, value, note] of rows) console.log(`${label.padEnd(width)}  ${value}${note ? `  (${note})` : ''}`);
