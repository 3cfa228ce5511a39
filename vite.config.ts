import { defineConfig } from 'vite';

// The script-tag builds, with every dependency inside (the npm package's unbundled modules
// come from `tsc -p tsconfig.build.json` into dist/lib):
// - default mode: dist/news-widgets.js, an ES module, code-split so that what first paint does
//   not need (the sanitizer, date-fns `parse`, the ru/kk date locales) loads only when used;
// - `--mode iife`: dist/news-widgets.iife.js, one classic script with everything inlined.
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    build: {
      target: 'es2021',
      sourcemap: true,
      emptyOutDir: !iife,
      lib: {
        entry: 'src/define.ts',
        name: 'NewsWidgets',
        formats: [iife ? 'iife' : 'es'],
        fileName: () => (iife ? 'news-widgets.iife.js' : 'news-widgets.js'),
      },
      // An IIFE cannot split, so Vite inlines the dynamic imports there by itself.
      rollupOptions: iife ? {} : { output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
    },
  };
});
