import { defineConfig } from 'vite';

// The script-tag builds: everything (Lit, date-fns, DOMPurify) inside one file per format.
// The npm package's unbundled modules come from `tsc -p tsconfig.build.json` into dist/lib.
export default defineConfig({
  build: {
    target: 'es2021',
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: 'src/define.ts',
      name: 'NewsWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'iife' ? 'news-widgets.iife.js' : 'news-widgets.js'),
    },
  },
});
