/**
 * A type's text before and after a change, cut to what a reader compares. GitHub's webhook payloads write
 * one member's type as tens of thousands of characters of inline object: shown whole, one row fills the
 * comment and pushes every other row out. Abridged, each side keeps the part that differs, a little of what
 * surrounds it, and `…` where text was left out. The JSON output keeps the whole text.
 */

/** The most of a side a cell shows; a shorter side is shown whole. */
export const MAX_TYPE_CHARS = 240;
/** How much unchanged text a cut side keeps before and after the part that differs. */
const CONTEXT_CHARS = 48;

export interface Sides {
  readonly before: string;
  readonly after: string;
}

export function abridgeSides(before: string, after: string, max = MAX_TYPE_CHARS): Sides {
  if (before.length <= max && after.length <= max) return { before, after };
  const head = commonPrefix(before, after);
  const tail = commonSuffix(before.slice(head), after.slice(head));
  return { before: abridge(before, head, before.length - tail, max), after: abridge(after, head, after.length - tail, max) };
}

/** `text` with `[from, to)` (the part that differs) kept, as much of it as fits, and some context either side. */
function abridge(text: string, from: number, to: number, max: number): string {
  if (text.length <= max) return text;
  const start = wordStart(text, Math.max(0, from - CONTEXT_CHARS), from);
  const changedEnd = Math.min(to, from + Math.max(0, max - (from - start) - CONTEXT_CHARS));
  const end = changedEnd < to ? safeEnd(text, changedEnd) : wordEnd(text, Math.min(text.length, to + CONTEXT_CHARS), to);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** The length of the longest common prefix, not ending between the halves of a surrogate pair. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n > 0 && isHighSurrogate(a.charCodeAt(n - 1)) ? n - 1 : n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n > 0 && n < a.length && isHighSurrogate(a.charCodeAt(a.length - 1 - n)) ? n - 1 : n;
}

/**
 * From `at`, where the next member or word starts (after `; `, else a space) before `limit`, so that cuts
 * fall between members of an object type, else between tokens.
 */
function wordStart(text: string, at: number, limit: number): number {
  if (at === 0) return 0;
  for (const separator of ['; ', ' ']) {
    const found = text.indexOf(separator, at);
    if (found >= 0 && found < limit) return found + separator.length;
  }
  return safeStart(text, at);
}

/** Back from `at`, where a member or word ends (after `;`, else before a space) no earlier than `limit`. */
function wordEnd(text: string, at: number, limit: number): number {
  if (at >= text.length) return text.length;
  const member = text.lastIndexOf(';', at - 1);
  if (member >= limit) return member + 1;
  const space = text.lastIndexOf(' ', at);
  return space >= limit ? space : safeEnd(text, at);
}

function safeStart(text: string, at: number): number {
  return isLowSurrogate(text.charCodeAt(at)) ? at + 1 : at;
}

function safeEnd(text: string, at: number): number {
  return at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) ? at - 1 : at;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
