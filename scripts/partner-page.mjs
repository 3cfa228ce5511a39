// The partner's article page (demo/partner-article.html) with the widget embedded each way the
// README offers, for `npm run bench:page` and the demo server (/partner-article.html?embed=…).
// The page marks two places: the script in <head> and the widget after the lead paragraph.
import { readFile } from 'node:fs/promises';

/** Each embed: the script tag, and whether the widget arrives server-rendered. */
export const EMBEDS = {
  none: { label: 'no widget' },
  esm: { label: 'ES module (type="module")', script: '<script type="module" src="/dist/news-widgets.js"></script>' },
  'list-iife': { label: 'list IIFE, defer', script: '<script src="/dist/news-latest-list.iife.js" defer></script>' },
  iife: { label: 'all-in IIFE, defer', script: '<script src="/dist/news-widgets.iife.js" defer></script>' },
  ssr: { label: 'server-rendered + list IIFE', script: '<script src="/dist/news-latest-list.iife.js" defer></script>', ssr: true },
  // Not in the README: a measured alternative, the list IIFE added by an inline script once the page has loaded.
  'list-iife-onload': {
    label: 'list IIFE added on load (alternative)',
    script: `<script>addEventListener('load', () => document.head.append(Object.assign(document.createElement('script'), { src: '/dist/news-latest-list.iife.js' })))</script>`,
  },
};

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
  const { script = '', ssr } = EMBEDS[embed] ?? EMBEDS['list-iife'];
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
