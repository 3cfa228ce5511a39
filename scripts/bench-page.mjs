#!/usr/bin/env node
// `npm run bench:page`: what the widget costs the page it sits on (issue 24). A regional news
// site's article (demo/partner-article.html) with the seed's five latest stories after the lead
// paragraph, above the fold on a phone, served gzip-compressed, measured by Lighthouse 12 (its
// mobile default: simulated slow 4G and a 4× slower CPU) in Debian's Chromium — without the
// widget and with each embed the README offers — medians of BENCH_PAGE_RUNS runs (default 3),
// each beside its budget. Then what moved and what was largest, read from the page's own
// PerformanceObserver (Lighthouse's layout-shift and LCP-element audits fail in Debian's build),
// and what blocked: Lighthouse's long tasks, by script. Figures only: no test asserts timing.
// BENCH_PAGE_RESERVE=0 measures the embeds without their reserved box, as they were before;
// BENCH_PAGE_EMBEDS picks embeds: by default the README's (each loaded by the after-paint loader),
// `esm-tag,list-iife-tag,iife-tag,ssr-tag` the plain tags for pages whose CSP admits no inline script.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { launchChromium } from './browser.mjs';
import { startDemoServer } from './demo-server.mjs';
import { EMBEDS } from './partner-page.mjs';

const RUNS = Number(process.env.BENCH_PAGE_RUNS) || 3;
const RESERVE = process.env.BENCH_PAGE_RESERVE !== '0';
// BENCH_PAGE_EMBEDS=esm,iife: only these (and the page without the widget); by default the README's embeds.
const ORDER = ['none', ...(process.env.BENCH_PAGE_EMBEDS?.split(',') ?? ['esm', 'list-iife', 'iife', 'ssr']).filter((embed) => embed !== 'none' && Object.hasOwn(EMBEDS, embed))];
const BUDGET = { cls: 0.01, tbt: 50, lcp: 150, score: 0.01 };

const median = (values) => { const sorted = [...values].sort((a, b) => a - b); return sorted[Math.floor(sorted.length / 2)]; };
const range = (values) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

/** The demo site behind a gzip layer, as a CDN serves it: what Lighthouse's simulation weighs. */
async function startGzipServer() {
  const demo = await startDemoServer(0);
  const origin = `http://127.0.0.1:${demo.address().port}`;
  const server = createServer(async (request, response) => {
    const upstream = await fetch(origin + request.url, { headers: { 'accept-encoding': 'identity' } });
    const body = Buffer.from(await upstream.arrayBuffer());
    const headers = Object.fromEntries([...upstream.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(name)));
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && /text|json|javascript|svg|xml/.test(headers['content-type'] ?? '');
    response.writeHead(upstream.status, gzip ? { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' } : headers);
    response.end(gzip ? gzipSync(body, { level: 9 }) : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => { server.close(); demo.close(); } };
}

const pageUrl = (base, embed) => `${base}/partner-article.html?embed=${embed}${RESERVE ? '' : '&reserve=0'}`;

/** One Lighthouse run in a fresh browser: the figures of the table and the long tasks. */
async function lighthouseRun(url) {
  const browser = await launchChromium(['--remote-debugging-port=0']);
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    const value = (id) => lhr.audits[id]?.numericValue;
    const longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).map(({ url: script, duration }) => ({ script, duration }));
    // Main-thread time per script, evaluation apart from parsing and compiling (simulated 4× CPU).
    const bootup = (lhr.audits['bootup-time']?.details?.items ?? []).map(({ url: script, scripting, scriptParseCompile }) => ({ script, scripting, compile: scriptParseCompile }));
    return {
      cls: value('cumulative-layout-shift'), tbt: value('total-blocking-time'), lcp: value('largest-contentful-paint'), fcp: value('first-contentful-paint'),
      performance: lhr.categories.performance.score, accessibility: lhr.categories.accessibility.score, longTasks, bootup,
      errors: Object.values(lhr.audits).filter((audit) => audit.errorMessage && ['cumulative-layout-shift', 'total-blocking-time', 'largest-contentful-paint'].includes(audit.id)).map((audit) => `${audit.id}: ${audit.errorMessage}`),
    };
  } finally {
    await browser.close();
  }
}

// What moved and what was largest, from the page itself, on a 4× slower CPU with a phone's screen.
const OBSERVER = () => {
  const describe = (node) => {
    if (!node) return '?';
    if (node.nodeType !== 1) return `${describe(node.parentElement)} text`;
    const classes = node.classList?.length ? `.${[...node.classList].join('.')}` : '';
    return `${node.localName}${node.id ? `#${node.id}` : ''}${classes}`;
  };
  window.__page = { shifts: [], largest: [] };
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
    if (entry.hadRecentInput) return;
    window.__page.shifts.push({ value: entry.value, at: entry.startTime, sources: (entry.sources ?? []).map((source) => ({ node: describe(source.node), from: source.previousRect.y, to: source.currentRect.y })) });
  })).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
    window.__page.largest.push({ element: describe(entry.element), size: entry.size, at: entry.startTime });
  })).observe({ type: 'largest-contentful-paint', buffered: true });
};

