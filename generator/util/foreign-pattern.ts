/**
 * A `pattern` written in another dialect than the ECMA-262 JSON Schema reads, as that dialect reads it.
 * In ECMA-262 these are errors under the `u` flag and letters without it, so no value the author meant
 * matches:
 * - Java's POSIX character classes (`\p{Alnum}`, `\p{XDigit}`), from specs written for Java servers
 *   (AWS's: 140 in 24 of APIs.guru's specs), become the ASCII ranges Java gives them, and its categories
 *   `\p{LD}` and `\p{L1}` the characters it gives them;
 * - Ruby's and PCRE's anchors (`\A[a-z]+\z`, Linode's `\A…\Z`) become `^` and `$`, `\Z` allowing one
 *   line break before the end as they do.
 * A pattern ECMA-262 reads under `u` is left as written, since four of the class names are its own
 * properties too (`\p{Alpha}` is Unicode's Alphabetic there); so is anything else.
 */
import { readsWithUnicodeFlag } from './pattern-matcher.js';

const JAVA_CLASSES: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  // Java's own categories beside Unicode's: letters and digits (AWS Directory Service's passwords), Latin-1.
  LD: '\\p{L}\\p{Nd}',
  L1: '\\x00-\\xFF',
};

/** Ruby's and PCRE's anchors by their letter: the start, the end, the end or before a last line break. */
const ANCHORS: Readonly<Record<string, string>> = { A: '^', z: '$', Z: '\\n?$' };

export function asEcmaPattern(pattern: string): string {
  if (!/\\[pP]\{|\\[AzZ]/.test(pattern) || readsWithUnicodeFlag(pattern)) return pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c !== '\\') {
      if (c === '[' && !inClass) inClass = true;
      else if (c === ']' && inClass) inClass = false;
      out += c;
      continue;
    }
    const java = /^\\([pP])\{(\w+)\}/.exec(pattern.slice(i));
    const ranges = java ? JAVA_CLASSES[java[2]!] : undefined;
    const negated = java?.[1] === 'P';
    const anchor = inClass ? undefined : ANCHORS[pattern.charAt(i + 1)];
    if (anchor !== undefined) {
      out += anchor;
      i++;
    } else if (java && ranges !== undefined && !(negated && inClass)) {
      out += inClass ? ranges : `[${negated ? '^' : ''}${ranges}]`;
      i += java[0].length - 1;
    } else {
      // Any other escape, as written: `\]` does not close a class.
      out += pattern.slice(i, i + 2);
      i++;
    }
  }
  return out;
}
