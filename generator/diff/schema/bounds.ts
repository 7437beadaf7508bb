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
};

export const checkBounds: Check = (w, b, r) => {
  const bb = bounds(b.s);
  const rb = bounds(r.s);
  for (const [keyword, id, , upper] of BOUNDS) {
    const [bv, rv] = [bb[keyword], rb[keyword]];
    if (bv === rv) continue;
    const change = bv === undefined ? 'set' : rv === undefined ? 'unset' : (rv < bv) === upper ? (upper ? 'decreased' : 'increased') : upper ? 'increased' : 'decreased';
    emit(w, `schema.${id}.${change}`, child(b.node, keyword), child(r.node, keyword), { before: bv, after: rv, ...noEffect(w, keyword, b, r) });
  }
};

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

function noEffect(w: SchemaWalk, keyword: string, b: SchemaView, r: SchemaView): { verdict?: 'not-breaking'; note?: string } {
  if (w.scope.site.container !== 'parameter') return {};
  const types = [...(typeSet(b.s) ?? ['any']), ...(typeSet(r.s) ?? ['any'])];
  const applies = APPLIES_TO[keyword] ?? [];
  if (types.some((t) => t === 'any' || applies.includes(t))) return {};
  return { verdict: 'not-breaking', note: `\`${keyword}\` has no effect on a ${[...new Set(types)].join(' or ')} value` };
}
