/** `x-sdk-pagination`: read into the IR, and every mistake in it reported where it is, before anything is written. */
import { describe, expect, it } from 'vitest';
import { SpecError } from '../../generator/diagnostics.js';
import { buildApi } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const PAGE_SCHEMA = {
  type: 'object',
  properties: {
    result: { type: 'array', items: { $ref: '#/components/schemas/Zone' } },
    result_info: { $ref: '#/components/schemas/ResultInfo' },
  },
};

function docWith(pagination: unknown, response: unknown = PAGE_SCHEMA): Record<string, unknown> {
  return minimalDoc({
    paths: {
      '/zones': {
        get: {
          operationId: 'listZones',
          'x-sdk-pagination': pagination,
          parameters: ['page', 'per_page', 'cursor'].map((name) => ({ name, in: 'query', schema: { type: name === 'cursor' ? 'string' : 'integer' } })),
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: response } } } },
        },
      },
    },
    components: {
      schemas: {
        Zone: { type: 'object', properties: { id: { type: 'string' } } },
        ResultInfo: { type: 'object', properties: { total_pages: { type: 'integer' }, cursor: { type: 'string' } } },
      },
    },
  });
}

function build(pagination: unknown, response?: unknown) {
  return buildApi(loadFromMemory({ 'spec.yaml': specText(docWith(pagination, response)) }));
}

/** The diagnostics a spec stops with, as [code, pointer, message]. */
function errorsOf(pagination: unknown, response?: unknown): string[][] {
  try {
    build(pagination, response);
  } catch (error) {
    if (error instanceof SpecError) return error.diagnostics.map((d) => [d.code, d.location.pointer, d.message]);
    throw error;
  }
  return [];
}

const AT = '/paths/~1zones/get/x-sdk-pagination';

describe('x-sdk-pagination is read', () => {
  it('with the defaults of its style and dotted paths through refs', () => {
    const { api } = build({ style: 'page', items: 'result', totalPages: 'result_info.total_pages' });
    expect(api.operations[0]!.pagination).toMatchObject({ style: 'page', param: 'page', items: ['result'], totalPages: ['result_info', 'total_pages'] });
  });

  it('with a cursor, and a list of names for a property whose name holds a dot', () => {
    const response = { type: 'object', properties: { 'a.b': { type: 'array', items: {} }, next: { type: 'string' } } };
    const { api } = build({ style: 'cursor', items: ['a.b'], nextCursor: 'next' }, response);
    expect(api.operations[0]!.pagination).toMatchObject({ style: 'cursor', param: 'cursor', items: ['a.b'], nextCursor: ['next'] });
  });

  it('for a body that is the array itself, paged by Link header', () => {
    const { api } = build({ style: 'link' }, { type: 'array', items: { $ref: '#/components/schemas/Zone' } });
    expect(api.operations[0]!.pagination).toMatchObject({ style: 'link', items: [] });
  });

  it('is refused on a stream, whose items are read as they arrive', () => {
    const doc = docWith({ style: 'page', items: 'result' });
    const get = (doc['paths'] as Record<string, Record<string, { responses: Record<string, { content: object }> }>>)['/zones']!['get']!;
    get.responses['200']!.content = { 'text/event-stream': { schema: PAGE_SCHEMA } };
    expect(() => buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }))).toThrow(/the success response is a stream \(text\/event-stream\): its items are read as they arrive, not paged/);
  });

  it('and a key it does not know is a located warning', () => {
    const { warnings } = build({ style: 'page', items: 'result', nextcursor: 'x' });
    expect(warnings.map((d) => [d.code, d.location.pointer])).toEqual([['pagination-unknown-key', `${AT}/nextcursor`]]);
  });
});

