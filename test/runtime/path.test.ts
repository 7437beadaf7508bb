/** `encodePath`: percent-encoding outside RFC 3986 pchar, and the values it refuses. */
import { describe, expect, it } from 'vitest';
import { encodePath, SDKError } from '../../generator/runtime/index.js';

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

  it('leaves a template without placeholders as it is', () => {
    expect(encodePath('/user/tokens/verify', {})).toBe('/user/tokens/verify');
  });
});
