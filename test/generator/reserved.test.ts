import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUNTIME_EXPORTS } from '../../generator/normalize/reserved.js';

/** Every name `export { … }` / `export type { … }` lists in the runtime's entry point. */
function runtimeExportNames(): string[] {
  const text = readFileSync('generator/runtime/index.ts', 'utf8');
  const lists = [...text.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)].map((m) => m[1]!);
  return lists.flatMap((list) => list.split(',').map((s) => s.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!)).filter((n) => n !== '');
}

describe('reserved names', () => {
  it('include every name the runtime exports, so no spec name can shadow one', () => {
    const names = runtimeExportNames();
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !RUNTIME_EXPORTS.includes(n))).toEqual([]);
  });
});

describe('the runtime contract', () => {
  it('lists exactly the names the runtime exports (docs/runtime-contract.md)', () => {
    const doc = readFileSync('docs/runtime-contract.md', 'utf8');
    const start = doc.indexOf('`index.ts` exports exactly these names');
    const list = doc.slice(start, doc.indexOf('\n\n', start));
    const documented = [...list.matchAll(/`([A-Za-z][A-Za-z0-9]*)`/g)].map((m) => m[1]!);
    expect(documented.length).toBeGreaterThan(10);
    expect([...new Set(documented)].sort()).toEqual([...new Set(runtimeExportNames())].sort());
  });
});
