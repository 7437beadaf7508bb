/**
 * Object properties: added, removed, requiredness, read-only/write-only and deprecation flags, and
 * `additionalProperties`. A property's own schema is compared one level down the walk.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { child, items, type Node } from '../walk/node.js';
import { descend, diffSchema, emit, type Check, type SchemaWalk } from './walk.js';
import { isAnnotation, propertyNodes, viewOf, type SchemaView } from './view.js';
import { isObject } from '../../util/json.js';

export const checkProperties: Check = (w, b, r) => {
  const bp = declared(b);
  const rp = declared(r);
  const breq = requiredSet(b.s);
  const rreq = requiredSet(r.s);
  const names = [...new Set([...bp.keys(), ...rp.keys(), ...breq, ...rreq])];
  for (const name of names) {
    const [bn, rn] = [bp.get(name), rp.get(name)];
    if (!bn && !rn) compareRequired(w, b, r, name, breq, rreq);
    else if (!bn) added(w, b, r, name, rn!, rreq.has(name));
    else if (!rn) removed(w, b, r, name, bn, breq.has(name));
    else kept(w, b, r, name, bn, rn, breq, rreq);
  }
  compareAdditional(w, b, r);
};

/** The properties a schema declares; one declared `false` must be absent, which is what not declaring it says of a message. */
function declared(v: SchemaView): Map<string, Node> {
  return new Map([...propertyNodes(v)].filter(([, n]) => n.value !== false));
}

function requiredSet(s: Record<string, unknown>): Set<string> {
  return new Set(Array.isArray(s['required']) ? s['required'].filter((x): x is string => typeof x === 'string') : []);
}

type Flag = 'readOnly' | 'writeOnly' | 'deprecated';

/**
 * A flag the property's schema sets, beside its `$ref` (`{$ref: Plan, readOnly: true}`, as the generator
 * reads it), itself or in a part of its `allOf`, which applies to the whole value (`{allOf: [$ref: Id,
 * {readOnly: true}]}`, and a property declared by several parts of a flattened `allOf`).
 */
function flagged(spec: LoadedSpec, node: Node, flag: Flag, depth = 0): boolean {
  if (isObject(node.value) && node.value[flag] === true) return true;
  const v = viewOf(spec, node);
  if (v.s[flag] === true) return true;
  return depth < 8 && items(child(v.node, 'allOf')).some((part) => flagged(spec, part, flag, depth + 1));
}

function flagsOf(spec: LoadedSpec, node: Node): { readOnly: boolean; writeOnly: boolean } {
  return { readOnly: flagged(spec, node, 'readOnly'), writeOnly: flagged(spec, node, 'writeOnly') };
}

function added(w: SchemaWalk, b: SchemaView, r: SchemaView, name: string, rn: Node, required: boolean): void {
  const v = viewOf(w.ctx.revision, rn);
  const id = !required ? 'schema.property.added.optional' : v.s['default'] !== undefined ? 'schema.property.added.required-with-default' : 'schema.property.added.required';
  emit(descend(w, name, flagsOf(w.ctx.revision, rn)), id, child(b.node, 'properties'), rn);
}

function removed(w: SchemaWalk, b: SchemaView, r: SchemaView, name: string, bn: Node, required: boolean): void {
  const v = viewOf(w.ctx.base, bn);
  const id = required ? 'schema.property.removed.required' : 'schema.property.removed.optional';
  const stillAllowed = !required && unconstrained(v) && allowsExtra(r) && propertyNodes(r).get(name)?.value !== false;
  const detail = stillAllowed ? { verdict: 'not-breaking' as const, note: 'the property allowed any value and undeclared properties are still allowed, so every message that was valid stays valid' } : {};
  emit(descend(w, name, flagsOf(w.ctx.base, bn)), id, bn, child(r.node, 'properties'), detail);
}

function kept(w: SchemaWalk, b: SchemaView, r: SchemaView, name: string, bn: Node, rn: Node, breq: Set<string>, rreq: Set<string>): void {
  const [bf, rf] = [(flag: Flag) => flagged(w.ctx.base, bn, flag), (flag: Flag) => flagged(w.ctx.revision, rn, flag)];
  const inner = descend(w, name, { readOnly: bf('readOnly') && rf('readOnly'), writeOnly: bf('writeOnly') && rf('writeOnly') });
  compareRequired(w, b, r, name, breq, rreq);
  for (const flag of ['readOnly', 'writeOnly'] as const) {
    if (bf(flag) === rf(flag)) continue;
    const kind = flag === 'readOnly' ? 'read-only' : 'write-only';
    emit(inner, rf(flag) ? `schema.property.became-${kind}` : `schema.property.became-not-${kind}`, child(bn, flag), child(rn, flag), writeOnlyDetail(w, flag, rf(flag), rreq.has(name)));
  }
  if (bf('deprecated') !== rf('deprecated')) emit(inner, rf('deprecated') ? 'schema.deprecated' : 'schema.reactivated', bn, rn);
  diffSchema(inner, bn, rn);
}

/**
 * A required property that became write-only is no longer returned: breaking where responses required
 * it. One that is no longer read-only must now be sent: breaking where requests require it, as a required
 * request property added is.
 */
function writeOnlyDetail(w: SchemaWalk, flag: string, set: boolean, required: boolean): { verdict?: 'breaking'; note?: string } {
  if (!required) return {};
  const direction = w.scope.site.direction;
  if (flag === 'writeOnly' && set && direction === 'response') return { verdict: 'breaking' };
  if (flag === 'readOnly' && !set && direction === 'request') return { verdict: 'breaking', note: 'required, so requests must now send it' };
  return {};
}

function compareRequired(w: SchemaWalk, b: SchemaView, r: SchemaView, name: string, breq: Set<string>, rreq: Set<string>): void {
  if (breq.has(name) === rreq.has(name)) return;
  const id = rreq.has(name) ? 'schema.property.became-required' : 'schema.property.became-optional';
  const prop = propertyNodes(r).get(name) ?? child(r.node, 'properties', name);
  emit(descend(w, name, flagsOf(w.ctx.revision, prop)), id, child(b.node, 'required'), child(r.node, 'required'));
}

function unconstrained(v: SchemaView): boolean {
  return !v.nullable && Object.keys(v.s).every(isAnnotation);
}

function allowsExtra(v: SchemaView): boolean {
  return v.s['additionalProperties'] !== false && v.s['unevaluatedProperties'] !== false;
}

type Extra = 'any' | 'none' | 'schema';

function extraOf(s: Record<string, unknown>): Extra {
  const a = s['additionalProperties'];
  return a === false ? 'none' : isObject(a) && Object.keys(a).length > 0 ? 'schema' : 'any';
}

function compareAdditional(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const [be, re] = [extraOf(b.s), extraOf(r.s)];
  const [bn, rn] = [child(b.node, 'additionalProperties'), child(r.node, 'additionalProperties')];
  if (be === 'schema' && re === 'schema') return diffSchema(descend(w, '*'), bn, rn);
  if (be === re) return;
  const id = re === 'none' ? 'disallowed' : be === 'none' ? 'allowed' : re === 'schema' ? 'added' : 'removed';
  emit(w, `schema.additional-properties.${id}`, bn, rn);
}
