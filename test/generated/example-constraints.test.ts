/**
 * Example calls make up values their schema accepts, not only by type: a date-time is a date-time
 * (`'2019-12-27T18:11:19.117Z'`, as the official docs write it), a `per_page` of at least 5 is 5, a list of
 * at least two has two, a list of unique values repeats none. A validating server refuses `per_page: 0`,
 * and a user who copies the example meets a 400 first. The values are checked by `constraintViolations`,
 * written apart from the generator (formats with `Date` and `URL`), on a spec of every case and on
 * Cloudflare's and GitHub's published specs (601 and 113 values broke their schema before, patterns counted).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { exampleArguments } from '../../generator/emit/example.js';
import { readFromDisk } from '../../generator/io/fs-read.js';
import { modelByKey } from '../../generator/ir/model-lookup.js';
import type { ApiIR, SchemaIR } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { buildApi } from '../../generator/pipeline.js';
import { bodySchemaViolations } from '../helpers/body-schema-check.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { runExamples } from '../helpers/run-examples.js';
import { packageRuns, wireProblemsOf } from '../helpers/wire-check.js';
import { readSpecDocument } from '../helpers/spec-documents.js';
import { apiOf } from '../helpers/spec.js';
import { generateAndImport, scratchDir } from '../helpers/tree.js';
import { constraintViolations } from '../helpers/value-constraints.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ok = { '200': { description: 'ok', ...json({ type: 'object' }) } };
const query = (name: string, schema: object) => ({ name, in: 'query', required: true, schema });

const spec = {
  openapi: '3.1.0',
  info: { title: 'Events', version: '1.0.0' },
  servers: [{ url: 'https://events.example.com' }],
  paths: {
    '/events/{event_id}': {
      get: {
        operationId: 'listEvents',
        tags: ['events'],
        parameters: [
          { name: 'event_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          query('since', { type: 'string', format: 'date-time' }),
          query('day', { type: 'string', format: 'date' }),
          query('page', { type: 'integer', minimum: 1 }),
          query('per_page', { type: 'integer', minimum: 5, maximum: 50 }),
          query('below', { type: 'integer', maximum: -3 }),
          query('ratio', { type: 'number', exclusiveMinimum: 0, maximum: 1 }),
          query('cents', { type: 'number', minimum: 0.05, multipleOf: 0.05 }),
          query('tags', { type: 'array', items: { type: 'string' }, minItems: 3, uniqueItems: true }),
          query('one_tag', { type: 'array', items: { type: 'string' }, maxItems: 1 }),
          query('colours', { type: 'array', items: { $ref: '#/components/schemas/Colour' }, minItems: 2, uniqueItems: true }),
          // Unique uuids: the second one a uuid too, not a numbered copy (iZettle's tax rates).
          query('rates', { type: 'array', items: { type: 'string', format: 'uuid' }, uniqueItems: true }),
          // Unique items of a one-value list: one item, even where the call fills two (Twitter's `expansions`).
          query('expansions', { type: 'array', items: { type: 'string', enum: ['owner_id'] }, uniqueItems: true }),
          query('version', { type: 'string', pattern: '^\\d+\\.\\d+\\.\\d+$' }),
          query('commit', { type: 'string', pattern: '^[0-9a-f]{40}$' }),
          query('released', { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
          query('slug', { type: 'string', pattern: '^[a-z]+$' }),
          query('key', { type: 'string', pattern: '^ssh-(rsa|ed25519) ' }),
          // The shortest match is empty, too short: open quantifiers repeat to the minLength.
          query('card', { type: 'string', pattern: '^[0-9]*$', minLength: 2, maxLength: 22 }),
          query('offer', { type: 'string', pattern: '^[A-Z0-9]*$', minLength: 2 }),
          // Four open quantifiers: repeating each to the minLength would pass the maxLength (AWS FSx's NIDs).
          query('nid', { type: 'string', pattern: '^([0-9\\[\\]\\-]*\\.){3}([0-9\\[\\]\\-]*)@tcp$', minLength: 11, maxLength: 43 }),
          // A lookahead after the prefix asks for the service and the account (AWS FSx's ARNs).
          query('arn', { type: 'string', pattern: '^arn:(?=[^:]+:fsx:[^:]+:\\d{12}:)((|(?=[a-z0-9-.]{1,63})(?!\\d{1,3}(\\.\\d{1,3}){3})(?![^:]*-{2})(?![^:]*-\\.)(?![^:]*\\.-)[a-z0-9].*(?<!-)):){4}(?!/).{0,1024}$' }),
          // A format and a pattern: a value both take (loket.nl's upper-case uuid, optimade's versioned URL, the shortest).
          query('ref', { type: 'string', format: 'uuid', pattern: '^[{(]?[0-9A-F]{8}[-]?([0-9A-F]{4}[-]?){3}[0-9A-F]{12}[)}]?$' }),
          query('versioned', { type: 'string', format: 'uri', pattern: '.+/v[0-1](\\.[0-9]+)*/?$' }),
          query('legacy_id', { type: 'string', format: 'uuid', pattern: '^[0-9]{8}-' }),
          // Only a tab would match: an example sends no control character (it would end a header), so the name.
          query('tabbed', { type: 'string', pattern: '^\\t$' }),
          // An enum value the length beside refuses is never valid: the first one that fits.
          query('size', { type: 'string', enum: ['LARGE', 'S', 'M'], maxLength: 1 }),
          // Listed values of another type than `type` are never valid, nor is a default among them: a string listed.
          query('level', { type: 'string', enum: [1, 'none', 2], default: 1 }),
          // Bounds beside a union hold for its variants (Cloudflare's origin port); so does an example beside it.
          query('port', { anyOf: [{ type: 'integer' }, { type: 'string' }], minimum: 1, maximum: 65535 }),
          query('origin_port', { anyOf: [{ type: 'integer' }, { type: 'string' }], minimum: 1, example: 22 }),
          // Without an example, the default, the value the server assumes (an empty string says nothing: made up).
          query('limit', { type: 'integer', minimum: 1, default: 20 }),
          query('format', { type: 'string', default: 'json', example: 'csv' }),
          // An example its format cannot read is made up instead: a server parses a date, and refuses this one.
          query('after', { type: 'string', format: 'date-time', example: '2007-10-29 02:42:39' }),
          // Beside a pattern it meets, which says what the server takes, it is sent as written.
          query('before', { type: 'string', format: 'date-time', pattern: '^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d$', example: '2007-10-29 02:42' }),
          query('sort', { type: 'string', default: '' }),
          // An example its constraints refuse, a server that checks refuses too: made up within them (velopayments'
          // phone numbers, Cloudflare's continuation token past its maxLength), as is such a default.
          query('phone', { type: 'string', pattern: '^\\+[1-9]\\d{1,14}$', example: '11235555555' }),
          query('token', { type: 'string', maxLength: 8, example: 'iD0bxlWFSVUWsDHbzIqvDkgBW4otifAA' }),
          query('pages', { type: 'integer', minimum: 1, default: 0 }),
          { name: 'Accept', in: 'header', required: true, schema: { type: 'string', default: 'application/json' } },
          // An example or a default beside a `$ref` says it for this value, before the schema it names.
          query('region', { $ref: '#/components/schemas/Region', example: 'eu' }),
          query('unit', { $ref: '#/components/schemas/Unit', default: 'cm' }),
        ],
        responses: ok,
      },
      post: {
        operationId: 'createEvent',
        tags: ['events'],
        parameters: [{ name: 'event_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        requestBody: {
          required: true,
          ...json({
            type: 'object',
            required: ['callback_url', 'contact', 'host', 'v4', 'v6', 'payload', 'code', 'nickname', 'window', 'tags', 'labels', 'pem'],
            properties: {
              callback_url: { type: 'string', format: 'uri' },
              contact: { type: 'string', format: 'email' },
              host: { type: 'string', format: 'hostname' },
              v4: { type: 'string', format: 'ipv4' },
              v6: { type: 'string', format: 'ipv6' },
              payload: { type: 'string', format: 'byte' },
              code: { type: 'string', minLength: 8 },
              nickname: { type: 'string', maxLength: 4 },
              window: { type: 'object', required: ['start'], properties: { start: { type: 'string', format: 'time' } } },
              // AWS's tag maps: at least one entry; an object's optional fields come first.
              tags: { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
              labels: { type: 'object', minProperties: 2, properties: { colour: { type: 'string' }, size: { type: 'integer' }, shape: { type: 'string' } } },
              // A line break in a body is no header's end: made where the pattern asks for one (AWS WorkLink's certificates).
              pem: { type: 'string', pattern: '^-{5}BEGIN KEY-{5}\\r?\\n[A-Za-z0-9/+]{1,64}\\r?\\n-{5}END KEY-{5}$' },
              // Open at its end, but ending on a closing delimiter: the name does not follow it.
              cert: { type: 'string', pattern: '-----BEGIN CERT-----' },
              // Anchored at its end, with lookaheads (Azure's passwords): what it asks, without the name.
              password: { type: 'string', pattern: '^(?=.*[a-z])(?=.*[A-Z])(?=.*[!@#$%^&*()])[a-zA-Z\\d!@#$%^&*()]{12,123}$' },
              // The spec's own example below the minimum: a server that checks refuses it, so one within is made up
              // (`example-invalid` tells the author which to mend).
              retries: { type: 'integer', minimum: 1, example: 0 },
              // A list's own example gives its first items (Vonage's stream URLs), each read in the item's type…
              stream_url: { type: 'array', items: { type: 'string', format: 'uri' }, example: ['https://example.com/waiting.mp3'] },
              ports: { type: 'array', items: { type: 'integer' }, example: ['8080', 443] },
              // …but not where an item breaks the item's schema: made up, as without an example.
              hosts: { type: 'array', items: { type: 'string', maxLength: 4 }, example: ['toolong'] },
              shades: { type: 'array', items: { $ref: '#/components/schemas/Colour' }, example: ['green', 'purple'] },
            },
          }),
        },
        responses: ok,
      },
    },
  },
  components: { schemas: { Colour: { type: 'string', enum: ['red', 'red', 'green', 'blue'] }, Region: { type: 'string', example: 'us' }, Unit: { type: 'string' } } },
};

