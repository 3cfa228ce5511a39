// Serves dist/ byte for byte under /as-built/dist/: the test server rewrites the scripts it
// serves (module resolution), so a page that pins them by integrity hash loads them from here.
import { readFile } from 'node:fs/promises';
import { contentTypeOf, fileFor } from '../../scripts/static-files.mjs';

const PREFIX = '/as-built/dist/';

export function asBuilt() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const file = await fileFor(ctx.path, { [PREFIX]: 'dist' });
    if (!file) return next();
    ctx.type = contentTypeOf(file);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await readFile(file);
  };
}
