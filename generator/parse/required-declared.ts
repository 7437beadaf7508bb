/**
 * `required` naming a property the object does not declare: `required: [tags]` beside `properties: {tag}`
 * (GitHub's docker package metadata), `dnnsec` beside `dnssec` (Cloudflare's whois). JSON Schema reads such
 * a name as a field of any value that must be present; in an object that declares its fields, it is far
 * more often a misspelt or misplaced name. It stays out of the type, as before, and is now said, located,
 * with the declared name it most likely meant.
 *
 * Only where nothing else can declare the name: no `allOf`, `anyOf` or `oneOf` beside it, the object not
 * itself a part or branch of one, inline or by `$ref` (the whole declares it; all-of-required.ts and
 * union-beside-object.ts read those), and no schema for other keys (`additionalProperties: {type:
 * integer}` types the name, as `patternProperties` may).
 */
import type { LoadedSpec } from '../load/load-spec.js';
import { refTarget } from '../load/refs.js';
import { closest } from '../util/closest.js';
import { conjunction } from '../util/plural.js';
import { walkRefs } from '../util/walk.js';
import { asObject, joinAt, modelKey, report, type At, type ParseContext } from './context.js';

const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf'] as const;
/** The pointer of a part or branch of a composition: `…/allOf/0`. */
const MEMBER = /\/(?:allOf|anyOf|oneOf)\/\d+$/;

export function checkRequiredDeclared(ctx: ParseContext, at: At, raw: Record<string, unknown>): void {
  const properties = asObject(raw['properties']);
  if (!properties || !Array.isArray(raw['required'])) return;
  const undeclared = raw['required'].filter((name): name is string => typeof name === 'string' && !Object.hasOwn(properties, name));
  if (undeclared.length === 0 || COMPOSITIONS.some((key) => raw[key] !== undefined) || typesOtherKeys(raw)) return;
  if (inComposition(ctx, at)) return;
  const declared = Object.keys(properties);
  const names = [...new Set(undeclared)].map((name) => {
    const meant = closest(name, declared);
    return meant === undefined ? JSON.stringify(name) : `${JSON.stringify(name)} (did you mean ${JSON.stringify(meant)}?)`;
  });
  report(ctx, joinAt(at, 'required'), 'required-undeclared', leftOut(names, '`properties` does not declare'), 'warning');
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

const members = new WeakMap<LoadedSpec, ReadonlySet<string>>();

/** The schemas a `$ref` makes a part or branch of an `allOf`, `anyOf` or `oneOf`, by key (`file#pointer`); found once per spec. */
function compositionMembers(spec: LoadedSpec): ReadonlySet<string> {
  const known = members.get(spec);
  if (known) return known;
  const found = new Set<string>();
  for (const [file, source] of spec.sources) {
    walkRefs(source.value, '', (holder, ref) => {
      if (MEMBER.test(holder)) found.add(modelKey(refTarget(file, ref)));
    });
  }
  members.set(spec, found);
  return found;
}
