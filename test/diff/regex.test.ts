/**
 * Comparing two `pattern`s by the strings they accept. JavaScript's own `RegExp` (ECMA-262, which JSON
 * Schema names) is the oracle: every example string must be matched by one pattern and not the other,
 * and patterns called the same must agree on every short string over the characters they mention.
 */
import { describe, expect, it } from 'vitest';
import { comparePatterns } from '../../generator/diff/regex/compare.js';
import { readsWithUnicodeFlag } from '../../generator/util/pattern-matcher.js';
import { stringsOver } from '../helpers/strings-over.js';

/**
 * Each string an example of the difference, checked with the engine JSON Schema names: with the `u` flag
 * when both patterns take it, as the comparison reads them.
 */
function checkedDifference(before: string, after: string) {
  const difference = comparePatterns(before, after);
  const flags = readsWithUnicodeFlag(before) && readsWithUnicodeFlag(after) ? 'u' : '';
  const [b, a] = [new RegExp(before, flags), new RegExp(after, flags)];
  if (difference?.onlyBefore !== undefined) expect([b.test(difference.onlyBefore), a.test(difference.onlyBefore)]).toEqual([true, false]);
  if (difference?.onlyAfter !== undefined) expect([b.test(difference.onlyAfter), a.test(difference.onlyAfter)]).toEqual([false, true]);
  return difference;
}

