/**
 * Enums the spec marks as open: AutoRest's `x-ms-enum: {modelAsString: true}` (394 of APIs.guru's specs)
 * and Zalando's `x-extensible-enum` list the known values of a string that may take others. They are
 * typed `'a' | 'b' | (string & {})`: a value the server adds later is no type error, a caller may send one,
 * and the known ones still show. A closed enum (`modelAsString: false`, or a bare `enum`) stays closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const spec = {
  openapi: '3.0.3',
  info: { title: 'Sharks', version: '1.0.0' },
  servers: [{ url: 'https://sharks.example.com' }],
  paths: {
    '/sharks': {
      get: {
        operationId: 'list',
        tags: ['sharks'],
        parameters: [
          { name: 'color', in: 'query', schema: { $ref: '#/components/schemas/Color' } },
          // One known value, but open: the caller's to give, not a constant the client fills in.
          { name: 'kind', in: 'query', required: true, example: 'pelagic', schema: { type: 'string', enum: ['reef'], 'x-ms-enum': { name: 'Kind', modelAsString: true } } },
          // Beside the schema, as Swagger 2.0 parameters carry it and conversions to OpenAPI 3 leave it.
          { name: 'sort', in: 'query', 'x-ms-enum': { name: 'Sort', modelAsString: true }, schema: { type: 'string', enum: ['asc', 'desc'] } },
          { name: 'order', in: 'query', 'x-ms-enum': { name: 'Order', modelAsString: false }, schema: { type: 'string', enum: ['asc', 'desc'] } },
        ],
        responses: { '200': { description: 'A shark.', ...json({ $ref: '#/components/schemas/Shark' }) } },
      },
    },
  },
  components: {
    schemas: {
      Color: { type: 'string', enum: ['pink', 'gray'], 'x-ms-enum': { name: 'Color', modelAsString: true } },
      Shark: {
        type: 'object',
        properties: {
          color: { $ref: '#/components/schemas/Color' },
          size: { type: 'string', enum: ['small', 'big'], 'x-ms-enum': { name: 'Size', modelAsString: false } },
          mood: { type: 'string', 'x-extensible-enum': ['calm', 'hungry'] },
          fins: { type: 'integer', enum: [1, 2], 'x-ms-enum': { name: 'Fins', modelAsString: true } },
        },
      },
    },
  },
};

let out: string;

beforeAll(async () => {
  ({ out } = await generateAndImport(spec, 'open-enums-'));
}, 60_000);

describe('open enums', () => {
  const header = "import Sharks from './src/index.js';\ndeclare const client: Sharks;";

  it('take a value the spec does not list, in a response and in a request; a closed one does not', () => {
    const body = [
      'async function use() {',
      "  const shark = await client.sharks.list({ kind: 'pelagic', color: 'blue' });",
      "  if (shark.color === 'blue' || shark.mood === 'sleepy') return;",
      "  if (shark.size === 'medium') return;",
      '  if (shark.fins === 3) return;',
      '  await client.sharks.list({});',
      "  await client.sharks.list({ kind: 'reef', sort: 'random' });",
      "  await client.sharks.list({ kind: 'reef', order: 'random' });",
      '}',
    ];
    // A closed enum (TS2367), numbers (only lists of strings open up), the open single value still
    // required (TS2345), and a parameter's closed enum (TS2322).
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2367 line 4', 'TS2367 line 5', 'TS2345 line 6', 'TS2322 line 8']);
  });

  it('keep the known values in the type', () => {
    const models = readFileSync(join(out, 'src/models.ts'), 'utf8');
    expect(models).toContain("export type Color = 'pink' | 'gray' | (string & {});");
    expect(models).toContain("mood?: 'calm' | 'hungry' | (string & {});");
    expect(models).toContain("size?: 'small' | 'big';");
    expect(models).toContain('fins?: 1 | 2;');
  });

  it("give the methods examples that type-check, with the spec's example where it is a value the enum does not list", () => {
    expect(typeCheckExamples(out)).toEqual({ count: 1, errors: '' });
    expect(readFileSync(join(out, 'src/resources/sharks.ts'), 'utf8')).toMatch(/client\.sharks\.list\(\{\s+\*\s+kind: 'pelagic',\s+\*\s+\}\)/);
  });
});
