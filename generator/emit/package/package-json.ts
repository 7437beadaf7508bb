/** The generated package's manifest: identity from the spec's `x-sdk.package`, no runtime dependencies. */
import type { ApiIR } from '../../ir/types.js';

export function packageJson(api: ApiIR): Record<string, unknown> {
  const pkg = api.package;
  return {
    name: pkg.name,
    version: pkg.version,
    description: pkg.description,
    license: pkg.license,
    ...(pkg.repository ? { repository: { type: 'git', url: `git+${pkg.repository}.git` } } : {}),
    keywords: pkg.keywords,
    type: 'module',
    sideEffects: false,
    engines: { node: '>=18' },
    exports: { '.': { types: './src/index.ts', default: './src/index.ts' }, './package.json': './package.json' },
    types: './src/index.ts',
  };
}
