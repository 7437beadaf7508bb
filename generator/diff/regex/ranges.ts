/**
 * Sets of UTF-16 code units as sorted, disjoint, inclusive ranges: what a pattern without the `u` flag
 * matches one at a time.
 */
export type Ranges = readonly (readonly [number, number])[];

export const MAX_UNIT = 0xffff;
export const ANY: Ranges = [[0, MAX_UNIT]];
export const DIGIT: Ranges = [[48, 57]];
export const WORD: Ranges = [[48, 57], [65, 90], [95, 95], [97, 122]];
export const LINE_TERMINATORS: Ranges = [[10, 10], [13, 13], [0x2028, 0x2029]];
/** `\s`: ECMAScript's WhiteSpace and LineTerminator. */
export const SPACE: Ranges = union(
  [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029]],
  [[0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]],
);

export function union(...sets: Ranges[]): Ranges {
  const sorted = sets.flat().map(([lo, hi]) => [lo, hi] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [lo, hi] of sorted) {
    const last = merged[merged.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else merged.push([lo, hi]);
  }
  return merged;
}

export function complement(set: Ranges): Ranges {
  const out: [number, number][] = [];
  let from = 0;
  for (const [lo, hi] of union(set)) {
    if (lo > from) out.push([from, lo - 1]);
    from = hi + 1;
  }
  if (from <= MAX_UNIT) out.push([from, MAX_UNIT]);
  return out;
}

export function contains(set: Ranges, unit: number): boolean {
  return set.some(([lo, hi]) => lo <= unit && unit <= hi);
}