async function pageObserved(browser, url) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const client = await tab.createCDPSession();
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await tab.evaluateOnNewDocument(OBSERVER);
  await tab.goto(url, { waitUntil: 'networkidle0' });
  // The widget's render and one more frame, for the last layout shift to be reported.
  await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 500))));
  const seen = await tab.evaluate(() => window.__page);
  await tab.close();
  return seen;
}

const { base, close } = await startGzipServer();
const results = Object.fromEntries(ORDER.map((embed) => [embed, []]));
const observed = Object.fromEntries(ORDER.map((embed) => [embed, []]));
const chromium = await (async () => { const browser = await launchChromium(); const version = await browser.version(); await browser.close(); return version; })();
try {
  // Round-robin, so that a slow spell of the shared machine falls on every embed alike. Each run
  // is observed once more from inside the page: whether the widget renders before the page's
  // first paint (no shift counted) or after (a shift) depends on timing, so every run is kept.
  const browser = await launchChromium();
  for (let run = 0; run < RUNS; run++) {
    for (const embed of ORDER) {
      const result = await lighthouseRun(pageUrl(base, embed));
      results[embed].push(result);
      observed[embed].push(await pageObserved(browser, pageUrl(base, embed)));
      process.stderr.write(`run ${run + 1}/${RUNS} ${embed.padEnd(9)} CLS ${result.cls?.toFixed(3)} TBT ${result.tbt?.toFixed(0)} LCP ${result.lcp?.toFixed(0)} score ${result.performance}\n`);
    }
  }
  await browser.close();
} finally {
  close();
}

