#!/usr/bin/env node
// `npm run bench`: prints what we ship and how it performs, measured in headless Chromium in
// one run, each figure beside its budget (issue 16) or, for sizes, its ratchet (issue 24). Figures
// only — budgets are compared and reported here, never asserted by the test suite. KB = 1,000 bytes of `gzip -9` output.
import { readFile, readdir } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { launchChromium } from './browser.mjs';
import { startDemoServer } from './demo-server.mjs';

const DIST = new URL('../dist/', import.meta.url);
const KB = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const RUNS = Number(process.env.BENCH_RUNS) || 15;
const WARMUP = 3;
const rows = [];
const say = (label, value, note = '') => rows.push([label, value, note]);
const details = [];

/**
 * The sizes' ratchets (issue 24): what a script-tag build may weigh at most. The single files
 * stay complete, and must not grow: a new feature pays for its bytes with a cut elsewhere.
 */
const RATCHET = { iife: 74, listIife: 51, listFirstPaint: 32, cardFirstPaint: 34 };
function ratchet(value, max) {
  return `ratchet ≤ ${max} KB: ${value <= max ? `held, ${(max - value).toFixed(1)} KB to spare` : 'GREW PAST IT'}`;
}

/** "must ≤ 1.25, goal ≤ 1.15: must met" — which of a budget's two marks a figure meets. */
function verdict(value, must, goal, unit = ' KB') {
  const met = value <= goal ? 'goal met' : value <= must ? 'must met, goal not' : 'MUST MISSED';
  return `must ≤ ${must}${unit}, goal ≤ ${goal}${unit}: ${met}`;
}

async function sizeOf(file) {
  const bytes = await readFile(new URL(file, DIST));
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length };
}
const sizeText = ({ min, gzip, brotli }) => `${KB(min)} min · ${KB(gzip)} gzip · ${KB(brotli)} brotli`;

const server = await startDemoServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const chromium = await browser.version();

