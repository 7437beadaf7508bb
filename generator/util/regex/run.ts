/**
 * Whether an automaton accepts a string, in time linear in the string: the set of states the text so far
 * can reach is carried along one character at a time (Thompson's simulation), so no pattern can make a
 * string take longer than its length times the automaton's size, whatever it nests (`(a+)+$`). A
 * backtracking engine, JavaScript's `RegExp` among them, can take time exponential in the string's length.
 */
import type { Automaton } from './automaton.js';
import { holds } from './ranges.js';

/** `codePoints`: the automaton reads code points (a pattern with the `u` flag, an I-Regexp), else code units. */
export function accepts(automaton: Automaton, text: string, codePoints: boolean): boolean {
  const { free, atStart, atEnd, reads, accept } = automaton;
  /** The generation each state was last added in: a set cleared in constant time. */
  const mark = new Int32Array(free.length).fill(-1);
  let generation = 0;
  const close = (seeds: readonly number[], first: boolean, last: boolean): number[] => {
    const out: number[] = [];
    const stack = [...seeds];
    for (const s of seeds) mark[s] = generation;
    while (stack.length > 0) {
      const s = stack.pop()!;
      out.push(s);
      const add = (to: number) => {
        if (mark[to] === generation) return;
        mark[to] = generation;
        stack.push(to);
      };
      free[s]!.forEach(add);
      if (first) atStart[s]!.forEach(add);
      if (last) atEnd[s]!.forEach(add);
    }
    generation++;
    return out;
  };
  let at = 0;
  let states = close([automaton.initial], true, text.length === 0);
  while (at < text.length && states.length > 0) {
    const c = codePoints ? text.codePointAt(at)! : text.charCodeAt(at);
    at += codePoints && c > 0xffff ? 2 : 1;
    const next: number[] = [];
    for (const s of states) {
      for (const step of reads[s]!) {
        if (mark[step.to] !== generation && holds(step.ranges, c)) {
          mark[step.to] = generation;
          next.push(step.to);
        }
      }
    }
    // `close` marks its seeds itself, in the same generation `next` was marked in.
    states = close(next, false, at === text.length);
  }
  return states.includes(accept);
}
