/**
 * `required` naming a property the object does not declare: `required: [tags]` beside `properties: {tag}`
 * (GitHub's docker package metadata), `dnnsec` beside `dnssec` (Cloudflare's whois). JSON Schema reads such
 * a name as a field of any value that must be present; in an object that declares its fields, it is far
 * more often a misspelt or misplaced name. It stays out of the type, as before, and is now said, located,
 * with the declared name it most likely meant.
 *
 * Only where nothing else can declare the name: no `allOf`, `anyOf` or `oneOf` beside it, the object not
 * itself an inline part or branch of one (the whole declares it; all-of-required.ts and
 * union-beside-object.ts read those), and no schema for other keys (`additionalProperties: {type:
 * integer}` types the name, as `patternProperties` may). A model that compositions name by `$ref` is said
 * of the names none of them declares either (turbinelabs' `ListenerCreate` requires `host`, which neither
 * it nor the `Listener` extending it declares: the model alone, a POST's body, lacked it unsaid).
 */
import type { PropertyIR } from '../ir/types.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { lookup, refTarget } from '../load/refs.js';
import { closest } from '../util/closest.js';
import { conjunction } from '../util/plural.js';
import { walkRefs } from '../util/walk.js';
import { asObject, deref, joinAt, locationOf, modelKey, report, type At, type ParseContext } from './context.js';
import { declarationOf } from './declaration-of.js';

const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf'] as const;
/** The pointer of a part or branch of a composition: `…/allOf/0`. */
const MEMBER = /\/(?:allOf|anyOf|oneOf)\/\d+$/;

export function checkRequiredDeclared(ctx: ParseContext, at: At, raw: Record<string, unknown>): void {
  const properties = asObject(raw['properties']);
  if (!properties || !Array.isArray(raw['required'])) return;
  const undeclared = raw['required'].filter((name): name is string => typeof name === 'string' && !Object.hasOwn(properties, name));
  if (undeclared.length === 0 || COMPOSITIONS.some((key) => raw[key] !== undefined) || typesOtherKeys(raw) || MEMBER.test(at.pointer)) return;
  const wholes = compositionMembers(ctx.spec).get(modelKey(at)) ?? [];
  const nowhere = undeclared.filter((name) => !wholes.some((whole) => declaresAnywhere(ctx, whole, name, 0)));
  if (nowhere.length === 0) return;
  const declared = Object.keys(properties);
  const names = [...new Set(nowhere)].map((name) => {
    const meant = closest(name, declared);
    return meant === undefined ? JSON.stringify(name) : `${JSON.stringify(name)} (did you mean ${JSON.stringify(meant)}?)`;
  });
  report(ctx, joinAt(at, 'required'), 'required-undeclared', leftOut(names, '`properties` does not declare'), 'warning');
}

/**
 * An object that only lists the fields it requires (`{type: object, required: [email]}`, sendgrid's
 * sender `from`; a body `{required: [name, customer_gre_endpoint]}`, ten of Cloudflare's): those fields,
 * each of any value, as JSON Schema reads them, so the method asks for them; nothing declared could be
 * the name meant. Said as a warning, since the spec surely meant to declare them. `subject`: `the body`,
 * `the object`. None where `properties`, a schema for other keys or a composition could declare them.
 */
export function requiredOnlyFields(ctx: ParseContext, at: At, raw: Record<string, unknown>, subject: string): PropertyIR[] {
  const listed = Array.isArray(raw['required']) ? (raw['required'] as unknown[]) : [];
  const names = listed.filter((n): n is string => typeof n === 'string');
  if (names.length === 0 || raw['properties'] !== undefined || typesOtherKeys(raw) || inComposition(ctx, at)) return [];
  const requiredAt = joinAt(at, 'required');
  report(ctx, requiredAt, 'required-undeclared', `${subject} requires ${names.map((n) => JSON.stringify(n)).join(', ')} but declares no properties: each is read as a field that may hold any value`, 'warning');
  const origin = locationOf(ctx, at);
  const field = (name: string, i: number) => ({ name, required: true, schema: { kind: 'unknown' as const, origin: locationOf(ctx, joinAt(requiredAt, i)) }, origin });
  // A name listed twice is one field, located where it is first listed.
  return listed.flatMap((name, i) => (typeof name === 'string' && listed.indexOf(name) === i ? [field(name, i)] : []));
}

/** A schema for the keys `properties` does not name: `additionalProperties: {…}`, or `patternProperties`. */
export function typesOtherKeys(raw: Record<string, unknown>): boolean {
  return asObject(raw['additionalProperties']) !== undefined || raw['patternProperties'] !== undefined;
}

/** `"a" and "b" are required, but <by> them: left out of the type`; `names` quoted already. */
export function leftOut(names: readonly string[], by: string): string {
  return `${conjunction(names)} ${names.length === 1 ? 'is' : 'are'} required, but ${by} ${names.length === 1 ? 'it' : 'them'}: left out of the type`;
}

/** Whether the schema at `at` is a part or branch of an `allOf`, `anyOf` or `oneOf`, inline or by `$ref`: the whole may declare what it requires. */
export function inComposition(ctx: ParseContext, at: At): boolean {
  return MEMBER.test(at.pointer) || compositionMembers(ctx.spec).has(modelKey(at));
}

/**
 * Whether a schema, its `allOf` parts or its `anyOf`/`oneOf` branches (`$ref`s followed) declare the name,
 * or may hold it under a schema for other keys.
 */
function declaresAnywhere(ctx: ParseContext, at: At, name: string, depth: number): boolean {
  const value = lookup(ctx.spec, at);
  // Too deep to tell: as if declared, so nothing is said that may be wrong.
  if (depth > MAX_DEPTH || declarationOf(ctx, at, value, name, 0) !== undefined) return true;
  const found = deref(ctx, at, value);
  const raw = asObject(found.value) ?? {};
  if (typesOtherKeys(raw)) return true;
  return COMPOSITIONS.some((key) => Array.isArray(raw[key]) && raw[key].some((_, i) => declaresAnywhere(ctx, joinAt(joinAt(found.at, key), i), name, depth + 1)));
}

/** Deeper than this, branches are not followed. */
const MAX_DEPTH = 8;

const members = new WeakMap<LoadedSpec, ReadonlyMap<string, readonly At[]>>();

/**
 * The schemas a `$ref` makes a part or branch of an `allOf`, `anyOf` or `oneOf`, by key (`file#pointer`),
 * each with the schemas that hold those compositions; found once per spec.
 */
function compositionMembers(spec: LoadedSpec): ReadonlyMap<string, readonly At[]> {
  const known = members.get(spec);
  if (known) return known;
  const found = new Map<string, At[]>();
  for (const [file, source] of spec.sources) {
    walkRefs(source.value, '', (holder, ref) => {
      if (!MEMBER.test(holder)) return;
      const key = modelKey(refTarget(file, ref));
      const whole = { file, pointer: holder.replace(MEMBER, '') };
      found.set(key, [...(found.get(key) ?? []), whole]);
    });
  }
  members.set(spec, found);
  return found;
}
