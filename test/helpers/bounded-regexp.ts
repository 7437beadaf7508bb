/**
 * Spec patterns as the checks run them on bodies and examples: with V8's own engines, apart from the
 * generator's automaton, which they check. A pattern with nested quantifiers backtracks exponentially on
 * a string it does not match (a gravatar URL's, `([\/\w \.-]*)*`, hung a corpus run on one schema
 * example). V8 hands such a match to its linear-time engine when asked; that engine runs patterns without
 * the `u` flag only, so a pattern runs without it on text where that reads it the same: a pattern with no
 * property or code point escape, on text with no character beyond the BMP.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--enable-experimental-regexp-engine-on-excessive-backtracks');

/** What only the `u` flag reads: `\p{…}`, `\P{…}`, `\u{…}`, or a character beyond the BMP. */
const NEEDS_FLAG = /\\[pPu]\{|[\u{10000}-\u{10FFFF}]/u;
const BEYOND_BMP = /[\u{10000}-\u{10FFFF}]/u;

export interface RegExpLike {
  test(text: string): boolean;
  toString(): string;
}

/** `new RegExp(source, flags)`, run without the `u` flag where that reads it the same; throws as RegExp does. */
export function boundedRegExp(source: string, flags: string): RegExpLike {
  const flagged = new RegExp(source, flags);
  if (!flags.includes('u') || NEEDS_FLAG.test(source)) return flagged;
  let plain: RegExp;
  try {
    plain = new RegExp(source, flags.replace('u', ''));
  } catch {
    return flagged;
  }
  // ajv keys the patterns it compiled by their text: each must say its own.
  return { test: (text) => (BEYOND_BMP.test(text) ? flagged : plain).test(text), toString: () => String(flagged) };
}
