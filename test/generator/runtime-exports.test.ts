/**
 * The runtime names api.md lists, read from the runtime's sources by parsing alone: each name the entry
 * point re-exports is found in the file that declares it, through re-exports and imports.
 */
import { describe, expect, it } from 'vitest';
import { runtimeExports } from '../../generator/emit/package/runtime-exports.js';
import { readRuntimeSources } from '../../generator/io/fs-read.js';

describe('runtimeExports', () => {
  it('finds each name where it is declared, through a re-export and an import, under the name it is exported as', () => {
    const runtime = new Map([
      ['index.ts', "export { Client, type Options as ClientOptions } from './client.js';\nexport { retry, LIMIT } from './relay.js';\n"],
      ['client.ts', '/** The client file. */\n\n/**\n * Sends requests.\n *\n * More about it.\n * @public\n */\nexport class Client {}\n/** What it takes. */\nexport interface Options { a?: string }\n'],
      ['relay.ts', "import { retry } from './retry.js';\nexport { retry };\nexport { LIMIT } from './limits.js';\n"],
      ['retry.ts', '/** Retries. */\n\n/** Tries again. */\nexport function retry(): void {}\n'],
      ['limits.ts', '/** Limits. */\n\n/** At most this many. */\nexport const LIMIT = 3;\n'],
    ]);
    expect(runtimeExports(runtime)).toEqual([
      { name: 'Client', kind: 'class', summary: 'Sends requests.' },
      { name: 'ClientOptions', kind: 'type', summary: 'What it takes.' },
      { name: 'LIMIT', kind: 'constant', summary: 'At most this many.' },
      { name: 'retry', kind: 'function', summary: 'Tries again.' },
    ]);
  });

  it('does not take a file header for the first declaration\'s documentation', () => {
    const runtime = new Map([
      ['index.ts', "export { first } from './a.js';\n"],
      ['a.ts', '/** What this file is for. */\nexport function first(): void {}\n'],
    ]);
    expect(runtimeExports(runtime)).toEqual([{ name: 'first', kind: 'function', summary: '' }]);
  });

  it('says which name it cannot find, and refuses `export *`, whose names it does not read', () => {
    expect(() => runtimeExports(new Map([['index.ts', "export { gone } from './a.js';\n"], ['a.ts', 'export const here = 1;\n']]))).toThrow("the runtime's a.ts does not declare gone");
    expect(() => runtimeExports(new Map([['index.ts', "export { x } from './missing.js';\n"]]))).toThrow('the runtime has no missing.ts');
    expect(() => runtimeExports(new Map([['index.ts', "export * from './a.js';\n"], ['a.ts', '']]))).toThrow('`export *` from a.ts is not read');
  });

  it('reads every export of the shipped runtime, each with its kind', () => {
    const exports = runtimeExports(readRuntimeSources());
    const index = readRuntimeSources().get('index.ts')!;
    const named = [...index.matchAll(/(?:[{,]\s*)(?:type\s+)?([A-Za-z]\w*)(?=\s*[,}])/g)].map((m) => m[1]);
    expect(exports.map((e) => e.name).sort()).toEqual([...new Set(named)].sort());
    expect(exports.find((e) => e.name === 'BaseClient')).toMatchObject({ kind: 'class' });
    expect(exports.find((e) => e.name === 'RequestOptions')).toMatchObject({ kind: 'type' });
    expect(exports.find((e) => e.name === 'paginate')).toMatchObject({ kind: 'function' });
  });
});
