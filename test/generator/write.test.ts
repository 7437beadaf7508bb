/** The write step: long resource names, and a write that fails half-way. */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_HEADER } from '../../generator/print/print.js';
import { writePackage } from '../../generator/write/write.js';
import { generateAndImport, scratchDir } from '../helpers/tree.js';

describe('a resource whose name is too long for a file name', () => {
  it('gets a file name cut short with a hash of the whole, two such names kept apart, and the package works', async () => {
    const long = (tail: string) => `${'a'.repeat(130)} ${tail.repeat(130)}`;
    const op = (operationId: string, tag: string) => ({ get: { operationId, tags: [tag], responses: { '204': { description: 'none' } } } });
    const doc = {
      openapi: '3.1.0',
      info: { title: 'Long', version: '1.0.0' },
      servers: [{ url: 'https://long.example.com' }],
      paths: { '/b': op('listB', long('b')), '/c': op('listC', long('c')) },
    };
    const { out, module } = await generateAndImport<{ default: new (options: object) => Record<string, Record<string, unknown>> }>(doc, 'long-names-');
    const files = readdirSync(join(out, 'src/resources'));
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^a{91}-[0-9a-f]{8}\.ts$/);
    const client = new module.default({ apiKey: 'k' });
    const resources = Object.keys(client).filter((key) => key.length > 200);
    const methods = resources.flatMap((key) => ['listB', 'listC'].filter((name) => typeof client[key]?.[name] === 'function'));
    expect(methods.sort()).toEqual(['listB', 'listC']);
  });
});

describe('writePackage', () => {
  it('writes beside a folder named with a trailing slash, not inside it', () => {
    const root = scratchDir('write-slash-');
    const out = join(root, 'generated');
    const files = new Map([['src/index.ts', GENERATED_HEADER]]);
    writePackage(`${out}/`, files);
    writePackage(`${out}/`, files);
    expect([readdirSync(root), readdirSync(out).sort()]).toEqual([['generated'], ['src']]);
  });


  it('removes what it half wrote when a write fails, and leaves the output as it was', () => {
    const out = join(scratchDir('write-fails-'), 'generated');
    writePackage(out, new Map([['src/index.ts', GENERATED_HEADER], ['README.md', 'before']]));
    // `a` is a file, so `a/b` cannot be written.
    const files = new Map([['src/index.ts', GENERATED_HEADER], ['a', 'file'], ['a/b', 'inside a file']]);
    expect(() => writePackage(out, files)).toThrow(/cannot write the package.*ENOTDIR/);
    expect(existsSync(`${out}.next`)).toBe(false);
    expect(readdirSync(out).sort()).toEqual(['README.md', 'src']);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('before');
  });

  const ours = new Map([['src/index.ts', GENERATED_HEADER], ['README.md', 'new']]);

  it.each(['next', 'previous'])('refuses to delete a folder of the user named like its %s sibling', (suffix) => {
    const out = join(scratchDir('write-sibling-'), 'generated');
    writePackage(out, new Map([['src/index.ts', GENERATED_HEADER], ['README.md', 'before']]));
    mkdirSync(`${out}.${suffix}`);
    writeFileSync(`${out}.${suffix}/notes.md`, 'mine');
    expect(() => writePackage(out, ours)).toThrow(`${out}.${suffix} is in the way (it holds files this generator did not write: notes.md)`);
    expect(readFileSync(`${out}.${suffix}/notes.md`, 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('before');
  });

  it('refuses to delete a file named like a sibling', () => {
    const out = join(scratchDir('write-sibling-file-'), 'generated');
    writeFileSync(`${out}.next`, 'mine');
    expect(() => writePackage(out, ours)).toThrow(`${out}.next is in the way (a file, not a folder a run of this generator left)`);
    expect([readFileSync(`${out}.next`, 'utf8'), existsSync(out)]).toEqual(['mine', false]);
  });

  it('replaces what a run stopped half-way left beside the output, even before its first file', () => {
    const root = scratchDir('write-leftover-');
    const out = join(root, 'generated');
    // A run stopped after writing the entry and a folder: the entry goes first, so that is all there can be.
    mkdirSync(`${out}.next/src/resources`, { recursive: true });
    writeFileSync(`${out}.next/src/index.ts`, `${GENERATED_HEADER}half`);
    // A run stopped before its first file left empty folders.
    mkdirSync(`${out}.previous/src`, { recursive: true });
    writePackage(out, new Map([['a/b.ts', 'b'], ...ours]));
    expect(readdirSync(root)).toEqual(['generated']);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('new');
  });

  /** What a run stopped during its swap leaves: the new package in `.next`, holding what it carried over. */
  function stoppedSwap(outMovedAway: boolean): string {
    const out = join(scratchDir('write-stopped-'), 'generated');
    mkdirSync(join(`${out}.next`, 'src/lib'), { recursive: true });
    writeFileSync(join(`${out}.next`, 'src/index.ts'), GENERATED_HEADER);
    writeFileSync(join(`${out}.next`, 'src/lib/mine.ts'), 'mine');
    writeFileSync(join(`${out}.next`, 'CHANGELOG.md'), 'releases');
    const old = outMovedAway ? `${out}.previous` : out;
    mkdirSync(join(old, 'src'), { recursive: true });
    writeFileSync(join(old, 'src/index.ts'), GENERATED_HEADER);
    return out;
  }

  it.each([
    ['after carrying the user\'s files into the new package', false],
    ['after moving the old package away', true],
  ])('takes back what a run stopped %s had carried over', (_, outMovedAway) => {
    const out = stoppedSwap(outMovedAway);
    writePackage(out, ours);
    expect(readFileSync(join(out, 'src/lib/mine.ts'), 'utf8')).toBe('mine');
    expect(readFileSync(join(out, 'CHANGELOG.md'), 'utf8')).toBe('releases');
    expect(readdirSync(join(out, '..'))).toEqual(['generated']);
  });
});
