/**
 * Overlay targets are RFC 9535 normalized paths made from the generator's JSON pointers: checked against an
 * independent implementation (npm `jsonpath-rfc9535`), which must select exactly the node the pointer
 * names and write its own normalized path for it character for character as ours.
 */
import { paths, query } from 'jsonpath-rfc9535';
import { describe, expect, it } from 'vitest';
import { normalizedPath } from '../../generator/samples/json-path.js';

const HOSTILE_KEYS = [
  '/pets/{id}',
  "/it's",
  '/back\\slash',
  "/\\'",
  '/a~1b',
  '/a~0b',
  '~',
  '',
  '0',
  "$[*]..['x']",
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join(''),
  '\u007f\u0085\u2028\u2029\ufeff',
  '/emoji/🦄',
];

/** The library's JSON type, which a literal with optional members does not meet. */
const json = (value: unknown) => value as Parameters<typeof query>[0];

/** RFC 6901: `~` as `~0`, then `/` as `~1`. */
const token = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

describe('normalizedPath', () => {
  it.each(HOSTILE_KEYS.map((key) => [JSON.stringify(key), key]))('selects the operation under the path %s, and only it', (_, key) => {
    const operation = { operationId: 'target' };
    const doc = json({ paths: { [key]: { get: operation, post: {} }, other: { get: {} } } });
    const path = normalizedPath(`/paths/${token(key)}/get`);
    const selected = query(doc, path);
    expect(selected).toHaveLength(1);
    expect(selected[0]).toBe(operation);
    expect(paths(doc, path)).toEqual([path]);
  });

  it('names the root as $ and every token of a deeper pointer in turn', () => {
    expect(normalizedPath('')).toBe('$');
    const doc = json({ components: { pathItems: { 'a/b': { get: { x: 1 } } } } });
    const path = normalizedPath('/components/pathItems/a~1b/get');
    expect(paths(doc, path)).toEqual([path]);
    expect(query(doc, path)).toEqual([{ x: 1 }]);
  });

  it('reads reference tokens as RFC 6901 does (~01 is ~1, not /)', () => {
    expect(normalizedPath('/a~01b/c~10')).toBe("$['a~1b']['c/0']");
  });
});
