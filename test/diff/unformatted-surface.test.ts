/**
 * The spec review generates both sides without prettier (`format: false`): most of the time on a large spec.
 * That is sound only if the unformatted package declares what the formatted one does, symbol by symbol:
 * the emitter writes the quotes prettier settles on and leaves keys unquoted where prettier would, and the
 * surface normalizes what prettier changes in types (spacing, a broken union's leading `|`, parentheses).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSurface, text } from '../../generator/diff/ts/surface.js';
import { loadSpec, type LoadedSpec } from '../../generator/load/load-spec.js';
import { generateInMemory } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

function load(file: string): LoadedSpec {
  const r = loadSpec(file, (f) => readFileSync(f, 'utf8'));
  if (!r.ok) throw new Error(`${file} does not load`);
  return r.spec;
}

async function surfaces(spec: LoadedSpec) {
  const formatted = await generateInMemory(spec, new Map(), { lenient: true });
  const unformatted = await generateInMemory(spec, new Map(), { lenient: true, format: false });
  return { formatted: extractSurface(formatted.files), unformatted: extractSurface(unformatted.files) };
}

/** Schemas that prettier lays out differently from the emitter: long unions, intersections in unions, odd keys and quotes. */
const LAYOUT = minimalDoc({
  // Named servers become the client's `environments`, an object prettier breaks over lines.
  servers: [
    { url: 'https://api.example.com/v1/with/a/long/path/so/that/the/object/is/broken', description: 'Production' },
    { url: 'https://staging.example.com/v1/with/a/long/path/so/that/it/is/broken', description: 'Staging' },
  ],
  components: {
    schemas: {
      Quoted: {
        type: 'object',
        properties: {
          default: { type: 'string' },
          'with-dash': { type: 'string', enum: ["it's", 'say "hi"', "''\"", 'plain'] },
          long: { type: 'string', enum: Array.from({ length: 30 }, (_, i) => `value-number-${i}`) },
          mixed: { oneOf: [{ $ref: '#/components/schemas/Base' }, { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { extra: { type: 'string' } } }] }] },
          list: { type: 'array', items: { oneOf: [{ type: 'string' }, { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { n: { type: 'integer' } } }] }] } },
          map: { type: 'object', additionalProperties: { nullable: true, allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { on: { type: 'boolean' } } }] } },
        },
      },
      Base: { type: 'object', properties: { id: { type: 'string' } } },
    },
  },
  paths: {
    '/things': {
      get: { operationId: 'getThing', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Quoted' } } } } } },
    },
  },
});

describe('the package as emitted declares what the formatted package does', () => {
  it.each([
    ['the repository spec', () => load('spec/openapi.yaml')],
    ['edge cases', () => load('test/fixtures/edge/openapi.yaml')],
    ['webhooks', () => load('test/fixtures/webhooks/openapi.yaml')],
    ['Swagger 2', () => load('test/fixtures/swagger2/swagger.yaml')],
    ['layouts prettier changes', () => loadFromMemory({ 'openapi.yaml': specText(LAYOUT) })],
  ])('%s', async (_, spec) => {
    const { formatted, unformatted } = await surfaces(spec());
    expect(formatted.size).toBeGreaterThan(3);
    expect([...unformatted.values()]).toEqual([...formatted.values()]);
  });
});

describe('type text as compared', () => {
  it.each([
    ['a broken union', 'Array<\n  | A\n  | B\n>', 'Array<A | B>'],
    ['a broken index signature value', '{ [key: string]:\n | { a: 1 }\n | null }', '{ [key: string]: { a: 1 } | null }'],
    ['parentheses nothing needs', "(Omit<A, 'x'>)", "Omit<A, 'x'>"],
    ['an intersection in a union', 'A | B & C', 'A | (B & C)'],
    ['an object broken over lines, with a trailing comma', "{\n  a: 'x',\n  b: 'y',\n} as const", "{ a: 'x', b: 'y' } as const"],
  ])('%s', (_, given, same) => {
    expect(text(given)).toBe(text(same));
  });

  it.each([
    ['parentheses the meaning needs', '(A | B)[]', 'A | B[]'],
    ['spacing inside a string literal', "'a  b'", "'a b'"],
    ['a bar inside a string literal', "'x: | y'", "'x: y'"],
  ])('keeps %s', (_, one, other) => {
    expect(text(one)).not.toBe(text(other));
  });
});
