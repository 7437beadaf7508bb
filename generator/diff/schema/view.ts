/**
 * A schema as the diff compares it: `$ref`s followed, wrappers that change nothing unwrapped (`allOf` of
 * one schema, `anyOf`/`oneOf` of one schema and `{type: 'null'}`), a union of single values read as their
 * `enum`, and nullability read from all three spellings (3.0 `nullable: true`, 3.1 `type: [x, 'null']`,
 * a `{type: 'null'}` branch).
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { child, deref, entries, items, type Node, type Obj } from '../walk/node.js';
import { isObject } from '../../util/json.js';
import { withBinaryFormat } from '../../util/byte-string.js';
import { shapesBesideRef } from '../../util/ref-siblings.js';
import { constantsAsEnum } from './constants-as-enum.js';

export interface SchemaView {
  readonly node: Node;
  readonly s: Obj;
  readonly nullable: boolean;
  /** When this view unwrapped a wrapper, the wrapper itself (compared instead when the other side composes too). */
  readonly outer?: SchemaView | undefined;
  /** A flattened `allOf`'s properties, gathered from all its parts (`flatten-all-of.ts`); else those of `node`. */
  readonly properties?: ReadonlyMap<string, Node> | undefined;
}

/** The schema's `properties`, each as its node (a property declared `false` included). */
export function propertyNodes(v: SchemaView): ReadonlyMap<string, Node> {
  return v.properties ?? new Map(entries(child(v.node, 'properties')));
}

/** JSON Schema's `false`: no value is valid (as a property: the property must be absent). */
export function allowsNothing(v: SchemaView): boolean {
  return v.node.value === false;
}

/** Keywords that describe without constraining; a wrapper with only these around one schema is that schema. */
const ANNOTATIONS = new Set(['title', 'description', 'example', 'examples', '$comment', 'externalDocs', 'xml', 'deprecated', 'readOnly', 'writeOnly', 'default', 'nullable', '$schema', '$id', '$anchor']);

export function isAnnotation(key: string): boolean {
  return ANNOTATIONS.has(key) || key.startsWith('x-');
}

export function viewOf(spec: LoadedSpec, start: Node): SchemaView {
  let node = schemaAt(spec, start);
  let nullable = false;
  let outer: SchemaView | undefined;
  for (let hops = 0; hops < 16; hops++) {
    const s = keywordsOf(node);
    nullable ||= declaresNull(spec, node, s);
    const inner = wrapped(spec, node, s);
    if (!inner) return { node, s, nullable, outer };
    outer ??= { node, s, nullable };
    node = schemaAt(spec, inner);
  }
  return { node, s: keywordsOf(node), nullable, outer };
}

/** The schema's keywords; a 3.1 file (`contentMediaType: image/png`) read as 3.0's `format: binary`, as the generator reads it. */
function keywordsOf(node: Node): Obj {
  return isObject(node.value) ? withBinaryFormat(node.value) : {};
}

/**
 * The schema a node holds, its `$ref`s followed; a `$ref` with keywords beside it that the generator
 * applies with it (`shapesBesideRef`) is the holder as an `allOf` ending with the ref, its own keywords
 * (and `allOf` parts) where they are written.
 */
function schemaAt(spec: LoadedSpec, node: Node): Node {
  if (!isObject(node.value) || !shapesBesideRef(node.value)) return withConstantsAsEnum(deref(spec, node));
  const { $ref, ...own } = node.value;
  return { ...node, value: { ...own, allOf: [...(Array.isArray(own['allOf']) ? own['allOf'] : []), { $ref }] } };
}

/** A union of single values as their `enum` (see `constantsAsEnum`), where it stands: the node keeps its place. */
function withConstantsAsEnum(node: Node): Node {
  const asEnum = isObject(node.value) ? constantsAsEnum(node.value) : undefined;
  return asEnum === undefined ? node : { ...node, value: asEnum };
}

/** The views to compare: a wrapper is kept when the other side uses the same composition keyword. */
export function alignViews(b: SchemaView, r: SchemaView): [SchemaView, SchemaView] {
  const composes = (x: SchemaView, y: SchemaView) => ['allOf', 'oneOf', 'anyOf'].some((k) => k in x.s && k in y.s);
  if (b.outer && !r.outer && composes(b.outer, r)) return [b.outer, r];
  if (r.outer && !b.outer && composes(r.outer, b)) return [b, r.outer];
  return [b, r];
}

/**
 * Whether the schema itself allows `null`: `nullable`, a `null` type, or a `{type: 'null'}` branch. An
 * `enum` lists every value allowed, so beside one, `null` is allowed where the list has it (JSON Schema:
 * `type: [string, 'null'], enum: [a, b]` takes no null; `enum: [a, null]` takes it, typed or not).
 * 3.0's `nullable: true` allows it either way, as the generator reads it.
 */
export function declaresNull(spec: LoadedSpec, node: Node, s: Obj): boolean {
  if (s['nullable'] === true) return true;
  if (Array.isArray(s['enum'])) return s['enum'].includes(null);
  if (Array.isArray(s['type']) && s['type'].includes('null')) return true;
  return nullBranches(spec, node).length > 0;
}

/** The `{type: 'null'}` branches of a oneOf/anyOf. */
export function nullBranches(spec: LoadedSpec, node: Node): Node[] {
  return (['oneOf', 'anyOf'] as const).flatMap((k) => items(child(node, k)).filter((b) => isNullSchema(deref(spec, b).value)));
}

export function isNullSchema(value: unknown): boolean {
  if (!isObject(value)) return false;
  const t = value['type'];
  return (t === 'null' || (Array.isArray(t) && t.length === 1 && t[0] === 'null')) && Object.keys(value).every((k) => k === 'type' || isAnnotation(k));
}

/** The one schema this schema only wraps, if it does. */
function wrapped(spec: LoadedSpec, node: Node, s: Obj): Node | undefined {
  const keys = Object.keys(s).filter((k) => !isAnnotation(k));
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  if (key !== 'allOf' && key !== 'oneOf' && key !== 'anyOf') return undefined;
  const branches = items(child(node, key)).filter((b) => key === 'allOf' || !isNullSchema(deref(spec, b).value));
  return branches.length === 1 ? branches[0] : undefined;
}

/** The `type` keyword as a set without `'null'`; `undefined` when absent (any type). */
export function typeSet(s: Obj): string[] | undefined {
  const t = s['type'];
  if (typeof t === 'string') return t === 'null' ? [] : [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string' && x !== 'null');
  return undefined;
}

/** Whether every type in `a` is also accepted by `b` (an integer is a number). */
export function covers(b: readonly string[], a: readonly string[]): boolean {
  return a.every((t) => b.includes(t) || (t === 'integer' && b.includes('number')));
}