describe('a wrong x-sdk-pagination stops generation, located', () => {
  it.each([
    ['an unknown style', { style: 'pages' }, [['pagination-invalid', `${AT}/style`, 'style must be one of page, offset, cursor, link, next, got "pages"']]],
    ['no mapping', 'page', [['pagination-invalid', AT, 'x-sdk-pagination must be a mapping with a style (page, offset, cursor, link, next)']]],
    [
      'a parameter the operation does not have',
      { style: 'offset', items: 'result' },
      [['pagination-invalid', `${AT}/param`, '"offset" is not a query parameter of this operation (it has page, per_page, cursor), so no page after the first could be asked for']],
    ],
    ['a cursor style without nextCursor', { style: 'cursor', items: 'result' }, [['pagination-invalid', AT, 'a cursor style needs nextCursor: where in the response the next page\'s cursor is (for example "result_info.cursor")']]],
    ['items that are not an array', { style: 'page', items: 'result_info' }, [['pagination-path', `${AT}/items`, 'items: "result_info" is object, not an array']]],
    ['items that are not there', { style: 'page', items: 'data' }, [['pagination-path', `${AT}/items`, 'items: "data" is not in the success response']]],
    ['no items path for a body that is an object', { style: 'page' }, [['pagination-path', `${AT}/items`, 'items: the response body itself is object, not an array']]],
    ['a total that is not there', { style: 'page', items: 'result', totalPages: 'result_info.pages' }, [['pagination-path', `${AT}/totalPages`, 'totalPages: "result_info.pages" is not in the success response']]],
    ['a next style without nextURL', { style: 'next', items: 'result' }, [['pagination-invalid', AT, 'a next style needs nextURL: where in the response the next page\'s URL is (for example "nextLink")']]],
    ['a next URL that is not there', { style: 'next', items: 'result', nextURL: 'nextLink' }, [['pagination-path', `${AT}/nextURL`, 'nextURL: "nextLink" is not in the success response']]],
    ['a path that is not a string', { style: 'page', items: 3 }, [['pagination-invalid', `${AT}/items`, 'expected a dotted path such as "result_info.cursor", or a list of property names, got 3']]],
  ])('%s', (_, pagination, want) => {
    expect(errorsOf(pagination)).toEqual(want);
  });
});

describe("Azure's x-ms-pageable", () => {
  const AZURE_PAGE = { type: 'object', properties: { value: { type: 'array', items: { $ref: '#/components/schemas/Zone' } }, '@odata.nextLink': { type: 'string' } } };
  const azure = (pageable: unknown, response: unknown = AZURE_PAGE, own?: unknown) => {
    const doc = docWith(own, response);
    const get = ((doc['paths'] as Record<string, Record<string, Record<string, unknown>>>)['/zones']!)['get']!;
    get['x-ms-pageable'] = pageable;
    if (own === undefined) delete get['x-sdk-pagination'];
    return buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }));
  };

  it('is read as the next style: the URL at nextLinkName, the items at itemName (default value), names kept whole', () => {
    const { api } = azure({ nextLinkName: '@odata.nextLink' });
    expect(api.operations[0]!.pagination).toMatchObject({ style: 'next', items: ['value'], nextURL: ['@odata.nextLink'] });
  });

  it('pages nothing when nextLinkName is null (one page only)', () => {
    expect(azure({ nextLinkName: null }).api.operations[0]!.pagination).toBeUndefined();
  });

  it('gives way to the operation\'s own x-sdk-pagination', () => {
    const { api } = azure({ nextLinkName: '@odata.nextLink' }, PAGE_SCHEMA, { style: 'page', items: 'result' });
    expect(api.operations[0]!.pagination?.style).toBe('page');
  });

  it('is left out with a located warning, not an error, where the response does not fit it', () => {
    const { api, warnings } = azure({ nextLinkName: 'nextLink', itemName: 'items' });
    expect(api.operations[0]!.pagination).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.location.pointer, w.message])).toEqual([
      ['pagination-not-applied', '/paths/~1zones/get/x-ms-pageable', 'the method returns single pages: items: "items" is not in the success response; nextURL: "nextLink" is not in the success response'],
    ]);
  });
});

