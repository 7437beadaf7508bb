/**
 * Patterns that hold no value (`generator/util/pattern-fault.ts`): no regular expression, or one no
 * string matches. The verdict "matches nothing" is held against `RegExp` on strings near what each
 * pattern asks for, and every pattern said to match something is given a string it matches.
 */
import { describe, expect, it } from 'vitest';
import { patternFault } from '../../generator/util/pattern-fault.js';

const MATCHES_NOTHING: readonly [string, string, boolean, string?][] = [
  ["AWS Chime's quantifier written after `$`, escaped", '^[-_a-zA-Z0-9]*$\\{2,64\\}$', true, '\\{2,64\\}'],
  ["PeerTube's regular expression literal", '/^[a-z0-9]$/', true],
  ['a time with a second `$` in the middle (just-eat)', '^([0-1]\\d|2[0-3]):[0-5]\\d$:[0-5]\\d$', true],
  ['text before `^`', 'a^b', true],
  ['an empty class', '[]', false],
  ['a class of nothing, repeated at least once', '^[^\\s\\S]+', false],
  // Lookarounds read as the empty string: more strings than the pattern matches, and still none.
  ["AWS Connect's password, a literal whose lookaheads follow its `/^`", '/^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d)[a-zA-Z\\d\\S]{8,64}$/', true],
  // `\p` without the `u` flag read as any character: the letter ECMAScript reads, or the property meant.
  ["SageMaker's metadata key, escaped, with property classes", '^\\([\\p\\{L\\}\\p\\{Z\\}\\p\\{N\\}_.:\\/=\\+\\-@]*\\)$\\{1,256\\}', true, '\\p\\{'],
];

/** Strings a reader of each pattern above might have meant, none of which it matches. */
const NEAR = ['', 'a', 'ab', 'abc', '(key)', '(p{L})', '(key)$\\{1,256\\}', '/a/', 'a/', '12:30', '12:30:15', '12:30$:15', 'abc{2,64}', 'abc$\\{2,64\\}', 'a^b', '\n', 'a\nb'];

const MATCHES_SOMETHING: readonly [string, string, string][] = [
  ['both anchors at the empty string', '$^', ''],
  ['an anchor inside a choice', '(^|a)b', 'b'],
  ['a repetition that may be empty before `^`', 'x*^a', 'a'],
  ['an anchor inside an optional group', '^(a$)?', 'b'],
  ['a path, slashes included', '^/api/.*$', '/api/x'],
];

describe('patternFault', () => {
  it.each(MATCHES_NOTHING)('says a pattern matches nothing: %s', (_, pattern, anchors, escaped) => {
    expect(patternFault(pattern)).toEqual({ kind: 'matches-nothing', anchors, ...(escaped === undefined ? {} : { escaped }) });
    expect(NEAR.filter((text) => new RegExp(pattern).test(text))).toEqual([]);
  });

  it.each(MATCHES_SOMETHING)('says nothing of a pattern some string matches: %s', (_, pattern, text) => {
    expect(new RegExp(pattern).test(text)).toBe(true);
    expect(patternFault(pattern)).toBeUndefined();
  });

  it('says a pattern ECMA-262 does not read, with its reason', () => {
    expect(patternFault('(?P<product_ref>.*)-.*')).toEqual({ kind: 'invalid', reason: 'Invalid group' });
    expect(patternFault('[a-')).toEqual({ kind: 'invalid', reason: 'Unterminated character class' });
  });

  it.each([
    ["AWS Amplify's inline flag", '\\(\\?s\\).*', '\\(\\?', '(?s)x'],
    ["AWS Identity Store's property classes", '[\\p\\{L\\}\\p\\{N\\}]\\+', '\\p\\{', 'p+'],
    ["AWS SSM's count", '\\(\\?i\\)all\\|[0-9]\\{12\\}', '\\(\\?', '(?i)all|1{12}'],
    ['a count alone', '^[0-9]\\{12\\}$', '\\{12\\}', '1{12}'],
  ])('says a pattern escaped a second time, which matches only its own text: %s', (_, pattern, escaped, text) => {
    expect(patternFault(pattern)).toEqual({ kind: 'escaped-twice', escaped });
    expect(new RegExp(pattern).test(text)).toBe(true);
  });

  it.each([
    ["linode's interface label", '/[a-z0-9-]+/', '[a-z0-9-]+', '', 'eth0', '/eth0/'],
    ["AWS Kendra's function ARN, its slash escaped as in code", '/arn:aws:lambda:[a-z0-9-]+(\\/v[0-9])?/', 'arn:aws:lambda:[a-z0-9-]+(\\/v[0-9])?', '', 'arn:aws:lambda:f/v1', '/arn:aws:lambda:f/v1/'],
    ['one with a flag', '/[a-z]+/i', '[a-z]+', 'i', 'abc', '/abc/i'],
  ])('says a regular expression literal some string matches, which only strings holding its slashes match: %s', (_, pattern, inner, flags, meant, held) => {
    expect(patternFault(pattern)).toEqual({ kind: 'literal', inner, flags });
    expect([new RegExp(pattern).test(meant), new RegExp(pattern).test(held)]).toEqual([false, true]);
  });

  it.each([
    ['a path with slashes inside', '/users/[0-9]+/'],
    ['a class holding a slash', '/[^/]+/'],
  ])('says nothing of slashes a pattern means as text: %s', (_, pattern) => {
    expect(patternFault(pattern)).toBeUndefined();
  });

  it.each([
    ['parentheses meant as text', '^\\(\\d{3}\\) \\d{3}-\\d{4}$'],
    ['braces meant as text, around no count', '^\\{[a-z]+\\}$'],
  ])('says nothing of escapes a pattern means: %s', (_, pattern) => {
    expect(patternFault(pattern)).toBeUndefined();
  });

  it('leaves undecided what only a lookaround rules out, and backreferences, which the automaton does not read', () => {
    expect(patternFault('(?=b)a')).toBeUndefined();
    expect(patternFault('(a)\\1$b')).toBeUndefined();
  });
});
