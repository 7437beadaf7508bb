/**
 * The oldest TypeScript the package's README promises: 4.7, the first release that reads the `types`
 * condition of `exports` (`node16` resolution), and 5.0 for `bundler` resolution. The packed tarball is
 * installed as a user installs it and the seed example type-checks with those compilers, declarations
 * included (no skipLibCheck). The declarations of the two fixtures with the most varied types (edge:
 * hostile names, nested namespaces, pagination; streams: event and line streams) check under 4.7 as well.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildGenerated } from '../../generator/build/build.js';
import { generateFromSpec } from '../../generator/build/from-spec.js';
import { writePackage } from '../../generator/write/write.js';
import { scratchDir } from '../helpers/tree.js';
import { compilerAt, type Compiler } from '../helpers/tsc.js';
import { installConsumer, typeCheck, writeFiles } from './helpers/consumer.js';
import { REPO } from './helpers/paths.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';
import { SEED_CTS, SEED_ESM } from './helpers/seed.js';

const OLDEST = { '4.7': '4.7.4', '5.0': '5.0.4' } as const;
/** Installed by the root package's `postinstall`, in a package of their own (see its package.json). */
const compiler = (release: keyof typeof OLDEST): Compiler => compilerAt(join(REPO, 'test/package/typescript-floor/node_modules', `typescript-${release}`));

/** `tsc -p config` with an old compiler (its API, in this process); its diagnostics, `''` when clean. */
const oldTypeCheck = (release: keyof typeof OLDEST, dir: string, config: string): string => typeCheck(dir, config, compiler(release));

/** Node's types need a newer compiler than 4.7; the seed needs only `process` from them. */
const NODE_GLOBALS = 'declare const process: { env: Record<string, string | undefined> };\n';
const STRICT = { target: 'ES2022', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: [] };
const config = (options: object, files: readonly string[]): string => JSON.stringify({ compilerOptions: { ...STRICT, ...options }, files: [...files, 'globals.d.ts'] });

const TSCONFIGS = {
  'tsconfig.node16.json': config({ module: 'node16', moduleResolution: 'node16' }, ['seed.mts', 'seed.cts']),
  // TypeScript's `node10` (called `node` before 5.0): no `exports`, so `types` and `main` lead.
  'tsconfig.node10.json': config({ module: 'commonjs', moduleResolution: 'node', esModuleInterop: true }, ['seed-node10.ts']),
  'tsconfig.bundler.json': config({ module: 'ESNext', moduleResolution: 'bundler' }, ['seed.ts']),
  'tsconfig.newer.json': config({ module: 'ESNext', moduleResolution: 'node' }, ['newer.d.ts']),
};

let prepared: PreparedPackage;
let consumer: string;
beforeAll(async () => {
  prepared = await preparePackage('typescript-floor');
  consumer = join(prepared.root, 'consumer');
  installConsumer(consumer, prepared.packed.tarball);
  writeFiles(consumer, { 'seed.mts': SEED_ESM, 'seed.cts': SEED_CTS, 'seed-node10.ts': SEED_CTS, 'seed.ts': SEED_ESM, 'globals.d.ts': NODE_GLOBALS, ...TSCONFIGS });
}, 120_000);
afterAll(() => prepared?.cleanup());

describe('the oldest TypeScript the README promises', () => {
  it.each(Object.entries(OLDEST))('is what runs: typescript-%s is %s', (release, version) => {
    expect(compiler(release as keyof typeof OLDEST).version).toBe(version);
  });

  it.each([
    ['4.7', 'tsconfig.node16.json'],
    ['4.7', 'tsconfig.node10.json'],
    ['5.0', 'tsconfig.bundler.json'],
  ] as const)('TypeScript %s type-checks the seed example with %s', (release, tsconfig) => {
    expect(oldTypeCheck(release, consumer, tsconfig)).toBe('');
  });

  it('rejects declarations written with newer syntax (the check can fail)', () => {
    // `const` type parameters came in TypeScript 5.0: a declaration file using them breaks 4.7 users.
    writeFiles(consumer, { 'newer.d.ts': 'export declare function pick<const T>(value: T): T;\n' });
    expect(oldTypeCheck('4.7', consumer, 'tsconfig.newer.json')).toContain('newer.d.ts');
    expect(oldTypeCheck('5.0', consumer, 'tsconfig.newer.json')).toBe('');
  });
});

describe.each(['edge', 'streams'])('the %s fixture’s declarations', (fixture) => {
  it('type-check under TypeScript 4.7, ESM and CommonJS', async () => {
    const root = scratchDir(`floor-${fixture}-`);
    const dir = join(root, 'package');
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    const { generated, specFiles } = await generateFromSpec(join(REPO, 'test/fixtures', fixture, 'openapi.yaml'));
    writePackage(dir, generated.files);
    buildGenerated(dir, generated.api.package, specFiles);
    writeFiles(dir, { 'globals.d.ts': NODE_GLOBALS, 'tsconfig.floor.json': config({ module: 'node16', moduleResolution: 'node16' }, ['dist/esm/index.d.ts', 'dist/cjs/index.d.ts']) });
    expect(oldTypeCheck('4.7', dir, 'tsconfig.floor.json')).toBe('');
  }, 120_000);
});
