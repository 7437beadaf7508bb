/**
 * A pattern as a nondeterministic automaton over code units (Thompson's construction), with JSON
 * Schema's reading: a pattern matches a string when it matches somewhere in it, so an unanchored side
 * takes anything before or after. `^` and `$` are steps taken only at the string's start or end.
 * The same construction over code points, and for a match of the whole string, runs an overlay's
 * `match()` and `search()` (`run.ts`).
 */
import type { RegexNode } from './parse.js';
import { ANY, type Ranges } from './ranges.js';

export interface Automaton {
  readonly initial: number;
  readonly accept: number;
  /** Steps that read nothing. */
  readonly free: readonly number[][];
  /** Steps that read nothing, taken only before the first code unit (`^`). */
  readonly atStart: readonly number[][];
  /** Steps that read nothing, taken only after the last code unit (`$`). */
  readonly atEnd: readonly number[][];
  readonly reads: readonly { readonly ranges: Ranges; readonly to: number }[][];
}

/** More states than this and the comparison is not attempted (`(a{1000}){1000}`). */
const MAX_STATES = 20_000;

class TooLarge extends Error {}

/** `any`: what may stand before and after the match, every code unit unless told (every code point). */
export function searchAutomaton(pattern: RegexNode, any: Ranges = ANY): Automaton | undefined {
  return automaton(pattern, any);
}

/** An automaton that accepts a string only when the pattern matches all of it. */
export function wholeAutomaton(pattern: RegexNode): Automaton | undefined {
  return automaton(pattern, undefined);
}

function automaton(pattern: RegexNode, around: Ranges | undefined): Automaton | undefined {
  const b = new Builder();
  try {
    const initial = b.state();
    const accept = b.state();
    // Anything before the match and after it: JSON Schema's patterns are not anchored.
    if (around) {
      b.read(initial, around, initial);
      b.read(accept, around, accept);
    }
    const inner = b.build(pattern);
    b.free[initial]!.push(inner.from);
    b.free[inner.to]!.push(accept);
    return { initial, accept, free: b.free, atStart: b.atStart, atEnd: b.atEnd, reads: b.reads };
  } catch (error) {
    if (error instanceof TooLarge) return undefined;
    throw error;
  }
}

class Builder {
  readonly free: number[][] = [];
  readonly atStart: number[][] = [];
  readonly atEnd: number[][] = [];
  readonly reads: { ranges: Ranges; to: number }[][] = [];

  state(): number {
    if (this.free.length >= MAX_STATES) throw new TooLarge();
    this.free.push([]);
    this.atStart.push([]);
    this.atEnd.push([]);
    this.reads.push([]);
    return this.free.length - 1;
  }

  read(from: number, ranges: Ranges, to: number): void {
    this.reads[from]!.push({ ranges, to });
  }

  build(node: RegexNode): { from: number; to: number } {
    const from = this.state();
    const to = this.state();
    switch (node.kind) {
      case 'chars':
        this.read(from, node.ranges, to);
        break;
      case 'start':
        this.atStart[from]!.push(to);
        break;
      case 'end':
        this.atEnd[from]!.push(to);
        break;
      case 'either':
        for (const option of node.options) this.between(from, option, to);
        break;
      case 'sequence':
        this.free[node.items.reduce((at, item) => this.after(at, item), from)]!.push(to);
        break;
      case 'repeat':
        this.free[this.repeat(from, node)]!.push(to);
        break;
    }
    return { from, to };
  }

  private between(from: number, node: RegexNode, to: number): void {
    const inner = this.build(node);
    this.free[from]!.push(inner.from);
    this.free[inner.to]!.push(to);
  }

  /** `node` read after `at`; the state it ends in. */
  private after(at: number, node: RegexNode): number {
    const inner = this.build(node);
    this.free[at]!.push(inner.from);
    return inner.to;
  }

  /** `min` copies, then `max - min` that may be skipped, or a loop when unbounded; the state it ends in. */
  private repeat(from: number, { node, min, max }: Extract<RegexNode, { kind: 'repeat' }>): number {
    let at = from;
    for (let i = 0; i < min; i++) at = this.after(at, node);
    if (max === Infinity) {
      const loop = this.build(node);
      this.free[at]!.push(loop.from);
      this.free[loop.to]!.push(at);
      return at;
    }
    const end = this.state();
    for (let i = min; i < max; i++) {
      this.free[at]!.push(end);
      at = this.after(at, node);
    }
    this.free[at]!.push(end);
    return end;
  }
}
