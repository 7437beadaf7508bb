/**
 * A schema's validation keywords, default and example, read for the documentation only: a value of the
 * wrong kind (`maxLength: "32"`) is left out rather than reported, since it changes no type.
 */
import type { Constraints, SchemaIR } from '../ir/types.js';

type Raw = Readonly<Record<string, unknown>>;

const NUMERIC = ['minLength', 'maxLength', 'multipleOf', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const;

export function constraintsOf(raw: Raw): Constraints | undefined {
  const found: Record<string, unknown> = {};
  for (const keyword of NUMERIC) if (isFiniteNumber(raw[keyword])) found[keyword] = raw[keyword];
  Object.assign(found, bound(raw, 'minimum', 'exclusiveMinimum'), bound(raw, 'maximum', 'exclusiveMaximum'));
  if (typeof raw['pattern'] === 'string') found['pattern'] = raw['pattern'];
  if (raw['uniqueItems'] === true) found['uniqueItems'] = true;
  return Object.keys(found).length > 0 ? (found as Constraints) : undefined;
}

/** One side's bounds: 3.1's numbers as they are; 3.0's `exclusiveMinimum: true` makes the `minimum` exclusive. */
function bound(raw: Raw, inclusive: 'minimum' | 'maximum', exclusive: 'exclusiveMinimum' | 'exclusiveMaximum'): Record<string, number> {
  const [value, flag] = [raw[inclusive], raw[exclusive]];
  if (flag === true) return isFiniteNumber(value) ? { [exclusive]: value } : {};
  return { ...(isFiniteNumber(value) ? { [inclusive]: value } : {}), ...(isFiniteNumber(flag) ? { [exclusive]: flag } : {}) };
}

export function defaultOf(raw: Raw): SchemaIR['default'] {
  return raw['default'] !== undefined ? { value: raw['default'] } : undefined;
}

export function exampleOf(raw: Raw): SchemaIR['example'] {
  const own = ownExampleAt(raw);
  return own === undefined ? undefined : { value: own.value };
}

/** The example a schema gives itself, and the path to it from the schema (for a warning's location). */
export function ownExampleAt(raw: Raw): { readonly path: readonly (string | number)[]; readonly value: unknown } | undefined {
  if (raw['example'] !== undefined) return { path: ['example'], value: raw['example'] };
  const examples = raw['examples'];
  if (Array.isArray(examples) && examples.length > 0 && examples[0] !== undefined) return { path: ['examples', 0], value: examples[0] };
  // Swagger tooling's extension, left in 3.x specs (Appwrite's, Akeneo's, Amadeus's: 788 in APIs.guru's directory).
  return raw['x-example'] !== undefined ? { path: ['x-example'], value: raw['x-example'] } : undefined;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
