/**
 * The write step's swap when the system refuses a rename half-way (Windows does while a file is open): the
 * old package, with what it carries over, is left exactly as it was. `renameSync` is made to fail on one
 * source (and `writeFileSync` watched, for the order of the writes); everything else is the real file system.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../../generator/print/print.js';
import { writePackage } from '../../generator/write/write.js';
import { scratchDir, treeHashes } from '../helpers/tree.js';

// The suite runs its files in one process (`isolate: false`), so a module mock would meet a write step
// already loaded with the real `fs`; Node's own export is swapped instead, and put back after each test.
const fs = createRequire(import.meta.url)('node:fs') as typeof import('node:fs');
const realRename = fs.renameSync;
const realWrite = fs.writeFileSync;

/** Makes `renameSync` refuse to move `source`, as Windows does while a file in it is open. */
function refuseRenaming(source: string): void {
  fs.renameSync = (from, to) => {
    if (resolve(String(from)) === source) throw Object.assign(new Error(`EBUSY: resource busy or locked, rename '${String(from)}'`), { code: 'EBUSY' });
    realRename(from, to);
  };
  syncBuiltinESMExports();
}

afterEach(() => {
  fs.renameSync = realRename;
  fs.writeFileSync = realWrite;
  syncBuiltinESMExports();
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
    refuseRenaming(source(out));
    expect(() => writePackage(out, files)).toThrow(/^cannot write the package to .*: EBUSY: resource busy or locked, rename .*; nothing was written$/);
    expect(treeHashes(out)).toEqual(before);
    expect(readdirSync(join(out, '..'))).toEqual(['generated']);
    expect(existsSync(`${out}.previous`)).toBe(false);
  });
});

describe('a run stopped half-way', () => {
  it('has written the entry first, so what it left beside the output is known as the generator\'s', () => {
    const out = join(scratchDir('write-order-'), 'generated');
    const written: string[] = [];
    fs.writeFileSync = (path, data, options) => {
      written.push(String(path).slice(`${resolve(out)}.next/`.length));
      realWrite(path, data, options);
    };
    syncBuiltinESMExports();
    writePackage(out, new Map([['README.md', ''], ['a/b.ts', ''], ['src/index.ts', GENERATED_HEADER]]));
    expect(written).toEqual(['src/index.ts', 'README.md', 'a/b.ts']);
  });
});
