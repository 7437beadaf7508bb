/**
 * Generated packages compile under `tsc --strict` with the package's own config (no Node types: the
 * package must not need them), for the main spec and for the edge fixture with hostile text everywhere.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, scratchDir } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const tsc = (project: string): string => tscErrors(project, ['--noEmit', '--strict']);

/** The edge fixture's package, generated into a scratch folder of its own. */
async function generatedEdge(prefix: string): Promise<string> {
  const out = join(scratchDir(prefix), 'generated');
  expect((await run('generate', '--spec', 'test/fixtures/edge/openapi.yaml', '--out', out)).code).toBe(0);
  return out;
}

describe('generated code compiles under --strict', () => {
  it('generated/ (from spec/)', () => {
    expect(tsc('generated/tsconfig.json')).toBe('');
  });

  it('the edge fixture: hostile descriptions, names and enum values', async () => {
    const out = await generatedEdge('edge-');
    expect(tsc(join(out, 'tsconfig.json'))).toBe('');
  });

  it('names nested types validly, and never so that they hide a type their namespace refers to', async () => {
    const out = await generatedEdge('edge-nested-');
    const uses = [
      "import type { Owner, Thing, ThingOwner } from './index.js';",
      'declare const thing: Thing;',
      // `history` items refer to the model Owner, though the namespace also has a nested type for `owner`.
      'export const previous: Owner | undefined = thing.history?.[0]?.previous;',
      "export const zero: Thing._0 | undefined = thing['0'];",
      // Inside the namespace, Array is still the global one.
      'export const labels: string[] | undefined = thing.history?.[0]?.labels;',
      'export const size: number | undefined = thing.array?.size;',
      // A ref into a component schema names its target as a model of its own.
      'export const origin: ThingOwner | undefined = thing.history?.[0]?.origin;',
      "export const originName: string | undefined = origin?.name;",
      '// @ts-expect-error the nested owner has no id',
      'void thing.owner?.id;',
    ];
    writeFileSync(join(out, 'src/nested-uses.ts'), `${uses.join('\n')}\n`);
    expect(tsc(join(out, 'tsconfig.json'))).toBe('');
  });

  it('types path arguments by their schema: an integer id, an enum, an integer-or-string', async () => {
    const out = await generatedEdge('edge-typed-');
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

  it('types what a list method gives: the first page when awaited, items in for await, pages from pages()', async () => {
    const out = await generatedEdge('edge-pages-');
    const uses = [
      "import Client, { type Thing, type ThingsListThingPagesResponse } from './index.js';",
      'declare const client: Client;',
      'export async function uses(): Promise<void> {',
      '  const first: ThingsListThingPagesResponse = await client.things.listThingPages();',
      '  for await (const entry of client.things.listThingPages({ after: first.meta?.["next\'cursor"] ?? undefined })) {',
      '    const id: string = entry.id;',
      '    // @ts-expect-error an entry has an id only',
      '    void entry.name;',
      '    void id;',
      '  }',
      '  for await (const thing of client.things.listThings()) {',
      '    const typed: Thing = thing;',
      '    void typed;',
      '  }',
      '  for await (const page of client.things.listThings().pages()) {',
      '    // @ts-expect-error a page of listThings is an array of things',
      '    void page.data;',
      '    void page.length;',
      '  }',
      '}',
    ];
    writeFileSync(join(out, 'src/pagination-uses.ts'), `${uses.join('\n')}\n`);
    // The README's Pagination example, as a user would paste it.
    const readmeExample = /## Pagination[\s\S]*?```ts\n([\s\S]*?)\n```/.exec(readFileSync(join(out, 'README.md'), 'utf8'))?.[1];
    expect(readmeExample).toContain('for await (const item of client.things.');
    writeFileSync(join(out, 'src/pagination-readme.ts'), `import Client from './index.js';\ndeclare const client: Client;\n${readmeExample}\nexport {};\n`);
    expect(tsc(join(out, 'tsconfig.json'))).toBe('');
  });
});
