// The code a partner pastes, written one way for every place that writes it: Storybook's
// "Embed on your site" page and the edge's builder (`GET /`). Plain functions of strings, with
// no DOM and no Node, so a browser bundle and the edge can both use them.

import { AFTER_PAINT_LOADER } from './after-paint.js';

/** What `npm run build` writes to dist/integrity.json (the fields the snippets need). */
export interface Integrity {
  version: string;
  'news-widgets.js': string;
  'news-widgets.iife.js': string;
  'news-latest-list.iife.js': string;
  /** `chunks/<name>.js` → its `sha384-…` hash. */
  chunks: Record<string, string>;
  /** The CSP hash source (`'sha256-…'`) of the after-paint loader's inline script. */
  'after-paint': string;
}

/** The script-tag builds: the ES module pinned by its import map, or one classic file. */
export type ScriptKind = 'module' | 'iife' | 'list-iife';

const FILES: Record<Exclude<ScriptKind, 'module'>, 'news-widgets.iife.js' | 'news-latest-list.iife.js'> = {
  iife: 'news-widgets.iife.js',
  'list-iife': 'news-latest-list.iife.js',
};

export const escapeAttribute = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `base` with exactly one trailing slash: the address `dist/` is hosted at. */
const folder = (base: string) => base.replace(/\/*$/, '/');

/** The import map that pins every chunk of the ES module hosted at `base` (dist/importmap.json's content). */
export function importMapOf(integrity: Integrity, base: string): { integrity: Record<string, string> } {
  // An absolute `base` gives absolute keys; a path (`/dist/`) keys the page resolves against its own address.
  const address = (path: string) => (/^[a-z][a-z\d+.-]*:/i.test(base) ? new URL(path, folder(base)).href : folder(base) + path);
  return { integrity: Object.fromEntries(Object.entries(integrity.chunks).map(([path, hash]) => [address(path), hash])) };
}

/**
 * The `<script>` tags for one build hosted at `base`: the ES module after its import map, or a
 * classic script, each pinned by `integrity`. By default the script is requested by the
 * after-paint loader once the page has painted (an inline script a strict CSP allows by the hash
 * `integrity['after-paint']`); `{ afterPaint: false }` writes the plain tag, `defer` or
 * `type="module"`, for pages whose policy admits no inline script.
 */
export function scriptSnippet(integrity: Integrity, base: string, kind: ScriptKind = 'module', { afterPaint = true } = {}): string {
  const dist = folder(base);
  const file = kind === 'module' ? 'news-widgets.js' : FILES[kind];
  const importMap = kind === 'module' ? [`<script type="importmap">\n${JSON.stringify(importMapOf(integrity, dist), null, 2)}\n</script>`] : [];
  const script = afterPaint
    ? `<script data-src="${escapeAttribute(dist + file)}"\n  data-integrity="${integrity[file]}"${kind === 'module' ? ' data-type="module"' : ''}>${AFTER_PAINT_LOADER}</script>`
    : `<script${kind === 'module' ? ' type="module"' : ''} src="${escapeAttribute(dist + file)}"\n  integrity="${integrity[file]}"\n  crossorigin="anonymous"${kind === 'module' ? '' : ' defer'}></script>`;
  return [...importMap, script].join('\n');
}

/**
 * The element with these attributes, in order (`''` writes a boolean attribute); more than three
 * go one per line. `fallback` is the partner's own content, shown until the widget renders.
 */
export function elementSnippet(tag: string, attributes: Iterable<[string, string]>, fallback = ''): string {
  const pairs = [...attributes].map(([name, value]) => (value === '' ? name : `${name}="${escapeAttribute(value)}"`));
  const open = pairs.length > 3 ? `<${tag}\n  ${pairs.join('\n  ')}>` : `<${tag}${pairs.map((pair) => ` ${pair}`).join('')}>`;
  return `${open}${fallback ? `\n  ${fallback}\n` : ''}</${tag}>`;
}

/** One CSS rule for the host page's stylesheet; empty when there are no declarations. */
export function cssRule(selector: string, declarations: Iterable<[string, string]>): string {
  const lines = [...declarations].map(([name, value]) => `  ${name}: ${value};`);
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}` : '';
}

/**
 * What the host page's Content-Security-Policy needs for the widget: where the script comes
 * from (and the hash of each inline script of the snippet: the after-paint loader's, the import
 * map's), the endpoint for `connect-src`, pictures (usually the endpoint's host, or the CDN the
 * feed names), and Trusted Types. No 'unsafe-inline' for styles: Lit adopts constructed stylesheets.
 */
export function cspFor(scriptUrl: string, src: string | undefined, inlineScriptHashes: readonly string[] = []): string {
  const origin = (url: string | undefined) => {
    try {
      return url ? new URL(url).origin : undefined;
    } catch {
      return undefined;
    }
  };
  const endpoint = origin(src);
  const directives = [
    `script-src 'self' ${[origin(scriptUrl), ...inlineScriptHashes].join(' ')}`,
    "style-src 'self'",
    `connect-src 'self'${endpoint ? ` ${endpoint}` : ''}`,
    `img-src 'self'${endpoint ? ` ${endpoint}` : ''}`,
    // Intl's start-up off the main thread, for dates in a time-zone (src/data/dates/intl-warmup.ts).
    'worker-src blob:',
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify news-widgets news-widgets-loader',
  ];
  return `Content-Security-Policy:\n  ${directives.join(';\n  ')}`;
}

/**
 * A server-rendered widget included from the edge's `/render/<tag>?<query>`: nginx SSI through a
 * path of the partner's server proxied to the edge, and PHP with the plain element as fallback.
 */
export function serverRenderedSnippets(edge: string, tag: string, query: URLSearchParams, fallbackElement: string): { nginx: string; php: string } {
  const base = edge.replace(/\/+$/, '');
  const host = (() => {
    try {
      return new URL(base).host;
    } catch {
      return base;
    }
  })();
  const nginx = [
    '# nginx: in the server {} block of the partner\'s site',
    'ssi on;',
    'location /news-widgets/ {',
    `  proxy_pass ${base}/;`,
    `  proxy_set_header Host ${host};`,
    '}',
    '',
    '<!-- in the page -->',
    `<!--# include virtual="/news-widgets/render/${tag}?${query}" -->`,
  ].join('\n');
  const phpArray = [...query].map(([name, value]) => `'${name.replace(/['\\]/g, '\\$&')}' => '${value.replace(/['\\]/g, '\\$&')}'`).join(', ');
  const php = [
    '<?php',
    `$query = http_build_query([${phpArray}]);`,
    `$html = @file_get_contents("${base}/render/${tag}?$query", false, stream_context_create(['http' => ['timeout' => 2]]));`,
    `echo $html !== false ? $html : '${fallbackElement.replace(/['\\]/g, '\\$&').replace(/\n\s*/g, ' ')}';`,
    '?>',
  ].join('\n');
  return { nginx, php };
}
