/**
 * Keywords about values: `enum` (and the `x-extensible-enum` extension), `const`, `default`, `pattern`,
 * `contentMediaType` and `contentEncoding`. Enum values are compared as JSON; `null` in an enum is
 * nullability, which `types.ts` reports.
 */
import { marksOpenEnum } from '../../util/open-enum.js';
import { comparePatterns, type PatternDifference } from '../regex/compare.js';
import { child, str } from '../walk/node.js';
import { emit, type Check, type SchemaWalk } from './walk.js';
import type { SchemaView } from './view.js';

export const checkValues: Check = (w, b, r) => {
  compareEnum(w, b, r);
  compareExtensibleEnum(w, b, r);
  compareScalar(w, b, r, 'const', 'schema.const');
  compareScalar(w, b, r, 'default', 'schema.default');
  comparePattern(w, b, r);
  for (const [key, id] of [['contentMediaType', 'content-media-type'], ['contentEncoding', 'content-encoding']] as const) {
    const [bv, rv] = [b.s[key], r.s[key]];
    if (bv !== undefined && rv !== undefined && bv !== rv) emit(w, `schema.${id}.changed`, child(b.node, key), child(r.node, key), { before: bv, after: rv });
  }
};

function values(list: unknown): string[] | undefined {
  if (!Array.isArray(list)) return undefined;
  return list.filter((v) => v !== null).map((v) => JSON.stringify(v));
}

function compareEnum(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const bv = values(b.s['enum']);
  const rv = values(r.s['enum']);
  const [bn, rn] = [child(b.node, 'enum'), child(r.node, 'enum')];
  if (!bv && !rv) return;
  if (!bv) return emit(w, 'schema.enum.added', b.node, rn, { after: rv!.join(', ') });
  if (!rv) return emit(w, 'schema.enum.removed', bn, r.node, { before: bv.join(', ') });
  const [bOpen, rOpen] = [marksOpenEnum(b.s), marksOpenEnum(r.s)];
  if (bOpen !== rOpen) emit(w, rOpen ? 'schema.enum.opened' : 'schema.enum.closed', openMark(b), openMark(r), { before: bOpen ? 'open' : 'closed', after: rOpen ? 'open' : 'closed' });
  // An enum open on both sides (AutoRest's modelAsString) promised clients values it does not list.
  const id = bOpen && rOpen ? 'schema.enum.open-value' : 'schema.enum.value';
  for (const v of rv.filter((x) => !bv.includes(x))) emit(w, `${id}-added`, bn, rn, { after: JSON.parse(v) });
  for (const v of bv.filter((x) => !rv.includes(x))) emit(w, `${id}-removed`, bn, rn, { before: JSON.parse(v) });
}

/** Where an enum says it is open: its `x-ms-enum`, else the schema (a closed enum may have none). */
function openMark(v: SchemaView) {
  return v.s['x-ms-enum'] === undefined ? v.node : child(v.node, 'x-ms-enum');
}

function compareExtensibleEnum(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const bv = values(b.s['x-extensible-enum']) ?? [];
  const rv = values(r.s['x-extensible-enum']) ?? [];
  const [bn, rn] = [child(b.node, 'x-extensible-enum'), child(r.node, 'x-extensible-enum')];
  for (const v of rv.filter((x) => !bv.includes(x))) emit(w, 'schema.x-extensible-enum.value-added', bn, rn, { after: JSON.parse(v) });
  for (const v of bv.filter((x) => !rv.includes(x))) emit(w, 'schema.x-extensible-enum.value-removed', bn, rn, { before: JSON.parse(v) });
}

function compareScalar(w: SchemaWalk, b: SchemaView, r: SchemaView, key: string, id: string): void {
  const [bv, rv] = [b.s[key], r.s[key]];
  if (JSON.stringify(bv) === JSON.stringify(rv)) return;
  const change = bv === undefined ? 'added' : rv === undefined ? 'removed' : 'changed';
  emit(w, `${id}.${change}`, child(b.node, key), child(r.node, key), { before: bv, after: rv });
}

function comparePattern(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const bp = str(b.s['pattern']) || undefined;
  const rp = str(r.s['pattern']) || undefined;
  if (bp === rp) return;
  const nodes = [child(b.node, 'pattern'), child(r.node, 'pattern')] as const;
  const at = { before: bp, after: rp };
  if (bp === undefined) return emit(w, 'schema.pattern.added', ...nodes, w.ctx.probe ? at : { ...at, ...patternSet(rp!) });
  if (rp === undefined) return emit(w, 'schema.pattern.removed', ...nodes, at);
  // A probe asks only whether anything differs, and any pattern change is reported: no comparison needed.
  if (w.ctx.probe) return emit(w, 'schema.pattern.changed', ...nodes, at);
  const difference = comparePatterns(bp, rp);
  if (difference === undefined) return emit(w, 'schema.pattern.changed', ...nodes, at);
  emit(w, patternRule(difference, rp), ...nodes, { ...at, note: patternNote(difference) });
}

/** A pattern where there was none rejects some string (the shortest is named), unless it matches every one. */
function patternSet(pattern: string): { verdict?: 'not-breaking'; note?: string } {
  // The empty pattern matches every string, as no pattern does.
  const difference = comparePatterns('', pattern);
  if (difference === undefined) return {};
  if (difference.onlyBefore === undefined) return { verdict: 'not-breaking', note: 'it matches every string' };
  return { note: `${example(difference.onlyBefore)} no longer matches` };
}

/** Decided by the strings each pattern accepts: the same, more, fewer, or some of each. */
function patternRule({ onlyBefore, onlyAfter }: PatternDifference, after: string): string {
  if (onlyBefore !== undefined) return onlyAfter === undefined ? 'schema.pattern.narrowed' : 'schema.pattern.replaced';
  if (onlyAfter === undefined) return 'schema.pattern.rewritten';
  // The empty pattern matches every string: so does `after` when the two accept the same.
  const difference = comparePatterns(after, '');
  return difference?.onlyAfter === undefined && difference?.onlyBefore === undefined ? 'schema.pattern.generalized' : 'schema.pattern.widened';
}

/** A string that tells the patterns apart, each way there is one: what a reviewer can try. */
function patternNote({ onlyBefore, onlyAfter }: PatternDifference): string | undefined {
  const parts = [
    onlyBefore === undefined ? undefined : `${example(onlyBefore)} matched before and no longer does`,
    onlyAfter === undefined ? undefined : `${example(onlyAfter)} matches now and did not before`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? 'both accept exactly the same strings' : parts.join('; ');
}

/** As JSON, so a space, a line break or a quote shows; long ones cut, with their length. */
function example(text: string): string {
  const MAX = 40;
  return text.length <= MAX ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, MAX))}… (${text.length} characters)`;
}
