/**
 * A `oneOf`/`anyOf` beside an object's own fields or an `allOf` (JSON Schema applies both): the type is
 * the object and one of the branches, a branch that only lists required names gets their declarations,
 * and a request whose branches only require declared fields flattens them into `params`, the branches
 * said in the type's doc. Checked by compiling code against the generated package and by calls to a
 * loopback server; the spec's slips (a branch of another kind of value, property schemas listed as
 * branches, a required name nothing declares) by their located warnings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ok = { '200': { description: 'ok', ...json({ type: 'object' }) } };
const strings = { type: 'array', items: { type: 'string' } };

const spec = {
  openapi: '3.0.3',
  info: { title: 'Apps', version: '1.0.0' },
  servers: [{ url: 'https://apps.example.com' }],
  paths: {
    '/apps': { post: { operationId: 'create', tags: ['apps'], requestBody: { required: true, ...json(ref('AppCreate')) }, responses: { '200': { description: 'The app.', ...json(ref('AppCreate')) } } } },
    '/items': { post: { operationId: 'add', tags: ['items'], requestBody: { required: true, ...json(ref('ItemAdd')) }, responses: ok } },
    '/rates': { post: { operationId: 'rate', tags: ['rates'], requestBody: { required: true, ...json(ref('RateRequest')) }, responses: ok } },
    '/lists': { get: { operationId: 'list', tags: ['lists'], responses: { '200': { description: 'An item.', ...json(ref('ListItem')) } } } },
  },
  components: {
    schemas: {
      // Cloudflare's Magic app: name and type required, and hostnames or subnets.
      AppCreate: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, hostnames: strings, ip_subnets: strings },
        anyOf: [{ required: ['hostnames'] }, { required: ['ip_subnets'] }],
      },
      // GitHub's project item: an id, or owner, repo and number together; the second branch names an undeclared field.
      ItemAdd: {
        type: 'object',
        additionalProperties: false,
        required: ['type'],
        properties: { type: { type: 'string', enum: ['Issue', 'PullRequest'] }, id: { type: 'integer' }, owner: { type: 'string' }, repo: { type: 'string' }, number: { type: 'integer' } },
        oneOf: [{ required: ['id'] }, { required: ['owner', 'repo', 'number'] }, { required: ['undeclared_field'] }],
      },
      // ShipEngine's rate request: options from an allOf, and a shipment given one of two ways.
      RateRequest: { allOf: [ref('RateOptions')], oneOf: [ref('ByShipmentId'), ref('ByShipment')] },
      RateOptions: { type: 'object', required: ['carrier_ids'], properties: { carrier_ids: strings } },
      ByShipmentId: { type: 'object', required: ['shipment_id'], properties: { shipment_id: { type: 'string' } } },
      ByShipment: { type: 'object', required: ['shipment'], properties: { shipment: { type: 'object', properties: { weight: { type: 'number' } } } } },
      // GitHub's Pages update: a branch requires a field nothing declares, which an open object may hold.
      OpenItem: { type: 'object', properties: { cname: { type: 'string' } }, anyOf: [{ required: ['cname'] }, { required: ['public'] }] },
      // Cloudflare's list item: its oneOf lists the schemas of its properties.
      ListItem: {
        type: 'object',
        properties: { ip: ref('ItemIp'), redirect: ref('ItemRedirect'), comment: { type: 'string' } },
        oneOf: [ref('ItemIp'), ref('ItemRedirect')],
      },
      ItemIp: { type: 'string' },
      ItemRedirect: { type: 'object', required: ['source_url'], properties: { source_url: { type: 'string' } } },
      // A branch no object can match, beside fields.
      Tagged: { type: 'object', properties: { tag: { type: 'string' } }, oneOf: [{ type: 'string' }, { required: ['tag'] }] },
      // Cloudflare's Magic app config: an allOf part that is only an anyOf of required names another part declares.
      AppConfig: {
        allOf: [
          { oneOf: [{ type: 'object', required: ['app_id'], properties: { app_id: { type: 'string' } } }, { type: 'object', required: ['managed_id'], properties: { managed_id: { type: 'string' } } }] },
          { anyOf: [{ required: ['breakout'] }, { required: ['priority'] }] },
          { type: 'object', properties: { breakout: { type: 'boolean' }, priority: { type: 'integer' } } },
        ],
      },
      // The inheritance style: the base lists its variants, which extend it.
      Pet: { type: 'object', required: ['petType'], properties: { petType: { type: 'string' } }, discriminator: { propertyName: 'petType' }, oneOf: [ref('Cat'), ref('Dog')] },
      Cat: { allOf: [ref('Pet'), { type: 'object', required: ['meows'], properties: { meows: { type: 'boolean' } } }] },
      Dog: { allOf: [ref('Pet'), { type: 'object', required: ['barks'], properties: { barks: { type: 'boolean' } } }] },
      // A union of objects inside an allOf: `Base & (A | B)`, not `(Base & A) | B`.
      Shipped: { allOf: [ref('RateOptions'), { oneOf: [{ type: 'object', required: ['a'], properties: { a: { type: 'string' } } }, { type: 'object', required: ['b'], properties: { b: { type: 'string' } } }] }] },
      // Cloudflare's lockdown: a list, beside a union of objects that belongs in its items.
      Lockdown: {
        type: 'object',
        properties: {
          configurations: { type: 'array', items: { anyOf: [ref('IpConfiguration'), ref('CidrConfiguration')] }, anyOf: [ref('IpConfiguration'), ref('CidrConfiguration')] },
          // A union of lists beside a list says which list: kept.
          values: { type: 'array', oneOf: [{ items: { type: 'string' } }, { items: { type: 'number' } }] },
          // Docker's `Cmd`: `items` beside a union of a list and a string says what the list holds.
          command: { items: { type: 'string' }, oneOf: [{ type: 'array', items: {} }, { type: 'string' }] },
          codes: { items: { enum: [1, 2] }, anyOf: [{ type: 'array', items: { type: 'number' } }, { type: 'number' }] },
          // GitHub Enterprise 3.4's status-check contexts: a list, beside a union of an object and a list.
          contexts: { type: 'array', items: { type: 'string' }, oneOf: [{ type: 'object', required: ['contexts'], properties: { contexts: strings } }, strings] },
          // A number beside integers: some values are both, so no branch is left out.
          count: { type: 'integer', oneOf: [{ type: 'number', multipleOf: 2 }, { type: 'integer', minimum: 10 }] },
        },
      },
      IpConfiguration: { properties: { target: { type: 'string', enum: ['ip'] }, value: { type: 'string' } }, title: 'An IP address.' },
      CidrConfiguration: { properties: { target: { type: 'string', enum: ['ip_range'] }, value: { type: 'string' } } },
      // Zaraz's history entry: an inline allOf part marked nullable makes the value nullable.
      HistoryEntry: { allOf: [ref('RateOptions'), { nullable: true, type: 'object', required: ['config'], properties: { config: { type: 'string' } } }] },
    },
  },
};

type Module = { AppsClient: new (options: object) => { apps: { create(params: object): Promise<unknown> }; rates: { rate(params: object): Promise<unknown> } } };
let out: string;
let stderr: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, module, stderr } = await generateAndImport<Module>(spec, 'union-beside-'));
  server = await startApiServer((request) => ({ status: 200, body: request.body }));
}, 60_000);

afterAll(() => server?.close());

function compile(body: readonly string[]): string[] {
  const header = "import type { AppCreate, AppConfig, HistoryEntry, ItemAdd, ListItem, Lockdown, OpenItem, Pet, RateRequest, Shipped, Tagged } from './src/index.js';\nimport { AppsClient } from './src/index.js';\ndeclare const client: AppsClient;";
  return consumerErrors(out, header, body.join('\n'));
}

describe('a union beside an object’s fields', () => {
  it('is the object and one of the branches, each branch requiring the fields the object declares', () => {
    const values = [
      "export const a: AppCreate = { name: 'app', hostnames: ['example.com'] };",
      "export const b: AppCreate = { name: 'app', ip_subnets: ['192.0.2.0/24'] };",
      "export const c: AppCreate = { name: 'app' };",
      "export const d: AppCreate = { hostnames: ['example.com'] };",
      "export const e: ItemAdd = { type: 'Issue', owner: 'o', repo: 'r', number: 1 };",
      "export const f: ItemAdd = { type: 'Issue', owner: 'o', repo: 'r' };",
      "export const g = (app: AppCreate): string => app.name;",
      "export const h: AppCreate = { name: 'app', hostnames: [1] };",
      "export const i: OpenItem = { public: true };",
      'export const j: OpenItem = {};',
      "export const k: ItemAdd = { type: 'Issue', undeclared_field: 1 };",
    ];
    expect(compile(values)).toEqual(['TS2322 line 3', 'TS2322 line 4', 'TS2322 line 6', 'TS2322 line 8', 'TS2322 line 10', 'TS2353 line 11']);
  });

  it('joins an allOf beside it, and a union part of an allOf gets the declarations of the other parts', () => {
    const values = [
      "export const a: RateRequest = { carrier_ids: ['c'], shipment_id: 's' };",
      "export const b: RateRequest = { carrier_ids: ['c'], shipment: { weight: 1 } };",
      "export const c: RateRequest = { shipment_id: 's' };",
      "export const d: RateRequest = { carrier_ids: ['c'] };",
      "export const e: AppConfig = { app_id: 'a', breakout: true };",
      "export const f: AppConfig = { app_id: 'a' };",
      "export const g: AppConfig = { app_id: 'a', priority: 'high' };",
    ];
    expect(compile(values)).toEqual(['TS2322 line 3', 'TS2322 line 4', 'TS2322 line 6', 'TS2322 line 7']);
  });

  it('reads property schemas listed as branches as "one of these properties", and leaves out a branch no object matches', () => {
    const values = [
      "export const a: ListItem = { ip: '192.0.2.1', comment: 'home' };",
      "export const b: ListItem = { redirect: { source_url: 'a' } };",
      "export const c: ListItem = { comment: 'neither' };",
      "export const d = (item: ListItem): string | undefined => item.comment;",
      "export const e: Tagged = { tag: 't' };",
      "export const f: Tagged = 'text';",
    ];
    expect(compile(values)).toEqual(['TS2322 line 3', 'TS2322 line 6']);
  });

  it('is the list beside it when its branches only say what an object holds; keeps, last, a branch the type beside refuses', () => {
    const values = [
      "export const a: Lockdown = { configurations: [{ target: 'ip', value: '192.0.2.1' }, { target: 'ip_range', value: '192.0.2.0/24' }] };",
      "export const b: Lockdown = { configurations: { target: 'ip', value: '192.0.2.1' } };",
      "export const c: Lockdown = { values: ['a', 'b'] };",
      "export const d: Lockdown = { values: ['a', 1] };",
      "export const e: Lockdown = { contexts: ['ci'], count: 12 };",
      "export const f: Lockdown = { contexts: { contexts: ['ci'] } };",
      "export const g: Lockdown = { contexts: 'ci' };",
    ];
    expect(compile(values)).toEqual(['TS2353 line 2', 'TS2322 line 4', 'TS2322 line 7']);
    expect(stderr).toContain(
      '#/components/schemas/Lockdown/properties/contexts/oneOf/0: this branch is an object, but the schema beside its union is an array: no value is both, so none matches the branch as written; kept in the type (the `type` beside may be the slip), after the branches it allows, which example calls take',
    );
    expect(stderr).not.toContain('#/components/schemas/Lockdown/properties/count/oneOf');
    expect(stderr).toContain(
      '#/components/schemas/Lockdown/properties/configurations/anyOf: the branches of this anyOf only say what an object holds, and the schema beside it is an array, which every branch allows: the type is the array (do the branches belong in `items`?)',
    );
    expect(stderr).not.toContain('#/components/schemas/Lockdown/properties/values/oneOf');
  });

  it('narrows its list branches by the `items` beside it', () => {
    const values = [
      "export const a: Lockdown = { command: ['ls', '-l'], codes: [1, 2] };",
      "export const b: Lockdown = { command: 'ls -l', codes: 3 };",
      'export const c: Lockdown = { command: [{}] };',
      'export const d: Lockdown = { codes: [3] };',
    ];
    expect(compile(values)).toEqual(['TS2322 line 3', 'TS2322 line 4']);
  });

  it('keeps a base its variants extend as their union, narrowed by the discriminator', () => {
    const values = [
      "export const a: Pet = { petType: 'Cat', meows: true };",
      "export const b = (pet: Pet): boolean => (pet.petType === 'Cat' ? pet.meows : pet.barks);",
      "export const c: Pet = { petType: 'Cat', barks: true };",
    ];
    expect(stderr).not.toContain('schema-cycle');
    expect(compile(values)).toEqual(['TS2353 line 3']);
  });

  it('parenthesizes a union inside an intersection, and lifts an inline part’s nullable to the whole', () => {
    const values = [
      "export const a: Shipped = { carrier_ids: ['c'], a: 'x' };",
      "export const b: Shipped = { b: 'y' };",
      'export const c: HistoryEntry = null;',
      "export const d: HistoryEntry = { carrier_ids: ['c'] };",
    ];
    expect(compile(values)).toEqual(['TS2322 line 2', 'TS2322 line 4']);
  });

  it('says each slip of the spec where it is', () => {
    const codes = [...stderr.matchAll(/warning \[([a-z-]+)\] (#\S+):/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'required-undeclared #/components/schemas/ItemAdd/oneOf/2/required',
        'required-undeclared #/components/schemas/OpenItem/anyOf/1/required',
        'union-branch-property #/components/schemas/ListItem/oneOf',
        'union-branch-never #/components/schemas/Tagged/oneOf/0',
      ]),
    );
  });
});

describe('a request body with such a union', () => {
  it('flattens fields the branches only require into params, and says the branches in the doc', () => {
    const resource = readFileSync(join(out, 'src/resources/apps.ts'), 'utf8');
    expect(resource).toMatch(/\/\*\* The body must also give one of: `hostnames`; or `ip_subnets`\. \*\/\nexport interface AppsCreateParams \{/);
    // The README says so below the method's arguments.
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toMatch(/\| `ip_subnets` \| body[^\n]*\n\nThe body must also give one of: `hostnames`; or `ip_subnets`\./);
    // The example gives the first set, which the type cannot require: the loopback wire checks see it sent.
    const example = /client\.apps\.create\(\{[^)]*\}\)/.exec(resource)?.[0] ?? '';
    expect(example).toContain('hostnames:');
    expect(example).not.toContain('ip_subnets:');
    const calls = ["export const a = client.apps.create({ name: 'app', hostnames: ['example.com'] });", "export const b = client.apps.create({ hostnames: ['example.com'] });"];
    expect(compile(calls)).toEqual(['TS2345 line 2']);
  });

  it('flattens into params, one of the sets of fields required, when the branches bring fields of their own', () => {
    const calls = ["export const a = client.rates.rate({ carrier_ids: ['c'], shipment_id: 's' });", "export const b = client.rates.rate({ carrier_ids: ['c'] });"];
    expect(compile(calls)).toEqual(['TS2345 line 2']);
  });

  it('sends the flattened fields as the JSON body', async () => {
    const client = new module.AppsClient({ baseURL: server.url, maxRetries: 0 });
    await client.apps.create({ name: 'app', ip_subnets: ['192.0.2.0/24'] });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ name: 'app', ip_subnets: ['192.0.2.0/24'] });
    await client.rates.rate({ carrier_ids: ['c'], shipment: { weight: 2 } });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ carrier_ids: ['c'], shipment: { weight: 2 } });
  });
});
