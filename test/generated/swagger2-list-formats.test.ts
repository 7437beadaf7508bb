/**
 * Swagger 2.0's `collectionFormat` on header and path lists: `csv` (the default) joined by commas, `ssv`,
 * `pipes` and `tsv` by a space, a pipe, a tab, which OpenAPI 3 has no style for there. A client generated
 * from a Swagger document with each, run against a loopback server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { generateAndImport } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const list = (name: string, where: 'header' | 'path', collectionFormat?: string) => ({
  name,
  in: where,
  type: 'array',
  items: { type: 'string' },
  ...(where === 'path' && { required: true, 'x-sdk-positional': false }),
  ...(collectionFormat !== undefined && { collectionFormat }),
});

const SPEC = {
  swagger: '2.0',
  info: { title: 'Lists', version: '1' },
  'x-sdk': { client: { name: 'Lists' } },
  paths: {
    '/pipes/{ids}/spaces/{names}/tabs/{tabs}/commas/{commas}': {
      get: {
        operationId: 'getPath',
        tags: ['lists'],
        parameters: [list('ids', 'path', 'pipes'), list('names', 'path', 'ssv'), list('tabs', 'path', 'tsv'), list('commas', 'path')],
        responses: { 204: { description: 'none' } },
      },
    },
    '/headers': {
      get: {
        operationId: 'getHeaders',
        tags: ['lists'],
        parameters: [
          list('X-Spaces', 'header', 'ssv'),
          list('X-Pipes', 'header', 'pipes'),
          list('X-Tabs', 'header', 'tsv'),
          list('X-Commas', 'header', 'csv'),
          list('X-Default', 'header'),
          list('X-Weird', 'header', 'weird'),
        ],
        responses: { 204: { description: 'none' } },
      },
    },
  },
};

type Lists = { lists: { getPath(params: object): Promise<unknown>; getHeaders(params: object): Promise<unknown> } };

let server: ApiServer;
let client: Lists;
let out: string;
let stderr: string;

beforeAll(async () => {
  let module: { Lists: new (o: object) => Lists };
  ({ out, module, stderr } = await generateAndImport<{ Lists: new (o: object) => Lists }>(SPEC, 'swagger2-lists-'));
  server = await startApiServer(() => ({ status: 204 }));
  client = new module.Lists({ baseURL: server.url, maxRetries: 0 });
}, 60_000);

afterAll(() => server?.close());

const lastRequest = () => server.requests.at(-1)!;

describe('Swagger 2 header and path lists, joined as their collectionFormat says', () => {
  it('compiles under --strict', () => {
    expect(tscErrors(join(out, 'tsconfig.json'))).toBe('');
  });

  it('joins a path list by a pipe, a space or a tab, percent-encoded as a segment needs; csv by commas', async () => {
    await client.lists.getPath({ ids: ['a', 'b'], names: ['x y', 'z'], tabs: ['1', '2'], commas: ['c,d', 'e'] });
    expect(lastRequest().url).toBe('/pipes/a%7Cb/spaces/x%20y%20z/tabs/1%092/commas/c%2Cd,e');
    expect(readFileSync(join(out, 'src/resources/lists.ts'), 'utf8')).toContain("ids: { style: 'simple', explode: false, name: 'ids', delimiter: '|' }");
  });

  it('still refuses an empty path list, as for any other path list', async () => {
    await expect(async () => client.lists.getPath({ ids: [], names: ['x'], tabs: ['1'], commas: ['c'] })).rejects.toThrow('Path parameter "ids" is an empty list');
  });

  it('joins a header list by a space, a pipe or a tab; csv, the default and an unknown format by commas', async () => {
    const both = ['a', 'b'];
    await client.lists.getHeaders({ 'X-Spaces': both, 'X-Pipes': both, 'X-Tabs': both, 'X-Commas': both, 'X-Default': both, 'X-Weird': both });
    expect(lastRequest().headers).toMatchObject({ 'x-spaces': 'a b', 'x-pipes': 'a|b', 'x-tabs': 'a\tb', 'x-commas': 'a,b', 'x-default': 'a,b', 'x-weird': 'a,b' });
  });

  it('leaves out a header list not given', async () => {
    await client.lists.getHeaders({ 'X-Commas': ['a'] });
    const listHeaders = ['x-spaces', 'x-pipes', 'x-tabs', 'x-commas', 'x-default', 'x-weird'];
    expect(Object.keys(lastRequest().headers).filter((name) => listHeaders.includes(name))).toEqual(['x-commas']);
  });

  it('warns of the unknown format, read as csv', () => {
    expect(stderr).toContain('collectionFormat "weird" is not one Swagger 2.0 has (csv, ssv, tsv, pipes, multi): read as csv, the default');
  });
});