const baseline = results.none;
const base0 = {
  cls: median(baseline.map((r) => r.cls)), tbt: median(baseline.map((r) => r.tbt)), lcp: median(baseline.map((r) => r.lcp)),
  performance: median(baseline.map((r) => r.performance)), accessibility: median(baseline.map((r) => r.accessibility)),
};
const mark = (ok) => (ok ? 'ok' : 'OVER');
console.log(`news-widgets page bench · ${new Date().toISOString()} · Lighthouse 12.2.3 (mobile: simulated slow 4G, 4× CPU) · ${chromium} · medians of ${RUNS} runs${RESERVE ? '' : ' · WITHOUT reserved boxes'}`);
console.log(`page without the widget: CLS ${base0.cls.toFixed(3)} · TBT ${base0.tbt.toFixed(0)} ms · LCP ${base0.lcp.toFixed(0)} ms · performance ${base0.performance} · accessibility ${base0.accessibility}\n`);
const header = ['embed', 'CLS by widget', 'TBT added', 'LCP added', 'perf score', 'a11y score'];
const budgets = ['budget', `≤ ${BUDGET.cls}`, `≤ ${BUDGET.tbt} ms`, `≤ ${BUDGET.lcp} ms`, `≥ ${(base0.performance - BUDGET.score).toFixed(2)}`, `= ${base0.accessibility}`];
const rows = [header, budgets];
let missed = 0;
for (const embed of ORDER.slice(1)) {
  const runs = results[embed];
  const cls = median(runs.map((r) => r.cls)) - base0.cls;
  const tbts = runs.map((r) => r.tbt - base0.tbt);
  const lcps = runs.map((r) => r.lcp - base0.lcp);
  const tbt = median(runs.map((r) => r.tbt)) - base0.tbt;
  const lcp = median(runs.map((r) => r.lcp)) - base0.lcp;
  const performance = median(runs.map((r) => r.performance));
  const accessibility = median(runs.map((r) => r.accessibility));
  const oks = [cls <= BUDGET.cls, tbt <= BUDGET.tbt, lcp <= BUDGET.lcp, performance >= base0.performance - BUDGET.score - 1e-9, accessibility >= base0.accessibility];
  missed += oks.filter((ok) => !ok).length;
  rows.push([
    EMBEDS[embed].label,
    `${cls.toFixed(3)} ${mark(oks[0])}`,
    `${tbt.toFixed(0)} ms (${range(tbts)}) ${mark(oks[1])}`,
    `${lcp.toFixed(0)} ms (${range(lcps)}) ${mark(oks[2])}`,
    `${performance.toFixed(2)} ${mark(oks[3])}`,
    `${accessibility.toFixed(2)} ${mark(oks[4])}`,
  ]);
}
const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) console.log(`| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
console.log(`\n${missed ? `${missed} budget figure(s) missed` : 'every embed within every budget'} (added = the embed's median minus the page's without the widget; ranges are the runs')`);

console.log('\nWhat moved (layout-shift entries on a 4× slower CPU, by the page\'s PerformanceObserver; the run that moved most), and what was largest:');
const total = ({ shifts }) => shifts.reduce((sum, { value }) => sum + value, 0);
for (const embed of ORDER) {
  const { shifts, largest } = observed[embed].reduce((most, seen) => (total(seen) > total(most) ? seen : most));
  const last = largest.at(-1);
  console.log(`  ${EMBEDS[embed].label}: LCP ${last ? `${last.element} (${last.size} px², ${last.at.toFixed(0)} ms)` : 'none'}`);
  if (!shifts.length) console.log('    no layout shift');
  for (const shift of shifts) console.log(`    shift ${shift.value.toFixed(4)} at ${shift.at.toFixed(0)} ms: ${shift.sources.map((s) => `${s.node} ${s.from.toFixed(0)}→${s.to.toFixed(0)}px`).join(', ')}`);
}

console.log('\nWhat blocked (Lighthouse long tasks, simulated 4× CPU, each run, by script):');
for (const embed of ORDER) {
  const byScript = new Map();
  for (const run of results[embed]) {
    for (const { script, duration } of run.longTasks) {
      const name = script.replace(base, '') || '(page)';
      byScript.set(name, [...(byScript.get(name) ?? []), Math.round(duration)]);
    }
  }
  const listed = [...byScript].map(([script, durations]) => `${script}: ${durations.join(', ')} ms`).join(' · ');
  console.log(`  ${EMBEDS[embed].label}: ${listed || 'no long task'}`);
  const time = new Map();
  for (const run of results[embed]) {
    for (const { script, scripting, compile } of run.bootup) {
      const name = script.replace(base, '');
      time.set(name, [...(time.get(name) ?? []), [scripting, compile]]);
    }
  }
  const scripts = [...time].filter(([name]) => name.startsWith('/dist/')).map(([name, runs]) =>
    `${name}: evaluation ${median(runs.map(([scripting]) => scripting)).toFixed(0)} ms + parse/compile ${median(runs.map(([, compile]) => compile)).toFixed(0)} ms`);
  if (scripts.length) console.log(`    main-thread time by script (medians): ${scripts.join(' · ')}`);
  const errors = [...new Set(results[embed].flatMap((run) => run.errors))];
  if (errors.length) console.log(`    Lighthouse errors: ${errors.join('; ')}`);
}