const lookupOf = (api: ApiIR) => (key: string) => modelByKey(api, key)?.schema;

/** Every value of every example call (the user's, and the tests' with every parameter), with its schema. */
function exampleValues(api: ApiIR): { where: string; schema: SchemaIR; value: unknown }[] {
  return api.operations.flatMap((op) =>
    [false, true].flatMap((every) => {
      const args = exampleArguments(api, op, every);
      return [
        ...args.positional.map((p) => ({ where: `${op.operationId} ${p.parameter.name}`, schema: p.parameter.schema, value: p.value })),
        ...args.members.map((m) => ({ where: `${op.operationId} ${m.member.name}`, schema: m.member.schema, value: m.value })),
      ];
    }),
  );
}

function violationsOf(api: ApiIR): string[] {
  const lookup = lookupOf(api);
  return exampleValues(api).flatMap(({ where, schema, value }) => constraintViolations(schema, value, lookup).map((v) => `${where}${v.at}: ${v.message}`));
}

/** The member values of an operation's example call with every parameter, by name. */
function everyValue(api: ApiIR, operationId: string): Record<string, unknown> {
  const args = exampleArguments(api, api.operations.find((op) => op.operationId === operationId)!, true);
  return Object.fromEntries([...args.positional.map((p) => [p.parameter.name, p.value]), ...args.members.map((m) => [m.member.name, m.value])]);
}

