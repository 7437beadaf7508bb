/**
 * Sets of UTF-16 code units as sorted, disjoint, inclusive ranges: what a pattern without the `u` flag
 * matches one at a time. A pattern read with code point semantics (the `u` flag, I-Regexp) uses the same
 * sets over code points, up to `MAX_CODE_POINT`.
 */
export type Ranges = readonly (readonly [number, number])[];

export const MAX_UNIT = 0xffff;
export const MAX_CODE_POINT = 0x10ffff;
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

/** Everything up to `top` (a code unit's or a code point's largest value) that `set` does not hold. */
export function complement(set: Ranges, top: number = MAX_UNIT): Ranges {
  const out: [number, number][] = [];
  let from = 0;
  for (const [lo, hi] of union(set)) {
    if (lo > from) out.push([from, lo - 1]);
    from = hi + 1;
  }
  if (from <= top) out.push([from, top]);
  return out;
}

export function contains(set: Ranges, unit: number): boolean {
  return set.some(([lo, hi]) => lo <= unit && unit <= hi);
}

/** `contains` by halving: a Unicode property's set has hundreds of ranges. */
export function holds(set: Ranges, value: number): boolean {
  let [lo, hi] = [0, set.length - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = set[mid]!;
    if (value < from) hi = mid - 1;
    else if (value > to) lo = mid + 1;
    else return true;
  }
  return false;
}
