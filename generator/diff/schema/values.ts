/**
 * Keywords about values: `enum` (and the `x-extensible-enum` extension), `const`, `default`, `pattern`,
 * `contentMediaType` and `contentEncoding`. Enum values are compared as JSON; `null` in an enum is
 * nullability, which `types.ts` reports.
 */
import { marksOpenEnum } from '../../util/open-enum.js';
import { child } from '../walk/node.js';
import { comparePattern } from './pattern.js';
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
