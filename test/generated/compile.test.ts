/**
 * Generated packages compile under `tsc --strict` with the package's own config (no Node types: the
 * package must not need them), for the main spec and for the edge fixture with hostile text everywhere.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, scratchDir } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const tsc = (project: string): string => tscErrors(project, ['--noEmit', '--strict']);

describe('generated code compiles under --strict', () => {
  it('generated/ (from spec/)', () => {
    expect(tsc('generated/tsconfig.json')).toBe('');
  });

  it('the edge fixture: hostile descriptions, names and enum values', async () => {
    const out = join(scratchDir('edge-'), 'generated');
    expect((await run('generate', '--spec', 'test/fixtures/edge/openapi.yaml', '--out', out)).code).toBe(0);
    expect(tsc(join(out, 'tsconfig.json'))).toBe('');
  });

  it('types path arguments by their schema: an integer id, an enum, an integer-or-string', async () => {
    const out = join(scratchDir('edge-typed-'), 'generated');
    expect((await run('generate', '--spec', 'test/fixtures/edge/openapi.yaml', '--out', out)).code).toBe(0);
    // Each @ts-expect-error must meet an error, or tsc reports it unused: the wrong calls are checked too.
    const calls = [
      "import Client from './index.js';",
      'declare const client: Client;',
      "void client.things.getBook(7, 'e-book', 'ref-1');",
      "void client.things.getBook(7, 'paper', 42);",
      '// @ts-expect-error an integer id is a number',
      "void client.things.getBook('7', 'paper', 42);",
      '// @ts-expect-error not one of the enum values',
      "void client.things.getBook(7, 'audio', 42);",
      '// @ts-expect-error an integer or a string, not a boolean',
      "void client.things.getBook(7, 'paper', true);",
    ];
    writeFileSync(join(out, 'src/typed-arguments.ts'), `${calls.join('\n')}\n`);
    expect(tsc(join(out, 'tsconfig.json'))).toBe('');
  });
});