describe('made-up example values within their schema', () => {
  const api = apiOf(spec);

  it('take a value of their format, within their bounds and lengths, with as many items as allowed', () => {
    expect(everyValue(api, 'listEvents')).toEqual({
      event_id: '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e',
      since: '2019-12-27T18:11:19.117Z',
      day: '2019-12-27',
      page: 1,
      per_page: 5,
      below: -3,
      ratio: 1,
      cents: 0.05,
      tags: ['string', 'string2', 'string3'],
      one_tag: ['string'],
      colours: ['red', 'green'],
      expansions: ['owner_id'],
      rates: ['182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', '182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26f'],
      // A pattern: made from it, or a documentation value it takes, or the name when it matches.
      version: '0.0.0',
      commit: '0'.repeat(40),
      released: '2019-12-27',
      slug: 'slug',
      key: 'ssh-rsa key',
      card: '00',
      offer: 'AA',
      nid: '0.0.0.0@tcp',
      arn: 'arn:a:fsx:a:000000000000:',
      ref: '182BD5E5-6E1A-4FE4-A799-AA6D9A6AB26E',
      versioned: 'https://example.com/a/v0',
      legacy_id: '00000000-aaaa-aaaa-aaaa-aaaaaaaaaaaa',
      tabbed: 'tabbed',
      size: 'S',
      level: 'none',
      port: 1,
      origin_port: 22,
      limit: 20,
      format: 'csv',
      after: '2019-12-27T18:11:19.117Z',
      before: '2007-10-29 02:42',
      sort: 'sort',
      phone: '+10',
      token: 'token',
      pages: 1,
      Accept: 'application/json',
      region: 'eu',
      unit: 'cm',
    });
    expect(everyValue(api, 'createEvent')).toMatchObject({
      callback_url: 'https://example.com',
      contact: 'user@example.com',
      host: 'example.com',
      v4: '192.0.2.1',
      v6: '2001:db8::1',
      payload: 'ZXhhbXBsZQ==',
      code: 'codecode',
      nickname: 'nick',
      window: { start: '18:11:19.117Z' },
      tags: { key: 'key' },
      labels: { colour: 'colour', size: 0 },
      pem: '-----BEGIN KEY-----\nA\n-----END KEY-----',
      cert: '-----BEGIN CERT-----',
      password: 'aA!aaaaaaaaa',
      retries: 1,
      stream_url: ['https://example.com/waiting.mp3', 'https://example.com'],
      ports: [8080, 443],
      hosts: ['stri', 'stri'],
      shades: ['red', 'red'],
    });
  });

  it('break none of their constraints (but a pattern only a control character meets), by a check that finds what the values used to break', () => {
    // Only the tab's pattern, left unmet rather than send a control character (in both calls: it is required).
    expect(violationsOf(api)).toEqual(['listEvents tabbed: "tabbed" does not match ^\\t$', 'listEvents tabbed: "tabbed" does not match ^\\t$']);
    // The checker is not blind: the values the examples gave before break these constraints.
    const lookup = lookupOf(api);
    const list = api.operations.find((op) => op.operationId === 'listEvents')!;
    const schemaOf = (name: string) => list.parameters.find((p) => p.name === name)!.schema;
    expect(constraintViolations(schemaOf('since'), 'since', lookup)).toHaveLength(1);
    expect(constraintViolations(schemaOf('per_page'), 0, lookup)).toHaveLength(1);
    expect(constraintViolations(schemaOf('colours'), ['red', 'red'], lookup)).toHaveLength(1);
    expect(constraintViolations(schemaOf('event_id'), 'event_id', lookup)).toHaveLength(1);
    expect(constraintViolations(schemaOf('version'), 'version', lookup)).toHaveLength(1);
    expect(constraintViolations(schemaOf('arn'), 'arn', lookup)).toHaveLength(1);
    // A value the pattern takes and the format does not: what those with both got before.
    expect(constraintViolations(schemaOf('ref'), '00000000000000000000000000000000', lookup)).toHaveLength(1);
    expect(constraintViolations(schemaOf('versioned'), 'a/v0', lookup)).toHaveLength(1);
    expect(constraintViolations(schemaOf('port'), 0, lookup)).toHaveLength(1);
    const create = api.operations.find((op) => op.operationId === 'createEvent')!;
    const bodyField = (name: string) => (create.requestBody!.schema as Extract<SchemaIR, { kind: 'object' }>).properties.find((p) => p.name === name)!.schema;
    expect(constraintViolations(bodyField('tags'), {}, lookup)).toHaveLength(1);
    // Java's POSIX classes, as Java reads them (AWS's patterns): no value matched them before.
    const java: SchemaIR = { kind: 'string', constraints: { pattern: '^[\\p{Alnum}_]+$' }, origin: create.origin };
    expect([constraintViolations(java, 'web_1', lookup), constraintViolations(java, 'web-1', lookup)].map((v) => v.length)).toEqual([0, 1]);
  });

  describe('in the generated package', () => {
    let out: string;
    beforeAll(async () => {
      ({ out } = await generateAndImport(spec, 'example-constraints-'));
    }, 60_000);

    it("show in the README's example calls", () => {
      const readme = readFileSync(join(out, 'README.md'), 'utf8');
      expect(readme).toContain("client.events.listEvents('182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e', {");
      expect(readme).toContain("since: '2019-12-27T18:11:19.117Z'");
      expect(readme).toContain('per_page: 5,');
      expect(readme).toContain("callback_url: 'https://example.com'");
      expect(readme).toMatch(/\| `tags` \| body \|[^\n]*\| At least 1 field\. \|/);
    });

    it('type-check, in the README and in the JSDoc', () => {
      expect(typeCheckExamples(out)).toEqual({ count: 2, errors: '' });
    });
  });
});

