/**
 * Schemas that are each the other through allOf, a union or a bare `$ref`: TypeScript cannot declare
 * them (error TS2456), so the reference that closes the cycle is left out, with a located warning, and
 * the package compiles. A model holding itself through a property or an array stays as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutAliasCycles } from '../../generator/parse/alias-cycles.js';
import type { Diagnostic } from '../../generator/diagnostics.js';
import type { ModelIR, SchemaIR } from '../../generator/ir/types.js';
import { buildApi } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { generateAndImport } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const origin = (key: string) => ({ file: 'spec.yaml', pointer: `/components/schemas/${key}`, line: 1, column: 1 });
const ref = (model: string): SchemaIR => ({ kind: 'ref', model, origin: origin(model) });
const object: SchemaIR = { kind: 'object', properties: [], origin: origin('inline') };
const model = (key: string, schema: SchemaIR): ModelIR => ({ key, name: key, schema, origin: origin(key) });
const all = (...parts: SchemaIR[]): SchemaIR => ({ kind: 'intersection', parts, origin: origin('all') });
const any = (...variants: SchemaIR[]): SchemaIR => ({ kind: 'union', variants, origin: origin('any') });

function cut(models: ModelIR[]): { schemas: Record<string, SchemaIR>; warnings: Diagnostic[] } {
  const warnings: Diagnostic[] = [];
  return { schemas: Object.fromEntries(cutAliasCycles(models, warnings).map((m) => [m.key, m.schema])), warnings };
}

describe('cutAliasCycles', () => {
  it('leaves out the allOf part that closes a cycle, and names the cycle', () => {
    const { schemas, warnings } = cut([model('A', all(ref('B'), object)), model('B', all(ref('A'), object))]);
    expect(schemas['A']).toEqual(all(ref('B'), object));
    expect(schemas['B']).toEqual(all(object));
    expect(warnings.map((w) => [w.code, w.location.pointer, w.message.match(/\((.*)\)/)?.[1]])).toEqual([['schema-cycle', '/components/schemas/A', 'A → B → A']]);
  });

  it('leaves out a union variant, and makes a bare ref or a union with nothing left unknown', () => {
    const { schemas } = cut([
      model('U', any(ref('V'), { kind: 'string', origin: origin('s') })),
      model('V', any(ref('U'), { kind: 'number', origin: origin('n') })),
      model('Loop1', ref('Loop2')),
      model('Loop2', { ...ref('Loop1'), nullable: true }),
      model('Only', any(ref('Only'))),
    ]);
    expect(schemas['V']).toEqual(any({ kind: 'number', origin: origin('n') }));
    expect(schemas['Loop2']).toMatchObject({ kind: 'unknown', nullable: true });
    expect(schemas['Only']).toMatchObject({ kind: 'unknown' });
    expect(schemas['Loop1']).toEqual(ref('Loop2'));
  });

  it('keeps a model that holds itself through a property or an array, which TypeScript resolves lazily', () => {
    const tree = model('Tree', { kind: 'object', properties: [{ name: 'children', required: false, schema: { kind: 'array', items: ref('Tree'), origin: origin('items') }, origin: origin('p') }], origin: origin('Tree') });
    const list = model('List', any({ kind: 'array', items: ref('List'), origin: origin('items') }, ref('Tree')));
    const { schemas, warnings } = cut([tree, list]);
    expect(schemas).toEqual({ Tree: tree.schema, List: list.schema });
    expect(warnings).toEqual([]);
  });

  it('walks a chain of 20,000 aliases without exhausting the stack, cutting only the edge that closes it', () => {
    const chain = Array.from({ length: 20_000 }, (_, i) => model(`M${i}`, ref(`M${(i + 1) % 20_000}`)));
    const { schemas, warnings } = cut(chain);
    expect(warnings).toHaveLength(1);
    expect(Object.values(schemas).filter((s) => s.kind === 'unknown')).toHaveLength(1);
    expect(schemas['M19999']).toMatchObject({ kind: 'unknown' });
  });
});

const cyclic = minimalDoc({
  servers: [{ url: 'https://cycles.example.com' }],
  paths: {
    '/things': {
      get: {
        operationId: 'getThing',
        tags: ['things'],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Thing: { type: 'object', properties: { a: { $ref: '#/components/schemas/Left' }, loop: { $ref: '#/components/schemas/Loop1' } } },
      Left: { allOf: [{ $ref: '#/components/schemas/Right' }], properties: { left: { type: 'string' } } },
      Right: { allOf: [{ $ref: '#/components/schemas/Left' }], properties: { right: { type: 'string' } } },
      Loop1: { $ref: '#/components/schemas/Loop2' },
      Loop2: { $ref: '#/components/schemas/Loop1' },
    },
  },
});

describe('a spec whose schemas are each the other', () => {
  it('warns where each cycle closes', () => {
    const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(cyclic) }));
    expect(warnings.filter((w) => w.code === 'schema-cycle').map((w) => w.location.pointer)).toEqual(['/components/schemas/Right/allOf/0', '/components/schemas/Loop2']);
  });

  it('generates a package that compiles, with what each side adds kept', async () => {
    const { out } = await generateAndImport(cyclic, 'alias-cycles-');
    expect(tscErrors(out)).toBe('');
    const models = readFileSync(join(out, 'src/models.ts'), 'utf8');
    expect(models).toMatch(/export type Left = Right & \{ left\?: string \}/);
    expect(models).toMatch(/export type Right = \{ right\?: string \}/);
  }, 60_000);
});
