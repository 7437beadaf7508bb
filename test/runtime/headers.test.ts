/** Merging header layers: later layers win, null removes, undefined keeps, names are case-insensitive. */
import { describe, expect, it } from 'vitest';
import { encodeCookies, mergeHeaders, type HeadersInput } from '../../generator/runtime/headers.js';
import { redactHeaders, sensitiveHeaders } from '../../generator/runtime/redact.js';

const plain = (headers: Record<string, string>) => ({ ...headers });

describe('mergeHeaders', () => {
  it.each<[string, HeadersInput[], Record<string, string>]>([
    ['one layer', [{ A: '1' }], { a: '1' }],
    ['later wins', [{ A: '1' }, { a: '2' }], { a: '2' }],
    ['case-insensitive', [{ 'X-Thing': '1' }, { 'x-THING': '2' }], { 'x-thing': '2' }],
    ['null removes', [{ A: '1', B: '2' }, { b: null }], { a: '1' }],
    ['undefined keeps', [{ A: '1' }, { a: undefined }], { a: '1' }],
    ['null then set again', [{ A: '1' }, { a: null }, { A: '3' }], { a: '3' }],
    ['empty layers', [undefined, null, {}], {}],
    ['a Headers instance', [{ A: '1' }, new Headers({ a: '2', b: '3' })], { a: '2', b: '3' }],
    ['tuples', [[['a', '1'], ['b', '2']]], { a: '1', b: '2' }],
    ['repeated tuples append within a layer', [{ a: '0' }, [['a', '1'], ['a', '2']]], { a: '1, 2' }],
    ['an array of values', [{ accept: ['a/b', 'c/d'] }], { accept: 'a/b, c/d' }],
    ['an empty string is a value', [{ a: '1' }, { a: '' }], { a: '' }],
  ])('%s', (_name, layers, want) => {
    expect(plain(mergeHeaders(layers))).toEqual(want);
  });
});

describe('redactHeaders', () => {
  it('masks the usual secret headers and the API credential headers', () => {
    const sensitive = sensitiveHeaders(['X-Custom-Credential']);
    const headers = new Headers({
      authorization: 'Bearer t', 'x-auth-key': 'k', 'x-auth-email': 'e', cookie: 'c', 'set-cookie': 's',
      'x-custom-credential': 'ct', 'proxy-authorization': 'p', accept: 'application/json', 'x-request-id': 'r', 'x-api-key': 'a',
    });
    expect(redactHeaders(headers, sensitive)).toEqual({
      authorization: '***', 'x-auth-key': '***', 'x-auth-email': '***', cookie: '***', 'set-cookie': '***',
      'x-custom-credential': '***', 'proxy-authorization': '***', accept: 'application/json', 'x-request-id': 'r', 'x-api-key': '***',
    });
  });
});

describe('encodeCookies', () => {
  it.each<[string, Record<string, unknown>, string | undefined]>([
    ['one value', { theme: 'dark' }, 'theme=dark'],
    ['several, in order', { a: '1', b: 2, c: true }, 'a=1; b=2; c=true'],
    ['separators and spaces are encoded', { 'x y': 'a;b=c, d' }, 'x%20y=a%3Bb%3Dc%2C%20d'],
    ['an array is joined with commas', { ids: ['1', '2'] }, 'ids=1%2C2'],
    ['undefined is left out', { a: undefined, b: '1' }, 'b=1'],
    ['nothing set: no header', { a: undefined }, undefined],
  ])('%s', (_name, values, want) => {
    expect(encodeCookies(values)).toBe(want);
  });
});
