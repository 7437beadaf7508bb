/**
 * Method names by REST convention for operations the spec names no better than by their method and
 * path (no operationId, or, where a tool made most of the spec's, one such as `PostChargesChargeCapture`):
 * `list`, `get`, `create`, `update`, `delete`, actions by their verb, each with the thing it acts on unless
 * the resource names it. Where two would share a name, the shortest path keeps it and the others say whose
 * they are; the generated package's methods send what their paths say, and a review traces renames.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { buildApi } from '../../generator/pipeline.js';
import { onlyEchoesMethodAndPath } from '../../generator/parse/path-echo.js';
import { singular } from '../../generator/normalize/rest-words.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { generateAndImport } from '../helpers/tree.js';
import { tsLines } from '../diff/fixture-review.js';

const json = (schema: object) => ({ description: 'ok', content: { 'application/json': { schema } } });
const thing = { type: 'object', properties: { id: { type: 'string' } } };
const list = json({ type: 'array', items: thing });
const envelope = json({ type: 'object', properties: { data: { type: 'array', items: thing }, has_more: { type: 'boolean' } } });
const one = json(thing);
const op = (response = one, extra: object = {}) => ({ responses: { '200': response }, ...extra });

/** Paths as APIs without operationIds write them; the comments name what the rule under test is. */
const written: Record<string, Record<string, unknown>> = {
  // A collection and its items; a PUT beside a PATCH replaces; a POST beside them is named by its path.
  '/v1/charges': { get: op(envelope), post: op() },
  '/v1/charges/{charge}': { get: op(), put: op(), patch: op(), delete: op(), post: op() },
  // An action on an item, and a verb ending a path.
  '/v1/charges/{charge}/capture': { post: op() },
  '/v1/charges/{charge}/resend_verification': { post: op() },
  '/v1/charges/search': { get: op(envelope) },
  // A sub-collection whose spec does not say what it answers: its plural lists.
  '/v1/charges/{id}/refunds': { get: { responses: { '200': { description: 'the refunds' } } }, post: op() },
  '/v1/charges/{charge}/refunds/{refund}': { get: op() },
  // Not a list: gets.
  '/v1/charges/{charge}/stats.json': { get: op() },
  // Two of a resource that would share a name say whose they are, or what they act on.
  '/users/{user}/repos': { get: op(list, { tags: ['repos'] }) },
  '/orgs/{org}/repos': { get: op(list, { tags: ['repos'] }) },
  '/repos/{repo}/keys/{key}/verify': { post: op(one, { tags: ['repos'] }) },
  '/repos/{repo}/hooks/{hook}/verify': { post: op(one, { tags: ['repos'] }) },
  // The shortest path keeps the name; a list in an envelope lists.
  '/jobs/{job}': { get: op(one, { tags: ['jobs'] }) },
  '/datasets/{dataset}/jobs': { get: op(one, { tags: ['jobs'] }) },
  '/datasets/{dataset}/runs': { get: op(json({ type: 'object', properties: { result: { type: 'array', items: thing } } }), { tags: ['jobs'] }) },
  // An envelope built with allOf lists; an object beside an item keeps get, which leaves the item its path's name.
  '/shows': { get: op(json({ allOf: [{ type: 'object', properties: { total: { type: 'integer' } } }, { type: 'object', properties: { items: { type: 'array', items: thing } } }] })) },
  '/widgets': { get: op() },
  '/widgets/{widget}': { get: op() },
  // The spec's own names win: one that adds a word, and x-sdk-method; a conventional name they take is not given.
  '/repos': { get: op(list, { tags: ['repos'], operationId: 'listAllRepos' }) },
  '/repos/{repo}': { get: op(one, { tags: ['repos'], 'x-sdk-method': 'get' }) },
  '/repos/mirror': { get: op(one, { tags: ['repos'] }) },
  '/mirrors/{repo}': { get: op(one, { tags: ['repos'], operationId: 'getMirror' }) },
  // The resource took the verb in; the last word is singular for one thing, irregular plurals too.
  '/mail/send': { post: op(one, { tags: ['Mail Send'] }) },
  '/teams/{team}/people/{person}': { delete: op() },
};

/** Each path item with its template's parameters declared. */
const withParameters = (items: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(items).map(([path, item]) => [path, { parameters: [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } })), ...(item as object) }]),
  );
const paths = withParameters(written);

const names = (doc: Record<string, unknown>): string[] =>
  buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }))
    .api.operations.map((o) => `${o.method} ${o.path} → ${[...o.resourcePath, o.methodName].join('.')}`)
    .sort();

