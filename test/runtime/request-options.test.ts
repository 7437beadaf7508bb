/** Telling request options from `params` where a method takes either (`list({ timeout: 5000 })`). */
import { describe, expect, it } from 'vitest';
import { isRequestOptions } from '../../generator/runtime/request-options.js';

describe('isRequestOptions', () => {
  it.each<[string, unknown, boolean]>([
    ['an object of request options', { timeout: 5000, headers: { 'X-A': '1' } }, true],
    ['every request option at once', { timeout: 1, maxRetries: 0, signal: null, headers: {}, query: {}, fetchOptions: {}, idempotencyKey: 'k' }, true],
    ['an option set to undefined', { maxRetries: undefined }, true],
    ['an empty object: params and options alike send nothing', {}, false],
    ['a parameter beside an option', { timeout: 1, limit: 10 }, false],
    ['parameters', { limit: 10 }, false],
    ['undefined', undefined, false],
    ['null', null, false],
    ['a string', 'timeout', false],
    ['a key only inherited', Object.create({ timeout: 1 }), false],
    ["a key of Object's prototype", JSON.parse('{"toString": 1}'), false],
  ])('%s: %s', (_name, value, want) => {
    expect(isRequestOptions(value)).toBe(want);
  });
});
