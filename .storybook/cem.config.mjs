// For the Storybook dev server's manifest regeneration (.storybook/main.ts): the same analysis as
// `npm run build`, written to a scratch directory, never pointing package.json's customElements there.
export default { packagejson: false };