describe('method names by REST convention', () => {
  it('names each operation as a hand-written client would', () => {
    expect(names(minimalDoc({ paths }))).toEqual([
      'DELETE /teams/{team}/people/{person} → teams.deletePerson',
      'DELETE /v1/charges/{charge} → charges.delete',
      'GET /datasets/{dataset}/jobs → jobs.getForDataset',
      'GET /datasets/{dataset}/runs → jobs.listRuns',
      'GET /jobs/{job} → jobs.get',
      'GET /mirrors/{repo} → repos.getMirror',
      'GET /orgs/{org}/repos → repos.listForOrg',
      'GET /repos → repos.listAllRepos',
      'GET /repos/mirror → repos.getReposMirror',
      'GET /repos/{repo} → repos.get',
      'GET /shows → shows.list',
      'GET /users/{user}/repos → repos.listForUser',
      'GET /v1/charges → charges.list',
      'GET /v1/charges/search → charges.search',
      'GET /v1/charges/{charge} → charges.get',
      'GET /v1/charges/{charge}/refunds/{refund} → charges.getRefund',
      'GET /v1/charges/{charge}/stats.json → charges.getStats',
      'GET /v1/charges/{id}/refunds → charges.listRefunds',
      'GET /widgets → widgets.get',
      'GET /widgets/{widget} → widgets.getWidgetsWidget',
      'PATCH /v1/charges/{charge} → charges.update',
      'POST /mail/send → mailSend.send',
      'POST /repos/{repo}/hooks/{hook}/verify → repos.verifyHook',
      'POST /repos/{repo}/keys/{key}/verify → repos.verifyKey',
      'POST /v1/charges → charges.create',
      'POST /v1/charges/{charge} → charges.postV1ChargesCharge',
      'POST /v1/charges/{charge}/capture → charges.capture',
      'POST /v1/charges/{charge}/resend_verification → charges.resendVerification',
      'POST /v1/charges/{id}/refunds → charges.createRefund',
      'PUT /v1/charges/{charge} → charges.replace',
    ]);
  });

  it('names so the operations whose operationIds only repeat method and path, where most do (a tool made them)', () => {
    const ids = (capture: string, list: string, create: string) =>
      names(minimalDoc({ paths: withParameters({ '/charges': { get: op(envelope, { operationId: list }), post: op(one, { operationId: create }) }, '/charges/{charge}/capture': { post: op(one, { operationId: capture }) } }) }));
    expect(ids('PostChargesChargeCapture', 'GetCharges', 'openCharge')).toEqual(['GET /charges → charges.list', 'POST /charges → charges.openCharge', 'POST /charges/{charge}/capture → charges.capture']);
    // One of three: the authors chose the names, that one too.
    expect(ids('PostChargesChargeCapture', 'listCharges', 'openCharge')).toEqual(['GET /charges → charges.listCharges', 'POST /charges → charges.openCharge', 'POST /charges/{charge}/capture → charges.postChargesChargeCapture']);
  });

  it('keeps the names the method and path give under x-sdk.methodNames: operationId', () => {
    const kept = names(minimalDoc({ 'x-sdk': { methodNames: 'operationId' }, paths: { '/v1/charges': paths['/v1/charges'], '/v1/charges/{charge}/capture': paths['/v1/charges/{charge}/capture'] } }));
    expect(kept).toEqual(['GET /v1/charges → charges.getV1Charges', 'POST /v1/charges → charges.postV1Charges', 'POST /v1/charges/{charge}/capture → charges.postV1ChargesChargeCapture']);
  });

  it('refuses any other value of the setting, located', () => {
    const doc = minimalDoc({ 'x-sdk': { methodNames: 'verbs' }, paths: { '/a': { get: op() } } });
    expect(() => buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }))).toThrow(expect.objectContaining({
      diagnostics: [expect.objectContaining({ code: 'sdk-config-type', message: 'x-sdk.methodNames must be one of rest, operationId, got "verbs"' })],
    }));
  });
});

describe('an operationId that only repeats the method and path', () => {
  it.each([
    ['PostChargesChargeCapture', 'POST', '/v1/charges/{charge}/capture', true],
    ['POST_v3-senders-sender_id-resend_verification', 'POST', '/senders/{sender_id}/resend_verification', true],
    ['getV3ProjectsIdMergeRequests', 'GET', '/v3/projects/{id}/merge_requests', true],
    ['get-books', 'GET', '/books', true],
    // A word of its own, or no method: a name the spec chose.
    ['listBooks', 'GET', '/books', false],
    ['getUser', 'GET', '/users/{id}', false],
    ['ListStreams', 'POST', '/ListStreams', false],
    ['getBooks', 'GET', '/books/{id}/pages', false],
  ])('%s for %s %s: %s', (operationId, method, path, want) => {
    expect(onlyEchoesMethodAndPath(operationId, method, path)).toBe(want);
  });
});

