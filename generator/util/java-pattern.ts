/**
 * Java's POSIX character classes (`\p{Alnum}`, `\p{XDigit}`) in a `pattern`, which JSON Schema reads as
 * ECMA-262: there they are errors under the `u` flag and the letter `p` without it, so no value matches.
 * Specs written for Java servers use them (AWS's: 140 in 24 of APIs.guru's specs); they are rewritten as
 * the ASCII ranges Java gives them. A pattern ECMA-262 reads under `u` is left as written, since four of
 * the names are its own properties too (`\p{Alpha}` is Unicode's Alphabetic there); so is anything else.
 */
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
};

export function withEcmaClasses(pattern: string): string {
  if (!/\\[pP]\{/.test(pattern) || readsAsEcma(pattern)) return pattern;
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
    if (java && ranges !== undefined && !(negated && inClass)) {
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

function readsAsEcma(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
