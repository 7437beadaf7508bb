/**
 * Two parts of an `allOf` that say one keyword differently, as one value that means both (a value must
 * satisfy every part): `type`s and `enum`s intersected, two `anyOf`s distributed into one whose branches
 * are each a pair's both, `items` that one part leaves open taken from the other. Cloudflare's envelopes
 * declare `result` as `anyOf: [object, array, string]` in the common part and `anyOf: [object, string]`
 * in another: one `anyOf: [object, string]`. `undefined` when the two do not combine (a keyword this does
 * not know, a `$ref` inside, no value satisfying both).
 */
import { isObject } from '../../util/json.js';
import { isAnnotation } from './view.js';

type Combine = (a: unknown, b: unknown) => unknown;

/** Marks a pair of branches no value satisfies (disjoint types): it is left out of the `anyOf`. */
const NOTHING = Symbol('nothing');

export function combineKeyword(key: string, a: unknown, b: unknown): unknown {
  const combined = COMBINE[key]?.(a, b);
  // Parts no value satisfies (Cloudflare's 4XX envelopes join `success: [true]` to `success: [false]`):
  // compared flattened, every field of the impossible side would read as changed.
  return combined === NOTHING ? undefined : combined;
}

const COMBINE: Readonly<Record<string, Combine>> = {
  type: (a, b) => intersectTypes(a, b),
  enum: (a, b) => intersectEnums(a, b),
  anyOf: (a, b) => distributeAnyOf(a, b),
  // A list's items said by one part only: the other's `items: {}` (Cloudflare's collection envelopes) allows any.
  items: (a, b) => (allowsAny(a) ? b : allowsAny(b) ? a : undefined),
};

/** `{}`, `true` or a schema of annotations only: every value is valid. */
function allowsAny(schema: unknown): boolean {
  return schema === true || (isObject(schema) && Object.keys(schema).every(isAnnotation));
}

/** The types both allow (`integer` is a `number`); NOTHING when none. */
function intersectTypes(a: unknown, b: unknown): unknown {
  const [as, bs] = [typeList(a), typeList(b)];
  if (!as || !bs) return undefined;
  const both = as.flatMap((t) => (bs.includes(t) ? [t] : t === 'integer' && bs.includes('number') ? [t] : t === 'number' && bs.includes('integer') ? ['integer'] : []));
  const unique = [...new Set(both)];
  if (unique.length === 0) return NOTHING;
  return unique.length === 1 ? unique[0] : unique;
}

function typeList(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) && value.every((t) => typeof t === 'string') ? value : undefined;
}

/** The values both list; NOTHING when none. */
function intersectEnums(a: unknown, b: unknown): unknown {
  if (!Array.isArray(a) || !Array.isArray(b)) return undefined;
  const texts = new Set(b.map((v) => JSON.stringify(v)));
  const both = a.filter((v) => texts.has(JSON.stringify(v)));
  return both.length === 0 ? NOTHING : both;
}

/** `anyOf` of each pair of branches that some value satisfies; NOTHING when no pair does. */
function distributeAnyOf(a: unknown, b: unknown): unknown {
  if (!Array.isArray(a) || !Array.isArray(b)) return undefined;
  const pairs: unknown[] = [];
  for (const x of a) {
    for (const y of b) {
      const both = mergeBranches(x, y);
      if (both === undefined) return undefined;
      if (both !== NOTHING) pairs.push(both);
    }
  }
  return pairs.length === 0 ? NOTHING : pairs;
}

/** Keywords a branch may hold for `mergeBranches` to merge it: its own, not another schema's by reference or composition. */
const COMPOSING = ['$ref', 'allOf', 'anyOf', 'oneOf', 'not', '$dynamicRef'];

/** Two branches as one: every keyword of each, those both say combined; `nullable` only when both are. */
function mergeBranches(x: unknown, y: unknown): unknown {
  if (!isObject(x) || !isObject(y) || COMPOSING.some((k) => k in x || k in y)) return undefined;
  const merged: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (key === 'nullable') {
      if (x['nullable'] === true && y['nullable'] === true) merged['nullable'] = true;
      continue;
    }
    if (!(key in x) || !(key in y)) merged[key] = key in x ? x[key] : y[key];
    else if (JSON.stringify(x[key]) === JSON.stringify(y[key])) merged[key] = x[key];
    else {
      const combined = COMBINE[key]?.(x[key], y[key]);
      if (combined === undefined || combined === NOTHING) return combined;
      merged[key] = combined;
    }
  }
  return merged;
}

/**
 * An `anyOf` read under the type its holder says: branches of another type are left out, and when a branch
 * says nothing beyond that type the `anyOf` says nothing at all (`{type: object, anyOf: [{type: object},
 * {type: string}]}` is any object). Distributing two `anyOf`s gives such branches, which the other side
 * of the comparison does not repeat.
 */
export function withinType(s: Record<string, unknown>): Record<string, unknown> {
  const branches = s['anyOf'];
  if (s['type'] === undefined || !Array.isArray(branches) || !branches.every((b) => isObject(b) && !COMPOSING.some((k) => k in b))) return s;
  const possible = (branches as Record<string, unknown>[]).filter((b) => b['type'] === undefined || intersectTypes(b['type'], s['type']) !== NOTHING);
  if (possible.length === 0) return s;
  const { anyOf: _, ...rest } = s;
  if (possible.some((b) => Object.keys(b).every((k) => k === 'type' || k === 'nullable' || isAnnotation(k)))) return rest;
  return { ...rest, anyOf: possible };
}
