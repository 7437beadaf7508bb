/**
 * A parameter or a body field that says nothing itself is described by its schema, or by the schema its
 * `$ref` names, as specs built from shared schemas write it (Cloudflare's `per_page: {$ref: …}`, its
 * `{in: query, name: page, schema: {description: …}}`): the README's argument table, the `params`
 * members' JSDoc, a positional argument's `@param` and a model's fields all show it. Its own words win.
 * What the schema says of its values (bounds, lengths, default, example) is read there too.
 * Example calls likewise take a string's, a number's or a boolean's example from there
 * (`'023e105f4ecef8ad9ca31a8372d0c353'` for an account id), when it has the value's type or writes a
 * value of it that fits (`'174'` for an integer: `174`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = { '200': { description: 'ok', ...json(ref('Thing')) } };
const account = { name: 'account_id', in: 'path', required: true, schema: ref('Identifier') };

const spec = {
  openapi: '3.0.3',
  info: { title: 'Things', version: '1.0.0' },
  servers: [{ url: 'https://things.example.com' }],
  paths: {
    '/accounts/{account_id}/things': {
      get: {
        operationId: 'listThings',
        tags: ['things'],
        parameters: [
          account,
          { name: 'page', in: 'query', schema: { type: 'integer', description: 'Page number of paginated results.' } },
          { name: 'per_page', in: 'query', schema: ref('PerPage') },
          { name: 'direction', in: 'query', description: 'Its own words.', schema: { type: 'string', description: 'The schema words.' } },
          { name: 'blank', in: 'query', description: ' ', schema: { type: 'string', description: 'Under a blank description.' } },
          { name: 'plain', in: 'query', schema: { type: 'string' } },
        ],
        responses: ok,
      },
      post: {
        operationId: 'createThing',
        tags: ['things'],
        parameters: [account],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['cidr', 'range', 'mode', 'count', 'notes', 'enabled', 'stamp', 'flag', 'asn', 'code'],
            properties: {
              cidr: ref('Cidr'),
              size: ref('Size'),
              label: { type: 'string', description: 'Inline words.' },
              range: { type: 'object', required: ['start'], properties: { start: ref('Ip') } },
              // Examples the call cannot use: not one of the enum's values, text too long for a call.
              mode: { type: 'string', enum: ['fast', 'safe'], example: 'slow' },
              notes: { type: 'string', example: 'n'.repeat(200) },
              enabled: { type: 'boolean', example: false },
              // Examples written as another type, read as the value they write (Cloudflare's DEX timestamps, Radar's ASNs)…
              count: { type: 'integer', example: '25' },
              stamp: { type: 'string', example: 1689520412000 },
              flag: { type: 'boolean', example: 'true' },
              // …but not where that value breaks a bound, or is not the text written (`'007'` is no integer).
              asn: { type: 'integer', minimum: 1000, example: '174' },
              code: { type: 'integer', example: '007' },
            },
          }),
        },
        responses: ok,
      },
    },
  },
  components: {
    schemas: {
      Identifier: { type: 'string', description: 'The account identifier.', maxLength: 32, example: '023e105f4ecef8ad9ca31a8372d0c353' },
      Ip: { type: 'string', example: '10.0.0.1' },
      PerPage: { type: 'integer', description: 'Maximum number of results per page.', maximum: 50, default: 20 },
      Cidr: { type: 'string', description: 'IP prefix in CIDR notation.', example: '192.0.2.0/24' },
      // An alias of an alias: the description two `$ref`s away.
      Size: ref('Bytes'),
      Bytes: { type: 'integer', description: 'A size in bytes.', minimum: 1 },
      Thing: { type: 'object', properties: { cidr: ref('Cidr'), id: ref('Identifier') } },
    },
  },
};

let out: string;
let source: string;
let readme: string;

beforeAll(async () => {
  ({ out } = await generateAndImport(spec, 'descriptions-'));
  source = readFileSync(join(out, 'src/resources/things.ts'), 'utf8');
  readme = readFileSync(join(out, 'README.md'), 'utf8');
}, 60_000);

/** The JSDoc right above a member's declaration, on one line. */
function docAbove(text: string, member: string): string | undefined {
  const match = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${member}\\??:`).exec(text);
  return match?.[1]?.replace(/(\s*\n\s*\*)+\s?/g, ' ').trim();
}

describe('a parameter or field that says nothing itself', () => {
  it("shows its schema's description, or the description of the schema its $ref names, in the README's table", () => {
    // Each method's table of arguments, in the README's order (by name: createThing, then listThings).
    const tables = marked.lexer(readme).filter((t): t is Tokens.Table => t.type === 'table' && t.header[0]?.text === 'Name');
    const [create, list] = tables.map((t) => Object.fromEntries(t.rows.map((cells) => [cells[0]!.text.replace(/`/g, ''), cells[4]!.text])));
    expect(tables).toHaveLength(2);
    expect(list).toEqual({
      accountId: 'The account identifier. At most 32 characters.',
      page: 'Page number of paginated results.',
      per_page: 'Maximum number of results per page. At most 50. Default: `20`.',
      direction: 'Its own words.',
      blank: 'Under a blank description.',
      plain: '',
    });
    expect(create).toMatchObject({ accountId: 'The account identifier. At most 32 characters.', cidr: 'IP prefix in CIDR notation.', size: 'A size in bytes. At least 1.', label: 'Inline words.' });
  });

  it('shows it in the JSDoc of the params members, of a positional argument and of a model field', () => {
    expect(['page', 'per_page', 'direction', 'blank', 'cidr', 'size', 'label'].map((m) => docAbove(source, m))).toEqual([
      'Page number of paginated results.', 'Maximum number of results per page. At most 50. @default 20', 'Its own words.', 'Under a blank description.',
      'IP prefix in CIDR notation. @example "192.0.2.0/24"', 'A size in bytes. At least 1.', 'Inline words.',
    ]);
    expect(source).toContain('@param accountId The account identifier. At most 32 characters.');
    expect(docAbove(readFileSync(join(out, 'src/models.ts'), 'utf8'), 'cidr')).toBe('IP prefix in CIDR notation. @example "192.0.2.0/24"');
  });

  it('leaves the package compiling, its types unchanged', () => {
    const header = "import Things from './src/index.js';\ndeclare const client: Things;";
    const body = "export const a = client.things.createThing('a', { cidr: '10.0.0.0/8', size: 1, range: { start: 'x' }, mode: 'safe', count: 1, notes: '', enabled: true, stamp: '1', flag: true, asn: 1000, code: 7 });";
    expect(consumerErrors(out, header, body)).toEqual([]);
  });
});

