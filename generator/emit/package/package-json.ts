/**
 * The generated package's manifest. Identity comes from the spec's `x-sdk.package`; the entry points
 * come from the build layout. Dual ESM and CommonJS through conditional `exports` (and ES modules without
 * server-only code for browser bundlers), each condition with
 * its own declarations (`types` first, as TypeScript requires), plus `main`/`types` for resolvers that
 * predate `exports` (TypeScript's `node10`). No runtime dependencies: the package needs only `fetch`.
 */
import type { PackageConfigIR } from '../../ir/types.js';
import { entryPath, LAYOUT, NODE_ENGINES } from './layout.js';

/** `pages`: the README's methods, or api.md's resources, are on pages of their own, in `docs/`, which ship too. */
export function packageJson(pkg: PackageConfigIR, pages = false): Record<string, unknown> {
  return {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    ...repositoryFields(pkg.repository),
    keywords: [...pkg.keywords],
    type: 'module',
    sideEffects: false,
    engines: { node: NODE_ENGINES },
    main: entryPath('cjs', '.js'),
    module: entryPath('esm', '.js'),
    types: entryPath('cjs', '.d.ts'),
    exports: exportsMap(),
    // npm always adds package.json, README.md and a LICENSE file; these are the rest of what users need.
    files: [`${LAYOUT.esm}/`, `${LAYOUT.cjs}/`, `${LAYOUT.browser}/`, LAYOUT.provenance, 'api.md', ...(pages ? [LAYOUT.docs] : []), LAYOUT.changelog],
  };
}

function exportsMap(): Record<string, unknown> {
  return {
    '.': {
      // Workers can read `process.env` (with `nodejs_compat`); browsers have no environment to read.
      workerd: { types: entryPath('esm', '.d.ts'), default: entryPath('esm', '.js') },
      browser: { types: entryPath('esm', '.d.ts'), default: entryPath('browser', '.js') },
      import: { types: entryPath('esm', '.d.ts'), default: entryPath('esm', '.js') },
      require: { types: entryPath('cjs', '.d.ts'), default: entryPath('cjs', '.js') },
    },
    './package.json': './package.json',
  };
}

/** npm's normalised form (`git+https://….git`), so `npm publish` has nothing to rewrite or warn about. */
function repositoryFields(repository: string | undefined): Record<string, unknown> {
  if (repository === undefined || repository === '') return {};
  const bare = repository.replace(/^git\+/, '').replace(/\.git$/, '');
  const url = /^https?:\/\//.test(bare) ? `git+${bare}.git` : repository;
  return { repository: { type: 'git', url } };
}
