/**
 * An exploded `form` object query parameter whose field is also a query parameter's name: the query holds
 * the key twice (`query-key-clash`), said at the object, located.
 */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

function clashes(parameters: object[], components: object = {}): string[][] {
  const paths = { '/invoices': { post: { operationId: 'create', parameters, responses: { '204': { description: 'ok' } } } } };
  const { warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ paths, components })) }));
  return warnings.filter((w) => w.code === 'query-key-clash').map((w) => [w.location.pointer, w.message]);
}

const columns = { name: 'columns', in: 'query', schema: { type: 'object', properties: { discount: { type: 'string' }, amount: { type: 'string' } } } };
const discount = { name: 'discount', in: 'query', schema: { type: 'integer' } };

describe('an exploded object query parameter beside a parameter of its field\'s name', () => {
  it("is said at the object (sinao's invoice columns beside `discount`)", () => {
    expect(clashes([columns, discount])).toEqual([
      ['/paths/~1invoices/post/parameters/0', 'query parameter `columns` is an object sent `form` and exploded, each field a query key of its own, and its field `discount` is also a query parameter: the query holds the key twice, and a server reads one value; rename one, or set `style: deepObject` (`columns[discount]=…`)'],
    ]);
  });

  it('is said through $refs, at the parameter the $ref names', () => {
    const components = { parameters: { Columns: columns }, schemas: {} };
    expect(clashes([{ $ref: '#/components/parameters/Columns' }, discount], components).map(([pointer]) => pointer)).toEqual(['/components/parameters/Columns']);
  });

  it.each([
    ['deepObject, which writes `columns[discount]`', [{ ...columns, style: 'deepObject' }, discount]],
    ['not exploded, which writes `columns=discount,…`', [{ ...columns, explode: false }, discount]],
    ['no parameter of a field\'s name', [columns, { ...discount, name: 'total' }]],
    ['the same name in the header', [columns, { ...discount, in: 'header' }]],
  ])('is not said with %s', (_, parameters) => {
    expect(clashes(parameters)).toEqual([]);
  });
});
