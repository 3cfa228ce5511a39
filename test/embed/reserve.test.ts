import { expect } from '@open-wc/testing';
import { reservationStyle, reservedBlockSize, type EmbedAttributes } from '../../src/embed/reserve.js';
import { loadScript, page, settled } from '../ssr/support.js';

// The box an embed reserves (src/embed/reserve.ts) against the widget the script then renders
// into it: in each layout and language, the rendered list needs exactly the reserved height, and
// the article below does not move when the widget arrives (layout-shift entries in Chromium,
// geometry in every engine). Whole pages with the list-only script: slow on a busy machine.
const PAGE_TIMEOUT_MS = 120_000;
const SRC = '/test/fixtures/seed/latest.json';
const WIDTH = 380;
const FONT = 16;

const cases: [name: string, attributes: EmbedAttributes, options?: { inlineSize: number }][] = [
  ['list', { limit: '5' }],
  ['compact', { limit: '5', layout: 'compact' }],
  ['grid, one column', { limit: '3', layout: 'grid' }, { inlineSize: WIDTH / FONT }],
  ['list, first page of 3 with "show more"', { limit: '5', 'page-size': '3' }],
  ['list, dark, no heading', { limit: '4', theme: 'dark', heading: '' }],
];

const markup = (attributes: EmbedAttributes) =>
  Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('');

/** Pixels of a CSS length, as this page's layout resolves it at the widget's font size. */
function pixels(doc: Document, length: string): number {
  const probe = doc.createElement('div');
  probe.style.cssText = `block-size: ${length}; font-size: ${FONT}px`;
  doc.body.append(probe);
  const height = probe.getBoundingClientRect().height;
  probe.remove();
  return height;
}

describe('reserved box of an embed', function () {
  this.timeout(PAGE_TIMEOUT_MS);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('gives the style attribute and answers only where attributes tell the height', () => {
    expect(reservedBlockSize('news-latest-list', { limit: 5 })).to.equal('calc(37.69em + 5px)');
    expect(reservationStyle('news-latest-list', { limit: 5 })).to.equal('display:block;box-sizing:border-box;min-block-size:calc(37.69em + 5px)');
    // A heading hidden by heading="" takes no room; a boolean attribute given as true is "".
    expect(reservedBlockSize('news-latest-list', { limit: 5, heading: true })).to.equal('calc(35.1925em + 5px)');
    expect(reservedBlockSize('news-latest-list', { limit: 5, layout: 'grid' })).to.equal(undefined);
    expect(reservedBlockSize('news-latest-list', { layout: 'ticker' })).to.equal(undefined);
    expect(reservedBlockSize('news-article-card', {})).to.equal(undefined);
    expect(reservationStyle('news-source-attribution', {})).to.equal(undefined);
    // Lines per headline, when the page sets --news-title-lines.
    expect(reservedBlockSize('news-latest-list', { limit: 1, heading: '' }, { titleLines: 3 })).to.equal('calc(7.8035em + 1px)');
  });

  for (const lang of ['ru', 'kk', 'en']) {
    it(`${lang}: the rendered list needs the reserved height, and nothing below it moves`, async () => {
      for (const [name, attributes, options] of cases) {
        const style = reservationStyle('news-latest-list', attributes, options)!;
        const frame = await page(
          `<p>Lead paragraph.</p><news-latest-list src="${location.origin}${SRC}" lang="${lang}" loading="eager" time-zone="Asia/Tashkent"${markup(attributes)} style="${style}"><a href="https://outlet.example/news">News</a></news-latest-list><p id="after">The article goes on.</p>`,
          { width: WIDTH + 16, css: `body { margin: 8px; font: ${FONT}px/1.5 serif; }` },
        );
        const win = frame.contentWindow! as Window & typeof globalThis;
        const doc = frame.contentDocument!;
        const shifts: string[] = [];
        if (win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift')) {
          const since = win.performance.now();
          new win.PerformanceObserver((list) => list.getEntries().forEach((entry) => {
            const { value, sources = [] } = entry as PerformanceEntry & { value: number; sources?: { node?: Node }[] };
            if (entry.startTime >= since) shifts.push(`${value.toFixed(4)} (${sources.map((source) => source.node?.nodeName ?? '?').join(', ')})`);
          })).observe({ type: 'layout-shift', buffered: true });
        }
        const host = doc.querySelector('news-latest-list')!;
        const after = doc.getElementById('after')!;
        const reserved = pixels(doc, reservedBlockSize('news-latest-list', attributes, options)!);
        const before = { host: host.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
        expect(before.host, `${name}: the box is reserved before the script`).to.be.closeTo(reserved, 0.5);

        const loaded = new Promise((resolve, reject) => {
          host.addEventListener('news-load', resolve, { once: true });
          host.addEventListener('news-error', (event) => reject(new Error(`${name}: ${(event as CustomEvent).detail.error.message}`)), { once: true });
        });
        await loadScript(frame, 'list-iife');
        await loaded;
        await settled(host);
        await new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve)));
        expect(host.shadowRoot!.querySelectorAll('[part~="item"]').length, name).to.be.greaterThan(0);
        // Within a quarter pixel: Firefox and WebKit round each row to their layout unit (1/60 and
        // 1/64 px), which the one reserved length is not; no engine paints a move that small.
        expect(after.getBoundingClientRect().top, `${name}: the paragraph below moved`).to.be.closeTo(before.after, 0.25);
        expect(shifts, `${name}: layout-shift entries`).to.deep.equal([]);
        // What the list needs without the reservation: the height reserved, never more (that would
        // push the page), and less only by the engines' rounding of each row (WebKit: about 1 px in 5 compact rows).
        host.removeAttribute('style');
        const rendered = host.getBoundingClientRect().height;
        expect(rendered, `${name}: rendered height`).to.be.at.most(reserved + 0.25);
        expect(rendered, `${name}: rendered height`).to.be.closeTo(reserved, 1.5);
        frame.remove();
      }
    });
  }
});
