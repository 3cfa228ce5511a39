// Build-time plugins for the script-tag bundles (vite.config.ts). None of them runs for the npm
// package (dist/lib, plain `tsc`), whose users' bundlers make their own choices.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';
import { story as englishStory } from '../src/i18n/en-story.js';
import { RELATIVE_UNITS } from '../src/i18n/relative-units.js';

const require = createRequire(import.meta.url);
const DATE_FNS = dirname(require.resolve('date-fns/package.json'));
const DATE_LOCALES = ['ru', 'kk', 'en-US'];

/**
 * Minifies `css` tagged literals (lightningcss, through Lit's own plugin). `html` literals stay as
 * written: server rendering must render the very templates the browser hydrates (Lit compares
 * template digests), and it renders the unbundled modules.
 */
export function minifyCss(): Plugin {
  const plugin = minifyLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { shouldMinify: () => false },
  }) as Plugin;
  const transform = plugin.transform as (this: unknown, code: string, id: string) => unknown;
  return {
    ...plugin,
    name: 'news-widgets:minify-css',
    enforce: 'pre',
    // Parsing every module costs seconds: only those with a `css` literal are handed on.
    transform(code, id) {
      // A module's copy (`?card`, cardsOwnAttribution) is minified as the module is.
      return code.includes('css`') ? transform.call(this, code, id.replace(/\?card$/, '')) : null;
    },
  } as Plugin;
}

/**
 * date-fns locales as the widgets use them: `localize`, `formatLong` and `formatDistance` for
 * `format` and relative dates, without the parsing tables (`match`) or `formatRelative`, which
 * nothing here calls, and with `formatDistance` holding only the tokens relative dates ask for
 * (src/i18n/relative-units.ts: `xYears` … `xSeconds`, not `aboutXHours`, `halfAMinute`…). date-fns `parse` reads English words with its default locale: that is the
 * same en-US parts with `match` added. And `format`'s own default locale (en-US) is left out:
 * every call passes the page's locale, so a Russian page never fetches English date words.
 */
export function displayDateLocales(): Plugin {
  const PREFIX = '\0news-widgets:date-locale:';
  const NO_DEFAULT = '\0news-widgets:no-default-locale';
  const PARSE_DEFAULT = '\0news-widgets:parse-default-locale';
  return {
    name: 'news-widgets:date-locales',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith(PREFIX)) return source;
      const locale = /^date-fns\/locale\/([\w-]+)$/.exec(source)?.[1];
      if (locale && DATE_LOCALES.includes(locale) && importer && /[\\/]src[\\/]i18n[\\/]/.test(importer)) return PREFIX + locale;
      if (source === './_lib/defaultLocale.js' && importer && /[\\/]date-fns[\\/]format\.js$/.test(importer)) return NO_DEFAULT;
      if (source === './_lib/defaultLocale.js' && importer && /[\\/]date-fns[\\/]parse\.js$/.test(importer)) return PARSE_DEFAULT;
      return null;
    },
    transform(code, id) {
      if (!/[\\/]date-fns[\\/]locale[\\/][\w-]+[\\/]_lib[\\/]formatDistance\.js$/.test(id)) return null;
      return { code: onlyTokens(this.parse(code) as unknown as Node, code, id), map: null };
    },
    load(id) {
      if (id === NO_DEFAULT) return 'export const defaultLocale = undefined;';
      if (id === PARSE_DEFAULT) {
        return [
          `import { enUS } from ${JSON.stringify(`${PREFIX}en-US`)};`,
          `import { match } from ${JSON.stringify(join(DATE_FNS, 'locale', 'en-US', '_lib', 'match.js'))};`,
          'export const defaultLocale = { ...enUS, match };',
        ].join('\n');
      }
      if (!id.startsWith(PREFIX)) return null;
      const name = id.slice(PREFIX.length);
      const exported = name === 'en-US' ? 'enUS' : name;
      const full = require(`date-fns/locale/${name}`)[exported];
      const part = (file: string) => JSON.stringify(join(DATE_FNS, 'locale', name, '_lib', `${file}.js`));
      return [
        `import { localize } from ${part('localize')};`,
        `import { formatLong } from ${part('formatLong')};`,
        `import { formatDistance } from ${part('formatDistance')};`,
        `export const ${exported} = { code: ${JSON.stringify(full.code)}, localize, formatLong, formatDistance, options: ${JSON.stringify(full.options)} };`,
      ].join('\n');
    },
  };
}

