/**
 * Numeric, length and count bounds. OpenAPI 3.0 writes an exclusive bound as a boolean beside
 * `maximum`/`minimum`; it is read here as the 3.1 numeric form, so both spellings compare alike.
 * In a parameter, a bound for another kind of value than the parameter's type (`maxItems` on a string)
 * has no effect: the text on the wire is parsed by the declared type.
 */
import { BOUNDS } from '../rules/schema-rules.js';
import { child, type Obj } from '../walk/node.js';
import { emit, type Check, type SchemaWalk } from './walk.js';
import { typeSet, type SchemaView } from './view.js';

const APPLIES_TO: Record<string, readonly string[]> = {
  maximum: ['number', 'integer'], exclusiveMaximum: ['number', 'integer'], minimum: ['number', 'integer'], exclusiveMinimum: ['number', 'integer'],
  maxLength: ['string'], minLength: ['string'],
  maxItems: ['array'], minItems: ['array'], maxContains: ['array'], minContains: ['array'],
  maxProperties: ['object'], minProperties: ['object'],
  multipleOf: ['number', 'integer'],
};

export const checkBounds: Check = (w, b, r) => {
  const bb = bounds(b.s);
  const rb = bounds(r.s);
  for (const [keyword, id, , upper] of BOUNDS) {
    const [bv, rv] = [bb[keyword], rb[keyword]];
    if (bv === rv) continue;
    const change = bv === undefined ? 'set' : rv === undefined ? 'unset' : (rv < bv) === upper ? (upper ? 'decreased' : 'increased') : upper ? 'increased' : 'decreased';
    emit(w, `schema.${id}.${change}`, child(b.node, keyword), child(r.node, keyword), { before: bv, after: rv, ...(noEffect(w, keyword, b, r) ?? withinValues(keyword, b.s, bv, r.s, rv)) });
  }
};

/** `uniqueItems` and `multipleOf`, which constrain values without bounding them. */
export const checkSteps: Check = (w, b, r) => {
  const unique = (v: SchemaView) => v.s['uniqueItems'] === true;
  if (unique(b) !== unique(r)) emit(w, unique(r) ? 'schema.unique-items.added' : 'schema.unique-items.removed', child(b.node, 'uniqueItems'), child(r.node, 'uniqueItems'));
  const step = (v: SchemaView) => (typeof v.s['multipleOf'] === 'number' && v.s['multipleOf'] > 0 ? v.s['multipleOf'] : undefined);
  const [bv, rv] = [step(b), step(r)];
  if (bv === rv) return;
  const change = bv === undefined ? 'set' : rv === undefined ? 'unset' : divides(bv, rv) ? 'narrowed' : divides(rv, bv) ? 'widened' : 'changed';
  emit(w, `schema.multiple-of.${change}`, child(b.node, 'multipleOf'), child(r.node, 'multipleOf'), { before: bv, after: rv, ...noEffect(w, 'multipleOf', b, r) });
};

/** Whether `multiple` is a whole multiple of `step` (5 of 1, 0.5 of 0.25), within floating-point error. */
function divides(step: number, multiple: number): boolean {
  const ratio = multiple / step;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

/** The bounds of a schema, with 3.0's boolean `exclusiveMaximum`/`exclusiveMinimum` folded in. */
export function bounds(s: Obj): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const [keyword] of BOUNDS) out[keyword] = typeof s[keyword] === 'number' ? (s[keyword] as number) : undefined;
  for (const [flag, bound] of [['exclusiveMaximum', 'maximum'], ['exclusiveMinimum', 'minimum']] as const) {
    if (s[flag] === true && typeof s[bound] === 'number') {
      out[flag] = s[bound] as number;
      out[bound] = undefined;
    }
  }
  return out;
}

type Effect = { verdict?: 'not-breaking'; note?: string };

function noEffect(w: SchemaWalk, keyword: string, b: SchemaView, r: SchemaView): Effect | undefined {
  if (w.scope.site.container !== 'parameter') return undefined;
  const types = [...(typeSet(b.s) ?? ['any']), ...(typeSet(r.s) ?? ['any'])];
  const applies = APPLIES_TO[keyword] ?? [];
  if (types.some((t) => t === 'any' || applies.includes(t))) return undefined;
  return { verdict: 'not-breaking', note: `\`${keyword}\` has no effect on a ${[...new Set(types)].join(' or ')} value` };
}

/**
 * A bound that every value an `enum` (or `const`) lists meets, on each side: the values allowed are the
 * listed ones either way, so moving it changes none (`maxLength: 8` added to `enum: [low, high]`); a
 * change in the list is reported by itself.
 */
function withinValues(keyword: string, bs: Obj, bv: number | undefined, rs: Obj, rv: number | undefined): Effect {
  // `minContains` counts the items that match `contains`, which a list's length does not tell.
  if (keyword.endsWith('Contains')) return {};
  const meets = (s: Obj, bound: number | undefined): boolean => {
    const values = listed(s);
    return values !== undefined && (bound === undefined || values.every((value) => meetsBound(keyword, value, bound)));
  };
  return meets(bs, bv) && meets(rs, rv) ? { verdict: 'not-breaking', note: 'every value the enum lists meets it, before and after' } : {};
}

function listed(s: Obj): readonly unknown[] | undefined {
  if ('const' in s) return [s['const']];
  return Array.isArray(s['enum']) ? s['enum'] : undefined;
}

/** Whether a value meets one bound; a bound for another kind of value (`maxLength` and a number) says nothing of it. */
function meetsBound(keyword: string, value: unknown, bound: number): boolean {
  const size = sizeOf(keyword, value);
  if (size === undefined) return true;
  if (keyword.startsWith('max')) return size <= bound;
  if (keyword.startsWith('min')) return size >= bound;
  return keyword === 'exclusiveMaximum' ? size < bound : size > bound;
}

/** What the keyword measures of the value: a number itself, a string's code points, a list's items, an object's keys. */
function sizeOf(keyword: string, value: unknown): number | undefined {
  const applies = APPLIES_TO[keyword] ?? [];
  if (typeof value === 'number') return applies.includes('number') ? value : undefined;
  if (typeof value === 'string') return applies.includes('string') ? [...value].length : undefined;
  if (Array.isArray(value)) return applies.includes('array') ? value.length : undefined;
  if (value !== null && typeof value === 'object') return applies.includes('object') ? Object.keys(value).length : undefined;
  return undefined;
}
