/**
 * Types (JSON Schema `type`, `format`) and nullability. A type that accepts more is widened, fewer
 * narrowed; an integer is a number. `oneOf`/`anyOf` of typed branches is a list of types too.
 * Parameters travel as text: a scalar that becomes a string stays valid text (but may mean something
 * else), and a scalar that becomes an array of the same values stays valid with form/explode.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { jsonType } from '../../util/json.js';
import { child, items, str, type Obj } from '../walk/node.js';
import { emit, type Check, type SchemaWalk } from './walk.js';
import { covers, isAnnotation, isNullSchema, typeSet, viewOf, type SchemaView } from './view.js';

const SCALARS = ['string', 'number', 'integer', 'boolean'];

export const checkTypes: Check = (w, b, r) => {
  if (b.nullable !== r.nullable) emit(w, r.nullable ? 'schema.nullable.added' : 'schema.nullable.removed', b.node, r.node);
  const bt = typeSet(b.s);
  const rt = typeSet(r.s);
  if (enumOfType(b.s, rt) || enumOfType(r.s, bt)) return compareFormat(w, b, r);
  if (bt && rt) compareTypes(w, b, r, bt, rt);
  else compareLists(w, b, r, bt ?? derivedTypes(w.ctx.base, b), rt ?? derivedTypes(w.ctx.revision, r), bt !== undefined || rt !== undefined);
  compareFormat(w, b, r);
};

function compareTypes(w: SchemaWalk, b: SchemaView, r: SchemaView, bt: string[], rt: string[]): void {
  if (sameSet(bt, rt)) return;
  const at = { before: bt.join(' | '), after: rt.join(' | ') };
  const node = [child(b.node, 'type'), child(r.node, 'type')] as const;
  if (w.scope.site.container === 'parameter') return compareParameterTypes(w, b, r, bt, rt);
  if (w.loose && isSwap(bt, rt, 'object', 'string')) return emit(w, 'schema.type.compatible', ...node, at);
  const id = covers(rt, bt) ? 'schema.type.widened' : covers(bt, rt) ? 'schema.type.narrowed' : 'schema.type.changed';
  emit(w, id, ...node, at);
}

function compareParameterTypes(w: SchemaWalk, b: SchemaView, r: SchemaView, bt: string[], rt: string[]): void {
  const node = [child(b.node, 'type'), child(r.node, 'type')] as const;
  const at = { before: bt.join(' | '), after: rt.join(' | ') };
  if (!bt.includes('array') && rt.includes('array')) return emit(w, becameArray(w, bt, r) ? 'schema.type.became-array' : 'schema.type.changed', ...node, at);
  const asText = (ts: string[]) => ts.every((t) => SCALARS.includes(t));
  if (rt.length === 1 && rt[0] === 'string' && asText(bt)) return emit(w, 'schema.type.reinterpreted', ...node, at);
  const textCovers = (x: string[], y: string[]) => covers(x, y) || (x.includes('string') && asText(y));
  const id = covers(rt, bt) ? 'schema.type.widened' : textCovers(bt, rt) ? 'schema.type.narrowed' : 'schema.type.changed';
  emit(w, id, ...node, at);
}

/** `a` → array of items that accept every `a` value as text, with no other constraint on them. */
function becameArray(w: SchemaWalk, bt: string[], r: SchemaView): boolean {
  const it = viewOf(w.ctx.revision, child(r.node, 'items'));
  const itemTypes = typeSet(it.s);
  const onlyTypes = Object.keys(it.s).every((k) => k === 'type' || k === 'format' || isAnnotation(k));
  if (!onlyTypes) return false;
  return itemTypes === undefined || covers(itemTypes, bt) || (itemTypes.includes('string') && bt.every((t) => SCALARS.includes(t)));
}

/** One side's types come from `oneOf`/`anyOf` branches (or it has none): compare them as lists. */
function compareLists(w: SchemaWalk, b: SchemaView, r: SchemaView, bt: string[] | undefined, rt: string[] | undefined, typed: boolean): void {
  if (bt && rt) {
    if (sameSet(bt, rt)) return;
    const at = { before: bt.join(' | '), after: rt.join(' | ') };
    if (!covers(bt, rt)) emit(w, 'schema.types.widened', b.node, r.node, at);
    if (!covers(rt, bt)) emit(w, 'schema.types.narrowed', b.node, r.node, at);
    return;
  }
  if (!typed) return;
  if (rt) emit(w, 'schema.type.added', b.node, child(r.node, 'type'), { after: rt.join(' | '), ...textAnyway(w, rt) });
  else if (bt) emit(w, 'schema.type.removed', child(b.node, 'type'), r.node, { before: bt.join(' | ') });
}

/**
 * An `enum` without a `type` whose values all have the other side's type: it allows only its values, each
 * of that type, so writing the type or leaving it out changes nothing (the enum's own comparison says
 * what values came or went).
 */
function enumOfType(s: Obj, otherTypes: readonly string[] | undefined): boolean {
  if (s['type'] !== undefined || !Array.isArray(s['enum']) || otherTypes === undefined) return false;
  return s['enum'].every((value) => value === null || covers(otherTypes, [jsonType(value)]));
}

/** Where a value always travels as one piece of text. A query value may also be a list (`?x=a&x=b`). */
const TEXT_ONLY = new Set(['path', 'header', 'cookie']);

/**
 * `type: string` set on a path, header or cookie parameter that allowed any type: whatever a client sent
 * there was text, and text is still accepted (Cloudflare's `identifier: {}` becoming a string).
 */
function textAnyway(w: SchemaWalk, rt: string[]): { verdict?: 'not-breaking'; note?: string } {
  const { container, paramIn } = w.scope.site;
  if (container !== 'parameter' || w.path !== '' || !TEXT_ONLY.has(paramIn ?? '') || rt.join() !== 'string') return {};
  return { verdict: 'not-breaking', note: `a ${paramIn} parameter's value is text whatever its schema` };
}

/** The types a `oneOf`/`anyOf` of typed branches allows; `undefined` when a branch has no type. */
export function derivedTypes(spec: LoadedSpec, v: SchemaView): string[] | undefined {
  const branches = ['oneOf', 'anyOf'].flatMap((k) => items(child(v.node, k))).filter((n) => !isNullSchema(viewOf(spec, n).s));
  if (branches.length === 0 || !('oneOf' in v.s || 'anyOf' in v.s)) return undefined;
  const sets = branches.map((n) => typeSet(viewOf(spec, n).s));
  if (sets.some((s) => s === undefined)) return undefined;
  return [...new Set(sets.flatMap((s) => s!))];
}

function compareFormat(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const bf = str(b.s['format']);
  const rf = str(r.s['format']);
  if (bf === rf) return;
  const id = bf === undefined ? 'schema.format.added' : rf === undefined ? 'schema.format.removed' : 'schema.format.changed';
  emit(w, id, child(b.node, 'format'), child(r.node, 'format'), { before: bf, after: rf });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

function isSwap(a: string[], b: string[], x: string, y: string): boolean {
  return a.length === 1 && b.length === 1 && ((a[0] === x && b[0] === y) || (a[0] === y && b[0] === x));
}
