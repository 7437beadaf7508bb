/** The manifest and the build's compiler options, from the IR: table-driven, no disk. */
import { describe, expect, it } from 'vitest';
import { entryPath, LAYOUT } from '../../generator/emit/package/layout.js';
import { packageJson } from '../../generator/emit/package/package-json.js';
import { buildCompilerOptions, tsconfigs } from '../../generator/emit/package/tsconfig.js';
import type { PackageConfigIR } from '../../generator/ir/types.js';

const config: PackageConfigIR = {
  name: 'acme-sdk',
  version: '1.2.3',
  description: 'The Acme API.',
  license: 'MIT',
  repository: 'https://github.com/acme/sdk',
  keywords: ['acme', 'api'],
};

describe('packageJson', () => {
  it('takes its identity from the spec config', () => {
    const pkg = packageJson(config);
    expect([pkg['name'], pkg['version'], pkg['description'], pkg['license'], pkg['keywords']]).toEqual(['acme-sdk', '1.2.3', 'The Acme API.', 'MIT', ['acme', 'api']]);
  });

  it.each([
    ['https://github.com/acme/sdk', { type: 'git', url: 'git+https://github.com/acme/sdk.git' }],
    ['https://github.com/acme/sdk.git', { type: 'git', url: 'git+https://github.com/acme/sdk.git' }],
    ['git+https://gitlab.com/acme/sdk.git', { type: 'git', url: 'git+https://gitlab.com/acme/sdk.git' }],
    ['github:acme/sdk', { type: 'git', url: 'github:acme/sdk' }],
  ])('normalises the repository %s', (repository, want) => {
    expect(packageJson({ ...config, repository })['repository']).toEqual(want);
  });

  it('leaves the repository out when the spec names none', () => {
    expect(packageJson({ ...config, repository: undefined })).not.toHaveProperty('repository');
  });

  it('exports ESM and CommonJS, each with its own declarations first, browser modules, plus package.json', () => {
    expect(packageJson(config)['exports']).toEqual({
      '.': {
        workerd: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' },
        browser: { types: './dist/esm/index.d.ts', default: './dist/browser/index.js' },
        import: { types: './dist/esm/index.d.ts', default: './dist/esm/index.js' },
        require: { types: './dist/cjs/index.d.ts', default: './dist/cjs/index.js' },
      },
      './package.json': './package.json',
    });
    const conditions = (packageJson(config)['exports'] as Record<string, Record<string, Record<string, string>>>)['.']!;
    for (const target of Object.values(conditions)) expect(Object.keys(target)[0]).toBe('types');
  });

  it('declares a tree-shakable ES module package with no runtime dependencies', () => {
    const pkg = packageJson(config);
    expect([pkg['type'], pkg['sideEffects'], pkg['main'], pkg['types']]).toEqual(['module', false, entryPath('cjs', '.js'), entryPath('cjs', '.d.ts')]);
    expect(pkg['engines']).toEqual({ node: '>=20' });
    for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies', 'scripts']) expect(pkg).not.toHaveProperty(key);
  });

  it('publishes the build, its provenance, the API reference and the changelog, and no sources', () => {
    expect(packageJson(config)['files']).toEqual([`${LAYOUT.esm}/`, `${LAYOUT.cjs}/`, `${LAYOUT.browser}/`, LAYOUT.provenance, 'api.md', 'CHANGELOG.md']);
  });
});

describe('compiler options', () => {
  it.each([
    ['esm', 'ES2022', 'Bundler', 'dist/esm'],
    ['cjs', 'CommonJS', 'Node10', 'dist/cjs'],
  ] as const)('%s writes %s modules into %s', (format, module, moduleResolution, outDir) => {
    expect(buildCompilerOptions(format)).toMatchObject({ module, moduleResolution, outDir, rootDir: 'src', declaration: true, noEmit: false });
  });

  it('lets no Node.js type into the package, in the build or in the editor', () => {
    const [[, editor]] = tsconfigs() as [[string, { compilerOptions: Record<string, unknown> }]];
    for (const options of [buildCompilerOptions('esm'), buildCompilerOptions('cjs'), editor.compilerOptions]) expect(options['types']).toEqual([]);
  });
});
