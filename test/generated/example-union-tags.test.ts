/**
 * An example of a union's first variant gives the fields that tell it from the others (a field fixed to
 * one value that no other variant fixes the same), even when they are optional: Cloudflare's firewall
 * rule gave `configuration: {}`, which shows nothing of what to give and matches every variant of its
 * `oneOf` (a validating server refuses it). Checked on the values the example calls give, and on the
 * README of a generated package, whose examples type-check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleArguments } from '../../generator/emit/example.js';
import type { ApiIR } from '../../generator/ir/types.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { apiOf } from '../helpers/spec.js';
import { generateAndImport } from '../helpers/tree.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const only = (value: string) => ({ type: 'string', enum: [value] });
const body = (field: string, schema: object) => ({ required: true, ...json({ type: 'object', required: [field], properties: { [field]: schema } }) });
const post = (operationId: string, requestBody: object) => ({ post: { operationId, tags: ['rules'], requestBody, responses: { '200': { description: 'ok', ...json({ type: 'object' }) } } } });

const spec = {
  openapi: '3.0.3',
  info: { title: 'Rules', version: '1.0.0' },
  servers: [{ url: 'https://rules.example.com' }],
  paths: {
    '/rules': post('createRule', body('configuration', { oneOf: [ref('IpConfiguration'), ref('CidrConfiguration')] })),
    // The tag's value is one other variants share: it tells nothing, and is left out.
    '/shared': post('createShared', body('configuration', { oneOf: [ref('IpConfiguration'), { type: 'object', properties: { target: only('ip'), note: { type: 'string' } } }] })),
    // A field the server sets is no tag of a request.
    '/stamped': post('createStamped', body('entry', { anyOf: [{ type: 'object', properties: { kind: { ...only('a'), readOnly: true } } }, { type: 'object', properties: { kind: only('b') } }] })),
    // A body that is one of several objects: its fields are params, and the example gives the first's tags.
    '/choice': post('createChoice', { required: true, ...json({ oneOf: [ref('IpConfiguration'), ref('CidrConfiguration')] }) }),
    // One variant: nothing to tell it from.
    '/single': post('createSingle', body('configuration', { oneOf: [ref('IpConfiguration')] })),
    // No tags, but closed variants (Vercel's domains): the first's field the others do not declare tells it apart.
    '/domains': post('createDomain', body('domain', { oneOf: [ref('MoveIn'), ref('TransferIn')] })),
    '/domain-choice': post('chooseDomain', { required: true, ...json({ oneOf: [ref('MoveIn'), ref('TransferIn')] }) }),
    // An open variant takes any field: nothing the first declares is refused by it.
    '/open-domains': post('createOpenDomain', body('domain', { oneOf: [ref('MoveIn'), { type: 'object', required: ['method', 'name'], properties: { method: { type: 'string' }, name: { type: 'string' } } }] })),
  },
  components: {
    schemas: {
      IpConfiguration: { type: 'object', properties: { target: only('ip'), value: { type: 'string' } } },
      CidrConfiguration: { type: 'object', properties: { target: only('ip_range'), value: { type: 'string' } } },
      MoveIn: { type: 'object', additionalProperties: false, required: ['method', 'name'], properties: { method: { type: 'string' }, name: { type: 'string' }, token: { type: 'string', example: 'fdh820' } } },
      TransferIn: { type: 'object', additionalProperties: false, required: ['method', 'name'], properties: { method: { type: 'string' }, name: { type: 'string' }, authCode: { type: 'string' } } },
    },
  },
};

/** The body field the operation's example call (required fields only) gives. */
function given(api: ApiIR, operationId: string, field: string): unknown {
  const args = exampleArguments(api, api.operations.find((op) => op.operationId === operationId)!, false);
  return args.members.find((m) => m.member.name === field)?.value;
}

describe("an example of a union's first variant", () => {
  const api = apiOf(spec);

  it('gives the fields that tell it from the other variants', () => {
    expect(given(api, 'createRule', 'configuration')).toEqual({ target: 'ip' });
  });

  it("gives them among params when the body is one of several objects", () => {
    expect(given(api, 'createChoice', 'target')).toBe('ip');
    expect(given(api, 'createChoice', 'value')).toBeUndefined();
  });

  it('gives, without tags, a field every other variant refuses, being closed: in a value and among params', () => {
    expect(given(api, 'createDomain', 'domain')).toEqual({ method: 'method', name: 'name', token: 'fdh820' });
    expect(given(api, 'chooseDomain', 'token')).toBe('fdh820');
    expect(given(api, 'createOpenDomain', 'domain')).toEqual({ method: 'method', name: 'name' });
  });

  it('leaves out a value other variants share, a field the server sets, and tags of a lone variant', () => {
    expect(given(api, 'createShared', 'configuration')).toEqual({});
    expect(given(api, 'createStamped', 'entry')).toEqual({});
    expect(given(api, 'createSingle', 'configuration')).toEqual({});
  });

  describe('in the generated package', () => {
    let out: string;
    beforeAll(async () => {
      ({ out } = await generateAndImport(spec, 'example-union-tags-'));
    }, 60_000);

    it('shows in the README, and type-checks', () => {
      expect(readFileSync(join(out, 'README.md'), 'utf8')).toContain("configuration: { target: 'ip' },");
      expect(typeCheckExamples(out)).toEqual({ count: 8, errors: '' });
    });
  });
});
