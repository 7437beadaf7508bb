/**
 * Which of a revision's errors or warnings the pull request brings. A problem the base had is not new,
 * even where an edit elsewhere moved it: a parameter inserted before it shifts its JSON pointer, and a
 * schema moved under another name changes it entirely. So the problems are paired in two rounds, first
 * by kind, place and text, then, among those left, by kind and text alone. What the revision has left
 * unpaired is new, and a problem whose text changed is new too (a second misspelled name added to a
 * `required` list changes the message of the warning at that list).
 */
import type { Diagnostic } from '../diagnostics.js';

export function newProblems(base: readonly Diagnostic[], revision: readonly Diagnostic[]): Diagnostic[] {
  const atSamePlace = pairOff(base, revision, (d) => `${d.code}\n${d.location.pointer}\n${d.message}`);
  const moved = pairOff(atSamePlace.baseLeft, atSamePlace.revisionLeft, (d) => `${d.code}\n${d.message}`);
  const unpaired = new Set(moved.revisionLeft);
  return revision.filter((d) => unpaired.has(d));
}

interface Left {
  readonly baseLeft: Diagnostic[];
  readonly revisionLeft: Diagnostic[];
}

/** Pairs each revision problem with one base problem of the same key, each base problem used once. */
function pairOff(base: readonly Diagnostic[], revision: readonly Diagnostic[], key: (d: Diagnostic) => string): Left {
  const waiting = new Map<string, Diagnostic[]>();
  for (const d of base) {
    const same = waiting.get(key(d));
    if (same === undefined) waiting.set(key(d), [d]);
    else same.push(d);
  }
  const revisionLeft = revision.filter((d) => waiting.get(key(d))?.shift() === undefined);
  return { baseLeft: [...waiting.values()].flat(), revisionLeft };
}
