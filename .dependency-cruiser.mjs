// The import rules of src/, checked by `npm run check:imports` (part of `npm test`):
// dependency-cruiser reads every import, static, dynamic and type-only, and fails the run naming
// the files that break a rule (for a cycle, every module on it).
import { readFileSync } from 'node:fs';

/** What a browser loads first: the script-tag builds' entries (vite.config.ts) and the package's browser exports. */
function browserEntries() {
  const vite = readFileSync('vite.config.ts', 'utf8');
  const fromVite = [...vite.matchAll(/\b(?:entry|input):\s*'([^']+)'/g)].map((match) => match[1]);
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  // Every export of dist/lib but the server's own (./edge, ./ssr), as its source file.
  const fromPackage = Object.entries(exports)
    .filter(([name, target]) => typeof target === 'object' && !['./edge', './ssr'].includes(name))
    .map(([, target]) => target.default.replace(/^\.\/dist\/lib\//, 'src/').replace(/\.js$/, '.ts'));
  if (!fromVite.length) throw new Error('.dependency-cruiser.mjs: no entry or input found in vite.config.ts');
  return [...new Set([...fromVite, ...fromPackage])].sort();
}

const exactly = (paths) => `^(${paths.map((path) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'Modules of src/ import each other in one direction: a cycle means two modules that are one, or a registration by side effect. '
        + 'Type-only imports are erased and load nothing, so a lazily loaded module may import the type its loader declares.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, dependencyTypesNot: ['type-only'], viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-edge-in-ssr-or-components',
      comment: 'The feed edge is a server of its own: server rendering and the elements share the data layer with it, never import it.',
      severity: 'error',
      from: { path: '^src/(ssr|components)/' },
      to: { path: '^src/edge/' },
    },
    {
      name: 'browser-entries-reach-no-server-code',
      comment: 'What a browser loads (the builds\' entries, the package\'s browser exports) reaches nothing of src/node, src/edge or src/ssr, even through a dynamic import.',
      severity: 'error',
      from: { path: exactly(browserEntries()) },
      to: { path: '^src/(node|edge|ssr)/', reachable: true },
    },
    {
      name: 'components-import-no-shape',
      comment: 'Raw JSON never leaves the data layer: elements see Feed and NewsItem, never an endpoint shape\'s reader.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '/shapes/' },
    },
  ],
  options: {
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
