import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

const root = resolve(import.meta.dirname, '..');
const MANIFEST = join(root, 'dist/custom-elements.json');

// The preview imports what `npm run build` writes: the Custom Elements Manifest (autodocs and
// controls) and dist/integrity.json (the embed snippet's SRI hash). Say so plainly when it is missing.
for (const file of ['dist/custom-elements.json', 'dist/integrity.json']) {
  if (!existsSync(join(root, file))) throw new Error(`Storybook needs ${file}: run \`npm run build\` first.`);
}

/**
 * In `storybook dev`, regenerates the manifest when a component's JSDoc changes (the same
 * `cem analyze` as `npm run build`), so its docs page follows without a rebuild. Written
 * beside and renamed over, so a reader never sees half a file.
 */
function manifestWatcher(): Plugin {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const regenerate = () => {
    mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
    const outdir = mkdtempSync(join(root, 'node_modules/.cache/news-widgets-cem-'));
    const cem = join(root, 'node_modules/.bin/cem');
    // cem reads --outdir relative to the working directory, even an absolute one.
    const args = ['analyze', '--config', '.storybook/cem.config.mjs', '--litelement', '--globs', 'src/components/**/*.ts', '--outdir', relative(root, outdir)];
    execFile(cem, args, { cwd: root }, (error) => {
      if (!error) renameSync(join(outdir, 'custom-elements.json'), MANIFEST);
      else console.warn(`custom-elements.json not regenerated: ${error.message}`);
      rmSync(outdir, { recursive: true, force: true });
    });
  };
  return {
    name: 'news-widgets:manifest-watcher',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.startsWith(join(root, 'src/components/'))) return;
        clearTimeout(timer);
        timer = setTimeout(regenerate, 300);
      });
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Served at the same paths as by the test server, so stories and story tests load the same URLs.
  staticDirs: [
    { from: '../test/fixtures', to: '/test/fixtures' },
    { from: '../stories/assets', to: '/stories/assets' },
  ],
  viteFinal: (viteConfig) => ({ ...viteConfig, plugins: [...(viteConfig.plugins ?? []), manifestWatcher()] }),
};

export default config;
