/**
 * `additionalProperties: false` beside an `allOf`, `anyOf` or `oneOf` (ShipEngine's request bodies,
 * linqr's contact data): JSON Schema applies it to the schema's own `properties` only, so the fields the
 * parts declare count as additional and are refused. As written, no object holding one of them is valid,
 * and a validating server refuses every body. Authors mean "no field beyond the parts' fields", which the
 * generated type reads (the parts' intersection or union); said, so the spec can write 3.1's
 * `unevaluatedProperties: false`, or declare the fields beside it.
 */
import { asObject, deref, joinAt, report, type At, type Deref, type ParseContext } from './context.js';
import { plural } from '../util/plural.js';

type Raw = Readonly<Record<string, unknown>>;

const PARTS = ['allOf', 'anyOf', 'oneOf'] as const;

/** How deep nested `allOf`s are followed for the fields they declare. */
const MAX_DEPTH = 8;

export function checkClosedBesideParts(ctx: ParseContext, at: At, raw: Raw): void {
  if (raw['additionalProperties'] !== false) return;
  const own = new Set(Object.keys(asObject(raw['properties']) ?? {}));
  // One warning for the schema, naming every keyword whose fields it refuses (ShipEngine's rates have an `allOf` and a `oneOf`).
  const refusedBy = PARTS.map((key) => ({ key, names: Array.isArray(raw[key]) ? [...partFields(ctx, joinAt(at, key), raw[key]).keys()].filter((name) => !own.has(name)) : [] }));
  const keys = refusedBy.filter(({ names }) => names.length > 0).map(({ key }) => key);
  const refused = new Set(refusedBy.flatMap(({ names }) => names));
  if (keys.length === 0) return;
  const named = namedFields([...refused]);
  const parts = keys.map((key) => `\`${key}\``).join(' and ');
  const message = `\`additionalProperties: false\` applies to this schema's own \`properties\` only: ${named} that the ${parts} ${keys.length > 1 ? 'declare' : 'declares'} would be refused, so no object holding them is valid as written; read as allowing the ${parts}'s fields (write \`unevaluatedProperties: false\`, or declare them beside it)`;
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
