/**
 * Every TypeScript change of a review is traced to the spec changes behind it, those with no symbol of an
 * operation or a component schema of their own too: a resource class and the property holding it come
 * and go with their operations, a schema inside a component (its `$defs`) with the component.
 */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../generator/diff/render/markdown.js';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const ok = (schema: unknown) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });
const thing = { type: 'object', properties: { meta: { $ref: '#/components/schemas/Thing/$defs/Meta' } }, $defs: { Meta: { type: 'object', properties: { owner: { type: 'string' } } } } };

const base = minimalDoc({
  paths: {
    '/things': { get: { operationId: 'listThings', tags: ['things'], responses: ok({ $ref: '#/components/schemas/Thing' }) } },
    '/things/photos': { get: { operationId: 'listPhotos', tags: ['things'], 'x-sdk-resource': 'things.photos', responses: ok({ type: 'string' }) } },
    '/shelves': { get: { operationId: 'listShelves', tags: ['shelves'], responses: ok({ type: 'string' }) } },
  },
  components: { schemas: { Thing: thing } },
});
const revision = minimalDoc({
  paths: {
    '/shelves': base['paths'] && (base['paths'] as Record<string, unknown>)['/shelves'],
    '/pets': { get: { operationId: 'listPets', tags: ['pets'], responses: ok({ type: 'string' }) } },
  },
});

