/** `encodePath` and `encodeStyledPath`: percent-encoding outside RFC 3986 pchar, the styles, and the values they refuse. */
import { describe, expect, it } from 'vitest';
import { encodePath, encodeStyledPath, SDKError, type PathStyle } from '../../generator/runtime/index.js';

const TEMPLATE = '/accounts/{account_id}/meetings/{meetingId}';

describe('encodePath', () => {
  it.each([
    ['plain', 'abc-123', '/accounts/acc/meetings/abc-123'],
    ['a number', 42, '/accounts/acc/meetings/42'],
    ['a slash', 'a/b', '/accounts/acc/meetings/a%2Fb'],
    ['a traversal attempt', '../../x', '/accounts/acc/meetings/..%2F..%2Fx'],
    ['query and fragment', 'a?b=1#c', '/accounts/acc/meetings/a%3Fb=1%23c'],
    ['a percent sign', '100%', '/accounts/acc/meetings/100%25'],
    ['an encoded dot', '%2e%2e', '/accounts/acc/meetings/%252e%252e'],
    ['spaces and unicode', 'réu nion', '/accounts/acc/meetings/r%C3%A9u%20nion'],
    ['sub-delims, colon and at', "a!$&'()*+,;=:@b", "/accounts/acc/meetings/a!$&'()*+,;=:@b"],
    ['unreserved', 'A-z_0.9~', '/accounts/acc/meetings/A-z_0.9~'],
    ['dots inside a segment', 'v1.2..3', '/accounts/acc/meetings/v1.2..3'],
    ['a backslash', 'a\\b', '/accounts/acc/meetings/a%5Cb'],
    ['a list, comma-separated', ['a', 7], '/accounts/acc/meetings/a,7'],
    ['a list whose items hold commas and slashes', ['a,b', 'c/d'], '/accounts/acc/meetings/a%2Cb,c%2Fd'],
    ['a list of one "..", which stays one item', ['..x'], '/accounts/acc/meetings/..x'],
  ] as const)('encodes %s', (_name, meetingId, want) => {
    expect(encodePath(TEMPLATE, { account_id: 'acc', meetingId })).toBe(want);
  });

  it.each([
    ['undefined', undefined, 'is undefined'],
    ['null', null, 'is null'],
    ['an empty string', '', 'is ""'],
    ['"."', '.', 'is "."'],
    ['".."', '..', 'is ".."'],
    ['an object', { id: 1 }, 'is an object'],
    ['an empty list', [], 'is an empty list'],
    ['a list holding ".."', ['..'], 'is ".."'],
    ['a list holding an object', ['a', { id: 1 }], 'is an object'],
    ['a list holding a list', [['a']], 'is a list inside a list'],
    ['a boolean', true, 'is a boolean'],
    ['NaN', Number.NaN, 'is NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'is Infinity'],
  ])('refuses %s, naming the parameter and what it should be', (_name, meetingId, what) => {
    const run = () => encodePath(TEMPLATE, { account_id: 'acc', meetingId });
    expect(run).toThrow(SDKError);
    expect(run).toThrow(`Path parameter "meetingId" ${what}; expected a finite number, a string other than "", "." and "..", or a non-empty list of them.`);
  });

  it('refuses a placeholder the call has no value for', () => {
    expect(() => encodePath(TEMPLATE, { account_id: 'acc' })).toThrow('Path parameter "meetingId" is undefined;');
  });

  it.each([
    ['a colon between two placeholders, in both values', '/worker/{arch}:{id}', { arch: 'x86:64', id: 'a:1' }, '/worker/x86%3A64:a%3A1'],
    ["a custom method's colon after the value", '/v1/{name}:cancel', { name: 'ops:1@b' }, '/v1/ops%3A1%40b:cancel'],
    ['only for the placeholder sharing its segment', '/{scope}/pkg@{version}', { scope: '@a:b', version: '1@2:3' }, '/@a:b/pkg@1%402%3A3'],
    ['in each item of a list', '/x/{ids};v=1', { ids: ['a;b', 'c=d'] }, '/x/a%3Bb,c%3Dd;v=1'],
    ['whatever the text beside it', '/files/{name}.json', { name: "a:b$c&d+e,f;g=h!'()*" }, "/files/a%3Ab%24c%26d%2Be%2Cf%3Bg%3Dh!'()*.json"],
  ])('encodes the delimiters in a value sharing its segment with text, as encodeURIComponent does: %s', (_name, template, params, want) => {
    expect(encodePath(template, params)).toBe(want);
  });

  it('leaves a template without placeholders as it is', () => {
    expect(encodePath('/user/tokens/verify', {})).toBe('/user/tokens/verify');
  });
});

describe('encodeStyledPath', () => {
  const label = (explode: boolean): PathStyle => ({ style: 'label', explode, name: 'color' });
  const matrix = (explode: boolean, name = 'color'): PathStyle => ({ style: 'matrix', explode, name });
  const colors = ['blue', 'black', 'brown'];

  // The rows of the OpenAPI Specification's style examples (§4.8.12.4.4), and what encoding adds.
  it.each([
    ['label, a value', label(false), 'blue', '/x/.blue'],
    ['label exploded, a value', label(true), 'blue', '/x/.blue'],
    ['label, a list', label(false), colors, '/x/.blue,black,brown'],
    ['label exploded, a list', label(true), colors, '/x/.blue.black.brown'],
    ['matrix, a value', matrix(false), 'blue', '/x/;color=blue'],
    ['matrix exploded, a value', matrix(true), 'blue', '/x/;color=blue'],
    ['matrix, a list', matrix(false), colors, '/x/;color=blue,black,brown'],
    ['matrix exploded, a list', matrix(true), colors, '/x/;color=blue;color=black;color=brown'],
    ['matrix, a number', matrix(false), 7, '/x/;color=7'],
    ['label, a slash and a space', label(false), 'a/b c', '/x/.a%2Fb%20c'],
    ['label, list items holding commas', label(false), ['a,b', 'c'], '/x/.a%2Cb,c'],
    ['matrix, a value holding ";" and "="', matrix(false), 'a;b=c', '/x/;color=a%3Bb=c'],
    ['matrix exploded, list items holding "," and ";"', matrix(true), ['a,b', 'c;d'], '/x/;color=a%2Cb;color=c%3Bd'],
    ['matrix, a parameter name that needs encoding', matrix(false, 'a b;c'), 'v', '/x/;a%20b%3Bc=v'],
    ['matrix, an empty string', matrix(false), '', '/x/;color'],
    ['matrix exploded, an empty string', matrix(true), '', '/x/;color'],
  ] as const)('writes %s', (_name, style, color, want) => {
    expect(encodeStyledPath('/x/{color}', { color }, { color: style })).toBe(want);
  });

  it('refuses an empty string in a label, which would leave a bare "." segment', () => {
    expect(() => encodeStyledPath('/x/{color}', { color: '' }, { color: label(false) })).toThrow('Path parameter "color" is "";');
  });

  it('fills the placeholders without a style as encodePath does', () => {
    expect(encodeStyledPath('/a/{id}/b/{color}', { id: ['1', '2'], color: 'red' }, { color: label(false) })).toBe('/a/1,2/b/.red');
  });

  it('encodes the delimiters in a placeholder without a style sharing its segment', () => {
    expect(encodeStyledPath('/a/{id}:{color}', { id: 'x:y', color: 'red' }, { color: label(false) })).toBe('/a/x%3Ay:.red');
  });

  it('joins a simple list by its delimiter, percent-encoded (Swagger 2\'s pipes, ssv, tsv); a scalar as usual', () => {
    const simple = (delimiter: PathStyle['delimiter']): PathStyle => ({ style: 'simple', explode: false, name: 'ids', delimiter });
    expect(encodeStyledPath('/x/{ids}', { ids: ['a', 'b,c'] }, { ids: simple('|') })).toBe('/x/a%7Cb,c');
    expect(encodeStyledPath('/x/{ids}', { ids: ['a b', 'c'] }, { ids: simple(' ') })).toBe('/x/a%20b%20c');
    expect(encodeStyledPath('/x/{ids}', { ids: ['a', 'b'] }, { ids: simple('\t') })).toBe('/x/a%09b');
    expect(encodeStyledPath('/x/{ids}:go', { ids: ['a:1', 'b'] }, { ids: simple('|') })).toBe('/x/a%3A1%7Cb:go');
    expect(encodeStyledPath('/x/{ids}', { ids: 'a|b' }, { ids: simple('|') })).toBe('/x/a%7Cb');
    expect(() => encodeStyledPath('/x/{ids}', { ids: ['a', '..'] }, { ids: simple('|') })).toThrow('Path parameter "ids" is "..";');
  });

  it('writes the name the spec gives, whatever the placeholder is called', () => {
    expect(encodeStyledPath('/x/{colorName}', { colorName: 'red' }, { colorName: matrix(false, 'color') })).toBe('/x/;color=red');
  });

  it.each([
    ['an empty list', [], 'is an empty list'],
    ['".." in a label', '..', 'is ".."'],
    ['an object', { r: 1 }, 'is an object'],
    ['undefined', undefined, 'is undefined'],
  ])('refuses %s, naming the parameter', (_name, color, what) => {
    for (const style of [label(false), matrix(true)]) {
      expect(() => encodeStyledPath('/x/{color}', { color }, { color: style })).toThrow(`Path parameter "color" ${what};`);
    }
  });

  it('reads only its own styles: a placeholder named like an inherited member is filled plainly', () => {
    expect(encodeStyledPath('/x/{constructor}', { constructor: 'a' }, {})).toBe('/x/a');
  });
});
