/** Merging header layers: later layers win, null removes, undefined keeps, names are case-insensitive. */
import { describe, expect, it } from 'vitest';
import { checkHeaders, encodeCookies, mergeHeaders, nullsCookie, withCredentialCookies, type HeadersInput } from '../../generator/runtime/headers.js';
import { SDKError } from '../../generator/runtime/errors.js';
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
    ['a number from JavaScript is sent as text', [{ 'X-Count': 5 as unknown as string }], { 'x-count': '5' }],
  ])('%s', (_name, layers, want) => {
    expect(plain(mergeHeaders(layers))).toEqual(want);
  });
});

describe('checkHeaders', () => {
  it.each<[string, Record<string, string>]>([
    ['tokens and Latin-1 values', { 'x-a_b.c~1': 'ü, tab\there', accept: '*/*' }],
    ['an empty value', { 'x-empty': '' }],
  ])('lets %s through, as fetch does', (_name, headers) => {
    expect(() => new Headers(headers)).not.toThrow();
    expect(() => checkHeaders(headers)).not.toThrow();
  });

  it.each<[string, Record<string, string>, string]>([
    ['a line break in a value', { 'x-a': 'secret\r\nx-injected: 1' }, 'Header "x-a" cannot be sent'],
    ['a NUL in a value', { 'x-a': 'a\0b' }, 'Header "x-a" cannot be sent'],
    ['a character past U+00FF in a value', { 'x-a': '5 €' }, 'Header "x-a" cannot be sent'],
    ['a space in a name', { 'x a': '1' }, 'Header "x a" cannot be sent'],
    ['an empty name', { '': '1' }, 'Header "" cannot be sent'],
  ])('refuses %s, as fetch would, naming the header and not its value', (_name, headers, message) => {
    expect(() => new Headers(headers)).toThrow(TypeError);
    const error = (() => {
      try {
        checkHeaders(headers);
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SDKError);
    expect(error?.message).toContain(message);
    expect(error?.message).not.toContain('secret');
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
    ['an array is joined with commas, as the form style writes it', { ids: ['1', '2'] }, 'ids=1,2'],
    ["an item's own comma is encoded: the server splits where the client joined", { tags: ['a,b', 'c d'] }, 'tags=a%2Cb,c%20d'],
    ['undefined is left out', { a: undefined, b: '1' }, 'b=1'],
    ['nothing set: no header', { a: undefined }, undefined],
  ])('%s', (_name, values, want) => {
    expect(encodeCookies(values)).toBe(want);
  });
});

describe('withCredentialCookies', () => {
  it.each<[string, string, string | undefined, string]>([
    ['no cookie of the request: the credentials alone', 'session=s; key=k', undefined, 'session=s; key=k'],
    ['other cookies: after the credentials', 'session=s', 'theme=dark', 'session=s; theme=dark'],
    ['one the request names: its value only', 'session=s; key=k', 'theme=dark; session=mine', 'key=k; theme=dark; session=mine'],
    ['every one named: the request\'s alone', 'session=s', 'session=mine', 'session=mine'],
    ['names compared decoded, spaces around them ignored', 'a%24b=s', 'x=1;  a$b=mine', 'x=1;  a$b=mine'],
    ['a name that is not valid percent-encoding compared as written', 'a%zz=s', 'a%zz=mine', 'a%zz=mine'],
    ['a cookie named like a prefix is another cookie', 'session=s', 'sessionid=1', 'session=s; sessionid=1'],
  ])('%s', (_name, credential, own, want) => {
    expect(withCredentialCookies(credential, own)).toBe(want);
  });
});

describe('nullsCookie', () => {
  it.each<[string, HeadersInput[], boolean]>([
    ['no layer', [undefined, null], false],
    ['a layer setting Cookie to null, in any case', [{ 'X-A': 'a' }, { COOKIE: null }], true],
    ['Cookie left undefined', [{ Cookie: undefined }], false],
    ['a Cookie value', [{ cookie: 'a=1' }], false],
    ['Headers and tuples, which cannot hold null', [new Headers({ cookie: 'a=1' }), [['cookie', 'a=1']]], false],
  ])('%s', (_name, layers, want) => {
    expect(nullsCookie(layers)).toBe(want);
  });
});
