// The partner's article page (demo/partner-article.html) with the widget embedded each way the
// README offers, for `npm run bench:page` and the demo server (/partner-article.html?embed=…).
// The page marks two places: the script in <head> and the widget after the lead paragraph.
import { readFile } from 'node:fs/promises';

/**
 * Each embed: which build (`kind`, as src/embed/snippet.ts's scriptSnippet names them), whether
 * it is loaded by the after-paint loader (what the README, the builder and Storybook give) or by
 * the plain tag (for pages whose CSP admits no inline script), and whether the widget arrives
 * server-rendered. The tags are written by the same scriptSnippet partners copy, pinned by
 * dist/integrity.json.
 */
export const EMBEDS = {
  none: { label: 'no widget' },
  esm: { label: 'ES module, after paint', kind: 'module' },
  'list-iife': { label: 'list IIFE, after paint', kind: 'list-iife' },
  iife: { label: 'all-in IIFE, after paint', kind: 'iife' },
  ssr: { label: 'server-rendered + list IIFE, after paint', kind: 'list-iife', ssr: true },
  'esm-tag': { label: 'ES module, plain tag', kind: 'module', tag: true },
  'list-iife-tag': { label: 'list IIFE, plain tag (defer)', kind: 'list-iife', tag: true },
  'iife-tag': { label: 'all-in IIFE, plain tag (defer)', kind: 'iife', tag: true },
  'ssr-tag': { label: 'server-rendered + list IIFE, plain tag', kind: 'list-iife', tag: true, ssr: true },
};

/** The script tags of `embed`, for dist/ served at /dist/ by this site. */
async function scriptOf(embed) {
  const { kind, tag } = EMBEDS[embed];
  if (!kind) return '';
  const { scriptSnippet } = await import('../dist/lib/embed/snippet.js');
  const integrity = JSON.parse(await readFile(new URL('../dist/integrity.json', import.meta.url), 'utf8'));
  return scriptSnippet(integrity, '/dist/', kind, { afterPaint: !tag });
}

/** The list's attributes on this page: the seed's five latest stories. */
export const WIDGET = { src: '/api/latest.json', limit: '5', 'time-zone': 'Asia/Almaty' };

const PAGE = new URL('../demo/partner-article.html', import.meta.url);
const region = (name) => new RegExp(`<!-- embed:${name} -->[\\s\\S]*?<!-- /embed:${name} -->`);

/**
 * The page's HTML for `embed` (a key of EMBEDS). `reserve: false` leaves out the reserved box,
 * as embeds were before issue 24. A server-rendered list comes as an SSI include of the demo
 * edge's /render, which the demo server resolves.
 */
export async function partnerArticle(embed, { reserve = true } = {}) {
  const { ssr } = EMBEDS[embed] ?? EMBEDS['list-iife'];
  const script = await scriptOf(embed);
  const { reservationStyle } = await import('../dist/lib/embed/reserve.js');
  const style = reserve ? ` style="${reservationStyle('news-latest-list', WIDGET)}"` : '';
  const attributes = Object.entries(WIDGET).map(([name, value]) => ` ${name}="${value}"`).join('');
  const query = new URLSearchParams({ feed: 'latest', lang: 'ru', limit: WIDGET.limit, 'time-zone': WIDGET['time-zone'] });
  const widget = embed === 'none' ? ''
    : ssr ? `<!--# include virtual="/edge/render/news-latest-list?${query}" -->`
      : `<news-latest-list${attributes}${style}><a href="https://sarbaz.example/ru/">Последние новости на Sarbaz.kz</a></news-latest-list>`;
  const html = await readFile(PAGE, 'utf8');
  return html
    .replace(region('script'), () => script)
    .replace(region('widget'), () => widget)
    .replace(embed === 'none' ? /\s*<aside class="related"><\/aside>/ : /^(?!)/, '');
}
