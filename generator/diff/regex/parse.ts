/**
 * A JSON Schema `pattern` (an ECMA-262 regular expression, no flags, Annex B's leniency) read into a
 * tree, for the part of the syntax that describes a regular language: characters and classes, groups,
 * alternation, quantifiers and the anchors `^` `$`. Backreferences, lookarounds, word boundaries and
 * `\p{…}` are not regular or not meant without a flag: `undefined`, and the comparison is not decided.
 */
import { complement, DIGIT, LINE_TERMINATORS, SPACE, union, WORD, type Ranges } from './ranges.js';

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

export function parseRegex(source: string): RegexNode | undefined {
  const reader = new Reader(source);
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
  constructor(private readonly text: string) {}

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
        return chars(complement(LINE_TERMINATORS));
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
        return chars(single(c.charCodeAt(0)));
    }
  }

  private group(): RegexNode {
    if (this.eat('?')) {
      const named = /^<[A-Za-z_$][\w$]*>/.exec(this.text.slice(this.at));
      if (named) this.at += named[0].length;
      else if (!this.eat(':')) throw new Unsupported(); // lookarounds
    }
    const inside = this.either();
    if (!this.eat(')')) throw new Unsupported();
    return inside;
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
    return negated ? complement(all) : all;
  }

  private classAtom(): Ranges {
    const c = this.next();
    return c === '\\' ? this.escape(true) : single(c.charCodeAt(0));
  }

  private escape(inClass: boolean): Ranges {
    const c = this.next();
    const known: Record<string, Ranges> = { d: DIGIT, D: complement(DIGIT), w: WORD, W: complement(WORD), s: SPACE, S: complement(SPACE) };
    if (known[c]) return known[c];
    const controls: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
    if (controls[c] !== undefined) return single(controls[c]);
    if (c === 'b' && inClass) return single(8);
    if (c === '0' && !/[0-9]/.test(this.peek() ?? '')) return single(0);
    if (/[0-9bBpPkc]/.test(c)) throw new Unsupported(); // backreferences, octal, boundaries, properties, names, controls
    if (c === 'x' || c === 'u') return single(this.hex(c === 'x' ? 2 : 4));
    return single(c.charCodeAt(0)); // an identity escape: `\.`, `\-`, `\/`
  }

  private hex(digits: number): number {
    const text = this.text.slice(this.at, this.at + digits);
    if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(text)) throw new Unsupported();
    this.at += digits;
    return parseInt(text, 16);
  }

  private next(): string {
    if (this.done()) throw new Unsupported();
    return this.text[this.at++]!;
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