describe('made-up example values deep inside a body', () => {
  // Nine objects deep, each requiring the next and holding an optional note (Magento's quote items); the last requires a list of at least one (QuickSight's).
  const level = (n: number): object =>
    n === 9 ? { type: 'object', required: ['id', 'tags'], properties: { id: { type: 'string' }, note: { type: 'string' }, tags: { type: 'array', minItems: 1, items: { type: 'string' } }, more: { type: 'array', items: { type: 'string' } } } } : { type: 'object', required: [`l${n + 1}`], properties: { [`l${n + 1}`]: level(n + 1), note: { type: 'string' } } };
  const deep = {
    openapi: '3.0.3',
    info: { title: 'Deep', version: '1.0.0' },
    paths: { '/quotes': { post: { operationId: 'createQuote', tags: ['quotes'], requestBody: { required: true, ...json(level(0)) }, responses: ok } } },
  };

  it('give the fields each object requires, at any depth, and optional ones only near the top', () => {
    const api = apiOf(deep);
    const op = api.operations[0]!;
    const path = ['l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8', 'l9'];
    for (const every of [false, true]) {
      const top = exampleArguments(api, op, every).members.find((m) => m.member.name === 'l1')!.value;
      const innermost = path.reduce((value, key) => (value as Record<string, unknown>)[key], top) as Record<string, unknown>;
      expect(innermost).toEqual({ id: 'id', tags: ['string'] });
    }
    const everyTop = exampleArguments(api, op, true).members.find((m) => m.member.name === 'l1')!.value as Record<string, unknown>;
    expect(everyTop['note']).toBe('note');
  });
});

