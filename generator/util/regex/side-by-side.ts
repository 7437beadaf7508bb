/**
 * Two patterns' automata run side by side over every class of characters either tells apart, breadth
 * first, so the first string found with a property (accepted by one and not the other, by both) is a
 * shortest one. The spec diff compares a changed `pattern` this way (`diff/regex/compare.ts`); the
 * generator finds a value that both a `pattern` and its `format` take (`sharedString`).
 *
 * Both are read as the generator reads a pattern (`util/pattern-matcher.ts`): with the `u` flag, as JSON
 * Schema asks, when each takes it (code points; `\p{L}` a property), else both without (code units;
 * `[\w-_]` is an error under `u` and common), so the two are always read alike.
 */
import { readsWithUnicodeFlag } from '../pattern-matcher.js';
import { searchAutomaton, type Automaton } from './automaton.js';
import { parseRegex } from './parse.js';
import { MAX_CODE_POINT, MAX_UNIT, type Ranges } from './ranges.js';

/** Pairs of states visited before giving up: past it the patterns are called not compared. */
const MAX_PAIRS = 50_000;
/**
 * Automaton states looked at, all steps together, before giving up: a bound on the work (a fraction of a
 * second) that does not depend on the machine, so the same patterns are always decided the same way.
 */
const MAX_WORK = 3_000_000;

class OutOfWork extends Error {}

/** Called with each string reached, shortest first, and whether each pattern accepts it; `true` stops the walk. */
export type PairVisit = (text: string, inFirst: boolean, inSecond: boolean) => boolean;

/**
 * Walks the strings the two patterns tell apart: `'stopped'` when `visit` stopped it, `'exhausted'`
 * when every pair of states was reached, `undefined` when not decided (a pattern outside the regular
 * part of the syntax, or too large to walk).
 */
export function walkSideBySide(first: string, second: string, visit: PairVisit): 'stopped' | 'exhausted' | undefined {
  const unicode = readsWithUnicodeFlag(first) && readsWithUnicodeFlag(second);
  const top = unicode ? MAX_CODE_POINT : MAX_UNIT;
  const [a, b] = [first, second].map((p) => {
    const tree = parseRegex(p, unicode ? 'ecma-unicode' : 'ecma');
    return tree && searchAutomaton(tree, [[0, top]]);
  });
  if (!a || !b) return undefined;
  const alphabet = classesOf([a, b], top);
  const work = { left: MAX_WORK };
  try {
    return explore(new Subsets(a, alphabet, work), new Subsets(b, alphabet, work), alphabet, visit);
  } catch (error) {
    if (error instanceof OutOfWork) return undefined;
    throw error;
  }
}

/** The shortest string both patterns accept; `null` when none does; `undefined` when not decided. */
export function sharedString(first: string, second: string): string | null | undefined {
  let shared: string | undefined;
  const end = walkSideBySide(first, second, (text, inFirst, inSecond) => {
    if (inFirst && inSecond) shared = text;
    return shared !== undefined;
  });
  return end === 'exhausted' ? null : shared;
}

function explore(a: Subsets, b: Subsets, alphabet: Alphabet, visit: PairVisit): 'stopped' | 'exhausted' | undefined {
  const start: Pair = { a: a.initial, b: b.initial, text: '' };
  const seen = new Set([`${start.a},${start.b}`]);
  let queue = [start];
  while (queue.length > 0) {
    const nextQueue: Pair[] = [];
    for (const pair of queue) {
      if (visit(pair.text, a.accepts(pair.a), b.accepts(pair.b))) return 'stopped';
      for (const c of alphabet.byPreference) {
        const next = { a: a.step(pair.a, c), b: b.step(pair.b, c), text: pair.text + String.fromCodePoint(alphabet.sample[c]!) };
        const key = `${next.a},${next.b}`;
        if (seen.has(key)) continue;
        if (seen.size >= MAX_PAIRS) return undefined;
        seen.add(key);
        nextQueue.push(next);
      }
    }
    queue = nextQueue;
  }
  return 'exhausted';
}

interface Pair {
  readonly a: number;
  readonly b: number;
  readonly text: string;
}

/** The code units split where any step of either automaton starts or stops reading. */
interface Alphabet {
  /** Each class's first code unit, ascending. */
  readonly starts: readonly number[];
  /** A character of each class to show in an example: a letter or digit where the class has one. */
  readonly sample: readonly number[];
  /** The classes, those with the most readable sample first, so the examples found read well. */
  readonly byPreference: readonly number[];
}

const READABLE = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.:/@ ';