describe('singular', () => {
  it.each([
    ['refunds', 'refund'],
    ['policies', 'policy'],
    ['addresses', 'address'],
    ['people', 'person'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['keys', 'key'],
  ])('%s → %s', (word, want) => {
    expect(singular(word)).toBe(want);
  });
});

describe('the generated package', () => {
  type Charges = Record<'list' | 'create' | 'get' | 'replace' | 'update' | 'delete' | 'capture' | 'search' | 'listRefunds', (...args: unknown[]) => Promise<unknown>>;
  type Repos = Record<'listForUser' | 'listForOrg' | 'verifyKey', (...args: unknown[]) => Promise<unknown>>;
  type Module = { default: new (options: object) => { charges: Charges; repos: Repos } };
  let server: ApiServer;
  let client: { charges: Charges; repos: Repos };

  beforeAll(async () => {
    const doc = minimalDoc({ servers: [{ url: 'https://rest.example.com' }], paths });
    const { module, stderr } = await generateAndImport<Module>(doc, 'rest-names-');
    expect(stderr).toBe('');
    server = await startApiServer(() => ({ status: 200, body: '{"id":"c1"}' }));
    client = new module.default({ baseURL: server.url, maxRetries: 0 });
  }, 60_000);

  afterAll(() => server?.close());

  it('sends each method to its own method and path', async () => {
    await client.charges.list();
    await client.charges.create();
    await client.charges.get('c1');
    await client.charges.replace('c1');
    await client.charges.update('c1');
    await client.charges.delete('c1');
    await client.charges.capture('c1');
    await client.charges.search();
    await client.charges.listRefunds('c1');
    await client.repos.listForUser('u1');
    await client.repos.listForOrg('o1');
    await client.repos.verifyKey('r1', 'k1');
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v1/charges',
      'POST /v1/charges',
      'GET /v1/charges/c1',
      'PUT /v1/charges/c1',
      'PATCH /v1/charges/c1',
      'DELETE /v1/charges/c1',
      'POST /v1/charges/c1/capture',
      'GET /v1/charges/search',
      'GET /v1/charges/c1/refunds',
      'GET /users/u1/repos',
      'GET /orgs/o1/repos',
      'POST /repos/r1/keys/k1/verify',
    ]);
  });
});

describe('a review of the setting', () => {
  it('calls the renamed methods breaking and traces them to x-sdk.methodNames', async () => {
    const sdk = (methodNames?: string) => ({ client: { timeout: 5000 }, ...(methodNames ? { methodNames } : {}) });
    const side = (file: string, methodNames?: string) => loadFromMemory({ [file]: specText(minimalDoc({ 'x-sdk': sdk(methodNames), paths: { '/charges': { get: op(list) } } })) });
    const r = await review(side('base.yaml', 'operationId'), side('revision.yaml'), { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => `${c.subject} ${c.rule}`)).toEqual(['document x-sdk.methodNames extension.removed']);
    expect(tsLines(r)).toEqual([
      'Charges.getCharges renamed breaking ← extension.removed',
      'ChargesGetChargesResponse renamed breaking ← extension.removed',
      'buildChargesGetChargesRequest renamed breaking ← extension.removed',
    ]);
    expect(r.bump.required).toBe('major');
  });

  it('calls a name an added operation took breaking, traced to that operation, and leaves the names an addition does not take', async () => {
    const repos = (extra: Record<string, unknown>) => ({ '/users/{user}/repos': written['/users/{user}/repos'], ...extra });
    const side = (file: string, extra: Record<string, unknown>) => loadFromMemory({ [file]: specText(minimalDoc({ paths: withParameters(repos(extra)) })) });
    // A list of equal length beside it: both say whose they are.
    const tied = await review(side('base.yaml', {}), side('revision.yaml', { '/orgs/{org}/repos': written['/orgs/{org}/repos'] }), { base: 'base', revision: 'revision' });
    expect(tsLines(tied).filter((l) => l.startsWith('Repos.'))).toEqual(['Repos.list renamed breaking ← operation.added', 'Repos.listForOrg added addition ← operation.added']);
    // A longer path, and an item: the names there stay.
    const longer = await review(side('base.yaml', {}), side('revision.yaml', { '/users/{user}/repos/{repo}/forks': { get: op(list, { tags: ['repos'] }) } }), { base: 'base', revision: 'revision' });
    expect(tsLines(longer).filter((l) => l.startsWith('Repos.'))).toEqual(['Repos.listForks added addition ← operation.added']);
    const bare = { get: { responses: { '200': { description: 'the charges' } } } };
    const charges = (file: string, extra: Record<string, unknown>) => loadFromMemory({ [file]: specText(minimalDoc({ paths: withParameters({ '/charges': bare, ...extra }) })) });
    const item = await review(charges('base.yaml', {}), charges('revision.yaml', { '/charges/{charge}': bare }), { base: 'base', revision: 'revision' });
    expect(tsLines(item).filter((l) => l.startsWith('Charges.'))).toEqual(['Charges.get added addition ← operation.added']);
  });
});
