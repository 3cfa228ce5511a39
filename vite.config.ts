import { defineConfig, type UserConfig } from 'vite';
import { cardsOwnAttribution, displayDateLocales, minifyCss, noPreloadHelper, staticDynamicImports, terserAfterOxc, withoutStoryStrings } from './build/plugins.js';

// The script-tag builds, with every dependency inside (the npm package's unbundled modules
// come from `tsc -p tsconfig.build.json` into dist/lib):
// - default mode: dist/news-widgets.js, an ES module that registers each element when the page
//   first uses one and loads, in chunks, only what the page shows: an element's code, its
//   language, the endpoint's reader, the sanitizer where the browser has none, date-fns `parse`.
//   Built as an app with a script entry rather than in lib mode, because lib mode leaves ES
//   output's whitespace unminified, and these files go straight into partners' pages;
// - `--mode iife`: dist/news-widgets.iife.js, one classic script with everything inside;
// - `--mode iife-list`: dist/news-latest-list.iife.js, one classic script for the list alone
//   (everything it needs inside, but not date-fns `parse`, nor the card's and attribution's
//   strings: see the README's embed section);
// - `--mode builder`: dist/builder/builder.js, the edge's widget builder page (Lit and the
//   builder's own code; the preview loads the widgets from dist/news-widgets.js as partners do).
// Both single files are minified twice, by Oxc and then terser (build/plugins.ts, terserAfterOxc).
const CORE = /[\\/]src[\\/](components[\\/](feed-element|news-element)|styles[\\/]shared)\.ts$/;

export default defineConfig(({ mode }): UserConfig => {
  const shared = { target: 'es2021', sourcemap: true, copyPublicDir: false, emptyOutDir: false } as const;
  const plugins = [minifyCss(), displayDateLocales()];
  if (mode === 'iife') {
    return {
      plugins: [...plugins, staticDynamicImports(), terserAfterOxc()],
      build: { ...shared, lib: { entry: 'src/define-iife.ts', name: 'NewsWidgets', formats: ['iife'], fileName: () => 'news-widgets.iife.js' } },
    };
  }
  if (mode === 'iife-list') {
    return {
      plugins: [...plugins, staticDynamicImports({ './date-pattern.js': 'dist/news-latest-list.iife.js has no date pattern parser' }), withoutStoryStrings(), terserAfterOxc()],
      build: { ...shared, lib: { entry: 'src/define-latest-list.ts', name: 'NewsWidgetsLatestList', formats: ['iife'], fileName: () => 'news-latest-list.iife.js' } },
    };
  }
  if (mode === 'builder') {
    return {
      plugins,
      build: {
        ...shared,
        minify: true,
        modulePreload: false,
        outDir: 'dist/builder',
        rollupOptions: { input: 'src/builder/main.ts', output: { format: 'es', entryFileNames: 'builder.js', chunkFileNames: '[name]-[hash].js' } },
      },
    };
  }
  return {
    plugins: [...plugins, noPreloadHelper(), cardsOwnAttribution()],
    build: {
      ...shared,
      minify: true,
      emptyOutDir: true,
      modulePreload: false,
      // dist/.vite/manifest.json: which chunk holds which module (the bundle tests check what a page fetches).
      manifest: true,
      rollupOptions: {
        input: 'src/autoload.ts',
        preserveEntrySignatures: 'exports-only',
        output: {
          format: 'es',
          entryFileNames: 'news-widgets.js',
          chunkFileNames: 'chunks/[name]-[hash].js',
          // V8's explicit compile hint, as on the single files (build/plugins.ts, terserAfterOxc), on the
          // core chunk that every widget runs most of: its functions compile with it, off the main
          // thread. (On every chunk it cost the list's first paint 0.15 KB, over its ratchet.)
          postBanner: (chunk) => (chunk.name === 'core' ? '//# allFunctionsCalledOnLoad' : ''),
          // One chunk for what every element needs (Lit, the base elements with the data layer
          // they import, the shared styles), rather than a dozen small ones split by which element
          // uses what: fewer requests, and gzip compresses one file better. The loader's chunk (below)
          // stays apart, since the loader must not import the core; lit-html is in it, since Lit's
          // hydration support (loaded first where widgets are server-rendered) needs lit-html and
          // must run before lit-element, which is in the core.
          codeSplitting: {
            groups: [
              // The loader's own chunk: the import() helper, and the error type and events every
              // `news-error` carries, which the loader fires itself when an element's code fails;
              // and lit-html, which every element needs and Lit's hydration support too, before
              // lit-element (in the core): one chunk fewer on every page with a widget.
              { name: 'loader', test: /^\0vite[\\/]preload-helper|[\\/]src[\\/](data[\\/]errors|events)\.ts$|[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/, priority: 2 },
              { name: 'core', test: CORE, priority: 1 },
            ],
          },
        },
      },
    },
  };
});