describe('an example call of a flattened body that must hold some fields', () => {
  // Every field optional, but at least two asked for (webflow's PATCH bodies ask for one so).
  const patch = {
    openapi: '3.0.3',
    info: { title: 'Assets', version: '1.0.0' },
    servers: [{ url: 'https://assets.example.com' }],
    paths: {
      '/assets/{id}': {
        patch: {
          operationId: 'updateAsset',
          tags: ['assets'],
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, query('dry_run', { type: 'boolean' })],
          requestBody: { required: true, ...json({ $ref: '#/components/schemas/AssetPatch' }) },
          responses: ok,
        },
      },
    },
    components: { schemas: { AssetPatch: { type: 'object', minProperties: 2, additionalProperties: false, properties: { name: { type: 'string' }, notes: { type: 'string' }, colour: { type: 'string' } } } } },
  };

  it('gives its first optional fields, as many as minProperties asks, and the server takes the body', async () => {
    const api = apiOf(patch);
    expect(exampleArguments(api, api.operations[0]!).members.map((m) => m.member.name)).toEqual(['dry_run', 'colour', 'name']);
    const { out, spec: file } = await generateAndImport(patch, 'example-min-fields-');
    expect(bodySchemaViolations(readSpecDocument(file), await runExamples(out))).toEqual([]);
  }, 60_000);
});

