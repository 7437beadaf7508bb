/**
 * Parameters sent as their `style` and `explode` say (OpenAPI 3.1 §4.8.12.4): a client generated from a
 * spec with each style, run against a loopback server.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { minimalDoc, specText } from '../helpers/spec.js';
import { generateAndImport, scratchDir } from '../helpers/tree.js';
import { wireCheckPackage } from '../helpers/wire-check.js';

const list = (items: object = { type: 'string' }) => ({ type: 'array', items });
const query = (name: string, schema: object, style: object = {}) => ({ name, in: 'query', schema, ...style });

const SPEC = minimalDoc({
  'x-sdk': { client: { name: 'Shop' } },
  components: { schemas: { Range: { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' } } } } },
  paths: {
    '/items': {
      get: {
        operationId: 'listItems',
        tags: ['items'],
        parameters: [
          query('repeated', list()),
          query('commas', list(), { explode: false }),
          query('spaces', list({ type: 'integer' }), { style: 'spaceDelimited', explode: false }),
          query('pipes', list(), { style: 'pipeDelimited' }),
          query('filter', { type: 'object', properties: { color: { type: 'string' }, size: { type: 'object', properties: { min: { type: 'integer' } } } } }, { style: 'deepObject', explode: true }),
          // Stripe's: a list, and a list of objects, in brackets.
          query('expand', list(), { style: 'deepObject', explode: true }),
          query('lines', list({ type: 'object', properties: { amount: { type: 'integer' }, tags: list() } }), { style: 'deepObject', explode: true }),
          query('range', { $ref: '#/components/schemas/Range' }),
          query('labels', { type: 'object', additionalProperties: { type: 'string' } }),
          query('rgb', { type: 'object', additionalProperties: { type: 'integer' } }, { explode: false }),
          query('where', { oneOf: [{ type: 'string' }, { type: 'object', properties: { near: { type: 'string' } } }] }),
          query('path', { type: 'string' }, { allowReserved: true }),
          query('paths', list(), { allowReserved: true }),
          query('urls', list(), { explode: false, allowReserved: true }),
          query('scope', { type: 'object', properties: { at: { type: 'string' } } }, { style: 'deepObject', allowReserved: true }),
          { name: 'q', in: 'query', content: { 'application/json': { schema: { type: 'object', properties: { ids: list() } } } } },
          { name: 'raw', in: 'query', content: { 'text/plain': { schema: { type: 'string' } } } },
          { name: 'x-meta', in: 'header', content: { 'application/json': { schema: { type: 'object', properties: { n: { type: 'integer' } } } } } },
          { name: 'x-color', in: 'header', schema: { type: 'object', additionalProperties: { type: 'integer' } } },
          { name: 'x-color-pairs', in: 'header', explode: true, schema: { $ref: '#/components/schemas/Range' } },
          { name: 'x-tags', in: 'header', schema: list() },
        ],
        responses: { '204': { description: 'none' } },
      },
    },
    '/items/{ids}': {
      get: {
        operationId: 'getItems',
        tags: ['items'],
        parameters: [{ name: 'ids', in: 'path', required: true, schema: list({ type: 'integer' }) }],
        responses: { '204': { description: 'none' } },
      },
    },
    '/palette/{color_name}/{shades}': {
      get: {
        operationId: 'getPalette',
        tags: ['items'],
        parameters: [
          { name: 'color_name', in: 'path', required: true, style: 'matrix', schema: { type: 'string' } },
          { name: 'shades', in: 'path', required: true, style: 'label', explode: true, schema: list() },
        ],
        responses: { '204': { description: 'none' } },
      },
    },
    '/rows/{row_ids}{.format}': {
      get: {
        operationId: 'getRows',
        tags: ['items'],
        parameters: [
          { name: 'row_ids', in: 'path', required: true, 'x-sdk-positional': false, style: 'matrix', explode: true, schema: list({ type: 'integer' }) },
          { name: '.format', in: 'path', required: true, 'x-sdk-positional': false, schema: { type: 'string' } },
        ],
        responses: { '204': { description: 'none' } },
      },
    },
    '/tags/{names}': {
      get: {
        operationId: 'getTags',
        tags: ['items'],
        parameters: [{ name: 'names', in: 'path', required: true, 'x-sdk-positional': false, schema: list() }],
        responses: { '204': { description: 'none' } },
      },
    },
    '/invoices': {
      get: {
        operationId: 'listInvoices',
        tags: ['items'],
        // Two exploded objects and a parameter send the key `amount` (sinao.app's `columns` and `discount`).
        parameters: [
          query('amount', { type: 'integer' }),
          query('columns', { type: 'object', properties: { amount: { type: 'integer' }, label: { type: 'string' } } }),
          query('page', { type: 'integer' }),
          query('discount', { type: 'object', properties: { amount: { type: 'integer' } } }),
        ],
        responses: { '204': { description: 'none' } },
      },
    },
  },
});

type Shop = {
  items: {
    listItems(params: object): Promise<unknown>;
    getItems(ids: readonly number[]): Promise<unknown>;
    getTags(params: object): Promise<unknown>;
    getPalette(colorName: string, shades: readonly string[]): Promise<unknown>;
    getRows(params: object): Promise<unknown>;
    listInvoices(params: object): Promise<unknown>;
  };
};
let server: ApiServer;
let client: Shop;
let resourceSource: string;
let packageDir: string;

beforeAll(async () => {
  const { out, module: { Shop } } = await generateAndImport<{ Shop: new (o: object) => Shop }>(SPEC, 'query-styles-');
  resourceSource = readFileSync(join(out, 'src/resources/items.ts'), 'utf8');
  packageDir = out;
  server = await startApiServer(() => ({ status: 204 }));
  client = new Shop({ baseURL: server.url, maxRetries: 0 });
}, 60_000);

afterAll(() => server?.close());

async function sentQuery(params: object): Promise<string> {
  await client.items.listItems(params);
  return decodeURIComponent(server.requests.at(-1)!.url.replace(/^\/items\??/, ''));
}

describe('query parameter styles', () => {
  it.each<[string, object, string]>([
    ['form, exploded (the default): the key repeated', { repeated: ['a', 'b'] }, 'repeated=a&repeated=b'],
    ['form, not exploded: joined by commas', { commas: ['a', 'b'] }, 'commas=a,b'],
    ['spaceDelimited: joined by spaces', { spaces: [1, 2] }, 'spaces=1 2'],
    ['pipeDelimited: joined by pipes', { pipes: ['a', 'b'] }, 'pipes=a|b'],
    ['deepObject: bracketed keys, nested ones too', { filter: { color: 'red', size: { min: 2 } } }, 'filter[color]=red&filter[size][min]=2'],
    ["deepObject, a list: each item under its index (Stripe's `expand`)", { expand: ['a', 'b'] }, 'expand[0]=a&expand[1]=b'],
    ['deepObject, a list of objects: indexes, then keys, lists inside indexed too', { lines: [{ amount: 1, tags: ['x', 'y'] }] }, 'lines[0][amount]=1&lines[0][tags][0]=x&lines[0][tags][1]=y'],
    ['an object, form exploded (the default): its properties as keys', { range: { start: 1, end: 2 } }, 'start=1&end=2'],
    ['a map, form exploded: its entries as keys', { labels: { env: 'prod', team: 'a&b' } }, 'env=prod&team=a&b'],
    ['an object, form not exploded: keys and values joined by commas', { rgb: { R: 100, G: 200 } }, 'rgb=R,100,G,200'],
    ['a string-or-object sent as a string keeps its name', { where: 'here' }, 'where=here'],
    ['a string-or-object sent as an object: its properties as keys', { where: { near: 'x' } }, 'near=x'],
    ['content application/json: the value as JSON text', { q: { ids: ['a', 'b'] } }, 'q={"ids":["a","b"]}'],
    ['content text/plain: the value as it is', { raw: 'a b' }, 'raw=a b'],
    ['a parameter left out is not sent', { commas: undefined, filter: undefined, range: undefined, rgb: undefined, q: undefined }, ''],
  ])('%s', async (_name, params, want) => {
    expect(await sentQuery(params)).toBe(want);
  });

  it('sends a header parameter with content application/json as JSON text', async () => {
    await client.items.listItems({ 'x-meta': { n: 1 } });
    expect(server.requests.at(-1)!.headers['x-meta']).toBe('{"n":1}');
  });

  it('sends header objects and lists in the simple style: keys and values joined, or key=value pairs when exploded', async () => {
    await client.items.listItems({ 'x-color': { R: 100, G: 200 }, 'x-color-pairs': { start: 1, end: 2 }, 'x-tags': ['a', 'b'] });
    const { headers } = server.requests.at(-1)!;
    expect([headers['x-color'], headers['x-color-pairs'], headers['x-tags']]).toEqual(['R,100,G,200', 'start=1,end=2', 'a,b']);
  });

  it.each<[string, object, string]>([
    ['the delimiter as it is, a delimiter inside an item encoded: still two items', { commas: ['a,b', 'c'] }, '/items?commas=a%2Cb,c'],
    ['pipes as they are', { pipes: ['a|b', 'c'] }, '/items?pipes=a%7Cb|c'],
    ['spaces as %20', { spaces: [1, 2] }, '/items?spaces=1%202'],
    ['an empty list as an empty value', { commas: [] }, '/items?commas='],
    // `'` is the one reserved character the URL standard itself encodes in an http(s) query, whatever fetch is given.
    ['allowReserved: reserved characters and %XX triples kept, others encoded', { path: "/a:b/c?d=[e]@f!$&'()*+,;=%20é %" }, '/items?path=/a:b/c?d=[e]@f!$&%27()*+,;=%20%C3%A9%20%25'],
    ['allowReserved: a # encoded, or the rest would never be sent', { path: 'a#b' }, '/items?path=a%23b'],
    ['allowReserved: each item of a list, repeated or joined', { paths: ['a/b', 'c d'], urls: ['http://x/y', 'z'] }, '/items?paths=a/b&paths=c%20d&urls=http://x/y,z'],
    ['allowReserved: the values of a deepObject, its keys bracketed as usual', { scope: { at: 'x/y' } }, '/items?scope%5Bat%5D=x/y'],
    ['without allowReserved, the same characters encoded', { repeated: ['a/b:c'] }, '/items?repeated=a%2Fb%3Ac'],
  ])('on the wire: %s', async (_name, params, want) => {
    await client.items.listItems(params);
    expect(server.requests.at(-1)!.url).toBe(want);
  });
});

describe('keys two parameters send', () => {
  it.each<[string, object, string]>([
    ['an exploded object beside a parameter of its key, and another object with it: every value sent', { amount: 1, columns: { amount: 2, label: 'x' }, page: 3, discount: { amount: 4 } }, '/invoices?amount=1&amount=2&amount=4&label=x&page=3'],
    ['one of them left out: the others sent', { columns: { amount: 2 }, discount: { amount: 4 } }, '/invoices?amount=2&amount=4'],
    ['a key sent once: as usual', { discount: { amount: 4 }, page: 3 }, '/invoices?amount=4&page=3'],
  ])('%s', async (_name, params, want) => {
    await client.items.listInvoices(params);
    expect(server.requests.at(-1)!.url).toBe(want);
  });
});

describe('path parameters: lists, and the label and matrix styles', () => {
  it('types a positional list argument as a list of its items', () => {
    expect(resourceSource).toMatch(/getItems\(ids: ReadonlyArray<number>, options\?: RequestOptions\)/);
  });

  it.each<[string, () => Promise<unknown>, string]>([
    ['a positional list, comma-separated', () => client.items.getItems([1, 2, 3]), '/items/1,2,3'],
    ['a list in params, a comma inside an item encoded', () => client.items.getTags({ names: ['a,b', 'c d'] }), '/tags/a%2Cb,c%20d'],
  ])('sends %s', async (_name, call, want) => {
    await call();
    expect(server.requests.at(-1)!.url).toBe(want);
  });

  it.each<[string, () => Promise<unknown>, string]>([
    ['matrix, under the parameter\'s own name; label exploded', () => client.items.getPalette('red;blue', ['light', 'dark']), '/palette/;color_name=red%3Bblue/.light.dark'],
    ['matrix exploded, in params; a placeholder named like a label beside it, filled plainly', () => client.items.getRows({ row_ids: [1, 2], '.format': 'csv' }), '/rows/;row_ids=1;row_ids=2csv'],
  ])('sends the label and matrix styles (§4.8.12.4): %s', async (_name, call, want) => {
    await call();
    expect(server.requests.at(-1)!.url).toBe(want);
  });

  it('refuses an empty list before sending anything', () => {
    const before = server.requests.length;
    expect(() => client.items.getItems([])).toThrow('Path parameter "ids" is an empty list;');
    expect(server.requests.length).toBe(before);
  });
});

describe('the wire check', () => {
  it('finds every value of every style where the spec says it goes, each method called with every parameter', async () => {
    const spec = join(scratchDir('query-styles-wire-'), 'openapi.yaml');
    writeFileSync(spec, specText(SPEC));
    const { run, problems } = await wireCheckPackage(spec, packageDir, true);
    expect(problems).toEqual([]);
    expect(run).toBe(6);
  }, 60_000);
});
