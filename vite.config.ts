import { defineConfig } from 'vite';

// The script-tag builds, with every dependency inside (the npm package's unbundled modules
// come from `tsc -p tsconfig.build.json` into dist/lib):
// - default mode: dist/news-widgets.js, an ES module, code-split so that what first paint does
//   not need (the sanitizer, date-fns `parse`, the ru/kk date locales) loads only when used.
//   Built as an app with a script entry rather than in lib mode, because lib mode leaves ES
//   output's whitespace unminified, and these files go straight into partners' pages;
// - `--mode iife`: dist/news-widgets.iife.js, one classic script with everything inlined.
export default defineConfig(({ mode }) => {
  const shared = { target: 'es2021', sourcemap: true, copyPublicDir: false } as const;
  if (mode === 'iife') {
    return {
      build: {
        ...shared,
        emptyOutDir: false,
        lib: { entry: 'src/define.ts', name: 'NewsWidgets', formats: ['iife'], fileName: () => 'news-widgets.iife.js' },
      },
    };
  }
  return {
    build: {
      ...shared,
      minify: true,
      emptyOutDir: true,
      modulePreload: false,
      rollupOptions: {
        input: 'src/define.ts',
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: 'news-widgets.js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
