/**
 * The shortest string two patterns both accept: what the generator sends for a `format` beside a
 * `pattern`, and the proof that no value meets both. JavaScript's own `RegExp` checks each string found,
 * and every short string over the characters the patterns mention checks each "none".
 */
import { describe, expect, it } from 'vitest';
import { sharedString } from '../../generator/util/regex/side-by-side.js';
import { stringsOver } from '../helpers/strings-over.js';

describe('sharedString', () => {
  it.each([
    ['^[0-9a-fA-F]{4}-[0-9a-fA-F]{2}$', '^[0-9]{2}', '00aa-aa'],
    ['^[a-z]+$', 'x', 'x'],
    ['^\\d{4}-\\d\\d$', '^20', '2000-00'],
    ['^(?:[A-Za-z0-9+/]{4})*$', '.', 'aaaa'],
    ['abc', 'b', 'abc'],
  ])('finds the shortest string %s and %s both accept: %j', (first, second, shared) => {
    expect(sharedString(first, second)).toBe(shared);
    expect([new RegExp(first).test(shared), new RegExp(second).test(shared)]).toEqual([true, true]);
  });

  it.each([
    ['^(?:[A-Za-z0-9+/]{4})*$', ' '],
    ['^\\d{4}-\\d\\d-\\d\\d$', 'YYYY'],
    ['^a+$', '^b'],
    ['^ab?$', 'abb'],
  ])('finds none where %s and %s accept no string alike', (first, second) => {
    expect(sharedString(first, second)).toBeNull();
    for (const s of stringsOver('abY -0', 5)) expect([s, new RegExp(first).test(s) && new RegExp(second).test(s)]).toEqual([s, false]);
  });

  it('leaves undecided what it cannot read as an automaton', () => {
    expect(sharedString('^(a)\\1$', 'a')).toBeUndefined();
  });
});