interface Node { type: string; start: number; end: number; [key: string]: unknown }

/**
 * A date-fns locale's formatDistance module with its table (`const formatDistanceLocale = {…}`)
 * cut to the tokens in RELATIVE_UNITS. The build fails if the table or a token is not there.
 */
function onlyTokens(program: Node, code: string, id: string): string {
  const declarators = (program.body as Node[]).flatMap((node) => (node.type === 'VariableDeclaration' ? (node.declarations as Node[]) : []));
  const table = declarators.find((node) => (node.id as { name?: string }).name === 'formatDistanceLocale')?.init as Node | undefined;
  if (table?.type !== 'ObjectExpression') throw new Error(`${id}: no formatDistanceLocale table`);
  const wanted = new Set(RELATIVE_UNITS.map(([token]) => token));
  const kept = (table.properties as Node[]).filter((property) => wanted.has((property.key as { name?: string }).name ?? ''));
  if (kept.length !== wanted.size) throw new Error(`${id}: formatDistanceLocale lacks one of ${[...wanted].join(', ')}`);
  return `${code.slice(0, table.start)}{${kept.map((property) => code.slice(property.start, property.end)).join(',')}}${code.slice(table.end)}`;
}

/**
 * For dist/news-widgets.js: the card renders a `<news-source-attribution>`, so its chunk carries its
 * own copy of the attribution's modules (`?card` ids), instead of importing the attribution's chunk.
 * One file fewer where a card is shown, and gzip compresses the two elements' code together better
 * (about 0.5 KB less in all); a page showing an attribution of its own loads the attribution's chunk
 * as before. With both on a page, the first to load registers the element (both are guarded).
 */
export function cardsOwnAttribution(): Plugin {
  const ATTRIBUTION = /[\\/]src[\\/]components[\\/]source-attribution[\\/][^?]*\.ts$/;
  return {
    name: 'news-widgets:cards-own-attribution',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !(importer.endsWith('?card') || /[\\/]src[\\/]components[\\/]article-card[\\/]define\.ts$/.test(importer))) return null;
      const resolved = await this.resolve(source, importer.replace(/\?card$/, ''), { ...options, skipSelf: true });
      return resolved && ATTRIBUTION.test(resolved.id) ? `${resolved.id}?card` : resolved;
    },
  };
}

/**
 * The ES module build preloads nothing (`modulePreload: false`: every dynamic import's list of
 * dependencies is empty), yet Vite still routes each `import()` through its preload helper,
 * which would cost every page a chunk of its own. This is that helper with nothing to preload.
 */
