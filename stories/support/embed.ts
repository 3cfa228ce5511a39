import integrity from '../../dist/integrity.json' with { type: 'json' };
import { reservationStyle } from '../../src/embed/reserve.js';
import { cspFor as cspOf, cssRule, elementSnippet, scriptSnippet, type Integrity } from '../../src/embed/snippet.js';
import { markupOf } from './attributes.js';
import { defaultsOf } from './manifest.js';

/** Where the stories say dist/ is hosted: the versioned address scripts/integrity.mjs uses by default. */
const DIST = `https://cdn.example/news-widgets@${integrity.version}/dist/`;

/** The versioned script-tag bundle, as scripts/integrity.mjs prints it after `npm run build`. */
export const SCRIPT_URL = `${DIST}news-widgets.iife.js`;
export const SCRIPT_INTEGRITY = integrity['news-widgets.iife.js'];

/**
 * The ES module with its chunks pinned by an import map, as `npm run build` writes them
 * (dist/importmap.json) for the versioned address: the lighter choice, pinned whole.
 */
export function pinnedModuleSnippet(): string {
  return scriptSnippet(integrity as Integrity, DIST, 'module');
}

/**
 * The `<script>` tag plus the element with these attributes (and `--news-*` properties as a
 * style rule). Attributes at their documented default are left out. The element carries the
 * box it will fill (src/embed/reserve.ts) where its attributes tell it, so that the page does not
 * move when the widget renders.
 */
export function embedSnippet(tag: string, args: object, fallback = ''): string {
  const { attributes, style } = markupOf(args);
  const defaults = defaultsOf(tag);
  const lines = style.find(([name]) => name === '--news-title-lines')?.[1];
  const reserved = reservationStyle(tag, Object.fromEntries(attributes), lines ? { titleLines: Number(lines) } : {});
  const shown = attributes.filter(([name, value]) => defaults.get(name) !== value);
  if (reserved) shown.push(['style', reserved]);
  const css = cssRule(`  ${tag}`, style.map(([name, value]) => [`  ${name}`, value])).replace(/\n}$/, '\n  }');
  return [
    scriptSnippet(integrity as Integrity, DIST, 'iife'),
    `${css ? `<style>\n${css}\n</style>\n` : ''}${elementSnippet(tag, shown, fallback)}`,
  ].join('\n');
}

/** What the host page's Content-Security-Policy needs for a widget reading `src`. */
export const cspFor = (src: string | undefined): string => cspOf(SCRIPT_URL, src, [integrity['after-paint']]);
