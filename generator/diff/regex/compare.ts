/**
 * Whether two `pattern`s accept the same strings, and if not, the shortest string each accepts that the
 * other does not (`util/regex/side-by-side.ts` walks the two automata together).
 */
import { walkSideBySide } from '../../util/regex/side-by-side.js';

/** Strings one pattern accepts and the other does not; neither: the two accept the same strings. */
export interface PatternDifference {
  readonly onlyBefore?: string | undefined;
  readonly onlyAfter?: string | undefined;
}

/** `undefined`: not decided (a pattern outside the regular part of the syntax, or too large to compare). */
export function comparePatterns(before: string, after: string): PatternDifference | undefined {
  let onlyBefore: string | undefined;
  let onlyAfter: string | undefined;
  const end = walkSideBySide(before, after, (text, inBefore, inAfter) => {
    if (inBefore && !inAfter) onlyBefore ??= text;
    if (inAfter && !inBefore) onlyAfter ??= text;
    return onlyBefore !== undefined && onlyAfter !== undefined;
  });
  return end === undefined ? undefined : { onlyBefore, onlyAfter };
}
