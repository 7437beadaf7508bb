/**
 * Values for examples, from a schema's type: required properties only, the first variant of a union, the
 * spec's example of a string, number or boolean that has one, else `'question'` for a string field named
 * `question` (as the official docs write them).
 */
import { hasAccess } from '../ir/access.js';
import { exampleItemsOf, firstThroughRefs, scalarExampleOf } from '../ir/through-refs.js';
import { takesNoValue } from '../ir/takes-no-value.js';
import { distinctText } from './distinct-text.js';
import { listedValue, madeUpNumber, madeUpString } from './example-scalars.js';
import type { Primitive, PropertyIR, SchemaIR } from '../ir/types.js';
import { distinguishingTags, fieldOthersRefuse } from './example-union-tags.js';
import { enumValuesOf, flatten, MAX_NESTING, unconstrained, type Facet, type Lookup, type Walk } from './example-walk.js';

/** How deep the fields an object requires are still given: far past any hand-written chain, short of a runaway one. */
const MAX_REQUIRED_NESTING = 16;

export interface ExampleOptions {
  /** Optional properties too (the tests' calls with every parameter), not only the required ones. */
  readonly everyProperty?: boolean;
  /**
   * The value goes in a path, a query, a header or a cookie, where an object with no field sends
   * nothing: a value the spec leaves open is text there (sinao's `public_key`, whose schema misspells
   * `type`, and list of templates, `items: {}`: both required, neither was sent).
   */
  readonly parameter?: boolean;
}

export function exampleValue(schema: SchemaIR, name: string, lookup: Lookup, { everyProperty = false, parameter = false }: ExampleOptions = {}): unknown {
  return valueOf(schema, name, { lookup, depth: 0, trail: new Set(), request: true, everyProperty, parameter });
}

function valueOf(schema: SchemaIR, name: string, walk: Walk): unknown {
  // The spec's own example of a string, a number or a boolean reads better than a made-up one.
  const said = scalarExampleOf(schema, walk.lookup);
  if (said !== undefined) return said.value;
  switch (schema.kind) {
    case 'string':
      return madeUpString(schema, name, walk.parameter);
    case 'binary':
      // Text is an `Uploadable` too; a real call passes a `File`, a `Blob` or bytes.
      return `${name || 'file'} contents`;
    case 'number':
    case 'integer':
      return madeUpNumber(schema);
    case 'boolean':
      return true;
    case 'enum':
      return listedValue(schema);
    case 'array':
      // A tuple's leading items, each of its own type; else a list (`listOf`).
      if (schema.prefixItems) return schema.prefixItems.map((item) => nested(item, '', walk));
      return listOf(schema, walk);
    case 'object':
      return withMinProperties(objectOf(schema.properties, walk, walk.request, schema.constraints?.maxProperties), schema, walk);
    case 'ref': {
      const target = walk.trail.has(schema.model) ? undefined : walk.lookup(schema.model);
      if (!target) return {};
      return valueOf(withOwnConstraints(target, schema), name, { ...walk, trail: new Set([...walk.trail, schema.model]) });
    }
    case 'union': {
      const [first, ...others] = schema.variants;
      return first ? withTags(valueOf(withUnionBounds(first, schema), name, walk), first, others, walk) : null;
    }
    case 'intersection':
      return intersectionOf(schema.parts, name, walk, schema);
    case 'unknown':
      // Any value: an empty object, as a body or field the spec leaves open is in practice (a DELETE's
      // `{}` body, a `metadata` field); `null` would read as "send nothing". In a parameter, text.
      return walk.parameter ? madeUpString({ kind: 'string', origin: schema.origin }, name) : {};
    default:
      return null;
  }
}

/**
 * The object with as many fields as its `minProperties` asks (up to `MAX_ITEMS`): its optional fields
 * first, then entries of its map (`key`, `key2`…). AWS's tag maps (`tags: {minProperties: 1,
 * additionalProperties: {type: string}}`) gave `tags: {}`, which the service refuses.
 */
