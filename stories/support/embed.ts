import integrity from '../../dist/integrity.json' with { type: 'json' };
import { reservationStyle } from '../../src/embed/reserve.js';
import { markupOf } from './attributes.js';
import { defaultsOf } from './manifest.js';

/** The versioned script-tag bundle, as scripts/integrity.mjs prints it after `npm run build`. */
export const SCRIPT_URL = `https://cdn.example/news-widgets@${integrity.version}/dist/news-widgets.iife.js`;
export const SCRIPT_INTEGRITY = integrity['news-widgets.iife.js'];

/**
 * The ES module with its chunks pinned by an import map, as `npm run build` writes them
 * (dist/importmap.json) for the versioned address: the lighter choice, pinned whole.
 */
export function pinnedModuleSnippet(): string {
  const base = `https://cdn.example/news-widgets@${integrity.version}/dist/`;
  const map = { integrity: Object.fromEntries(Object.entries(integrity.chunks).map(([path, hash]) => [new URL(path, base).href, hash])) };
  return [
    `<script type="importmap">\n${JSON.stringify(map, null, 2)}\n</script>`,
    `<script type="module" src="${base}news-widgets.js"\n  integrity="${integrity['news-widgets.js']}"\n  crossorigin="anonymous"></script>`,
  ].join('\n');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<script>` tag plus the element with these attributes (and `--news-*` properties as a
 * style rule). Attributes at their documented default are left out. The element carries the
 * box it will fill (src/embed/reserve.ts) where its attributes tell it, so that the page does not
 * move when the widget renders.
 */
export function embedSnippet(tag: string, args: object, fallback = ''): string {
  const { attributes, style } = markupOf(args);
  const defaults = defaultsOf(tag);
  const pairs = attributes.filter(([name, value]) => defaults.get(name) !== value).map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`));
  const lines = style.find(([name]) => name === '--news-title-lines')?.[1];
  const reserved = reservationStyle(tag, Object.fromEntries(attributes), lines ? { titleLines: Number(lines) } : {});
  if (reserved) pairs.push(`style="${reserved}"`);
  const open = pairs.length > 3 ? `<${tag}\n  ${pairs.join('\n  ')}>` : `<${tag}${pairs.map((pair) => ` ${pair}`).join('')}>`;
  const body = fallback ? `\n  ${fallback}\n` : '';
  const css = style.length ? `<style>\n  ${tag} {\n${style.map(([name, value]) => `    ${name}: ${value};`).join('\n')}\n  }\n</style>\n` : '';
  return [
    `<script src="${SCRIPT_URL}"\n  integrity="${SCRIPT_INTEGRITY}"\n  crossorigin="anonymous" defer></script>`,
    `${css}${open}${body}</${tag}>`,
  ].join('\n');
}

const origin = (url: string | undefined) => {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
};

/**
 * What the host page's Content-Security-Policy needs for the widget: the script's host, the
 * endpoint for `connect-src`, pictures (usually the endpoint's host, or the CDN the feed names),
 * and Trusted Types. No 'unsafe-inline' for styles: Lit adopts constructed stylesheets.
 */
export function cspFor(src: string | undefined): string {
  const endpoint = origin(src);
  const directives = [
    `script-src 'self' ${origin(SCRIPT_URL)}`,
    "style-src 'self'",
    `connect-src 'self'${endpoint ? ` ${endpoint}` : ''}`,
    `img-src 'self'${endpoint ? ` ${endpoint}` : ''}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify news-widgets',
  ];
  return `Content-Security-Policy:\n  ${directives.join(';\n  ')}`;
}
