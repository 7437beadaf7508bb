/**
 * A short string a `pattern` accepts, for example calls: `'0.0.0'` for `^\d+\.\d+\.\d+$`, 40 hex digits for
 * a commit SHA's pattern. Reads the common part of the syntax (literals, escapes, classes, groups,
 * alternation, quantifiers, lookaheads that open it, other lookarounds skipped) and writes the shortest
 * choice of each; anything else (a backreference, a class it cannot read) gives up. The caller checks the
 * result with the pattern itself, so a misreading costs an example, never a wrong one.
 */
import { asEcmaPattern } from '../util/foreign-pattern.js';
import { patternMatcher, type PatternMatcher } from '../util/pattern-matcher.js';

/**
 * Longer than this and the example would bury the call: `{1000}` is not shown. An ARN naming a job of a
 * storage system (AWS DataSync: two UUIDs, about 130 characters) or a worker of a fleet of a site (IoT
 * RoboRunner: three, 161) is, since a server refuses anything else.
 */
const MAX_LENGTH = 256;

class Unreadable extends Error {}

/**
 * A string the pattern (ECMA-262 syntax, unanchored as JSON Schema reads it) matches, or undefined. With
 * `stretch`, each open quantifier repeats up to that many times (`[0-9]*` under a `minLength` of 2).
 */
export function stringMatching(pattern: string, stretch = 0): string | undefined {
  const matcher = matcherOf(pattern);
  if (matcher === undefined) return undefined;
  const { head, demands, tail } = atLookaheads(asEcmaPattern(pattern));
  const before = shortestOf(head, stretch);
  const after = shortestOf(tail, stretch);
  const demanded = demands.map((demand) => shortestOf(demand, 0));
  if (before === undefined || after === undefined || demanded.some((text) => text === undefined)) return undefined;
  // What the lookaheads ask for, in place of the rest's first characters (the shorter string: Azure's
  // passwords, `^(?=.*[a-z])(?=.*[A-Z])(?=.*[!@#$%^&*()])[a-zA-Z\d!@#$%^&*()]{12,123}$`), else before them.
  const wanted = demanded.join('');
  const candidates = [after, `${wanted}${after.slice(wanted.length)}`, `${wanted}${after}`].map((text) => before + text);
  return candidates.find((text) => text.length <= MAX_LENGTH && matcher.test(text));
}

/** The shortest string `Reader` writes for the whole of `text`, or undefined where it cannot read it. */
function shortestOf(text: string, stretch: number): string | undefined {
  try {
    const reader = new Reader(text, stretch);
    const made = reader.alternation();
    return reader.done() ? made : undefined;
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
}

/**
 * The pattern split at its first run of positive lookaheads outside any group: what comes before them,
 * each of them without its leading `.*` (what it asks the string to hold somewhere), and what comes
 * after. A password's rules open the pattern so, `^(?=.*\d)(?=.*[a-z]).{8,}$`; an ARN's after its
 * prefix, FSx's `^arn:(?=[^:]+:fsx:[^:]+:\d{12}:)((|…):){4}$`. A lookahead asks only of its own branch:
 * after a branch outside any group (`a|b(?=c)c`) the pattern is not split; before one, the reader takes
 * the first branch after it, its own. Any other lookaround is left in place, which the reader skips.
 */
function atLookaheads(pattern: string): { head: string; demands: string[]; tail: string } {
  const whole = { head: pattern, demands: [], tail: '' };
  const start = topLevelLookahead(pattern);
  if (start === undefined) return whole;
  const demands: string[] = [];
  let at = start;
  while (pattern.startsWith('(?=', at)) {
    const end = closingParen(pattern, at);
    if (end === undefined) return whole;
    demands.push(pattern.slice(at + 3, end).replace(/^\.\*\??/, ''));
    at = end + 1;
  }
  return { head: pattern.slice(0, start), demands, tail: pattern.slice(at) };
}

/** Where the first positive lookahead outside any group opens; undefined where there is none, or a branch outside any group before it. */
function topLevelLookahead(pattern: string): number | undefined {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '|') return undefined;
    else if (c === '[') i = classEnd(pattern, i);
    else if (pattern.startsWith('(?=', i)) return i;
    else if (c === '(') {
      const end = closingParen(pattern, i);
      if (end === undefined) return undefined;
      i = end;
    }
  }
  return undefined;
}

