#!/usr/bin/env node
// Screenshots of the edge's widget builder (GET /) at phone and desktop widths in each of its
// languages, to shots/builder-<lang>-<width>.png (git-ignored); `--readme` also writes the
// desktop shot in Russian to docs/builder.png. Starts a local upstream with the seed's feeds
// and a real edge (dist/lib, built by `npm run build`), both on 127.0.0.1, stopped at the end.
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { launchChromium } from './browser.mjs';

const { createEdge } = await import('../dist/lib/edge/index.js');
const OUT = new URL('../shots/', import.meta.url);
const FIXTURES = new URL('../test/fixtures/', import.meta.url);
const WIDTHS = { phone: 390, desktop: 1280 };
const LANGS = ['ru', 'kk', 'en'];

const listen = async (handler) => {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
};

const upstream = await listen(async (request, response) => {
  try {
    const body = await readFile(new URL(`.${new URL(request.url, 'http://x').pathname}`, FIXTURES));
    response.writeHead(200, { 'Content-Type': request.url.endsWith('.xml') ? 'application/rss+xml' : 'application/json' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
const edge = createEdge({
  allowPrivate: true,
  allow: [upstream.origin],
  feeds: {
    sarbaz: { url: `${upstream.origin}/seed/latest.json`, title: 'Sarbaz.kz — последние новости', description: 'Главные новости Sarbaz.kz на русском, обновляются каждые 5 минут.' },
    rss: { url: `${upstream.origin}/shapes/rss.xml`, title: 'Sarbaz.kz RSS' },
  },
});
const site = await listen(edge);

await mkdir(OUT, { recursive: true });
const browser = await launchChromium();
const written = [];
try {
  for (const lang of LANGS) {
    for (const [name, width] of Object.entries(WIDTHS)) {
      const page = await browser.newPage();
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
      await page.setExtraHTTPHeaders({ 'Accept-Language': lang });
      const outside = [];
      page.on('request', (request) => new URL(request.url()).origin !== site.origin && !request.url().startsWith('data:') && outside.push(request.url()));
      await page.goto(`${site.origin}/?limit=4&accent=%23a4531a&rubric=`, { waitUntil: 'networkidle0' });
      await page.evaluate((language) => {
        const builder = document.querySelector('news-widgets-builder');
        builder.ui = language;
        return builder.updateComplete;
      }, lang);
      await page.waitForFunction(() => [...document.querySelector('news-widgets-builder').shadowRoot.querySelectorAll('.screen > *')]
        .every((widget) => widget.shadowRoot?.querySelector('[part~="item"]')), { timeout: 20_000 });
      const file = `builder-${lang}-${name}.png`;
      await page.screenshot({ path: new URL(file, OUT).pathname, fullPage: true });
      written.push(file);
      if (process.argv.includes('--readme') && lang === 'ru' && name === 'desktop') {
        await page.screenshot({ path: new URL('../docs/builder.png', import.meta.url).pathname, clip: { x: 0, y: 0, width, height: 900 } });
        written.push('docs/builder.png');
      }
      if (outside.length) console.error(`requests to other hosts: ${outside.join(' ')}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  edge.close();
  site.server.closeAllConnections();
  site.server.close();
  upstream.server.closeAllConnections();
  upstream.server.close();
}
console.log(`wrote ${written.length} screenshots: ${written.join(', ')}`);