function withMinProperties(value: Record<string, unknown>, schema: Extract<SchemaIR, { kind: 'object' }>, walk: Walk): Record<string, unknown> {
  const wanted = Math.min(schema.constraints?.minProperties ?? 0, MAX_ITEMS);
  const filled = { ...value };
  const optional = schema.properties.filter((p) => !(p.name in filled) && !(walk.request && hasAccess(p.schema, 'readOnly', walk.lookup)));
  for (const p of optional) {
    if (Object.keys(filled).length >= wanted) break;
    filled[p.name] = nested(p.schema, p.name, walk);
  }
  const entry = schema.additionalProperties;
  for (let n = 1; entry && Object.keys(filled).length < wanted; n++) filled[n === 1 ? 'key' : `key${n}`] = nested(entry, 'key', walk);
  return filled;
}

/**
 * A variant with the bounds, lengths and format written beside its union, which hold for it too
 * (Cloudflare's origin port: `minimum: 1` beside `anyOf: [integer, string]` made up a port of 0). The
 * variant's own come first; a `$ref`'d variant's are its model's.
 */
function withUnionBounds(variant: SchemaIR, union: SchemaIR): SchemaIR {
  if (variant.kind === 'ref' || (union.constraints === undefined && union.format === undefined)) return variant;
  return { ...variant, constraints: { ...union.constraints, ...variant.constraints }, format: variant.format ?? union.format };
}

/**
 * A union's first variant, told apart from the others by its tags: the fields it fixes to one value
 * (`target: 'ip'`) where no other variant fixes the same one, given first even when optional. With
 * required fields only, Cloudflare's firewall rule gave `configuration: {}`, which says nothing of the
 * configuration to give and matches every variant, which a `oneOf` refuses.
 */
function withTags(value: unknown, variant: SchemaIR, others: readonly SchemaIR[], walk: Walk): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const tags = distinguishingTags(variant, others, walk).filter(([field]) => !(field in value));
  return tags.length === 0 ? withFieldOthersRefuse(value as Record<string, unknown>, variant, others, walk) : { ...Object.fromEntries(tags), ...value };
}

/**
 * Without tags, a variant's optional field that every other variant refuses (closed, and not declaring
 * it): Vercel's domain request, three closed variants that each take `{method, name}`, which a `oneOf`
 * refuses; with the first's `token`, only the first matches.
 */
function withFieldOthersRefuse(value: Record<string, unknown>, variant: SchemaIR, others: readonly SchemaIR[], walk: Walk): Record<string, unknown> {
  const field = fieldOthersRefuse(variant, others, walk, Object.keys(value));
  return field === undefined ? value : { ...value, [field.name]: nested(field.schema, field.name, walk) };
}

/** The most items an example repeats to reach a `minItems`: past it, the list would bury the call. */
const MAX_ITEMS = 10;

/**
 * One item, or two in the tests' calls with every parameter, so that a list sent as one joined value and
 * one sent item by item look different; as many as `minItems` asks and no more than `maxItems` allows.
 * The list's own example gives the first items where its items fit (see `exampleItemsOf`).
 * Under `uniqueItems` the repeats are dropped, and an enum's other values take their place. None where
 * an item takes no value as written (SageMaker's metadata keys to remove, of a pattern no string matches).
 */
