/**
 * Keywords that hold sub-schemas: `items`, `prefixItems`, `contains`, `propertyNames`, `if`/`then`/`else`,
 * `unevaluatedItems`/`unevaluatedProperties`, `contentSchema`, `not`, `patternProperties`,
 * `dependentSchemas`, and the list-valued `dependentRequired`. Present on one side: added or removed;
 * on both: compared one level down. Changes inside `not` are rated as they would be outside it (the
 * negation is not evaluated), as oasdiff does.
 */
import { SUBSCHEMA_KEYWORDS } from '../rules/structure-rules.js';
import { child, entries, items, type Node } from '../walk/node.js';
import { descend, diffSchema, emit, type Check, type SchemaWalk } from './walk.js';
import { typeSet, type SchemaView } from './view.js';
import { isObject } from '../../util/json.js';

const PRESENCE: readonly (readonly [string, string])[] = [...SUBSCHEMA_KEYWORDS.map(([k, id]) => [k, id] as const), ['not', 'not']];

export const checkSubschemas: Check = (w, b, r) => {
  for (const [keyword, id] of PRESENCE) presence(w, b, r, keyword, id);
  compareItems(w, b, r);
  for (const [keyword, id] of [['patternProperties', 'pattern-property'], ['dependentSchemas', 'dependent-schema']] as const) keyed(w, b, r, keyword, id);
  dependentRequired(w, b, r);
};

function has(v: SchemaView, key: string): boolean {
  return v.s[key] !== undefined && v.s[key] !== null;
}

function presence(w: SchemaWalk, b: SchemaView, r: SchemaView, keyword: string, id: string): void {
  const [bn, rn] = [child(b.node, keyword), child(r.node, keyword)];
  if (has(b, keyword) && has(r, keyword)) diffSchema(descend(w, keyword), bn, rn);
  else if (has(r, keyword)) emit(w, `schema.${id}.added`, b.node, rn);
  else if (has(b, keyword)) emit(w, `schema.${id}.removed`, bn, r.node);
}

/** A schema that is compared keyword by keyword, or `false` (no value). `true` and absence allow anything. */
function isSchema(value: unknown): boolean {
  return isObject(value) || value === false;
}

function constrains(value: unknown): boolean {
  return value === false || (isObject(value) && Object.keys(value).length > 0);
}

function compareItems(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const [bn, rn] = [child(b.node, 'items'), child(r.node, 'items')];
  const wasArray = (typeSet(b.s) ?? ['array']).includes('array');
  if (isSchema(bn.value) && isSchema(rn.value)) diffSchema(descend(w, '[]'), bn, rn);
  else if (constrains(rn.value) && wasArray) emit(w, 'schema.items.added', b.node, rn);
  else if (constrains(bn.value) && !isSchema(rn.value)) emit(w, 'schema.items.removed', bn, r.node);
  const [bp, rp] = [items(child(b.node, 'prefixItems')), items(child(r.node, 'prefixItems'))];
  if (bp.length === 0 && rp.length > 0) emit(w, 'schema.prefix-items.added', b.node, child(r.node, 'prefixItems'));
  else if (bp.length > 0 && rp.length === 0) emit(w, 'schema.prefix-items.removed', child(b.node, 'prefixItems'), r.node);
  else bp.forEach((n, i) => rp[i] && diffSchema(descend(w, `prefixItems/${i}`), n, rp[i]!));
}

function keyed(w: SchemaWalk, b: SchemaView, r: SchemaView, keyword: string, id: string): void {
  const bm = new Map(entries(child(b.node, keyword)));
  const rm = new Map(entries(child(r.node, keyword)));
  for (const key of new Set([...bm.keys(), ...rm.keys()])) {
    const [bn, rn] = [bm.get(key), rm.get(key)];
    if (bn && rn) diffSchema(descend(w, `${keyword}/${key}`), bn, rn);
    else if (rn) emit(w, `schema.${id}.added`, child(b.node, keyword), rn, { after: key });
    else if (bn) emit(w, `schema.${id}.removed`, bn, child(r.node, keyword), { before: key });
  }
}

function dependentRequired(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const bm = new Map(entries(child(b.node, 'dependentRequired')));
  const rm = new Map(entries(child(r.node, 'dependentRequired')));
  const list = (n: Node | undefined) => (n && Array.isArray(n.value) ? n.value.map(String).sort() : []);
  for (const key of new Set([...bm.keys(), ...rm.keys()])) {
    const [bn, rn] = [bm.get(key), rm.get(key)];
    const [bl, rl] = [list(bn), list(rn)];
    if (!bn) emit(w, 'schema.dependent-required.added', child(b.node, 'dependentRequired'), rn, { after: `${key}: ${rl.join(', ')}` });
    else if (!rn) emit(w, 'schema.dependent-required.removed', bn, child(r.node, 'dependentRequired'), { before: `${key}: ${bl.join(', ')}` });
    else if (bl.join() !== rl.join()) emit(w, 'schema.dependent-required.changed', bn, rn, { before: bl.join(', '), after: rl.join(', ') });
  }
}
