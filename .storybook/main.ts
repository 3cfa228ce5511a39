import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The demo's endpoints: stories fetch the same fixture files the tests use.
  staticDirs: [{ from: '../test/fixtures', to: '/fixtures' }],
};

export default config;