function listOf(schema: Extract<SchemaIR, { kind: 'array' }>, walk: Walk): unknown[] {
  if (takesNoValue(schema.items, walk.lookup)) return [];
  const { minItems = 0, maxItems = Infinity, uniqueItems } = schema.constraints ?? {};
  const count = Math.min(Math.max(walk.everyProperty ? 2 : 1, Math.min(minItems, MAX_ITEMS)), maxItems);
  const said = exampleItemsOf(schema, walk.lookup);
  const items = Array.from({ length: count }, (_, i) => (i < said.length ? said[i] : nested(schema.items, '', walk)));
  if (!uniqueItems) return items;
  const distinct = [...new Map(items.map((item) => [JSON.stringify(item), item])).values()];
  const listed = enumValuesOf(schema.items, walk);
  const unique = [...distinct, ...listed.filter((value) => !distinct.includes(value))].slice(0, count);
  // A closed list has no more distinct values than it lists: no copy is made up, which it would refuse
  // (Twitter's `expansions`, unique items of `enum: [owner_id]`, were sent `owner_id2`).
  if (listed.length > 0) return unique;
  // Still short (a list of at least three unique names): copies of a text told apart, numbered copies of a number.
  const first = unique[0];
  const item = firstThroughRefs(schema.items, walk.lookup, (at) => (at.kind === 'string' ? at : undefined));
  const numbered = Array.from({ length: count - unique.length }, (_, i) => (typeof first === 'string' ? distinctText(first, i + 1, item) : typeof first === 'number' ? first + i + 1 : undefined));
  return [...unique, ...numbered.filter((made) => made !== undefined)];
}

function nested(schema: SchemaIR, name: string, walk: Walk): unknown {
  if (walk.depth < MAX_NESTING) return valueOf(schema, name, { ...walk, depth: walk.depth + 1 });
  const kind = kindOf(schema, walk);
  // Deeper, an object still gets the fields it requires (a body without one is refused: Magento's quote
  // items, AWS MediaLive's channel mappings), and nothing optional; a list is left empty unless it must
  // hold items (QuickSight's `ActionOperations`, `minItems: 1`).
  const required = kind === 'object' || (kind === 'array' && requiresItems(schema, walk));
  if (required && walk.depth < MAX_REQUIRED_NESTING) return valueOf(schema, name, { ...walk, depth: walk.depth + 1, everyProperty: false });
  // Cut here with a value of the field's own kind: a number stays a number (`{}` would not type-check).
  return kind === 'array' ? [] : kind === 'object' ? {} : valueOf(schema, name, walk);
}

/** Whether a list (through its refs) must hold items: `minItems`, or a tuple's leading items. */
function requiresItems(schema: SchemaIR, walk: Walk): boolean {
  if (schema.kind === 'array') return (schema.constraints?.minItems ?? 0) > 0 || (schema.requiredPrefix ?? 0) > 0;
  if (schema.kind !== 'ref' || walk.trail.has(schema.model)) return false;
  const target = walk.lookup(schema.model);
  return target !== undefined && requiresItems(target, { ...walk, trail: new Set([...walk.trail, schema.model]) });
}

/** Whether a schema, refs and the first variant of unions followed, is a container or a value. */
function kindOf(schema: SchemaIR, walk: Walk): 'array' | 'object' | 'value' {
  switch (schema.kind) {
    case 'array':
      return 'array';
    case 'ref': {
      const target = walk.trail.has(schema.model) ? undefined : walk.lookup(schema.model);
      return target ? kindOf(target, { ...walk, trail: new Set([...walk.trail, schema.model]) }) : 'object';
    }
    case 'union':
      return schema.variants[0] ? kindOf(schema.variants[0], walk) : 'value';
    case 'object':
    case 'intersection':
      return 'object';
    default:
      return 'value';
  }
}

/**
 * The required properties (all of them with `everyProperty`, up to `most`, the object's `maxProperties`:
 * Jira's JSON node names 36 fields and takes 10), each from every declaration of it (`id: string` in a
 * base, `id: '0rtt'` in the extension); without those the server sets when `skipReadOnly`.
 */
