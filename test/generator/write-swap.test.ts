/**
 * The write step's swap when the system refuses a rename half-way (Windows does while a file is open): the
 * old package, with what it carries over, is left exactly as it was. `renameSync` is made to fail on one
 * source; everything else is the real file system.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GENERATED_HEADER } from '../../generator/print/print.js';
import { writePackage } from '../../generator/write/write.js';
import { scratchDir, treeHashes } from '../helpers/tree.js';

const refuse = vi.hoisted(() => ({ source: undefined as string | undefined }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (refuse.source !== undefined && resolve(String(from)) === refuse.source) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${String(from)}'`), { code: 'EBUSY' });
    fs.renameSync(from, to);
  };
  return { ...fs, renameSync, default: { ...fs, renameSync } };
});

/** A package as the generator leaves it, with what the write carries over: the user's and the build's. */
function oldPackage(): string {
  const out = join(scratchDir('write-swap-'), 'generated');
  mkdirSync(join(out, 'src/lib'), { recursive: true });
  mkdirSync(join(out, 'node_modules/dep'), { recursive: true });
  writeFileSync(join(out, 'src/index.ts'), `${GENERATED_HEADER}export const old = 1;\n`);
  writeFileSync(join(out, 'src/lib/mine.ts'), 'export {};\n');
  writeFileSync(join(out, 'node_modules/dep/index.js'), '');
  writeFileSync(join(out, 'CHANGELOG.md'), '# Changelog\n');
  return out;
}

describe('a rename refused during the swap', () => {
  const files = new Map([['src/index.ts', `${GENERATED_HEADER}export const fresh = 1;\n`]]);

  it.each([
    ['the old folder cannot be moved away', (out: string) => resolve(out)],
    ['the new folder cannot be moved in', (out: string) => `${resolve(out)}.next`],
  ])('%s: the old package and what it carries are as they were', (_, source) => {
    const out = oldPackage();
    const before = treeHashes(out);
    refuse.source = source(out);
    try {
      expect(() => writePackage(out, files)).toThrow(/^cannot write the package to .*: EBUSY: resource busy or locked, rename .*; nothing was written$/);
    } finally {
      refuse.source = undefined;
    }
    expect(treeHashes(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['generated']);
    expect(existsSync(`${out}.previous`)).toBe(false);
  });
});