describe('comparePatterns', () => {
  it.each([
    ['^[0-9]{3}$', '^\\d{3}$'],
    ['[a-zA-Z0-9\\-]', '[-a-zA-Z0-9]'],
    ['^(a|b)+$', '^[ab]+$'],
    ['^(?:ab)*$', '^(ab)*$'],
    ['^a{2,3}$', '^aaa?$'],
    ['a', '.*a.*'],
    ['^x*$', '^x*?$'],
    ['\\x41', 'A'],
    ['[^\\s\\S]|b', 'b'],
  ])('finds %s and %s the same, as every short string agrees', (before, after) => {
    expect(checkedDifference(before, after)).toEqual({ onlyBefore: undefined, onlyAfter: undefined });
    for (const s of stringsOver('abx-A0 ', 4)) expect([s, new RegExp(before).test(s)]).toEqual([s, new RegExp(after).test(s)]);
  });

  it.each([
    ['^[a-z]+$', '.+', undefined, '0'],
    ['[0-9a-f]+', '[0-9]+', 'a', undefined],
    ['^[a-z]{1,10}$', '^[a-z]{1,8}$', 'aaaaaaaaa', undefined],
    ['^\\d{3}$', '^\\d{3,4}$', undefined, '0000'],
    ['^a|b$', '^(a|b)$', 'aa', undefined],
    ['^[a-f]+$', '^[a-z]+$', undefined, 'g'],
    ['^[A-Z]$', '^[a-z]$', 'A', 'a'],
    ['^$', '^a?$', undefined, 'a'],
    ['^.$', '^[\\s\\S]$', undefined, '\n'],
  ])('tells %s from %s by the shortest strings each way: %j, %j', (before, after, onlyBefore, onlyAfter) => {
    expect(checkedDifference(before, after)).toEqual({ onlyBefore, onlyAfter });
  });

  it('says where two UUID patterns differ in case', () => {
    const any = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
    const lower = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
    expect(checkedDifference(any, lower)?.onlyBefore).toMatch(/^[a0-9-]{35}A$/);
  });

  it.each([
    ['a backreference', '^(a)\\1$'],
    ['an octal escape', '^\\01$'],
    ['a lookahead', '^(?=a)a$'],
    ['a negative lookbehind', '(?<!a)b'],
    ['a word boundary', '\\bword\\b'],
    ['a repeated anchor', '^*a'],
    ['an unclosed group', '(a'],
    ['a count out of order', 'a{3,2}'],
    ['a count too large to expand', 'a{1,5000}'],
    ['an automaton too large', '(a{1,1000}){1,1000}'],
  ])('leaves a pattern with %s undecided', (_, pattern) => {
    expect(comparePatterns(pattern, 'a')).toBeUndefined();
    expect(comparePatterns('a', pattern)).toBeUndefined();
  });

  it('reads both with the u flag where both take it, as the generator does: properties and astral characters', () => {
    // Upper-case letters beyond ASCII matched before; not the literal `p{Lu}` read without the flag.
    expect(checkedDifference('^\\p{Lu}+$', '^[A-Z]+$')).toEqual({ onlyBefore: 'À', onlyAfter: undefined });
    // One code point either way; without the flag the class would match a lone surrogate.
    expect(checkedDifference('^😀$', '^[😀]$')).toEqual({ onlyBefore: undefined, onlyAfter: undefined });
    expect(checkedDifference('^\\u{1F600}$', '^\\uD83D\\uDE00$')).toEqual({ onlyBefore: undefined, onlyAfter: undefined });
  });

  it('reads both without the flag when either is an error under it', () => {
    // `[\w-_]` is common in published specs and an error under `u`: its partner's class is then two code units.
    expect(checkedDifference('^[\\w-_]$', '^[😀]$')).toEqual({ onlyBefore: 'a', onlyAfter: '\uD83D' });
  });

  it('gives up past its bound on work, where the deterministic automaton doubles with each character', () => {
    expect(comparePatterns('(a|b)*a(a|b){20}', '(a|b)*b(a|b){20}')).toBeUndefined();
    // Twelve positions back is within it.
    expect(checkedDifference('(a|b)*a(a|b){12}', '(a|b)*b(a|b){12}')).toEqual({ onlyBefore: 'aaaaaaaaaaaaa', onlyAfter: 'baaaaaaaaaaaa' });
  });

  it('reads Annex B as browsers do: a brace that starts no count, and a class escape ending a range', () => {
    expect(checkedDifference('^a{$', '^a\\{$')).toEqual({ onlyBefore: undefined, onlyAfter: undefined });
    expect(checkedDifference('^[\\d-z]$', '^[0-9z-]$')).toEqual({ onlyBefore: undefined, onlyAfter: undefined });
  });

  it('decides two 255-character limits, the longest example it needs', () => {
    expect(checkedDifference('^.{1,255}$', '^.{1,254}$')?.onlyBefore).toHaveLength(255);
  });

  it('agrees with RegExp on 300 random pairs of small patterns', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    const pick = <T,>(items: readonly T[]) => items[random(items.length)]!;
    const atom = (depth: number): string => (depth > 0 || random(4) > 0 ? pick(['a', 'b', '[ab]', '[^a]', '.', '\\w', 'c']) : `(${pattern(depth + 1)})`);
    const piece = (depth: number) => atom(depth) + pick(['', '', '?', '*', '+', '{1,2}', '{2}']);
    const sequence = (depth: number) => Array.from({ length: 1 + random(2) }, () => piece(depth)).join('');
    const pattern = (depth: number): string => (random(4) === 0 ? `${sequence(depth)}|${sequence(depth)}` : sequence(depth));
    const anchored = () => `${pick(['', '^'])}${pattern(0)}${pick(['', '$'])}`;
    const strings = stringsOver('abc', 5);
    let decidedDifferent = 0;
    for (let i = 0; i < 300; i++) {
      const [before, after] = [anchored(), anchored()];
      const difference = checkedDifference(before, after);
      expect(difference, `${before} vs ${after}`).toBeDefined();
      if (difference!.onlyBefore !== undefined || difference!.onlyAfter !== undefined) decidedDifferent++;
      const disagree = strings.filter((s) => new RegExp(before).test(s) !== new RegExp(after).test(s));
      // Called the same: no string tells them apart. Called different one way only: none does the other way.
      if (difference!.onlyBefore === undefined) expect(disagree.filter((s) => new RegExp(before).test(s)), `${before} vs ${after}`).toEqual([]);
      if (difference!.onlyAfter === undefined) expect(disagree.filter((s) => new RegExp(after).test(s)), `${before} vs ${after}`).toEqual([]);
    }
    // Both answers were put to the test, many times each.
    expect(decidedDifferent).toBeGreaterThan(50);
    expect(decidedDifferent).toBeLessThan(250);
  });
});