/** Where the class opening at `open` closes (its `]`; a `]` first in it is a member). */
function classEnd(pattern: string, open: number): number {
  let i = open + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
  return i;
}

/** Where the group opening at `open` closes: escapes and classes skipped, nested groups counted. */
function closingParen(pattern: string, open: number): number | undefined {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return undefined;
}

/**
 * The pattern's matcher (`patternMatcher`: with the `u` flag, as JSON Schema asks, else without it, as
 * many specs' patterns are written, in time linear in the text); undefined when neither reading takes
 * it. Java's POSIX classes and Ruby's anchors are read as their dialects mean them (`asEcmaPattern`).
 */
export function matcherOf(pattern: string): PatternMatcher | undefined {
  return patternMatcher(asEcmaPattern(pattern));
}

/** What a class escape stands for, as one character of it. */
const CLASS_ESCAPES: Readonly<Record<string, string>> = { d: '0', w: 'a', s: ' ' };
/** Characters tried for a Unicode property escape, the plainest first: a letter, a digit, punctuation, a symbol, a space, a mark, other scripts. */
const PROPERTY_CANDIDATES = ['a', 'A', '0', '.', '+', ' ', '\u0301', 'é', 'α', 'Ж', '中', 'あ', '٣', '€', '_', '-'];
/** Escapes that stand for a control character. */
const CONTROL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

/** Characters tried for a negated class, the plainest first. */
const OUTSIDE_CANDIDATES = ['a', '0', 'x', '_', '-', 'A', '.', ' ', 'é', '中'];

/**
 * A character the negated class (`[^…]`, as written) takes, asked of the engine: the members' ranges and
 * escapes are its to read (`[^0-9a-z]` leaves out `x` too, `[^\w]` leaves out `0`).
 */
function leftOutBy(negatedClass: string): string | undefined {
  const takes = compiled(`^${negatedClass}$`);
  return takes === undefined ? undefined : OUTSIDE_CANDIDATES.find((candidate) => takes.test(candidate));
}

/** The class as the `u` flag reads it, else as read without it; undefined where neither does. */
function compiled(source: string): RegExp | undefined {
  for (const flags of ['u', '']) {
    try {
      return new RegExp(source, flags);
    } catch {
      // The other reading, or none.
    }
  }
  return undefined;
}

