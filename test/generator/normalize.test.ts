import { describe, expect, it } from 'vitest';
import { unqualifiedNames } from '../../generator/normalize/qualified-names.js';
import { uniqueName } from '../../generator/normalize/unique.js';
import { camelCase, pascalCase, toIdentifier, toTypeName } from '../../generator/util/names.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';
import { CLIENT_MEMBERS } from '../../generator/normalize/pass-resource-names.js';
import { BaseClient } from '../../generator/runtime/index.js';
import { TestClient } from '../runtime/helpers/test-client.js';

const op = (operationId: string, extra: Record<string, unknown> = {}) => ({
  operationId,
  responses: { '200': { description: 'ok' } },
  ...extra,
});

describe('name conversions', () => {
  it.each([
    ['app_id', 'appId', 'AppId'],
    ['get-active-session', 'getActiveSession', 'GetActiveSession'],
    ['HTTPServer', 'httpServer', 'HTTPServer'],
    ['realtimeKit', 'realtimeKit', 'RealtimeKit'],
    ['Active session', 'activeSession', 'ActiveSession'],
  ])('%s → %s, %s', (given, camel, pascal) => {
    expect(camelCase(given)).toBe(camel);
    expect(pascalCase(given)).toBe(pascal);
  });

  it.each([
    ['delete', 'delete_'],
    ['2fa', '_2fa'],
    ['x-request-id', 'xRequestId'],
    ['', 'fallback'],
  ])('identifier from %j is %j', (given, want) => {
    expect(toIdentifier(given, 'fallback')).toBe(want);
  });

  it.each([
    ['string', 'StringModel'],
    ['Promise', 'PromiseModel'],
    ['user account', 'UserAccount'],
  ])('type name from %j is %j', (given, want) => {
    expect(toTypeName(given, 'Model')).toBe(want);
  });

  it('numbers clashing names Foo, Foo2, Foo3', () => {
    const taken = new Set<string>();
    expect(['Foo', 'Foo', 'Foo'].map((n) => uniqueName(n, taken))).toEqual(['Foo', 'Foo2', 'Foo3']);
  });
});

