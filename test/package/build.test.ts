/**
 * The build, on a package generated from the spec: both module formats with declarations for every
 * module, the provenance record, a tarball holding exactly what users need, and the same bytes every
 * time it is built and packed.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildError } from '../../generator/build/build-error.js';
import { buildPackage, writeDist } from '../../generator/build/build.js';
import { generatorIdentity } from '../../generator/build/from-spec.js';
import { pack } from '../../generator/build/pack.js';
import { sha256 } from '../../generator/build/provenance.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';
import { SPEC } from './helpers/paths.js';

let prepared: PreparedPackage;
beforeAll(async () => {
  prepared = await preparePackage('build');
}, 120_000);
afterAll(() => prepared?.cleanup());

const modules = (): string[] =>
  [...prepared.generated.files.keys()].filter((p) => p.startsWith('src/') && p.endsWith('.ts')).map((p) => p.slice('src/'.length, -'.ts'.length));

describe('the build', () => {
  it('writes ESM and CommonJS with declarations, and browser modules, for every module of src/ but the browser twins', () => {
    const want = ['dist/cjs/package.json', 'dist/provenance.json'];
    const twins = modules().filter((m) => m.endsWith('.browser'));
    for (const m of modules().filter((m) => !twins.includes(m))) {
      for (const f of ['esm', 'cjs']) want.push(`dist/${f}/${m}.js`, `dist/${f}/${m}.d.ts`);
      want.push(`dist/browser/${m}.js`);
    }
    expect(twins).toEqual(['core/env.browser', 'core/fetch-failure.browser', 'core/redirect.browser', 'environment.browser']);
    expect(prepared.packed.files.filter((p) => p.startsWith('dist/'))).toEqual([...want].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('puts each browser twin in the place of its module in dist/browser, and leaves the others as in dist/esm', () => {
    const read = (path: string) => readFileSync(join(prepared.dir, path), 'utf8');
    expect(read('dist/browser/core/env.js')).not.toContain('process');
    expect(read('dist/esm/core/env.js')).toContain('process');
    expect(read('dist/browser/core/fetch-failure.js')).not.toContain('ECONNREFUSED');
    expect(read('dist/esm/core/fetch-failure.js')).toContain('ECONNREFUSED');
    expect(read('dist/browser/core/redirect.js')).not.toContain('location');
    expect(read('dist/esm/core/redirect.js')).toContain("headers.get('location')");
    expect(read('dist/browser/environment.js')).not.toContain('CLOUDFLARE_');
    expect(read('dist/esm/environment.js')).toContain('CLOUDFLARE_API_TOKEN');
    expect(read('dist/browser/core/send.js')).toBe(read('dist/esm/core/send.js'));
  });

  it('writes ES module syntax into dist/esm and CommonJS into dist/cjs', () => {
    const esm = readFileSync(join(prepared.dir, 'dist/esm/index.js'), 'utf8');
    const cjs = readFileSync(join(prepared.dir, 'dist/cjs/index.js'), 'utf8');
    expect([/^export /m.test(esm), /\brequire\(/.test(esm)]).toEqual([true, false]);
    expect([/^export /m.test(cjs), /\brequire\("\.\/client\.js"\)/.test(cjs)]).toEqual([false, true]);
    expect(JSON.parse(readFileSync(join(prepared.dir, 'dist/cjs/package.json'), 'utf8'))).toEqual({ type: 'commonjs', sideEffects: false });
  });

  it('records the SHA-256 of the spec file and the generator version in dist/provenance.json', () => {
    const record = JSON.parse(readFileSync(join(prepared.dir, 'dist/provenance.json'), 'utf8'));
    expect(record.spec).toEqual({ entry: 'openapi.yaml', sha256: sha256(readFileSync(SPEC)), files: { 'openapi.yaml': sha256(readFileSync(SPEC)) } });
    expect(record.generator).toEqual(generatorIdentity());
    expect(record.package).toEqual({ name: prepared.generated.api.package.name, version: prepared.generated.api.package.version });
  });

  it('packs what users need and nothing else', () => {
    const outside = prepared.packed.files.filter((p) => !p.startsWith('dist/'));
    expect(outside).toEqual(['LICENSE', 'README.md', 'api.md', 'package.json']);
  });

  it('ships the license file the spec names, byte for byte', () => {
    expect(readFileSync(join(prepared.dir, 'LICENSE'), 'utf8')).toBe(readFileSync('spec/LICENSE', 'utf8'));
  });
});

describe('reproducibility', () => {
  const digest = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

  it('packs the same bytes after a rebuild', () => {
    const first = digest(prepared.packed.tarball);
    writeDist(prepared.dir, prepared.provenance);
    expect(digest(pack(prepared.dir, join(prepared.root, 'again')).tarball)).toBe(first);
  });

  it('packs the same bytes from another folder (no path or time leaks into the package)', async () => {
    const other = await preparePackage('build-elsewhere');
    try {
      expect(other.packed.files).toEqual(prepared.packed.files);
      expect(digest(other.packed.tarball)).toBe(digest(prepared.packed.tarball));
    } finally {
      other.cleanup();
    }
  }, 120_000);
});

describe('buildPackage', () => {
  it('refuses a package that is not what the spec generates, naming the file', async () => {
    const copy = join(prepared.root, 'drifted');
    cpSync(prepared.dir, copy, { recursive: true });
    writeFileSync(join(copy, 'src/models.ts'), '// edited by hand\n');
    const error = await buildPackage(SPEC, copy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BuildError);
    expect((error as BuildError).problems).toEqual([`${join(copy, 'src/models.ts')}: differs`, `${copy}/ is not what the spec generates: run \`npm run generate -- --spec ${SPEC} --out ${copy}\` first.`]);
  }, 60_000);

  it('builds a package that is up to date and returns its provenance', async () => {
    const record = await buildPackage(SPEC, prepared.dir);
    expect(record).toEqual(prepared.provenance);
  }, 60_000);
});