describe('tracing symbols that belong to no one operation or schema', () => {
  it('traces resource classes, their properties and schemas inside a component to the changes behind them', async () => {
    const r = await review(loadFromMemory({ 'base.yaml': specText(base) }), loadFromMemory({ 'revision.yaml': specText(revision) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    const causes = Object.fromEntries(r.typescript.changes.map((c) => [c.symbol, c.causes.map((i) => `${r.spec[i]!.rule} ${r.spec[i]!.operation}`.trimEnd()).sort()]));
    expect(causes).toMatchObject({
      Things: ['operation.removed GET /things', 'operation.removed GET /things/photos'],
      'TestAPIClient.things': ['operation.removed GET /things', 'operation.removed GET /things/photos'],
      'Things.photos': ['operation.removed GET /things/photos'],
      Photos: ['operation.removed GET /things/photos'],
      Pets: ['operation.added GET /pets'],
      'TestAPIClient.pets': ['operation.added GET /pets'],
      ThingDefsMeta: ['component.schema.removed'],
    });
    expect(r.typescript.changes.filter((c) => c.causes.length === 0).map((c) => c.symbol)).toEqual([]);
  });
});

describe('tracing across a renamed path parameter, and a model as a request carries it', () => {
  // It holds itself, so a request carries it as a type of its own, `PetInput`.
  const pet = { type: 'object', properties: { id: { type: 'string', readOnly: true }, parent: { $ref: '#/components/schemas/Pet' } } };
  const doc = (param: string, tag: string, body: unknown) =>
    minimalDoc({
      paths: {
        [`/pets/{${param}}`]: {
          put: {
            operationId: 'putPet',
            tags: [tag],
            parameters: [{ name: param, in: 'path', required: true, schema: { type: 'string' } }],
            requestBody: { required: true, content: { 'application/json': { schema: body } } },
            responses: ok(body),
          },
        },
      },
      components: { schemas: body === pet ? {} : { Pet: pet } },
    });

  it('traces the class an operation left, though the revision names its path parameter otherwise, and the Input type to its schema', async () => {
    const base = doc('id', 'pets', { $ref: '#/components/schemas/Pet' });
    const revision = doc('pet_id', 'animals', pet);
    const r = await review(loadFromMemory({ 'base.yaml': specText(base) }), loadFromMemory({ 'revision.yaml': specText(revision) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    const causes = Object.fromEntries(r.typescript.changes.map((c) => [c.symbol, [...new Set(c.causes.map((i) => r.spec[i]!.rule))].sort()]));
    expect(causes['Pets']).toEqual(['operation.tag.added', 'operation.tag.removed']);
    expect(causes['TestAPIClient.pets']).toEqual(['operation.tag.added', 'operation.tag.removed']);
    expect(causes['PetInput']).toEqual(expect.arrayContaining(['component.schema.removed']));
    expect(r.typescript.changes.filter((c) => c.causes.length === 0).map((c) => c.symbol)).toEqual([]);
  });
});

describe("tracing a method's arguments to its body", () => {
  const body = (required: string[]) => ({ required: true, content: { 'application/json': { schema: { type: 'object', required, properties: { name: { type: 'string' }, note: { type: 'string' } } } } } });
  const doc = (requestBody: unknown) => minimalDoc({ paths: { '/tags': { post: { operationId: 'createTag', tags: ['tags'], ...(requestBody ? { requestBody } : {}), responses: ok({ type: 'string' }) } } } });
  const causesOf = async (base: Record<string, unknown>, revision: Record<string, unknown>) => {
    const r = await review(loadFromMemory({ 'base.yaml': specText(base) }), loadFromMemory({ 'revision.yaml': specText(revision) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    return Object.fromEntries(r.typescript.changes.map((c) => [c.symbol, [...new Set(c.causes.map((i) => r.spec[i]!.rule))].sort()]));
  };

  it('traces the params argument removed to the body removed', async () => {
    const causes = await causesOf(doc(body(['name'])), doc(undefined));
    expect(causes['Tags.createTag']).toEqual(['request-body.removed']);
    expect(causes['buildTagsCreateTagRequest']).toEqual(['request-body.removed']);
  });

  it('traces the params argument made required to a field of the body made required', async () => {
    const causes = await causesOf(doc(body([])), doc(body(['name'])));
    expect(causes['Tags.createTag']).toEqual(['schema.property.became-required']);
  });

  it("traces the params argument made optional to the body root's branches removed", async () => {
    // Two bodies, each requiring its own field, become one object that requires none (Cloudflare's image upload).
    const str = { type: 'string' };
    const either = { required: true, content: { 'application/json': { schema: { oneOf: [{ type: 'object', required: ['file'], properties: { file: str } }, { type: 'object', required: ['url'], properties: { url: str } }] } } } };
    const neither = { required: true, content: { 'application/json': { schema: { type: 'object', properties: { file: str, url: str } } } } };
    const causes = await causesOf(doc(either), doc(neither));
    expect(causes['Tags.createTag']).toEqual(expect.arrayContaining(['schema.one-of.removed']));
  });
});

describe('tracing what a method resolves to', () => {
  it('traces a method that now resolves to nothing to its success response replaced by a 204', async () => {
    const doc = (responses: unknown) => minimalDoc({ paths: { '/tags': { post: { operationId: 'createTag', tags: ['tags'], responses } } } });
    const r = await review(loadFromMemory({ 'base.yaml': specText(doc(ok({ type: 'string' }))) }), loadFromMemory({ 'revision.yaml': specText(doc({ '204': { description: 'none' } })) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    const method = r.typescript.changes.find((c) => c.symbol === 'Tags.createTag');
    expect(method?.why).toMatch(/^return /);
    expect(method!.causes.map((i) => r.spec[i]!.rule).sort()).toEqual(['response.success-status.added', 'response.success-status.removed']);
  });
});

describe('tracing a type that names a model replaced by another', () => {
  it('traces it to the models removed and added when nothing else explains it', async () => {
    const get = (name: string) => ({ get: { operationId: 'getProfile', tags: ['billing'], responses: ok({ $ref: `#/components/schemas/${name}` }) } });
    const str = { type: 'string' };
    // The same object, written as fragments before: not a rename (the text differs), no change on the wire.
    const before = { allOf: [{ type: 'object', properties: { id: str } }, { properties: { plan: str } }] };
    const after = { type: 'object', properties: { id: str, plan: str } };
    const doc = (name: string, schema: unknown) => minimalDoc({ paths: { '/profile': get(name) }, components: { schemas: { [name]: schema } } });
    const r = await review(loadFromMemory({ 'base.yaml': specText(doc('BillingProfile', before)) }), loadFromMemory({ 'revision.yaml': specText(doc('BillSubsBillingProfile', after)) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    const response = r.typescript.changes.find((c) => c.symbol === 'BillingGetProfileResponse');
    expect([response?.before, response?.after]).toEqual(['BillingProfile', 'BillSubsBillingProfile']);
    expect(response?.causes.map((i) => `${r.spec[i]!.rule} ${r.spec[i]!.base?.pointer ?? r.spec[i]!.revision?.pointer}`).sort()).toEqual([
      'component.schema.added /components/schemas',
      'component.schema.removed /components/schemas/BillingProfile',
    ]);
  });
});

describe('tracing the types an operation renames with its method', () => {
  const doc = (op: Record<string, unknown>) =>
    minimalDoc({
      paths: {
        '/things': {
          post: {
            tags: ['things'],
            requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } } },
            responses: ok({ type: 'object', properties: { data: { type: 'object', properties: { id: { type: 'string' } } } } }),
            callbacks: { made: { '{$request.body#/url}': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } }, responses: { '200': { description: 'ok' } } } } } },
            ...op,
          },
        },
      },
    });

  it.each([
    ['its x-sdk-method', { operationId: 'createThing', 'x-sdk-method': 'createThing' }, { operationId: 'createThing', 'x-sdk-method': 'make' }, 'extension.changed'],
    ['its operationId', { operationId: 'createThing' }, { operationId: 'makeThing' }, 'operation.id.changed'],
    ['its x-sdk-resource', { operationId: 'createThing' }, { operationId: 'createThing', 'x-sdk-resource': 'widgets' }, 'extension.added'],
  ])('traces the Response, the Callbacks and their nested types to %s', async (_, before, after, rule) => {
    const r = await review(loadFromMemory({ 'base.yaml': specText(doc(before)) }), loadFromMemory({ 'revision.yaml': specText(doc(after)) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    const responses = r.typescript.changes.filter((c) => /Response\b/.test(c.symbol));
    const callbacks = r.typescript.changes.filter((c) => /Callbacks\b/.test(c.symbol));
    expect(Math.min(responses.length, callbacks.length)).toBeGreaterThan(0);
    for (const c of [...responses, ...callbacks]) expect([c.symbol, c.causes.map((i) => r.spec[i]!.rule)]).toEqual([c.symbol, [rule]]);
  });
});

describe('tracing a field whose $ref now names another schema', () => {
  const user = { type: 'object', properties: { login: { type: 'string' } } };
  const doc = (target: string) =>
    minimalDoc({
      paths: { '/comments': { get: { operationId: 'listComments', tags: ['comments'], responses: ok({ $ref: '#/components/schemas/Comment' }) } } },
      components: {
        schemas: {
          Comment: { type: 'object', required: ['user'], properties: { user: { $ref: `#/components/schemas/${target}` } } },
          'simple-user': { title: 'Simple User', ...user },
          'nullable-simple-user': { title: 'Nullable Simple User', ...user, nullable: true },
        },
      },
    });

  it("traces the model's member to the change found in the schemas, through the $ref that parted them", async () => {
    const r = await review(loadFromMemory({ 'base.yaml': specText({ ...doc('simple-user'), openapi: '3.0.3' }) }), loadFromMemory({ 'revision.yaml': specText({ ...doc('nullable-simple-user'), openapi: '3.0.3' }) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    const member = r.typescript.changes.find((c) => c.symbol === 'Comment.user')!;
    expect(member.causes.map((i) => r.spec[i]!.rule)).toEqual(['schema.nullable.added']);
    // Located where the schemas differ, and where the $ref is that took the sides apart.
    const cause = r.spec[member.causes[0]!]!;
    expect([cause.base?.pointer, cause.revision?.pointer]).toEqual(['/components/schemas/simple-user', '/components/schemas/nullable-simple-user']);
    expect(cause.via?.base?.pointer).toBe('/components/schemas/Comment/properties/user');
    expect(cause.via?.revision?.line).toBeGreaterThan(0);
    // The pull-request comment says where that `$ref` is: the line a reviewer looks for.
    expect(renderMarkdown(r)).toContain(`became nullable _(through the \`$ref\` at revision.yaml:${cause.via!.revision!.line}:${cause.via!.revision!.column})_`);
  });
});

describe("tracing an operation's types by the whole of their names", () => {
  const list = (operationId: string, parameters: unknown[] = []) => ({ get: { operationId, tags: ['orgs'], parameters, responses: ok({ type: 'string' }) } });
  const status = { name: 'status', in: 'query', schema: { type: 'string' } };
  const page = { name: 'page', in: 'query', schema: { type: 'integer' } };
  // `orgs/list` comes first, and its prefix `OrgsList` starts every other name here.
  const doc = (withStatus: boolean, withJob: boolean, withLockedField: boolean) =>
    minimalDoc({
      paths: {
        '/organizations': list('orgs/list'),
        '/orgs/{org}/deliveries': list('orgs/list-webhook-deliveries', [{ name: 'org', in: 'path', required: true, schema: { type: 'string' } }, page, ...(withStatus ? [status] : [])]),
        ...(withJob ? { '/orgs/jobs': list('orgs/list-jobs') } : {}),
        '/locks': { put: { operationId: 'orgs/lock', tags: ['orgs'], responses: ok({ $ref: '#/components/schemas/locked' }) } },
      },
      components: { schemas: { locked: { title: 'Orgs Locked Event', type: 'object', properties: { id: { type: 'string' }, ...(withLockedField ? { reason: { type: 'string' } } : {}) } } } },
    });

  it("traces a parameter, an added operation's response and a model's member to their own changes, not to an operation whose prefix starts the name", async () => {
    const r = await review(loadFromMemory({ 'base.yaml': specText(doc(false, false, false)) }), loadFromMemory({ 'revision.yaml': specText(doc(true, true, true)) }), { base: 'base', revision: 'revision' });
    if (!r.typescript.ok) throw new Error(r.typescript.reason);
    const causes = Object.fromEntries(r.typescript.changes.map((c) => [c.symbol, c.causes.map((i) => `${r.spec[i]!.rule} ${r.spec[i]!.operation}`.trimEnd())]));
    expect(causes).toMatchObject({
      'OrgsListWebhookDeliveriesParams.status': ['parameter.added.optional GET /orgs/{org}/deliveries'],
      OrgsListJobsResponse: ['operation.added GET /orgs/jobs'],
      'OrgsLockedEvent.reason': [expect.stringMatching(/^schema\.property\.added\.optional /)],
    });
    expect(r.typescript.changes.filter((c) => c.causes.length === 0).map((c) => c.symbol)).toEqual([]);
  });
});
