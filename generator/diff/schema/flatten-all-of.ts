/**
 * An `allOf` whose branches were regrouped: a branch replaced by others that say the same (Cloudflare's
 * 2024 spec renamed and split most of its shared fragments), a plain schema turned into an `allOf`, or
 * back. Compared branch by branch, each such change reads as a branch removed (undecidable in a request)
 * and a branch added (breaking), though the message may be the same, and what changed inside the
 * branches is never looked at. So when the branches were regrouped, the diff compares both sides
 * flattened: one schema with every keyword of every part, `required` merged, and a property declared by
 * several parts an `allOf` of its declarations; what really changed is then reported keyword by keyword.
 * Parts that say `type`, `enum`, `anyOf` or `items` differently are combined (`combine-keywords.ts`); parts that
 * disagree on another keyword, or that limit other properties (`additionalProperties` in an `allOf`
 * limits only its own branch's), keep the branch-by-branch comparison.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { isObject } from '../../util/json.js';
import { joinPointer } from '../../util/pointer.js';
import { child, deref, entries, items, str, type Node, type Obj } from '../walk/node.js';
import { branches, pairBranches, type Branch } from './composition.js';
import { combineKeyword, withinType } from './combine-keywords.js';
import { sameClosure } from './same-closure.js';
import { declaresNull, isAnnotation, viewOf, type SchemaView } from './view.js';
import type { SchemaWalk } from './walk.js';

/** The two views to compare: flattened when the `allOf` was regrouped and both sides flatten. */
export function flattenRegroupedAllOf(w: SchemaWalk, b: SchemaView, r: SchemaView): [SchemaView, SchemaView] {
  if (!regrouped(w, b, r)) return [b, r];
  const [fb, fr] = [flattened(w.ctx.base, b, 0), flattened(w.ctx.revision, r, 0)];
  return fb && fr ? [fb, fr] : [b, r];
}

/**
 * Whether the branches changed on both sides: a schema became an `allOf` and nothing else, or back; or
 * some branch with constraints on each side has no partner on the other, a side that does not compose
 * counting as one branch, itself. A branch only added or only removed is reported as such.
 */
function regrouped(w: SchemaWalk, b: SchemaView, r: SchemaView): boolean {
  const [ba, ra] = [Array.isArray(b.s['allOf']), Array.isArray(r.s['allOf'])];
  if (!ba && !ra) return false;
  if (ba !== ra && onlyComposes(ba ? b : r)) return true;
  // Branches written alike pair up; those that differ in writing only are compared flattened just as well.
  const alike = (x: Branch, y: Branch) => sameClosure(w.ctx.base, w.ctx.revision, x.node, y.node);
  const { removed, added } = pairBranches(w, partsOf(w, 'base', b), partsOf(w, 'revision', r), alike);
  const [lost, gained] = [removed.some((x) => !x.annotationOnly), added.some((x) => !x.annotationOnly)];
  if (lost && gained) return true;
  // Keywords moved between the holder and a branch: `{required: [a], allOf: [A]}` (a `$ref` with
  // `required` beside it, as the generator reads one) and `{allOf: [A, {required: [a]}]}`.
  return (lost || gained) && ba && ra && ownKeywords(b) !== ownKeywords(r);
}

/** The holder's own constraints beside its `allOf`, as text. */
function ownKeywords(v: SchemaView): string {
  return JSON.stringify(Object.entries(v.s).filter(([key]) => key !== 'allOf' && !isAnnotation(key)));
}

function onlyComposes(v: SchemaView): boolean {
  return Object.keys(v.s).every((key) => key === 'allOf' || isAnnotation(key));
}

function partsOf(w: SchemaWalk, side: 'base' | 'revision', v: SchemaView): Branch[] {
  if (Array.isArray(v.s['allOf'])) return branches(w, side, v, 'allOf');
  return [{ node: v.node, title: str(v.s['title']), annotationOnly: false }];
}

interface Gathered {
  readonly file: string;
  readonly s: Obj;
  readonly properties: Map<string, Node[]>;
  readonly required: Set<string>;
  /** For each part that limits the type (`type`, `enum`, `const`, `oneOf`, `anyOf`): whether it allows `null`. */
  readonly nulls: boolean[];
}

