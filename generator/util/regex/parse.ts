/**
 * A JSON Schema `pattern` (an ECMA-262 regular expression, no flags, Annex B's leniency) read into a
 * tree, for the part of the syntax that describes a regular language: characters and classes, groups,
 * alternation, quantifiers and the anchors `^` `$`. Backreferences, lookarounds, word boundaries and
 * `\p{…}` are not regular or not meant without a flag: `undefined`, and the comparison is not decided.
 *
 * The same reader takes an overlay's I-Regexp (RFC 9485, JSONPath's `match()` and `search()`), read as
 * ECMAScript reads a pattern with the `u` flag: code points rather than code units, `\p{…}` and `\P{…}`,
 * `\u{…}`; `.` is any code point but `\n` and `\r`, as RFC 9485 defines it. The caller has already had
 * `new RegExp(pattern, 'u')` accept the text, so the leniencies Annex B gives patterns without the flag
 * never apply to it.
 */
import { complement, DIGIT, LINE_TERMINATORS, MAX_CODE_POINT, MAX_UNIT, SPACE, union, WORD, type Ranges } from './ranges.js';

export type RegexNode =
  | { readonly kind: 'chars'; readonly ranges: Ranges }
  | { readonly kind: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'either'; readonly options: readonly RegexNode[] }
  | { readonly kind: 'repeat'; readonly node: RegexNode; readonly min: number; readonly max: number }
  | { readonly kind: 'start' }
  | { readonly kind: 'end' };

/** Past this count a repetition is not expanded: `{0,100000}` would make an automaton too large to compare. */
const MAX_COUNT = 1000;

class Unsupported extends Error {}

/**
 * How a pattern is read: JSON Schema's without a flag (code units), an I-Regexp's (code points, the `u`
 * flag, `.` any but `\n` and `\r`), or ECMAScript's with the `u` flag (code points, `.` any but a line terminator).
 */
export type Flavour = 'ecma' | 'i-regexp' | 'ecma-unicode';

/**
 * `reading: 'superset'` gives a tree of the strings the pattern matches and maybe more, enough to tell
 * that it matches none: each lookaround read as the empty string (a lookaround only takes strings away:
 * AWS Connect's password, `/^(?=.*[a-z])…$/`, a `/` before its `^`), and without the `u` flag `\p` or `\P`
 * read as any character (ECMAScript reads the letter; its author meant a property: SageMaker's
 * `^\([\p\{L\}…]*\)$\{1,256\}`, text after its `$`).
 */
