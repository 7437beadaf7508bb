/**
 * What the spec says of a value, found through its `$ref`s: specs built from a library of shared schemas
 * say it once, on the schema a field's or a parameter's `$ref` names (Cloudflare's `per_page: {$ref:
 * …_per_page}`: 1,794 parameters of its 2024 spec, and most body fields), and many parameters write it in
 * their schema (`{in: query, name: page, schema: {description: …}}`). The official SDK's docs show it.
 */
import { brokenConstraint, coercedTo, isScalar, type Scalar } from './scalar-value.js';
import { madeUpForFormat } from './string-format.js';
import type { Constraints, SchemaIR } from './types.js';

type Lookup = (key: string) => SchemaIR | undefined;

/** How many `$ref`s are followed: an alias of an alias is still the same value. */
const MAX_HOPS = 8;

/** The schema, then each schema its `$ref`s lead to, in turn. */
function* throughRefs(schema: SchemaIR, lookup: Lookup): Generator<SchemaIR> {
  let at: SchemaIR | undefined = schema;
  for (let hops = 0; at !== undefined && hops <= MAX_HOPS; hops++) {
    yield at;
    at = at.kind === 'ref' ? lookup(at.model) : undefined;
  }
}

/** The first answer `pick` gives for the schema, else for each schema its `$ref`s lead to, in turn. */
export function firstThroughRefs<T>(schema: SchemaIR, lookup: Lookup, pick: (at: SchemaIR) => T | undefined): T | undefined {
  for (const at of throughRefs(schema, lookup)) {
    const found = pick(at);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What a value means: its own description, else the first its `$ref`s lead to. */
export function descriptionOf(schema: SchemaIR, lookup: Lookup): string | undefined {
  for (const at of throughRefs(schema, lookup)) if (at.description !== undefined && at.description.trim() !== '') return at.description;
  return undefined;
}

/** A parameter's description: its own, else its schema's (see `descriptionOf`). */
export function parameterDescription(p: { readonly description?: string | undefined; readonly schema: SchemaIR }, lookup: Lookup): string | undefined {
  return p.description !== undefined && p.description.trim() !== '' ? p.description : descriptionOf(p.schema, lookup);
}

/** The longest example text an example call shows: a certificate or a script would bury the call. */
const MAX_EXAMPLE_TEXT = 80;

/**
 * The spec's example of a single value (a string, a number, a boolean) that has the schema's type, or
 * writes a value of it (`meant`): its own, else the first its `$ref`s lead to (`account_id: {$ref: identifier}` with `example:
 * 023e105f4ecef8ad9ca31a8372d0c353`); without one, its `default`, the value the server assumes and so
 * takes (a required `Accept` header defaulting to `application/json` reads as that, not `'Accept'`).
 * Objects and lists are left to the made-up values, whose fields the request types are sure to take.
 */
export function scalarExampleOf(schema: SchemaIR, lookup: Lookup): { readonly value: Scalar } | undefined {
  const chain = [...throughRefs(schema, lookup)];
  const target = chain.find((at) => at.kind !== 'ref');
  if (target === undefined) return undefined;
  // A `$ref`'s own example or default (`{$ref: Currency, default: EUR}`) says it for this value, before its schema's.
  // One its constraints refuse (`example-invalid` says so) a server that checks refuses too: made up instead.
  const constraints = constraintsAlong(chain);
  for (const said of [...chain.map((at) => at.example), ...chain.map((at) => at.default)]) {
    const value = said === undefined ? undefined : fitted(target, said.value);
    if (value !== undefined && brokenConstraint(value, constraints) === undefined) return { value };
  }
  return undefined;
}

/** The constraints a value meets, from the schema and each its `$ref`s lead to: the nearer said first. */
function constraintsAlong(chain: readonly SchemaIR[]): Constraints {
  return Object.assign({}, ...chain.map((at) => at.constraints).reverse()) as Constraints;
}

/**
 * The items of a list's own example (`event_url: {type: array, example: ["https://example.com/event"]}`),
 * each as its item schema takes it (see `fitted`), where every one is a single value that fits the item
 * schema and its constraints; else none. Unlike a value's own example, no item is sent against its
 * constraints: nothing warns of an item, so a made-up one is the safer word.
 */
export function exampleItemsOf(list: Extract<SchemaIR, { kind: 'array' }>, lookup: Lookup): Scalar[] {
  const said = list.example?.value;
  const chain = [...throughRefs(list.items, lookup)];
  const target = chain.find((at) => at.kind !== 'ref');
  if (!Array.isArray(said) || target === undefined) return [];
  const constraints = constraintsAlong(chain);
  const items = said.map((item) => fitted(target, item));
  return items.every((item) => item !== undefined && brokenConstraint(item, constraints) === undefined) ? (items as Scalar[]) : [];
}

/** The value as written where it fits the schema, else the value of its type it writes (`meant`). */
function fitted(schema: SchemaIR, value: unknown): Scalar | undefined {
  return scalarFits(schema, value) ? value : meant(schema, value);
}

/**
 * An example of another type read as its author meant it (`coercedTo`: `"174"` for an integer is 174),
 * kept only where that value fits every constraint: made-up values do, and a value read into the schema's
 * type is no more the author's word than one made up.
 */
function meant(schema: SchemaIR, value: unknown): Scalar | undefined {
  if (!isScalar(value)) return undefined;
  switch (schema.kind) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean': {
      const read = coercedTo(schema.kind, value);
      return read !== undefined && scalarFits(schema, read) && brokenConstraint(read, schema.constraints ?? {}) === undefined ? read : undefined;
    }
    case 'enum':
      // The enum's value that writes the same (`1` for `enum: ['1', '2']`).
      return schema.values.find((v): v is Scalar => isScalar(v) && !schema.otherType?.includes(v) && String(v) === String(value));
    case 'union':
      return schema.variants.map((variant) => meant(variant, value)).find((v) => v !== undefined);
    default:
      return undefined;
  }
}

function scalarFits(schema: SchemaIR, value: unknown): value is Scalar {
  switch (schema.kind) {
    case 'string':
      // A value its format does not read as (`example-invalid` says so) is a slip a server refuses.
      return typeof value === 'string' && value !== '' && value.length <= MAX_EXAMPLE_TEXT && !/[\r\n\u2028\u2029]/.test(value) && !madeUpForFormat(value, schema.format, schema.constraints?.pattern);
    case 'integer':
      return Number.isSafeInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return isScalar(value) && schema.values.includes(value) && !schema.otherType?.includes(value);
    case 'union':
      // Cloudflare's origin port (`example: 22` beside `anyOf: [integer, string]`): a value one written variant takes.
      return schema.variants.some((variant) => scalarFits(variant, value));
    default:
      return false;
  }
}