describe('an example call with every parameter, of a field that holds at most some of its fields', () => {
  // Jira's JSON node: 36 optional fields named, at most 10 held; a required one counts among them.
  const fields = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}`, { type: 'boolean' }]));
  const node = { type: 'object', maxProperties: 3, required: ['f11'], additionalProperties: false, properties: fields };
  const doc = {
    openapi: '3.0.3',
    info: { title: 'Issues', version: '1.0.0' },
    paths: { '/properties': { post: { operationId: 'setProperties', tags: ['issues'], requestBody: { required: true, ...json({ type: 'object', properties: { node } }) }, responses: ok } } },
  };

  it('gives its required fields, then its first optional ones, no more than maxProperties', () => {
    const api = apiOf(doc);
    const value = exampleArguments(api, api.operations[0]!, true).members.find((m) => m.member.name === 'node')!.value;
    expect(Object.keys(value as object)).toEqual(['f11', 'f0', 'f1']);
  });
});

describe('an example call with every parameter, of a body that must hold one of several sets of fields', () => {
  // urlbox's render request: a page's `url` or its `html`, in a `oneOf`, which refuses a body holding both.
  const render = {
    openapi: '3.0.3',
    info: { title: 'Render', version: '1.0.0' },
    paths: { '/render': { post: { operationId: 'render', tags: ['render'], requestBody: { required: true, ...json({ $ref: '#/components/schemas/RenderRequest' }) }, responses: ok } } },
    components: { schemas: { RenderRequest: { type: 'object', properties: { url: { type: 'string' }, html: { type: 'string' }, format: { type: 'string' } }, oneOf: [{ required: ['url'] }, { required: ['html'] }] } } },
  };

  it("fills the first set's and every other field, not those only the other sets require", () => {
    const api = apiOf(render);
    const names = (every: boolean) => exampleArguments(api, api.operations[0]!, every).members.map((m) => m.member.name).sort();
    expect(names(true)).toEqual(['format', 'url']);
    expect(names(false)).toEqual(['url']);
  });
});

describe('a flattened body whose fields a union beside narrows', () => {
  // webflow's execution patch: `status` is any string in the fields, one of a few in each `anyOf` branch;
  // the first branch also narrows `note`, which the second leaves as the fields declare it.
  const status = (values: string[], more = {}) => ({ type: 'object', properties: { status: { type: 'string', enum: values }, ...more } });
  const patch = {
    openapi: '3.0.3',
    info: { title: 'Executions', version: '1.0.0' },
    servers: [{ url: 'https://executions.example.com' }],
    paths: { '/executions/{id}': { patch: { operationId: 'updateExecution', tags: ['executions'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], requestBody: { required: true, ...json({ $ref: '#/components/schemas/ExecutionPatch' }) }, responses: ok } } },
    components: {
      schemas: {
        ExecutionPatch: {
          type: 'object',
          additionalProperties: false,
          properties: { status: { type: 'string' }, note: { type: 'string' } },
          anyOf: [status(['succeeded'], { note: { type: 'string', enum: ['done'] } }), status(['failed', 'rejected'])],
        },
      },
    },
  };

  it("types a field every branch narrows as some branch allows it, and the call with every parameter sends the first branch's values", async () => {
    const { out, spec: file } = await generateAndImport(patch, 'example-narrowed-');
    const header = "import { ExecutionsClient } from './src/index.js';\ndeclare const client: ExecutionsClient;";
    const calls = ["void client.executions.updateExecution('e1', { status: 'failed', note: 'n' });", "void client.executions.updateExecution('e1', { status: 'done' });"];
    // No overload takes `'done'`, a value no branch allows.
    expect(consumerErrors(out, header, calls.join('\n'))).toEqual(['TS2769 line 2']);
    const api = apiOf(patch);
    expect(exampleArguments(api, api.operations[0]!, true).members.map((m) => [m.member.name, m.value])).toEqual([['note', 'done'], ['status', 'succeeded']]);
    const every = await packageRuns(file, out, true);
    expect(bodySchemaViolations(every.spec, every.runs)).toEqual([]);
  }, 60_000);
});

describe('an example call of parameters the spec leaves open', () => {
  // sinao's: a `type` misspelled (`x-ype`), and a list of templates whose items say nothing; both required.
  const open = {
    openapi: '3.0.3',
    info: { title: 'Imports', version: '1.0.0' },
    servers: [{ url: 'https://imports.example.com' }],
    paths: {
      '/imports/{kind}': {
        post: {
          operationId: 'launchImport',
          tags: ['imports'],
          parameters: [
            { name: 'kind', in: 'path', required: true, schema: {} },
            query('public_key', { 'x-ype': 'string' }),
            query('data', { type: 'array', items: {} }),
            { name: 'X-Trace', in: 'header', required: true, schema: {} },
          ],
          requestBody: { required: true, ...json({ type: 'object', required: ['options'], properties: { options: {} } }) },
          responses: ok,
        },
      },
    },
  };

  it('gives them text, which the request carries, and a body field the spec leaves open an object', async () => {
    const api = apiOf(open);
    const args = exampleArguments(api, api.operations[0]!);
    expect(Object.fromEntries(args.members.map((m) => [m.member.name, m.value]))).toEqual({ public_key: 'public_key', data: ['string'], 'X-Trace': 'X-Trace', options: {} });
    const { out, spec: file } = await generateAndImport(open, 'example-open-params-');
    const runs = await runExamples(out);
    expect(runs).toHaveLength(1);
    expect(wireProblemsOf(readSpecDocument(file), runs)).toEqual([]);
  }, 60_000);
});

describe("published specs' example calls", () => {
  function apiFromFile(path: string): ApiIR {
    const loaded = loadSpec(path, readFromDisk, { lenient: true });
    if (!loaded.ok) throw new Error(`${path} did not load`);
    return buildApi(loaded.spec, { lenient: true }).api;
  }

  it("break none of their schemas' constraints: Cloudflare 2024 (601 values did) and GitHub (113 did)", () => {
    const dir = scratchDir('example-constraints-real-');
    const cloudflare = join(dir, 'cloudflare.json');
    writeFileSync(cloudflare, gunzipSync(readFileSync('../shared/real-specs/cloudflare-2024-08.openapi.json.gz')));
    const github = 'node_modules/@octokit/openapi/generated/api.github.com.json';
    for (const path of [cloudflare, github]) {
      const api = apiFromFile(path);
      expect(exampleValues(api).length).toBeGreaterThan(7000);
      expect(violationsOf(api)).toEqual([]);
    }
  }, 120_000);
});