/** `top`: the last code unit, or the last code point when the patterns are read with the `u` flag. */
function classesOf(automata: readonly Automaton[], top: number): Alphabet {
  const cuts = new Set([0]);
  for (const automaton of automata) {
    for (const step of automaton.reads.flat()) {
      for (const [lo, hi] of step.ranges) {
        cuts.add(lo);
        if (hi < top) cuts.add(hi + 1);
      }
    }
  }
  const starts = [...cuts].sort((x, y) => x - y);
  const end = (i: number) => (starts[i + 1] ?? top + 1) - 1;
  const sample = starts.map((lo, i) => {
    const readable = [...READABLE].map((ch) => ch.charCodeAt(0)).find((u) => u >= lo && u <= end(i));
    return readable ?? (lo < 0x21 && end(i) >= 0x21 ? 0x21 : lo);
  });
  const rank = (i: number) => {
    const at = READABLE.indexOf(String.fromCodePoint(sample[i]!));
    return at === -1 ? READABLE.length + sample[i]! : at;
  };
  const byPreference = starts.map((_, i) => i).sort((x, y) => rank(x) - rank(y));
  return { starts, sample, byPreference };
}

/**
 * An automaton made deterministic as it is walked: each state a set of its states, numbered as met. A
 * set keeps only the states that read or end something (the others only lead to those), so sets that
 * behave alike are one.
 */
class Subsets {
  private readonly ids = new Map<string, number>();
  private readonly sets: number[][] = [];
  private readonly moves: (readonly number[] | undefined)[] = [];
  private readonly accepting = new Map<number, boolean>();
  private readonly mark: Int32Array;
  private generation = 0;
  readonly initial: number;
  /** The classes each step reads, by automaton state. */
  private readonly reads: readonly { readonly classes: readonly number[]; readonly to: number }[][];
  private readonly classCount: number;

  constructor(private readonly automaton: Automaton, alphabet: Alphabet, private readonly work: { left: number }) {
    this.reads = automaton.reads.map((steps) => steps.map((s) => ({ classes: classesIn(s.ranges, alphabet), to: s.to })));
    this.classCount = alphabet.starts.length;
    this.mark = new Int32Array(automaton.free.length);
    this.initial = this.intern(this.closure([automaton.initial], true));
  }

  /** The set reached from `subset` by reading class `c`. */
  step(subset: number, c: number): number {
    return (this.moves[subset] ??= this.movesFrom(subset))[c]!;
  }

  /** Every class's move from `subset` at once: one pass over its states, one closure per distinct target list. */
  private movesFrom(subset: number): number[] {
    const targets: number[][] = Array.from({ length: this.classCount }, () => []);
    for (const s of this.sets[subset]!) for (const read of this.reads[s]!) for (const c of read.classes) targets[c]!.push(read.to);
    const byTargets = new Map<string, number>();
    return targets.map((to) => {
      const key = to.join(',');
      let next = byTargets.get(key);
      if (next === undefined) byTargets.set(key, (next = this.intern(this.closure(to, false))));
      return next;
    });
  }

  /** Whether the string read so far is accepted: the accepting state is reached, taking the `$` steps. */
  accepts(subset: number): boolean {
    let known = this.accepting.get(subset);
    if (known === undefined) {
      known = this.closure(this.sets[subset]!, subset === this.initial, true).includes(this.automaton.accept);
      this.accepting.set(subset, known);
    }
    return known;
  }

  private closure(from: readonly number[], atStart: boolean, atEnd = false): number[] {
    const { free, atStart: starts, atEnd: ends } = this.automaton;
    const mark = ++this.generation;
    const reached: number[] = [];
    const stack = [...from];
    while (stack.length > 0) {
      const s = stack.pop()!;
      if (this.mark[s] === mark) continue;
      if (--this.work.left < 0) throw new OutOfWork();
      this.mark[s] = mark;
      reached.push(s);
      stack.push(...free[s]!);
      if (atStart) stack.push(...starts[s]!);
      if (atEnd) stack.push(...ends[s]!);
    }
    return reached;
  }

  private intern(reached: number[]): number {
    const { accept, atStart, atEnd } = this.automaton;
    // A match found and nothing after it asked for (no `$`): every longer string matches too, so every
    // such set is one state. Without this, `arn:…/.{1,576}` counts its characters past the first.
    const set = reached.includes(accept) ? [accept] : reached.filter((s) => this.reads[s]!.length > 0 || atEnd[s]!.length > 0 || atStart[s]!.length > 0).sort((x, y) => x - y);
    const key = set.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.sets.length;
      this.sets.push(set);
      this.ids.set(key, id);
    }
    return id;
  }
}

function classesIn(ranges: Ranges, alphabet: Alphabet): number[] {
  const classes: number[] = [];
  for (const [lo, hi] of ranges) {
    for (let i = alphabet.starts.indexOf(lo); i < alphabet.starts.length && alphabet.starts[i]! <= hi; i++) classes.push(i);
  }
  return classes;
}