export function parseRegex(source: string, flavour: Flavour = 'ecma', reading: 'exact' | 'superset' = 'exact'): RegexNode | undefined {
  const reader = new Reader(source, flavour !== 'ecma', flavour === 'i-regexp' ? I_REGEXP_LINE_BREAKS : LINE_TERMINATORS, reading === 'superset');
  try {
    const node = reader.either();
    return reader.done() ? node : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

class Reader {
  private at = 0;
  /** The largest code unit, or code point, a set can hold. */
  private readonly top: number;
  constructor(
    private readonly text: string,
    private readonly unicode: boolean,
    /** What `.` does not match. */
    private readonly lineBreaks: Ranges,
    /** Lookarounds, and `\p` without the `u` flag, read as more strings than they match (see `parseRegex`). */
    private readonly superset = false,
  ) {
    this.top = unicode ? MAX_CODE_POINT : MAX_UNIT;
  }

  done(): boolean {
    return this.at === this.text.length;
  }

  either(): RegexNode {
    const options = [this.sequence()];
    while (this.eat('|')) options.push(this.sequence());
    return options.length === 1 ? options[0]! : { kind: 'either', options };
  }

  private sequence(): RegexNode {
    const items: RegexNode[] = [];
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') items.push(this.quantified(this.atom()));
    return items.length === 1 ? items[0]! : { kind: 'sequence', items };
  }

  private quantified(node: RegexNode): RegexNode {
    const count = this.count();
    if (count === undefined) return node;
    if (node.kind === 'start' || node.kind === 'end') throw new Unsupported();
    this.eat('?'); // lazy: the same strings match
    if (count.min > MAX_COUNT || (count.max !== Infinity && count.max > MAX_COUNT)) throw new Unsupported();
    return { kind: 'repeat', node, min: count.min, max: count.max };
  }

  private count(): { min: number; max: number } | undefined {
    if (this.eat('*')) return { min: 0, max: Infinity };
    if (this.eat('+')) return { min: 1, max: Infinity };
    if (this.eat('?')) return { min: 0, max: 1 };
    // Annex B: a `{` that starts no count is the character itself.
    const braces = /^\{(\d+)(,(\d*))?\}/.exec(this.text.slice(this.at));
    if (!braces) return undefined;
    this.at += braces[0].length;
    const min = Number(braces[1]);
    const max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    if (max < min) throw new Unsupported(); // a SyntaxError in ECMAScript
    return { min, max };
  }

  private atom(): RegexNode {
    const c = this.next();
    switch (c) {
      case '^':
        return { kind: 'start' };
      case '$':
        return { kind: 'end' };
      case '.':
        return chars(complement(this.lineBreaks, this.top));
      case '(':
        return this.group();
      case '[':
        return chars(this.charClass());
      case '\\':
        return chars(this.escape(false));
      case '*':
      case '+':
      case '?':
      case ')':
        throw new Unsupported(); // nothing to repeat, or an unopened group: a SyntaxError
      default:
        return chars(single(c.codePointAt(0)!));
    }
  }

  private group(): RegexNode {
    let lookaround = false;
    if (this.eat('?')) {
      const named = /^<[A-Za-z_$][\w$]*>/.exec(this.text.slice(this.at));
      const around = /^<?[=!]/.exec(this.text.slice(this.at));
      if (named) this.at += named[0].length;
      else if (around && this.superset) [this.at, lookaround] = [this.at + around[0].length, true];
      else if (!this.eat(':')) throw new Unsupported(); // lookarounds
    }
    const inside = this.either();
    if (!this.eat(')')) throw new Unsupported();
    return lookaround ? { kind: 'sequence', items: [] } : inside;
  }

  private charClass(): Ranges {
    const negated = this.eat('^');
    const parts: Ranges[] = [];
    while (!this.eat(']')) {
      if (this.done()) throw new Unsupported();
      const low = this.classAtom();
      if (this.peek() === '-' && this.text[this.at + 1] !== ']' && this.at + 1 < this.text.length) {
        this.at++;
        const high = this.classAtom();
        // Annex B: a class escape at either end makes the `-` a character.
        if (isOne(low) && isOne(high)) {
          if (high[0]![0] < low[0]![0]) throw new Unsupported(); // out of order: a SyntaxError
          parts.push([[low[0]![0], high[0]![0]]]);
        } else parts.push(low, single(45), high);
      } else parts.push(low);
    }
    const all = union(...parts);
    return negated ? complement(all, this.top) : all;
  }

  private classAtom(): Ranges {
    const c = this.next();
    return c === '\\' ? this.escape(true) : single(c.codePointAt(0)!);
  }

  private escape(inClass: boolean): Ranges {
    const c = this.next();
    const top = this.top;
    const known: Record<string, Ranges> = { d: DIGIT, D: complement(DIGIT, top), w: WORD, W: complement(WORD, top), s: SPACE, S: complement(SPACE, top) };
    if (known[c]) return known[c];
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
    if (controls[c] !== undefined) return single(controls[c]);
    if (c === 'b' && inClass) return single(8);
    if (c === '0' && !/[0-9]/.test(this.peek() ?? '')) return single(0);
    if (this.unicode && (c === 'p' || c === 'P')) return this.property(c === 'P');
    if (this.unicode && c === 'u') return single(this.codePoint());
    if (this.superset && (c === 'p' || c === 'P')) return [[0, top]];
    if (/[0-9bBpPkc]/.test(c)) throw new Unsupported(); // backreferences, octal, boundaries, properties, names, controls
    if (c === 'x' || c === 'u') return single(this.hex(c === 'x' ? 2 : 4));
    return single(c.charCodeAt(0)); // an identity escape: `\.`, `\-`, `\/`
  }

  /** `\p{…}` or `\P{…}`: the code points the property names, as the engine's own tables give them. */
  private property(negated: boolean): Ranges {
    const name = /^\{([\w=]+)\}/.exec(this.text.slice(this.at));
    if (!name) throw new Unsupported();
    this.at += name[0].length;
    const set = propertyRanges(name[1]!);
    return negated ? complement(set, this.top) : set;
  }

  /** After `\u` with the `u` flag: `{…}`, or four digits, a surrogate pair's two escapes making one code point. */
  private codePoint(): number {
    if (this.eat('{')) {
      const digits = /^[0-9a-fA-F]+\}/.exec(this.text.slice(this.at));
      if (!digits) throw new Unsupported();
      this.at += digits[0].length;
      return parseInt(digits[0], 16);
    }
    const unit = this.hex(4);
    const low = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.text.slice(this.at));
    if (unit >= 0xd800 && unit <= 0xdbff && low) {
      this.at += low[0].length;
      return 0x10000 + ((unit - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
    }
    return unit;
  }

  private hex(digits: number): number {
    const text = this.text.slice(this.at, this.at + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(text)) throw new Unsupported();
    this.at += digits;
    return parseInt(text, 16);
  }

  /** The next character: a code unit, or with the `u` flag a code point (a surrogate pair's two units). */
  private next(): string {
    if (this.done()) throw new Unsupported();
    const c = this.unicode ? String.fromCodePoint(this.text.codePointAt(this.at)!) : this.text[this.at]!;
    this.at += c.length;
    return c;
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }

  private eat(c: string): boolean {
    if (this.peek() !== c) return false;
    this.at++;
    return true;
  }
}

function chars(ranges: Ranges): RegexNode {
  return { kind: 'chars', ranges };
}

function single(code: number): Ranges {
  return [[code, code]];
}

function isOne(ranges: Ranges): boolean {
  return ranges.length === 1 && ranges[0]![0] === ranges[0]![1];
}

/** RFC 9485's `.`: any code point but these two. */
const I_REGEXP_LINE_BREAKS: Ranges = [[10, 10], [13, 13]];

const properties = new Map<string, Ranges>();

/**
 * The code points a Unicode property (`L`, `Lu`, `Script=Greek`…) holds, read from the engine's own
 * tables a code point at a time: a fifth of a second, once per property.
 */
function propertyRanges(name: string): Ranges {
  const known = properties.get(name);
  if (known) return known;
  let test: RegExp;
  try {
    test = new RegExp(`^\\p{${name}}$`, 'u');
  } catch {
    throw new Unsupported();
  }
  const out: [number, number][] = [];
  for (let cp = 0; cp <= MAX_CODE_POINT; cp++) {
    if (!test.test(String.fromCodePoint(cp))) continue;
    const last = out[out.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else out.push([cp, cp]);
  }
  properties.set(name, out);
  return out;
}