describe('x-sdk.pagination rules page every GET operation they fit', () => {
  const RULES = [
    { style: 'cursor', items: 'result', nextCursor: 'result_info.cursor' },
    { style: 'page', param: 'page', items: 'result', totalPages: 'result_info.total_pages' },
    { style: 'link', param: 'per_page' },
  ];
  const list = (parameters: string[], schema: unknown, own?: unknown) => ({
    ...(own ? { 'x-sdk-pagination': own } : {}),
    parameters: parameters.map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
    responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } },
  });
  const wrapped = { type: 'object', properties: { result: { type: 'array', items: {} }, result_info: { $ref: '#/components/schemas/Info' } } };
  const doc = minimalDoc({
    'x-sdk': { pagination: RULES },
    paths: {
      '/by-page': { get: { operationId: 'byPage', ...list(['page'], wrapped) }, post: { operationId: 'create', ...list(['page'], wrapped) } },
      '/by-cursor': { get: { operationId: 'byCursor', ...list(['cursor', 'page'], wrapped) } },
      '/bare': { get: { operationId: 'bare', ...list(['per_page', 'page'], { type: 'array', items: {} }) } },
      '/not-a-list': { get: { operationId: 'notAList', ...list(['page'], { type: 'object', properties: { result: { type: 'object' } } }) } },
      '/no-param': { get: { operationId: 'noParam', ...list([], wrapped) } },
      '/own': { get: { operationId: 'own', ...list(['page', 'offset'], wrapped, { style: 'offset', items: 'result' }) } },
    },
    components: { schemas: { Info: { type: 'object', properties: { total_pages: { type: 'integer' }, cursor: { type: 'string' } } } } },
  });

  it('each taking the first rule whose parameter and paths it has; an operation\'s own wins', () => {
    const { api } = buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }));
    const styles = Object.fromEntries(api.operations.map((op) => [op.operationId, op.pagination?.style ?? 'none']));
    expect(styles).toEqual({ byPage: 'page', create: 'none', byCursor: 'cursor', bare: 'link', notAList: 'none', noParam: 'none', own: 'offset' });
  });

  it('a wrong rule is located in the list', () => {
    const bad = { ...doc, 'x-sdk': { pagination: [{ style: 'page', items: 'result' }, { style: 'cursor', items: 'result' }] } };
    expect(() => buildApi(loadFromMemory({ 'spec.yaml': specText(bad) }))).toThrow(expect.objectContaining({ diagnostics: [expect.objectContaining({ code: 'pagination-invalid', location: expect.objectContaining({ pointer: '/x-sdk/pagination/1' }) })] }));
  });

  it("with items '*', fit each list by its one array property, whatever its name", () => {
    const runs = { type: 'object', properties: { total_count: { type: 'integer' }, workflow_runs: { type: 'array', items: {} } } };
    const twoLists = { type: 'object', properties: { added: { type: 'array', items: {} }, removed: { type: 'array', items: {} } } };
    const viaRef = { allOf: [{ $ref: '#/components/schemas/Counted' }, { type: 'object', properties: { repositories: { $ref: '#/components/schemas/Repos' } } }] };
    const starDoc = minimalDoc({
      'x-sdk': { pagination: [{ style: 'link', param: 'per_page' }, { style: 'link', param: 'per_page', items: '*' }] },
      paths: {
        '/bare': { get: { operationId: 'bare', ...list(['per_page'], { type: 'array', items: {} }) } },
        '/runs': { get: { operationId: 'runs', ...list(['per_page'], runs) } },
        '/repos': { get: { operationId: 'repos', ...list(['per_page'], viaRef) } },
        '/two': { get: { operationId: 'two', ...list(['per_page'], twoLists) } },
      },
      components: { schemas: { Counted: { type: 'object', properties: { total_count: { type: 'integer' } } }, Repos: { type: 'array', items: { type: 'string' } } } },
    });
    const { api } = buildApi(loadFromMemory({ 'spec.yaml': specText(starDoc) }));
    expect(Object.fromEntries(api.operations.map((op) => [op.operationId, op.pagination?.items.join('.') ?? 'none']))).toEqual({ bare: '', runs: 'workflow_runs', repos: 'repositories', two: 'none' });
  });

  it("with items '*' on an operation, says which arrays there are when there is not exactly one", () => {
    expect(errorsOf({ style: 'page', items: '*' }, { type: 'object', properties: { a: { type: 'array', items: {} }, b: { type: 'array', items: {} } } })).toEqual([
      ['pagination-path', `${AT}/items`, 'items: "*" needs exactly one array property in the success response, which has "a", "b"'],
    ]);
    expect(build({ style: 'page', items: '*' }).api.operations[0]!.pagination?.items).toEqual(['result']);
  });

  it('rules must be a list', () => {
    const bad = { ...doc, 'x-sdk': { pagination: { style: 'page' } } };
    expect(() => buildApi(loadFromMemory({ 'spec.yaml': specText(bad) }))).toThrow(/x-sdk.pagination must be a list of rules/);
  });
});