describe('an example call', () => {
  it("takes a string's, a number's or a boolean's example from its schema or the schema its $ref names, at any depth", () => {
    const call = /```ts\n(const response = await client\.things\.createThing\([\s\S]*?)```/.exec(readme)![1]!;
    expect(call).toContain("'023e105f4ecef8ad9ca31a8372d0c353'");
    expect(call).toContain("cidr: '192.0.2.0/24'");
    expect(call).toContain("range: { start: '10.0.0.1' }");
    expect(call).toContain('enabled: false');
  });

  it('reads an example written as another type as the value it writes, where that value fits', () => {
    const call = /```ts\n(const response = await client\.things\.createThing\([\s\S]*?)```/.exec(readme)![1]!;
    expect(call).toContain('count: 25,');
    expect(call).toContain("stamp: '1689520412000',");
    expect(call).toContain('flag: true,');
  });

  it('makes one up where the example is not one of the enum, would bury the call, or reads as no value that fits', () => {
    const call = /```ts\n(const response = await client\.things\.createThing\([\s\S]*?)```/.exec(readme)![1]!;
    expect(call).toContain("mode: 'fast'");
    expect(call).toContain("notes: 'notes'");
    expect(call).toContain('asn: 1000,');
    expect(call).toContain('code: 0,');
  });

  it('type-checks, in the README and in the JSDoc', () => {
    expect(typeCheckExamples(out)).toEqual({ count: 2, errors: '' });
  });
});