describe('unqualifiedNames: component keys qualified by a namespace', () => {
  it.each<[string, string[], Record<string, string>]>([
    ["the last segment, where no other key ends in it (Kubernetes' pod)", ['io.k8s.api.core.v1.Pod', 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta'], { 'io.k8s.api.core.v1.Pod': 'Pod', 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta': 'ObjectMeta' }],
    ['the shortest run no other key ends in (two events, both in a v1)', ['io.k8s.api.core.v1.Event', 'io.k8s.api.events.v1.Event'], { 'io.k8s.api.core.v1.Event': 'core.v1.Event', 'io.k8s.api.events.v1.Event': 'events.v1.Event' }],
    ['a run that would be a plain name is not taken', ['Order', 'Shop.Models.V2.Order', 'Shop.Models.V2.Item'], { 'Shop.Models.V2.Order': 'V2.Order', 'Shop.Models.V2.Item': 'Item' }],
    ['runs compared as type names: case does not tell them apart', ['a.b.user', 'a.c.User'], { 'a.b.user': 'b.user', 'a.c.User': 'c.User' }],
    ['the whole key where every shorter run is shared', ['a.b.Pod', 'x.a.b.Pod'], { 'a.b.Pod': 'a.b.Pod', 'x.a.b.Pod': 'x.a.b.Pod' }],
    ['one dot, a version or a path is no namespace', ['v1.Pod', 'api.2.0', 'a b c'], {}],
  ])('%s', (_, names, want) => {
    expect(Object.fromEntries(unqualifiedNames(names))).toEqual(want);
  });

  it('leaves a name the package exports already to a longer run', () => {
    expect(unqualifiedNames(['io.k8s.apimachinery.pkg.apis.meta.v1.APIResource'], new Set(['APIResource'])).get('io.k8s.apimachinery.pkg.apis.meta.v1.APIResource')).toBe('v1.APIResource');
  });

  it('names the models so, unique against the runtime exports', () => {
    const schemas = { 'io.k8s.api.core.v1.Pod': { type: 'object' }, 'io.k8s.api.core.v1.Event': { type: 'object' }, 'io.k8s.api.events.v1.Event': { type: 'object' }, 'io.k8s.meta.v1.APIResource': { type: 'object' } };
    const responses = (name: string) => ({ '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } });
    const paths = Object.fromEntries(Object.keys(schemas).map((name, i) => [`/r${i}`, { get: op(`get${i}`, { tags: ['t'], responses: responses(name) }) }]));
    const api = apiOf(minimalDoc({ paths, components: { schemas } }));
    expect(api.models.map((m) => m.name).sort()).toEqual(['CoreV1Event', 'EventsV1Event', 'Pod', 'V1APIResource']);
  });
});

describe('normalize passes', () => {
  it('makes method names unique within a resource, in operationId order', () => {
    const api = apiOf(minimalDoc({ paths: { '/a': { get: op('b', { 'x-sdk-method': 'list', tags: ['t'] }) }, '/b': { get: op('a', { 'x-sdk-method': 'list', tags: ['t'] }) } } }));
    expect(api.operations.map((o) => [o.operationId, o.methodName])).toEqual([['a', 'list'], ['b', 'list2']]);
  });

  it.each([
    ['delete', 'delete'],
    ['constructor', 'constructor2'],
    ['get thing', 'getThing'],
    ['x-sdk-method with dashes', 'xSdkMethodWithDashes'],
  ])('names method %j as %j', (operationId, want) => {
    const api = apiOf(minimalDoc({ paths: { '/a': { delete: op(operationId, { tags: ['t'] }) } } }));
    expect(api.operations[0]!.methodName).toBe(want);
  });

  it.each([
    ['/v1/pets/{id}', 'pets'],
    ['/api/v2.1/user-accounts', 'userAccounts'],
    ['/2.0/users/{username}', 'users'],
    ['/{tenant}/orders', 'orders'],
    ['/{id}', 'default_'],
    ['/', 'default_'],
  ])('puts an untagged operation on %s under the resource %j', (path, want) => {
    const parameters = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const api = apiOf(minimalDoc({ paths: { [path]: { get: op('fetch', { parameters }) } } }));
    expect(api.operations[0]!.resourcePath).toEqual([want]);
  });

  it('keeps a top-level resource off the client members: a tag `request` or a path `/timeout` gets a `_`', () => {
    const paths = { '/timeout': { get: op('getTimeout') }, '/x': { get: op('getX', { tags: ['request'] }) }, '/y': { get: op('getY', { tags: ['stats'], 'x-sdk-resource': 'withOptions.nested' }) } };
    const api = apiOf(minimalDoc({ paths }));
    expect(Object.fromEntries(api.operations.map((o) => [o.operationId, o.resourcePath.join('.')]))).toEqual({ getTimeout: 'timeout_', getX: 'request_', getY: 'withOptions_.nested' });
  });

  it('names the class of a resource whose name starts with a digit (a tag `2.0`) with a leading `_`', () => {
    const api = apiOf(minimalDoc({ paths: { '/x': { get: op('getX', { tags: ['2.0'] }) } } }));
    expect(api.resources.map((r) => [r.path.join('.'), r.className])).toEqual([['_20', '_20']]);
  });

  it('lists every member of the runtime client among the names resources must not take', () => {
    const members = [...Object.getOwnPropertyNames(BaseClient.prototype), ...Object.keys(new TestClient({ apiToken: 't' })).filter((k) => k !== 'activeSession')];
    expect(members.filter((name) => !CLIENT_MEMBERS.has(name))).toEqual([]);
  });

  it('gives positional arguments camelCase names that never shadow params or options', () => {
    const params = ['options', 'app_id', 'class'].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const api = apiOf(minimalDoc({ paths: { '/{options}/{app_id}/{class}': { get: op('get', { parameters: params, tags: ['t'] }) } } }));
    expect(api.operations[0]!.parameters.map((p) => p.argName)).toEqual(['options2', 'appId', 'class_']);
  });

  it('gives models that clash with operation types, the client or the runtime a numbered name', () => {
    const api = apiOf(minimalDoc({
      paths: { '/a': { get: op('list', { tags: ['things'] }) } },
      components: { schemas: { ThingsListResponse: { type: 'string' }, APIError: { type: 'string' }, TestAPIClient: { type: 'string' } } },
    }));
    expect(api.models.map((m) => m.name).sort()).toEqual(['APIError2', 'TestAPIClient2', 'ThingsListResponse2']);
  });

  it('gives a title shared by two models to the one whose key it matches; the other takes its key, whatever the key order', () => {
    const names = (schemas: Record<string, unknown>) => Object.fromEntries(apiOf(minimalDoc({ components: { schemas } })).models.map((m) => [m.key.split('/').pop(), m.name]));
    const repository = { title: 'Simple Repository', type: 'object', properties: { id: { type: 'integer' } } };
    const nullable = { ...repository, nullable: true };
    expect(names({ 'simple-repository': repository })).toEqual({ 'simple-repository': 'SimpleRepository' });
    // GitHub's spec added `nullable-simple-repository` with the same title: the existing type keeps its name.
    expect(names({ 'simple-repository': repository, 'nullable-simple-repository': nullable })).toEqual({ 'simple-repository': 'SimpleRepository', 'nullable-simple-repository': 'NullableSimpleRepository' });
    // Without a model of that key, the first titled one by key order takes the title; the next its key.
    expect(names({ 'b-repo': repository, 'a-repo': nullable })).toEqual({ 'a-repo': 'SimpleRepository', 'b-repo': 'BRepo' });
    // Both titles and keys taken: numbered.
    expect(names({ 'a-repo': repository, 'b-repo': nullable, BRepo: { type: 'string' } })).toEqual({ 'a-repo': 'SimpleRepository', 'b-repo': 'SimpleRepository2', BRepo: 'BRepo' });
  });

  it('orders properties id first, then required, then optional', () => {
    const api = apiOf(minimalDoc({ components: { schemas: { M: { type: 'object', required: ['z', 'id', 'b'], properties: { a: {}, z: {}, id: {}, c: {}, b: {} } } } } }));
    const schema = api.models[0]!.schema;
    expect(schema.kind === 'object' && schema.properties.map((p) => p.name)).toEqual(['id', 'b', 'z', 'a', 'c']);
  });

  it('names resource classes uniquely across the tree', () => {
    const api = apiOf(minimalDoc({ paths: { '/a': { get: op('a', { 'x-sdk-resource': 'zones.settings' }) }, '/b': { get: op('b', { 'x-sdk-resource': 'accounts.settings' }) } } }));
    expect(api.resources.map((r) => [r.path.join('.'), r.className])).toEqual([
      ['accounts', 'Accounts'],
      ['accounts.settings', 'Settings'],
      ['zones', 'Zones'],
      ['zones.settings', 'Settings2'],
    ]);
    expect(api.operations.map((o) => o.typePrefix)).toEqual(['SettingsB', 'Settings2A']);
  });
});

describe('a resource named like a model (the Petstore: tag `pet`, schema `Pet`)', () => {
  const petstore = (schemas: Record<string, unknown>) =>
    apiOf(minimalDoc({
      paths: { '/pet': { post: op('addPet', { tags: ['pet'] }) }, '/zoo/pet': { get: op('getPet', { 'x-sdk-resource': 'zoo.pet' }) } },
      components: { schemas },
    }));

  it('leaves the name to the model; the class is PetResource, and operation types keep the resource name', () => {
    const api = petstore({ Pet: { type: 'object', properties: { id: { type: 'integer' } } } });
    expect(api.models.map((m) => m.name)).toEqual(['Pet']);
    expect(api.resources.map((r) => [r.path.join('.'), r.className])).toEqual([['pet', 'PetResource'], ['zoo', 'Zoo'], ['zoo.pet', 'Pet2']]);
    expect(api.operations.map((o) => o.typePrefix).sort()).toEqual(['Pet2GetPet', 'PetAddPet']);
  });

  it('keeps the class name when no model wants it', () => {
    const api = petstore({ Animal: { type: 'object' } });
    expect(api.resources.map((r) => r.className)).toEqual(['Pet', 'Zoo', 'Pet2']);
    expect(api.models.map((m) => m.name)).toEqual(['Animal']);
  });
});

describe('default method names', () => {
  it.each([
    ['devices-list-devices', ['devices'], 'listDevices'],
    ['devicesList', ['devices'], 'list'],
    ['deviceslist', ['devices'], 'deviceslist'],
    ['list-devices', ['devices'], 'listDevices'],
    ['devices', ['devices'], 'devices'],
    ['BlockchainMembers_Get', ['blockchainMember'], 'get'],
    ['Addresses_List', ['address'], 'list'],
    ['memberships', ['member'], 'memberships'],
    // The tag's acronyms cased otherwise than the operationId's (Cloudflare's `Magic GRE tunnels`).
    ['magic-gre-tunnels-create-gre-tunnels', ['magicGRETunnels'], 'createGreTunnels'],
    ['custom-ssl-for-a-zone-list-ssl-configurations', ['customSSLForAZone'], 'listSslConfigurations'],
    ['analyzeCertificate', ['analyzeCERTIFICATE'], 'analyzeCertificate'],
    // The operationId names one of the resource's things (Cloudflare's `Account Resource Groups`).
    ['account-resource-group-create', ['accountResourceGroups'], 'create'],
    ['access-policy-get', ['accessPolicies'], 'get'],
    ['calls-turn-key-list', ['callsTURNKeys'], 'list'],
    ['addressList', ['address'], 'list'],
    ['statusGet', ['status'], 'get'],
    ['newsletterList', ['news'], 'newsletterList'],
    ['pull-request-stacks-create', ['pulls'], 'pullRequestStacksCreate'],
    // The tag, then one of its things.
    ['health-checks-health-check-details', ['healthChecks'], 'details'],
    ['zero-trust-lists-zero-trust-list-items', ['zeroTrustLists'], 'items'],
  ])('%s on %j → %s', async (operationId, resourcePath, want) => {
    const { defaultMethodName } = await import('../../generator/parse/operation.js');
    expect(defaultMethodName(operationId, resourcePath)).toBe(want);
  });
});
