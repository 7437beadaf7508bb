/**
 * Spec patterns run on strings in time linear in the string (`generator/util/pattern-matcher.ts`), and
 * read as `RegExp` reads them: with the `u` flag where it takes the pattern, else without. Checked
 * against `RegExp` itself on patterns and strings where it is fast, and on a published pattern that made
 * `RegExp` run for minutes.
 */
import { describe, expect, it } from 'vitest';
import { madeUpString } from '../../generator/emit/example-scalars.js';
import type { SchemaIR } from '../../generator/ir/types.js';
import { patternMatcher } from '../../generator/util/pattern-matcher.js';

/** As JSON Schema reads a pattern: `u` where it takes it, else none. */
function regExpOf(source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch {
    return new RegExp(source);
  }
}

const PATTERNS = ['^[a-z]+$', 'abc', '^\\d{3}-\\d{4}$', '[\\w-_]+', '^\\p{L}+$', '^.$', '^(foo|bar)?baz', '\\_x', '^[^a]$', '^a{2,3}$', '(?:ab)*c$', '^\\S+@\\S+$', '^\\u{1F600}$'];
const TEXTS = ['', 'abc', 'ABC', 'x abc y', '555-1234', 'a-b_c', 'héllo', 'Ж', '😀', '\u2028', '\n', 'baz', 'foobaz', 'qbarbaz', '_x', 'aa', 'aaaa', 'ababc', 'a@b', 'a @b', 'b'];

describe('patternMatcher', () => {
  it.each(PATTERNS)('matches what RegExp matches: %s', (pattern) => {
    const matcher = patternMatcher(pattern)!;
    const regExp = regExpOf(pattern);
    expect(TEXTS.map((text) => [text, matcher.test(text)])).toEqual(TEXTS.map((text) => [text, regExp.test(text)]));
  });

  it('reads with the u flag where the pattern takes it, else without, and refuses what neither takes', () => {
    expect([patternMatcher('^\\p{L}$')!.test('é'), patternMatcher('^\\p{L}$')!.test('p{L}')]).toEqual([true, false]);
    expect([patternMatcher('^[\\w-_]$')!.test('-'), patternMatcher('^[\\w-_]$')!.test('w')]).toEqual([true, true]);
    expect(patternMatcher('(')).toBeUndefined();
  });

  // A gravatar URL's pattern in APIs.guru: nested quantifiers, which RegExp backtracks through for minutes.
  const GRAVATAR = '^(https?:\\/\\/)?([\\da-z\\.-]+)\\.([a-z\\.]{2,6})([\\/\\w \\.-]*)*\\/?$';
  const NOT_QUITE = `https://secure.gravatar.com/avatar/${'205e460b479e2e5b48aec07710c08d50'}/and/more!`;

  // A blocked event loop outlives any test timeout: the elapsed time is asserted, with a margin of a thousand.
  const elapsed = (run: () => unknown): number => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };

  it('decides a published pattern with nested quantifiers by an automaton, where RegExp runs for minutes', () => {
    const matcher = patternMatcher(GRAVATAR)!;
    expect(matcher).not.toBeInstanceOf(RegExp);
    expect(matcher.test(NOT_QUITE)).toBe(false);
    expect(matcher.test(NOT_QUITE.replace('!', ''))).toBe(true);
  });

  it('lets an example value be made under such a pattern, from a name that does not match it', () => {
    const schema: SchemaIR = { kind: 'string', constraints: { pattern: GRAVATAR }, origin: { file: 'spec.yaml', pointer: '', line: 1, column: 1 } };
    let made = '';
    expect(elapsed(() => (made = madeUpString(schema, NOT_QUITE.slice('https://'.length))))).toBeLessThan(5_000);
    expect(regExpOf(GRAVATAR).test(made)).toBe(true);
  });
});
