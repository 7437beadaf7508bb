/**
 * `required` beside a `oneOf`/`anyOf` with no fields of its own (Cloudflare's page-rule target and DNS
 * record): JSON Schema applies it to the value whichever branch it matches, so each branch that declares
 * a name has it required, while the shared models the `$ref`s name stay as they are. Checked by
 * compiling code against the generated package, by the example call the docs give, and by the located
 * warning for a name no branch declares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const text = { type: 'string' };

const spec = {
  openapi: '3.0.3',
  info: { title: 'Rules', version: '1.0.0' },
  servers: [{ url: 'https://rules.example.com' }],
  paths: {
    '/pagerules': {
      post: {
        operationId: 'createPageRule',
        'x-sdk-method': 'create',
        tags: ['pagerules'],
        requestBody: { required: true, ...json({ type: 'object', required: ['targets'], properties: { targets: { type: 'array', items: ref('Target') } } }) },
        responses: { '200': { description: 'The rule.', ...json({ type: 'object' }) } },
      },
    },
    '/records/{id}': {
      get: { operationId: 'getRecord', 'x-sdk-method': 'get', tags: ['records'], parameters: [{ name: 'id', in: 'path', required: true, schema: text }], responses: { '200': { description: 'The record.', ...json(ref('DnsRecord')) } } },
    },
  },
  components: {
    schemas: {
      // Cloudflare's page-rule target: its one branch declares both fields, optional.
      Target: { required: ['target', 'constraint'], oneOf: [ref('UrlTarget')] },
      UrlTarget: { type: 'object', properties: { target: { type: 'string', enum: ['url'] }, constraint: { type: 'object', required: ['value'], properties: { value: text } } } },
      // Cloudflare's DNS record: a discriminated union of records, each declaring the common fields optional.
      DnsRecord: { required: ['type', 'name'], discriminator: { propertyName: 'type' }, oneOf: [ref('ARecord'), ref('CnameRecord')] },
      ARecord: { type: 'object', properties: { type: { type: 'string', enum: ['A'] }, name: text, content: { type: 'string', format: 'ipv4' } } },
      CnameRecord: { type: 'object', properties: { type: { type: 'string', enum: ['CNAME'] }, name: text, flatten: { type: 'boolean' } } },
      // Inline branches: the field is required in place.
      Shape: { required: ['kind'], anyOf: [{ type: 'object', properties: { kind: text, side: { type: 'number' } } }, { type: 'object', properties: { kind: text, radius: { type: 'number' } } }] },
      // A name no branch declares.
      Loose: { required: ['nowhere'], oneOf: [ref('UrlTarget')] },
    },
  },
};

let out: string;
let stderr: string;

beforeAll(async () => {
  ({ out, stderr } = await generateAndImport(spec, 'required-beside-union-'));
}, 60_000);

function compile(body: readonly string[]): string[] {
  const header = "import type { ARecord, DnsRecord, Shape, Target, UrlTarget } from './src/index.js';";
  return consumerErrors(out, header, body.join('\n'));
}

describe('required beside a union', () => {
  it('requires the names in each branch that declares them', () => {
    const values = [
      "export const a: Target = { target: 'url', constraint: { value: '*example.com/*' } };",
      "export const b: Target = { target: 'url' };",
      'export const c: UrlTarget = {};',
      "export const d = (record: DnsRecord): string => record.name;",
      "export const e = (record: DnsRecord): boolean | undefined => (record.type === 'CNAME' ? record.flatten : undefined);",
      "export const f: DnsRecord = { type: 'A', content: '192.0.2.1' };",
      'export const g = (record: ARecord): string | undefined => record.name;',
      "export const h: Shape = { kind: 'square', side: 2 };",
      'export const i: Shape = { radius: 1 };',
    ];
    expect(compile(values)).toEqual(['TS2322 line 2', 'TS2322 line 6', 'TS2322 line 9']);
  });

  it('gives the required fields in the example call', () => {
    const resource = readFileSync(join(out, 'src/resources/pagerules.ts'), 'utf8');
    const example = /client\.pagerules\.create\(\{[\s\S]*?\}\);/.exec(resource)?.[0] ?? '';
    const target = /targets: \[(\{.*\})\]/.exec(example)?.[1] ?? '';
    expect(target).toContain("target: 'url'");
    expect(target).toMatch(/constraint: \{ value: '[^']+' \}/);
  });

  it('says where a name no branch declares is required', () => {
    expect(stderr).toMatch(/#\/components\/schemas\/Loose\/required: "nowhere" is required, but no branch of the union beside it declares it: left out of the type/);
    expect(stderr).not.toMatch(/#\/components\/schemas\/(Target|DnsRecord|Shape)\/required/);
  });
});
