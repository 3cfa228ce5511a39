// Serves `import x from './x.json' with { type: 'json' }` to the test browser as a JS module.
// esbuild (at the config's es2022 target) drops import attributes, which makes a plain JSON
// import fail in the browser; only imports are rewritten, so `fetch('….json')` still gets JSON.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const QUERY = 'json-module';

export function jsonModules(rootDir = process.cwd()) {
  return {
    name: 'news-widgets:json-modules',
    transformImport({ source }) {
      if (/\.json$/.test(source)) return `${source}?${QUERY}`;
      return undefined;
    },
    async serve(context) {
      if (!context.path.endsWith('.json') || !(QUERY in context.query)) return undefined;
      const text = await readFile(join(rootDir, decodeURIComponent(context.path)), 'utf8');
      return { body: `export default ${text.trim()};`, type: 'js' };
    },
  };
}
