/**
 * `additionalProperties: false` beside an `allOf`, `anyOf` or `oneOf` (ShipEngine's request bodies,
 * linqr's contact data): JSON Schema applies it to the schema's own `properties` only, so the fields the
 * parts declare count as additional and are refused. As written, no object holding one of them is valid,
 * and a validating server refuses every body. Authors mean "no field beyond the parts' fields", which the
 * generated type reads (the parts' intersection or union); said, so the spec can write 3.1's
 * `unevaluatedProperties: false`, or declare the fields beside it. So is an `additionalProperties`
 * schema that refuses the type of a field the parts declare (Azure Data Factory's factory,
 * `additionalProperties: {type: object}` beside an `allOf` of a resource whose `location` is a string).
 */
import { asObject, deref, joinAt, report, typeList, typeTakes, type At, type Deref, type ParseContext } from './context.js';
import { plural } from '../util/plural.js';

type Raw = Readonly<Record<string, unknown>>;

const PARTS = ['allOf', 'anyOf', 'oneOf'] as const;

/** How deep nested `allOf`s are followed for the fields they declare. */
const MAX_DEPTH = 8;

export function checkClosedBesideParts(ctx: ParseContext, at: At, raw: Raw): void {
  // One warning for the schema, naming every keyword whose fields it refuses (ShipEngine's rates have an `allOf` and a `oneOf`).
  const byKey = PARTS.map((key) => ({ key, refused: Array.isArray(raw[key]) ? refusedBy(ctx, { at, value: raw }, partFields(ctx, joinAt(at, key), raw[key])) : undefined }));
  const refusing = byKey.filter(({ refused }) => refused !== undefined);
  if (refusing.length === 0) return;
  const keys = refusing.map(({ key }) => key);
  const named = namedFields([...new Set(refusing.flatMap(({ refused }) => refused!.names))]);
  const parts = keys.map((key) => `\`${key}\``).join(' and ');
  const by = refusing[0]!.refused!.by;
  const instead = raw['additionalProperties'] === false ? '`unevaluatedProperties: false`' : '`unevaluatedProperties` instead';
  const message = `${by} applies to this schema's own \`properties\` only: ${named} that the ${parts} ${keys.length > 1 ? 'declare' : 'declares'} would be refused, so no object holding them is valid as written; read as allowing the ${parts}'s fields (write ${instead}, or declare them beside it)`;
  report(ctx, joinAt(at, 'additionalProperties'), 'closed-beside-parts', message, 'warning');
}

/** The fields the parts at `at` declare, by name, with their schemas where written: through their `$ref`s and nested `allOf`s. */
export function partFields(ctx: ParseContext, at: At, parts: readonly unknown[], depth = 0): Map<string, Deref> {
  const fields = new Map<string, Deref>();
  parts.forEach((part, i) => {
    for (const [name, field] of fieldsOfPart(ctx, joinAt(at, i), part, depth)) fields.set(name, field);
  });
  return fields;
}

/** The fields one part declares (see `partFields`). */
export function fieldsOfPart(ctx: ParseContext, at: At, part: unknown, depth = 0): Map<string, Deref> {
  const fields = new Map<string, Deref>();
  if (depth > MAX_DEPTH) return fields;
  const { at: partAt, value } = deref(ctx, at, part);
  const schema = asObject(value);
  for (const [name, field] of Object.entries(asObject(schema?.['properties']) ?? {})) fields.set(name, { at: joinAt(joinAt(partAt, 'properties'), name), value: field });
  if (Array.isArray(schema?.['allOf'])) for (const [name, field] of partFields(ctx, joinAt(partAt, 'allOf'), schema['allOf'], depth + 1)) fields.set(name, field);
  return fields;
}

/** `"b"`, or `"b" and 2 more fields`: the first of the fields a warning names, and how many others. */
export function namedFields(names: readonly string[]): string {
  return `"${names[0]}"${names.length > 1 ? ` and ${plural(names.length - 1, 'more field')}` : ''}`;
}

/**
 * The fields among `others` a schema refuses beyond its own `properties`, and by what; `undefined` where
 * it refuses none, or where `patternProperties` may name them (not followed).
 */
export function refusedBy(ctx: ParseContext, closing: Deref, others: ReadonlyMap<string, Deref>): { by: string; names: string[] } | undefined {
  const schema = asObject(closing.value);
  const extra = schema?.['additionalProperties'];
  if (schema === undefined || extra === undefined || extra === true || schema['patternProperties'] !== undefined) return undefined;
  const own = asObject(schema['properties']) ?? {};
  const beyond = [...others].filter(([name]) => !Object.hasOwn(own, name));
  if (extra === false) return beyond.length === 0 ? undefined : { by: '`additionalProperties: false`', names: beyond.map(([name]) => name) };
  const allowed = typeList(deref(ctx, joinAt(closing.at, 'additionalProperties'), extra).value);
  if (allowed.length === 0) return undefined;
  const refuses = (types: readonly string[]) => types.length > 0 && types.every((t) => !typeTakes(allowed, t));
  const names = beyond.filter(([, field]) => refuses(typeList(deref(ctx, field.at, field.value).value))).map(([name]) => name);
  return names.length === 0 ? undefined : { by: `\`additionalProperties\` of type \`${allowed.join(' | ')}\``, names };
}