export function noPreloadHelper(): Plugin {
  const HELPER = '\0vite/preload-helper.js';
  return {
    name: 'news-widgets:no-preload-helper',
    enforce: 'pre',
    load: (id) => (id === HELPER ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/**
 * For dist/news-latest-list.iife.js: the strings only the card and the attribution show
 * (src/i18n/<lang>-story.ts, `StoryMessages`) are left out, as neither element is in it. The
 * build fails if the bundle reads one of them after all.
 */
export function withoutStoryStrings(): Plugin {
  const LEFT_OUT = '\0news-widgets:no-story-strings';
  const keys = Object.keys(englishStory);
  return {
    name: 'news-widgets:without-story-strings',
    enforce: 'pre',
    resolveId: (source, importer) =>
      /^\.\/(?:ru|kk|en)-story\.js$/.test(source) && importer && /[\\/]src[\\/]i18n[\\/]/.test(importer) ? LEFT_OUT : null,
    load: (id) => (id === LEFT_OUT ? 'export const story = undefined;' : null),
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const read = keys.filter((key) => new RegExp(`[.]${key}\\b|\\b${key}:`).test(chunk.code));
        if (read.length) this.error(`${chunk.fileName} reads strings it leaves out (src/i18n/*-story.ts): ${read.join(', ')}`);
      }
    },
  };
}

/**
 * For the single-file (IIFE) builds: every `import('…')` in our sources becomes a static import
 * resolved at once. The bundle holds everything anyway, and the lazy-evaluation wrappers an
 * inlined dynamic import needs cost bytes. `omit` names imports this build leaves out: they
 * reject with the given message instead.
 */
export function staticDynamicImports(omit: Record<string, string> = {}): Plugin {
  return {
    name: 'news-widgets:static-dynamic-imports',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('import(')) return null;
      const hoisted: string[] = [];
      const namespace = (specifier: string) => {
        const name = `__static${hoisted.length}`;
        hoisted.push(`import * as ${name} from ${JSON.stringify(specifier)};`);
        return name;
      };
      // An import that reads one export (`(await import(x)).name`, `import(x).then((m) => m.name)`)
      // becomes `Promise.resolve(ns.name)`: the bundler binds the export and writes no namespace object.
      const imports = /\(await import\((['"])([^'"]+)\1\)\)\.(\w+)|\bimport\(\s*(['"])([^'"]+)\4\s*\)(?:\.then\(\(?(\w+)\)?\s*=>\s*\6\.(\w+)\))?/g;
      const out = code.replace(imports, (_whole, _q, awaited?: string, awaitedMember?: string, _q2?: string, specifier = '', _module?: string, member?: string) => {
        const key = awaited ?? specifier;
        if (Object.hasOwn(omit, key)) {
          const rejection = `Promise.reject(new Error(${JSON.stringify(omit[key])}))`;
          return awaited ? `(await ${rejection}).${awaitedMember}` : rejection;
        }
        if (awaited) return `(await Promise.resolve(${namespace(awaited)}.${awaitedMember}))`;
        return `Promise.resolve(${namespace(specifier)}${member ? `.${member}` : ''})`;
      });
      // Imported after the module's own imports: modules keep the order (and gzip the ratio) they have without this.
      return { code: `${out}\n${hoisted.join('\n')}`, map: null };
    },
  };
}

/**
 * For the single-file builds: terser over what Vite's minifier (Oxc) wrote. Each finds what the
 * other misses, so the two in a row beat either alone (gzip -9, measured on the all-in file:
 * terser instead of Oxc saves 0.7 KB, terser after it 1.25 KB). The source map is carried
 * through to the sources.
 */
export function terserAfterOxc(): Plugin {
  return {
    name: 'news-widgets:terser-after-oxc',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapAsset = chunk.sourcemapFileName ? bundle[chunk.sourcemapFileName] : undefined;
        const comment = /\n\/\/# sourceMappingURL=\S+\s*$/.exec(chunk.code)?.[0] ?? '';
        const result = await minify(chunk.code.slice(0, chunk.code.length - comment.length), {
          compress: { passes: 3 },
          // V8's explicit compile hint: every function compiled with the script, on the thread that
          // streams it in, rather than one by one on the page's main thread at its first call
          // (about 110 functions of the list file before its first render: 3 ms of the evaluation
          // task and 3 ms of the first render's, measured in Chromium 156). Other engines read a comment.
          format: { preamble: '//# allFunctionsCalledOnLoad' },
          sourceMap: mapAsset?.type === 'asset' ? { content: String(mapAsset.source), filename: chunk.fileName, includeSources: true } : false,
        });
        chunk.code = result.code + comment;
        if (mapAsset?.type === 'asset' && typeof result.map === 'string') mapAsset.source = result.map;
      }
    },
  };
}
