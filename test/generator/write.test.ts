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
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'README.md'), 'before');
    // `a` is a file, so `a/b` cannot be written.
    const files = new Map([['a', 'file'], ['a/b', 'inside a file']]);
    expect(() => writePackage(out, files)).toThrow();
    expect(existsSync(`${out}.next`)).toBe(false);
    expect(readdirSync(out)).toEqual(['README.md']);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('before');
  });
});
