/**
 * Whether an automaton accepts no string at all: `^[a-z]*$\{2,64\}$` (AWS Chime's, a quantifier written
 * after the `$` and escaped) asks for text after the string's end, `/^[a-z]$/` (a regular expression
 * literal pasted into a spec) for a `/` before its start. Each state is visited at most four times: with
 * or without a character read before it (`^` is taken only before the first), and with or without `$`
 * taken (nothing is read after it).
 */
import type { Automaton } from './automaton.js';

export function acceptsNothing(automaton: Automaton): boolean {
  const { free, atStart, atEnd, reads, accept } = automaton;
  const seen = new Set<number>();
  const stack: { state: number; read: boolean; ended: boolean }[] = [{ state: automaton.initial, read: false, ended: false }];
  while (stack.length > 0) {
    const { state, read, ended } = stack.pop()!;
    const key = state * 4 + (read ? 2 : 0) + (ended ? 1 : 0);
    if (seen.has(key)) continue;
    seen.add(key);
    if (state === accept) return false;
    for (const to of free[state]!) stack.push({ state: to, read, ended });
    if (!read) for (const to of atStart[state]!) stack.push({ state: to, read, ended });
    for (const to of atEnd[state]!) stack.push({ state: to, read, ended: true });
    if (!ended) for (const step of reads[state]!) if (step.ranges.length > 0) stack.push({ state: step.to, read: true, ended });
  }
  return true;
}
