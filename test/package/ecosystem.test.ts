/**
 * The ecosystem's checks on the packed package: publint (every level, warnings as errors) and Are the
 * Types Wrong in all four resolution modes. A deliberately broken copy shows the checks can fail.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attwProblems, publintProblems } from '../../generator/build/checks.js';
import { pack } from '../../generator/build/pack.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';

let prepared: PreparedPackage;
beforeAll(async () => {
  prepared = await preparePackage('ecosystem');
}, 120_000);
afterAll(() => prepared?.cleanup());

describe('the packed package', () => {
  it('passes publint with no error, warning or suggestion', async () => {
    expect(await publintProblems(prepared.dir)).toEqual([]);
  });

  it('passes Are the Types Wrong in node10, node16 (CommonJS and ESM) and bundler', () => {
    expect(attwProblems(prepared.packed.tarball)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('catch ESM declarations served to require() and a file missing from the tarball', async () => {
    const broken = join(prepared.root, 'broken');
    cpSync(prepared.dir, broken, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(broken, 'package.json'), 'utf8'));
    manifest.exports['.'].require.types = './dist/esm/index.d.ts';
    manifest.files = manifest.files.filter((f: string) => f !== 'dist/cjs/');
    writeFileSync(join(broken, 'package.json'), JSON.stringify(manifest, null, 2));
    const packed = pack(broken, join(prepared.root, 'broken-pack'));
    expect((await publintProblems(broken)).length).toBeGreaterThan(0);
    expect(attwProblems(packed.tarball).length).toBeGreaterThan(0);
  }, 60_000);
});
