import { expect } from '@open-wc/testing';
import { AFTER_PAINT_LOADER } from '../../src/embed/after-paint.js';

// The after-paint loader (src/embed/after-paint.ts), in a fresh page each time: the script it
// adds runs only once the page has painted, keeps its integrity and type, and still comes on a
// page with nothing to paint or one that painted long ago.
const FIXTURES = '/test/fixtures/after-paint/';
const TIMEOUT_MS = 60_000;

interface Recorded {
  framed: boolean;
  painted: boolean;
  module: boolean;
}
type View = Window & typeof globalThis & { recorded?: Recorded; done: Promise<void>; refused: Promise<string> };

const loaderTag = (file: string, data: Record<string, string> = {}) =>
  `<script data-src="${FIXTURES}${file}"${Object.entries(data).map(([name, value]) => ` data-${name}="${value}"`).join('')}>${AFTER_PAINT_LOADER}</script>`;

/** A fresh page: `head` first (the page's own rAF probe, then whatever is given), then `body`. */
async function open(head: string, body = '<h1>Новости</h1><p>Текст статьи, который страница рисует первым.</p>'): Promise<View> {
  const frame = document.createElement('iframe');
  frame.title = 'partner page';
  frame.style.cssText = 'width: 400px; height: 300px';
  document.body.append(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="ru"><head><meta charset="utf-8">
    <script>requestAnimationFrame(() => { window.framed = true; });
      window.done = new Promise((resolve) => addEventListener('recorded', resolve, { once: true }));
      window.refused = new Promise((resolve) => addEventListener('error', (event) => event.target instanceof HTMLScriptElement && resolve(event.target.src), true));</script>
    ${head}</head><body>${body}</body></html>`;
  await loaded;
  return frame.contentWindow as View;
}

async function sha384(path: string): Promise<string> {
  const bytes = await (await fetch(path)).arrayBuffer();
  return `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;
}

const paintTiming = () => (PerformanceObserver.supportedEntryTypes ?? []).includes('paint');

describe('after-paint loader', function () {
  this.timeout(TIMEOUT_MS);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('adds the script only after the page has painted its content', async () => {
    const view = await open(loaderTag('record.js'));
    await view.done;
    expect(view.recorded!.framed, 'after the first frame').to.equal(true);
    if (paintTiming()) expect(view.recorded!.painted, 'after the first contentful paint').to.equal(true);
    expect(view.recorded!.module).to.equal(false);
    const added = view.document.querySelector<HTMLScriptElement>('script[src]')!;
    expect([added.src, added.crossOrigin, added.type]).to.deep.equal([new URL(`${FIXTURES}record.js`, location.href).href, 'anonymous', '']);
  });

  it('adds a module script for data-type="module"', async () => {
    const view = await open(loaderTag('record.mjs', { type: 'module' }));
    await view.done;
    expect(view.recorded).to.include({ framed: true, module: true });
  });

  it('passes the integrity on: the right hash runs, a wrong one is refused', async () => {
    const hash = await sha384(`${FIXTURES}record.js`);
    const pinned = await open(loaderTag('record.js', { integrity: hash }));
    await pinned.done;
    expect(pinned.document.querySelector<HTMLScriptElement>('script[src]')!.integrity).to.equal(hash);

    const tampered = await open(loaderTag('record.js', { integrity: `sha384-${'A'.repeat(64)}` }));
    expect(await tampered.refused).to.equal(new URL(`${FIXTURES}record.js`, location.href).href);
    expect(tampered.recorded).to.equal(undefined);
  });

  it('still loads on a page with nothing contentful to paint', async () => {
    const view = await open(loaderTag('record.js'), '');
    await view.done;
    expect(view.recorded).to.include({ framed: true, painted: false });
  });

  it('loads at once on a page that has already painted', async () => {
    const view = await open('');
    await new Promise((resolve) => view.requestAnimationFrame(() => view.requestAnimationFrame(resolve)));
    // Painted as the browser reports it (the entry comes a frame or two after the paint).
    if (paintTiming()) {
      await new Promise<void>((resolve) => new view.PerformanceObserver((entries, observer) => {
        if (entries.getEntriesByName('first-contentful-paint').length) observer.disconnect(), resolve();
      }).observe({ type: 'paint', buffered: true }));
    }
    // An inline script added later (a tag manager, a single-page app) runs as the page's own did.
    const loader = view.document.createElement('script');
    loader.dataset.src = `${FIXTURES}record.js`;
    loader.text = AFTER_PAINT_LOADER;
    view.document.head.append(loader);
    expect(view.document.querySelector('script[src]'), 'added while the loader ran').not.to.equal(null);
    await view.done;
    expect(view.recorded!.framed).to.equal(true);
  });

  it('adds its script once, however many signals arrive', async () => {
    const view = await open(loaderTag('record.js'));
    await view.done;
    // Past the frames' fallback and the paint entry alike.
    await new Promise((resolve) => view.setTimeout(resolve, 300));
    expect(view.document.querySelectorAll('script[src]').length).to.equal(1);
  });
});