class Reader {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly stretch: number,
  ) {}

  done(): boolean {
    return this.at >= this.text.length;
  }

  /** `a|b|c`: the first branch. */
  alternation(): string {
    const first = this.sequence();
    while (this.peek() === '|') {
      this.at++;
      this.sequence();
    }
    return first;
  }

  private sequence(): string {
    let out = '';
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      out += this.repeated(atom);
    }
    return out;
  }

  /**
   * The fewest repetitions a quantifier allows (`+` once, `{2,63}` twice), or `stretch` where it allows
   * that many; a lazy `?` changes nothing.
   */
  private repeated(atom: string): string {
    const c = this.peek();
    const bounds = c === '{' ? /^\{(\d+)(,(\d*))?\}/.exec(this.rest()) : null;
    let [min, max] = [1, 1];
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (bounds) [min, max] = [Number(bounds[1]), bounds[2] === undefined ? Number(bounds[1]) : bounds[3] === '' ? Infinity : Number(bounds[3])];
    else return atom;
    const times = Math.min(Math.max(min, this.stretch), max);
    this.at += bounds ? bounds[0].length : 1;
    if (this.peek() === '?') this.at++;
    if (times > MAX_LENGTH) throw new Unreadable();
    return atom.repeat(times);
  }

  private atom(): string {
    const c = this.next();
    switch (c) {
      case '^':
      case '$':
        return '';
      case '.':
        return 'a';
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
        throw new Unreadable();
      default:
        return c;
    }
  }

  /**
   * `(…)`, `(?:…)`, `(?<name>…)`. A lookaround further on matches no text: skipped, and the string made
   * is left to the pattern's check (AWS Lookout's cluster names, `^[a-z](?!.*--)(?!.*-$)[0-9a-z\-]*$`,
   * give `'a'`, which keeps to them).
   */
  private group(): string {
    if (/^\?<?[=!]/.test(this.rest())) {
      const end = closingParen(this.text, this.at - 1);
      if (end === undefined) throw new Unreadable();
      this.at = end + 1;
      return '';
    }
    if (this.rest().startsWith('?')) {
      const named = /^\?<([A-Za-z_$][\w$]*)>/.exec(this.rest());
      if (named) this.at += named[0].length;
      else if (this.rest().startsWith('?:')) this.at += 2;
      else throw new Unreadable();
    }
    const inside = this.alternation();
    if (this.next() !== ')') throw new Unreadable();
    return inside;
  }

  /** `[a-f0-9]`: its first character (or range's start); a negated class takes a character it leaves out. */
  private characterClass(): string {
    const open = this.at - 1;
    const negated = this.peek() === '^';
    if (negated) this.at++;
    const listed: string[] = [];
    let first = true;
    while (!this.done() && (this.peek() !== ']' || first)) {
      first = false;
      const c = this.next();
      const member = c === '\\' ? this.escape() : c;
      if (this.peek() === '-' && this.text[this.at + 1] !== ']' && this.at + 1 < this.text.length) {
        this.at++;
        const end = this.next();
        listed.push(member, end === '\\' ? this.escape() : end);
      } else listed.push(member);
    }
    if (this.next() !== ']') throw new Unreadable();
    if (!negated) return listed[0] ?? '';
    return leftOutBy(this.text.slice(open, this.at)) ?? '';
  }

  private escape(): string {
    const c = this.next();
    if (c in CLASS_ESCAPES) return CLASS_ESCAPES[c]!;
    if (c in CONTROL_ESCAPES) return CONTROL_ESCAPES[c]!;
    // `\D`, `\W`, `\S`: a character that is not a digit, word character or space.
    if (c === 'D' || c === 'S') return 'a';
    if (c === 'W') return '-';
    if (/[bB]/.test(c)) return '';
    const hex = c === 'x' ? /^[0-9a-fA-F]{2}/.exec(this.rest()) : c === 'u' ? /^[0-9a-fA-F]{4}/.exec(this.rest()) : null;
    if (hex) {
      this.at += hex[0].length;
      return String.fromCharCode(parseInt(hex[0], 16));
    }
    if (c === 'p' || c === 'P') return this.propertyEscape(c === 'P');
    if (/[1-9kuxc]/.test(c)) throw new Unreadable();
    return c;
  }

  /**
   * `\p{L}`, `\p{Script=Greek}`, `\P{N}`: a character of the Unicode property (not of it, for `\P`), found
   * among a few the engine is asked about (AWS's ARNs take `[\p{L}\p{M}\p{Z}\p{S}\p{N}\p{P}]+`).
   */
  private propertyEscape(negated: boolean): string {
    const name = /^\{([\w=]+)\}/.exec(this.rest());
    if (!name) throw new Unreadable();
    this.at += name[0].length;
    let property: RegExp;
    try {
      property = new RegExp(`^\\p{${name[1]}}$`, 'u');
    } catch {
      throw new Unreadable();
    }
    const found = PROPERTY_CANDIDATES.find((candidate) => property.test(candidate) !== negated);
    if (found === undefined) throw new Unreadable();
    return found;
  }

  private peek(): string | undefined {
    return this.text[this.at];
  }

  private next(): string {
    if (this.done()) throw new Unreadable();
    return this.text[this.at++]!;
  }

  private rest(): string {
    return this.text.slice(this.at);
  }
}
