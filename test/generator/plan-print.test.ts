import { StructureKind } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { importsFor, moduleSpecifier } from '../../generator/plan/imports.js';
import { plan, resourceFilePath, type SymbolEntry } from '../../generator/plan/plan.js';
import { GENERATED_HEADER, printUnits } from '../../generator/print/print.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';

describe('plan', () => {
  it.each([
    [['realtimeKit'], true, 'src/resources/realtime-kit/realtime-kit.ts'],
    [['realtimeKit', 'activeSession'], false, 'src/resources/realtime-kit/active-session.ts'],
    [['zones'], false, 'src/resources/zones.ts'],
    [['a', 'b', 'c'], true, 'src/resources/a/b/c/c.ts'],
  ])('puts resource %j (children: %s) in %s', (path, hasChildren, want) => {
    expect(resourceFilePath({ path, className: 'X' }, hasChildren)).toBe(want);
  });

  it('plans models, one file per resource, the environment and its browser twin, the client and the index, and knows where each symbol lives', () => {
    const api = apiOf(minimalDoc({
      paths: { '/a': { get: { operationId: 'list', 'x-sdk-resource': 'zones.settings', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/S' } } } } } } } },
      components: { schemas: { S: { type: 'string' } } },
    }));
    const planned = plan(api);
    expect(planned.units.map((u) => `${u.kind} ${u.path}`)).toEqual([
      'models src/models.ts',
      'resource src/resources/zones/zones.ts',
      'resource src/resources/zones/settings.ts',
      'environment src/environment.ts',
      'environment src/environment.browser.ts',
      'client src/client.ts',
      'index src/index.ts',
    ]);
    expect(planned.symbols.get('SettingsListResponse')).toEqual({ file: 'src/resources/zones/settings.ts', kind: 'type' });
    expect(planned.symbols.has('SettingsListParams')).toBe(false);
    expect(planned.symbols.get('buildSettingsListRequest')).toEqual({ file: 'src/resources/zones/settings.ts', kind: 'value' });
    // Imported by the client, never exported by the package.
    expect(planned.symbols.get('authHelp')).toEqual({ file: 'src/environment.ts', kind: 'value', internal: true });
  });
});

describe('imports', () => {
  it.each([
    ['src/index.ts', 'src/client.ts', './client.js'],
    ['src/resources/a/b.ts', 'src/core/index.ts', '../../core/index.js'],
    ['src/resources/a.ts', 'src/resources/a/b.ts', './a/b.js'],
  ])('from %s to %s is %s', (from, to, want) => {
    expect(moduleSpecifier(from, to)).toBe(want);
  });

  it('groups by module, sorts, marks types, and skips the file itself and unknown names', () => {
    const symbols = new Map<string, SymbolEntry>([
      ['Zed', { file: 'src/models.ts', kind: 'type' }],
      ['Alpha', { file: 'src/models.ts', kind: 'type' }],
      ['encodePath', { file: 'src/core/index.ts', kind: 'value' }],
      ['BuiltRequest', { file: 'src/core/index.ts', kind: 'type' }],
      ['Self', { file: 'src/resources/x.ts', kind: 'value' }],
    ]);
    const imports = importsFor('src/resources/x.ts', new Set(['Zed', 'Alpha', 'encodePath', 'BuiltRequest', 'Self', 'string']), symbols);
    expect(imports).toEqual([
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../core/index.js', isTypeOnly: false, namedImports: [{ name: 'BuiltRequest', isTypeOnly: true }, { name: 'encodePath', isTypeOnly: false }] },
      { kind: StructureKind.ImportDeclaration, moduleSpecifier: '../models.js', isTypeOnly: true, namedImports: [{ name: 'Alpha' }, { name: 'Zed' }] },
    ]);
  });
});

describe('print', () => {
  it('writes the header, the imports the file uses, and prettier-formatted code', async () => {
    const printed = await printUnits(
      [{ path: 'src/a.ts', uses: new Set(['Thing']), statements: [{ kind: StructureKind.TypeAlias, name: 'A', isExported: true, type: 'Array<Thing>' }] }],
      { units: [], symbols: new Map([['Thing', { file: 'src/models.ts', kind: 'type' }]]) },
    );
    expect(printed.get('src/a.ts')).toBe(`${GENERATED_HEADER}\nimport type { Thing } from './models.js';\nexport type A = Array<Thing>;\n`);
  });
});