/** Keywords whose meaning changes when parts are merged: each limits the properties of its own part only. */
const PER_PART = new Set(['additionalProperties', 'unevaluatedProperties', 'patternProperties', 'propertyNames']);
const LIMITS_TYPE = ['type', 'enum', 'oneOf', 'anyOf', 'const'];

/**
 * The view as one schema, or `undefined` when its parts do not merge, nor the declarations of a property
 * declared by several parts (compared as an `allOf` against a plain schema, they would read as the
 * plain schema's keywords removed).
 */
function flattened(spec: LoadedSpec, v: SchemaView, depth: number): SchemaView | undefined {
  const into: Gathered = { file: v.node.file, s: {}, properties: new Map(), required: new Set(), nulls: [] };
  if (depth > MAX_DEPTH || !gather(spec, v.node, into, 0)) return undefined;
  const properties = new Map<string, Node>();
  for (const [name, nodes] of into.properties) {
    const node = merged(v.node, name, nodes);
    if (!node || (node.value !== nodes[0]!.value && !flattened(spec, viewOf(spec, node), depth + 1))) return undefined;
    properties.set(name, node);
  }
  const s: Obj = withinType({ ...into.s, ...(into.required.size > 0 ? { required: [...into.required] } : {}) });
  const nullable = v.nullable || (into.nulls.length > 0 && into.nulls.every(Boolean));
  // The holder's place, for locations; its value is the flattened one, which the checks read too. A side
  // that did not compose keeps the wrapper it was unwrapped from (`anyOf` of one), to meet the other's `anyOf`.
  const outer = Array.isArray(v.s['allOf']) ? undefined : v.outer;
  return { node: { ...v.node, value: s }, s, nullable, properties, outer };
}

const MAX_DEPTH = 16;

/** Adds a part and its `allOf` branches to `into`; false when a keyword cannot be merged. */
function gather(spec: LoadedSpec, start: Node, into: Gathered, depth: number): boolean {
  const node = deref(spec, start);
  if (!isObject(node.value) || depth > MAX_DEPTH) return false;
  const s = node.value;
  if (LIMITS_TYPE.some((k) => k in s)) into.nulls.push(declaresNull(spec, node, s));
  for (const [name, property] of entries(child(node, 'properties'))) into.properties.set(name, [...(into.properties.get(name) ?? []), property]);
  for (const name of Array.isArray(s['required']) ? s['required'] : []) if (typeof name === 'string') into.required.add(name);
  for (const [key, value] of Object.entries(s)) if (!mergeKeyword(into, node, key, value)) return false;
  return items(child(node, 'allOf')).every((branch) => gather(spec, branch, into, depth + 1));
}

function mergeKeyword(into: Gathered, node: Node, key: string, value: unknown): boolean {
  if (key === 'properties' || key === 'required' || key === 'allOf' || key === 'nullable') return true;
  if (isAnnotation(key)) {
    if (!(key in into.s)) into.s[key] = value;
    return true;
  }
  if (PER_PART.has(key)) return false;
  if (key in into.s && JSON.stringify(into.s[key]) === JSON.stringify(value)) return true;
  // Its `$ref`s are read from the holder's file.
  if (node.file !== into.file) return false;
  const combined = key in into.s ? combineKeyword(key, into.s[key], value) : value;
  if (combined === undefined) return false;
  into.s[key] = combined;
  return true;
}

/**
 * A property declared once is its own node. Declared by several parts, it must satisfy each: written the
 * same, the first; else an `allOf` of them, placed under the holder's `allOf` where no schema of the
 * document is (so the diff's memos never confuse it with one), which locates at the `allOf`. Their
 * `$ref`s are read from the holder's file, so declarations from other files are not merged.
 */
function merged(holder: Node, name: string, nodes: Node[]): Node | undefined {
  const texts = new Set(nodes.map((n) => JSON.stringify(n.value)));
  if (texts.size === 1) return nodes[0]!;
  if (nodes.some((n) => n.file !== holder.file)) return undefined;
  return { file: holder.file, pointer: joinPointer(holder.pointer, 'allOf', 'properties', name), value: { allOf: nodes.map((n) => n.value) } };
}