function objectOf(properties: readonly PropertyIR[], walk: Walk, skipReadOnly: boolean, most = Infinity): Record<string, unknown> {
  const sent = skipReadOnly ? properties.filter((p) => !hasAccess(p.schema, 'readOnly', walk.lookup)) : properties;
  // An optional field that would only repeat a model being expanded is left out: its value would be cut
  // to `{}`, which lacks the model's required fields. So is one whose schema takes no value.
  const filled = (p: PropertyIR) => walk.everyProperty && !repeatsModel(p.schema, walk) && !takesNoValue(p.schema, walk.lookup);
  const required = new Set(sent.filter((p) => p.required).map((p) => p.name));
  let room = most - required.size;
  const included = [...new Set(sent.filter((p) => p.required || filled(p)).map((p) => p.name))].filter((name) => required.has(name) || room-- > 0);
  return Object.fromEntries(
    included.map((name) => {
      const declared = properties.filter((p) => p.name === name).map((p) => p.schema);
      const schema = declared.length === 1 ? declared[0]! : { kind: 'intersection' as const, parts: declared, origin: declared[0]!.origin };
      return [name, nested(schema, name, walk)];
    }),
  );
}

/**
 * Whether a value of the schema (a list of it, its first variant, the fields it requires, through
 * `$ref`s) holds a model being expanded, met again: dataflowkit's field has an optional `details`, a
 * parse request, which requires a list of fields; filled, the inner field was cut to `{}`.
 */
function repeatsModel(schema: SchemaIR, walk: Walk, visited = new Set<string>()): boolean {
  switch (schema.kind) {
    case 'ref': {
      if (walk.trail.has(schema.model)) return true;
      if (visited.has(schema.model)) return false;
      visited.add(schema.model);
      const target = walk.lookup(schema.model);
      return target !== undefined && repeatsModel(target, walk, visited);
    }
    case 'array':
      return !schema.prefixItems && repeatsModel(schema.items, walk, visited);
    case 'union':
      return schema.variants[0] !== undefined && repeatsModel(schema.variants[0], walk, visited);
    case 'intersection':
      return schema.parts.some((part) => repeatsModel(part, walk, visited));
    case 'object':
      return schema.properties.some((p) => p.required && repeatsModel(p.schema, walk, visited));
    default:
      return false;
  }
}

/**
 * `allOf`: objects merge their properties first, so a property required by one part and narrowed by
 * another gets the narrow value; for primitives an enum's value wins over a made-up one (`'0rtt'` over
 * `'id'`), a value all enums allow over the others; parts that constrain nothing (`unknown`, an `anyOf`
 * of `required` lists) are skipped.
 */
function intersectionOf(parts: readonly SchemaIR[], name: string, walk: Walk, whole: SchemaIR): unknown {
  const facets = parts.flatMap((part) => flatten(part, walk)).filter((f) => !unconstrained(f.schema));
  if (facets.length === 0) return {};
  if (facets.every((f) => f.schema.kind === 'object')) return objectOf(facets.flatMap((f) => (f.schema.kind === 'object' ? f.schema.properties : [])), walk, walk.request);
  const common = commonValue(facets);
  if (common !== undefined) return common;
  const chosen = facets.find((f) => f.schema.kind === 'enum') ?? facets.filter((f) => f.schema.kind !== 'object').pop()!;
  return valueOf(withOwnConstraints(chosen.schema, whole), name, { ...walk, trail: chosen.trail });
}

/**
 * `target` with the constraints `holder` says of the whole value beside it (a `$ref`'s, or an `allOf`'s
 * carried from a part that adds no type: AWS MediaConnect's `allOf: [$ref: __string, {pattern: …}]`).
 */
function withOwnConstraints(target: SchemaIR, holder: SchemaIR): SchemaIR {
  return holder.constraints === undefined ? target : { ...target, constraints: { ...target.constraints, ...holder.constraints } };
}

/** A value every enum part allows (a base's `DataSourceType` and a variant's `'HPVCManagerDataSource'`). */
function commonValue(facets: readonly Facet[]): Primitive | undefined {
  const lists = facets.flatMap((f) => (f.schema.kind === 'enum' ? [f.schema.values] : []));
  return lists.length < 2 ? undefined : lists[0]!.find((v) => lists.every((list) => list.includes(v)));
}