const SCRIPTS = {
  iife: '<script src="/dist/news-widgets.iife.js"></script>',
  list: '<script src="/dist/news-latest-list.iife.js"></script>',
  esm: '<script type="module" src="/dist/news-widgets.js"></script>',
};
function page(body, { script = 'iife', lang = 'ru' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${SCRIPTS[script]}</head><body style="margin:0;padding:16px;font:16px system-ui">${body}</body></html>`;
}

async function openPage(html, { onRequest } = {}) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1000, height: 800 });
  if (onRequest) tab.on('request', onRequest);
  await tab.goto(`${base}/blank.html`);
  await tab.setContent(html, { waitUntil: 'load' });
  return tab;
}

const whenRendered = (selector, count = 1, part = 'title') => `new Promise((resolve) => {
  const check = () => { const els = [...document.querySelectorAll('${selector}')];
    if (els.length >= ${count} && els.every((el) => el.shadowRoot && el.shadowRoot.querySelector('[part~="${part}"]'))) resolve(performance.now());
    else requestAnimationFrame(check); };
  check(); })`;

/** Every script a page fetched before `selector` showed its `part`, in request order, with its gzip size. */
async function firstPaint(body, { lang = 'ru', selector, part = 'title' }) {
  const scripts = [];
  const tab = await openPage(page(body, { script: 'esm', lang }), {
    onRequest: (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname.slice('/dist/'.length)),
  });
  await tab.evaluate(whenRendered(selector, 1, part));
  const files = [];
  for (const file of scripts) files.push({ file: file.replace(/-[\w-]{8}\.js$/, '.js'), gzip: (await sizeOf(file)).gzip });
  await tab.close();
  return { total: files.reduce((sum, { gzip }) => sum + gzip, 0), files };
}
const breakdown = (files) => files.map(({ file, gzip }) => `${file} ${KB(gzip)}`).join(' → ');

try {
  // Sizes of what partners load with one <script>.
  const iife = await sizeOf('news-widgets.iife.js');
  say('dist/news-widgets.iife.js (all three elements, everything inside)', sizeText(iife), ratchet(iife.gzip / 1000, RATCHET.iife));
  const listIife = await sizeOf('news-latest-list.iife.js');
  say('dist/news-latest-list.iife.js (the list alone)', sizeText(listIife), ratchet(listIife.gzip / 1000, RATCHET.listIife));
  say('dist/news-widgets.js (ES module entry)', sizeText(await sizeOf('news-widgets.js')));
  for (const chunk of (await readdir(new URL('chunks/', DIST))).filter((name) => name.endsWith('.js')).sort()) {
    details.push(`  chunk ${chunk.replace(/-[\w-]{8}\.js$/, '').padEnd(24)} ${sizeText(await sizeOf(`chunks/${chunk}`))}`);
  }

  // First paint through the ES module: every script fetched before the first item shows.
  for (const lang of ['ru', 'kk', 'en']) {
    const { total, files } = await firstPaint('<news-latest-list src="/api/latest.json" loading="eager"></news-latest-list>', { lang, selector: 'news-latest-list' });
    say(`list first paint through news-widgets.js (lang=${lang})`, `${KB(total)} gzip in ${files.length} files`, lang === 'ru' ? ratchet(total / 1000, RATCHET.listFirstPaint) : '');
    details.push(`  list first paint, ${lang}: ${breakdown(files)}`);
  }
  {
    const { total, files } = await firstPaint('<news-article-card src="/api/article.json" show-body loading="eager"></news-article-card>', { selector: 'news-article-card', part: 'body' });
    const setHtml = await (async () => { const tab = await openPage(page('')); const has = await tab.evaluate(() => typeof Element.prototype.setHTML === 'function'); await tab.close(); return has; })();
    say(`card with show-body first paint through news-widgets.js (ru${setHtml ? ', Element.setHTML' : ', NO Element.setHTML'})`, `${KB(total)} gzip in ${files.length} files`, ratchet(total / 1000, RATCHET.cardFirstPaint));
    details.push(`  card first paint, ru: ${breakdown(files)}`);
  }

  // Render cost: the widget against the same markup and stylesheets built by hand, in the same
  // page, alternating, as main-thread task time from the DevTools protocol (wall clock is too
  // noisy on a shared machine). Each run: create, render, style and layout; removal not counted.
  for (const [count, must, goal] of [[1000, 1.25, 1.15], [20, 1.5, 1.2]]) {
    const tab = await openPage(page('<div id="host"></div>'));
    const client = await tab.createCDPSession();
    await client.send('Performance.enable');
    await tab.evaluate((count) => {
      // Fresh dates for every run, so no formatting cache carries over from the run before.
      const itemsFor = (run) => Array.from({ length: count }, (_, index) => ({
        id: String(index), title: `Новость номер ${index}: служба как трамплин для жизненного пути`, url: `https://sarbaz.example/ru/news/${index}`,
        date: new Date(Date.UTC(2026, 0, 21, 13, 21) - index * 60_000 - run * 86_400_000), rubrics: [{ name: 'В центре внимания' }], cites: [], author: index % 3 ? undefined : { name: 'admin' },
      }));
      const host = document.getElementById('host');
      const pad = (n) => String(n).padStart(2, '0');
      const format = (date) => `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} - ${pad(date.getHours())}:${pad(date.getMinutes())}`;
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
      const makers = {
        vanilla(items) {
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
        },
        async widget(items) {
          const el = document.createElement('news-latest-list');
          el.limit = count;
          el.items = items;
          host.append(el);
          await el.updateComplete;
          return el;
        },
      };
      let run = 0;
      window.bench = {
        prepare: () => { window.benchItems = itemsFor(++run); },
        run: async (kind) => { const el = await makers[kind](window.benchItems); void el.getBoundingClientRect().height; },
        clear: () => host.replaceChildren(),
      };
    }, count);
    const taskTime = async () => (await client.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
    const times = { widget: [], vanilla: [] };
    for (let run = 0; run < RUNS + WARMUP; run++) {
      // Alternating which goes first, so neither always runs on a warmer page.
      for (const kind of run % 2 ? ['vanilla', 'widget'] : ['widget', 'vanilla']) {
        await tab.evaluate(() => window.bench.prepare());
        // Garbage from earlier runs is collected first, so no run pays for another's.
        await client.send('HeapProfiler.collectGarbage');
        const before = await taskTime();
        await tab.evaluate((kind) => window.bench.run(kind), kind);
        const after = await taskTime();
        await tab.evaluate(() => window.bench.clear());
        if (run >= WARMUP) times[kind].push(after - before);
      }
    }
    const ratios = times.widget.map((widget, index) => widget / times.vanilla[index]);
    const ratio = median(times.widget) / median(times.vanilla);
    const [low, high] = [sorted(ratios)[0], sorted(ratios).at(-1)];
    say(`render ${count} items, main-thread CPU (median of ${RUNS} alternating runs)`,
      `${median(times.widget).toFixed(2)} ms widget · ${median(times.vanilla).toFixed(2)} ms by hand · ratio ${ratio.toFixed(2)} (runs ${low.toFixed(2)}–${high.toFixed(2)})`,
      verdict(Number(ratio.toFixed(2)), must, goal, ''));
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
console.log(`news-widgets benchmark · ${new Date().toISOString()} · ${chromium} · KB = 1,000 bytes of gzip -9`);
for (const [label, value, note] of rows) console.log(`${label.padEnd(width)}  ${value}${note ? `  (${note})` : ''}`);
console.log('\nWhat first paint fetches, in request order, and every chunk of the ES module build:');
for (const line of details) console.log(line);
