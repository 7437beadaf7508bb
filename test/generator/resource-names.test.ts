/** Resource and method names from tags and operationIds that hold no ASCII letter, or accented ones. */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { words } from '../../generator/util/names.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { generateAndImport } from '../helpers/tree.js';

const build = (paths: Record<string, unknown>) => buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ paths })) }));
const get = (operationId: string, tags: string[]) => ({ get: { operationId, tags, responses: { '204': { description: 'none' } } } });

describe('an operation whose tag or operationId gives no name', () => {
  it('keeps the operation, in the resource its path names, with a located warning (it used to vanish)', () => {
    const { api, warnings } = build({ '/users': get('获取用户', ['用户']), '/orders': get('listOrders', ['!!!']), '/notes': get('listNotes', ['notes']) });
    expect(api.operations.map((op) => `${op.resourcePath.join('.')}.${op.methodName}`).sort()).toEqual(['notes.listNotes', 'orders.listOrders', 'users.list']);
    expect(warnings.map((w) => [w.code, w.location.pointer])).toEqual([
      ['resource-name-empty', '/paths/~1users/get'],
      ['resource-name-empty', '/paths/~1orders/get'],
    ]);
    expect(warnings[0]!.message).toBe('its tag "用户" gives no letter or digit a TypeScript name can use: the operation goes in `users`, after its path; set x-sdk-resource to name its resource');
  });

  it('names the method by its HTTP method and path when the operationId gives nothing', () => {
    const { api } = build({ '/reports/latest': get('報告を取得', ['reports']) });
    expect(api.operations[0]!.methodName).toBe('getLatest');
  });
});

describe('words', () => {
  it('drops accents instead of splitting at them', () => {
    expect(words('créerChose')).toEqual(['creer', 'Chose']);
    expect(words('Ärger-Über')).toEqual(['Arger', 'Uber']);
  });
});

describe('names that would clash inside a resource class', () => {
  const op = (operationId: string, resource: string) => ({ get: { operationId, 'x-sdk-resource': resource, responses: { '204': { description: 'none' } } } });
  const paths = { '/a': op('items', 'things'), '/b': op('listItems', 'things.items'), '/c': op('listC', 'things.constructor'), '/d': op('then', 'things') };

  it('renames the method, not the subresource, and never names a method then or a subresource constructor', () => {
    const { api } = build(paths);
    expect(api.operations.map((o) => `${o.resourcePath.join('.')}.${o.methodName}`).sort()).toEqual(['things.constructor_.listC', 'things.items.listItems', 'things.items2', 'things.then2']);
  });

  it('gives a package whose resources work, and one that await leaves alone', async () => {
    type Resource = Record<string, unknown> & { items: Record<string, unknown>; constructor_: Record<string, unknown> };
    const doc = minimalDoc({ servers: [{ url: 'https://clash.example.com' }], paths });
    const { module } = await generateAndImport<{ default: new (options: object) => { things: Resource } }>(doc, 'clash-names-');
    const { things } = new module.default({});
    expect([typeof things['items2'], typeof things.items['listItems'], typeof things.constructor_['listC'], typeof things['then2']]).toEqual(['function', 'function', 'function', 'function']);
    // A `then` method would make the resource a thenable: awaiting it would call the API.
    expect(await Promise.resolve(things)).toBe(things);
  });
});
