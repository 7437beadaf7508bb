/**
 * OpenAPI's polymorphism, which JSON Schema does not know, written in JSON Schema for ajv: a schema with a
 * `discriminator` (and no `oneOf`/`anyOf` of its own) that other schemas extend through `allOf` stands for
 * its subtypes, the one its discriminator's value names (OpenAPI 3.0 §4.7.25, Swagger 2's `discriminator`;
 * `mapping`, else AutoRest's `x-ms-discriminator-value`, else the subtype's name). Read as plain JSON
 * Schema, the base would take any value with the base's fields: a subtype's own fields unchecked, where
 * the generated types (the union of the subtypes) check them. And a `oneOf` or `anyOf` with a
 * discriminator is the branch the value names (`withDiscriminatedUnions`).
 */
type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where each base's polymorphic reading is added to the spec. */
const POLYMORPHIC = 'x-polymorphic';

/**
 * The spec, each `$ref` to a base with subtypes, or to one of its subtypes, leading to its polymorphic
 * reading instead, changed in place. A subtype's reading also holds the discriminator to its own values
 * (and its subtypes'): a value Azure's Service Fabric gives as its successful batch says `Kind: Failed`.
 */
export function withSubtypes(spec: Node): Node {
  const named = namedSchemas(spec);
  const readings: Node = {};
  const redirect = new Map<string, string>();
  const read = (ref: string, reading: Node) => {
    if (redirect.has(ref)) return;
    const key = String(redirect.size);
    redirect.set(ref, `#/${POLYMORPHIC}/${key}`);
    readings[key] = reading;
  };
  for (const [base, schema] of named) {
    const property = discriminatorProperty(schema);
    if (property === undefined || Array.isArray(schema['oneOf']) || Array.isArray(schema['anyOf']) || schema[READ_BY_DISCRIMINATOR] !== undefined) continue;
    const subtypes = subtypesOf(base, named);
    if (subtypes.length === 0) continue;
    const values = discriminatorValues(schema, subtypes, named);
    const naming = (subtype: string) => ({ if: { required: [property], properties: { [property]: { enum: values.get(subtype) } } }, then: { $ref: subtype } });
    read(base, { allOf: [{ $ref: base }, ...subtypes.map(naming)] });
    for (const subtype of subtypes) {
      const below = subtypesOf(subtype, named);
      const own = { properties: { [property]: { enum: [subtype, ...below].flatMap((ref) => values.get(ref) ?? []) } } };
      read(subtype, { allOf: [{ $ref: subtype }, own, ...below.map(naming)] });
    }
  }
  if (redirect.size === 0) return spec;
  pointRefs(spec, redirect);
  spec[POLYMORPHIC] = readings;
  return spec;
}

/**
 * Each `oneOf` or `anyOf` with a discriminator (OpenAPI 3.0 §4.7.25: the value's field names the branch)
 * read as the branch the value names, by `mapping` or else by the branch's name, as the generated union
 * narrows it; read as plain JSON Schema, a value of two branches written alike is refused (ix-api's allow
 * and deny rules, whose `type` is any string). A value without the field, or no object, is read as the
 * union is; a union with a branch that is not a `$ref` is left as written. Changed in place.
 */
export function withDiscriminatedUnions(spec: Node): Node {
  const seen = new Set<unknown>();
  const visit = (node: unknown, key: string): void => {
    if (seen.has(node) || typeof node !== 'object' || node === null || DATA_KEYS.has(key)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((item) => visit(item, ''));
    const record = node as Node;
    for (const union of ['oneOf', 'anyOf'] as const) readByDiscriminator(record, union);
    for (const [field, value] of Object.entries(record)) visit(value, field);
  };
  visit(spec, '');
  return spec;
}

/** Keys whose value is data, not schema. */
export const DATA_KEYS: ReadonlySet<string> = new Set(['example', 'examples', 'default', 'enum', 'const']);

function readByDiscriminator(schema: Node, union: 'oneOf' | 'anyOf'): void {
  const property = discriminatorProperty(schema);
  const branches = schema[union];
  if (property === undefined || !Array.isArray(branches) || !branches.every((b) => isNode(b) && typeof b['$ref'] === 'string')) return;
  const mapping = isNode(schema['discriminator']) && isNode(schema['discriminator']['mapping']) ? schema['discriminator']['mapping'] : {};
  const names = (ref: string): string[] => {
    const mapped = Object.keys(mapping).filter((value) => sameRef(mapping[value], ref) || decodeURIComponent(ref).endsWith(`/${String(mapping[value])}`));
    return mapped.length > 0 ? mapped : [decodeURIComponent(ref.slice(ref.lastIndexOf('/') + 1))];
  };
  const refs = branches.map((b) => String((b as Node)['$ref']));
  // An object with the field: JSON Schema's `required` holds for any other value too (GitHub maps a
  // directory's listing, a list, by `type: array`).
  const given = { type: 'object', required: [property] };
  const parts = [
    { if: { not: given }, then: { [union]: branches } },
    { if: given, then: { properties: { [property]: { enum: refs.flatMap(names) } } } },
    ...refs.map((ref) => ({ if: { ...given, properties: { [property]: { enum: names(ref) } } }, then: { $ref: ref } })),
  ];
  delete schema[union];
  schema['allOf'] = [...(Array.isArray(schema['allOf']) ? schema['allOf'] : []), ...parts];
  schema[READ_BY_DISCRIMINATOR] = union;
}

/** Marks a union `withDiscriminatedUnions` rewrote: still a union, not a base for `withSubtypes`. */
const READ_BY_DISCRIMINATOR = 'x-read-by-discriminator';

/** The named schemas (`components/schemas`, Swagger 2's `definitions`), by the `$ref` that names each. */
function namedSchemas(spec: Node): Map<string, Node> {
  const named = new Map<string, Node>();
  const components = isNode(spec['components']) ? spec['components']['schemas'] : undefined;
  for (const [at, holder] of [['#/components/schemas', components], ['#/definitions', spec['definitions']]] as const) {
    if (!isNode(holder)) continue;
    for (const [name, schema] of Object.entries(holder)) if (isNode(schema)) named.set(`${at}/${encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'))}`, schema);
  }
  return named;
}

function discriminatorProperty(schema: Node): string | undefined {
  const discriminator = schema['discriminator'];
  if (typeof discriminator === 'string') return discriminator;
  return isNode(discriminator) && typeof discriminator['propertyName'] === 'string' ? discriminator['propertyName'] : undefined;
}

/** The schemas that extend `base` through `allOf`, at any depth (a subtype's subtypes are the base's too). */
function subtypesOf(base: string, named: ReadonlyMap<string, Node>, seen = new Set<string>([base])): string[] {
  const direct = [...named].filter(([ref, schema]) => !seen.has(ref) && Array.isArray(schema['allOf']) && schema['allOf'].some((part) => isNode(part) && sameRef(part['$ref'], base))).map(([ref]) => ref);
  direct.forEach((ref) => seen.add(ref));
  return [...direct, ...direct.flatMap((ref) => subtypesOf(ref, named, seen))];
}

const sameRef = (ref: unknown, target: string): boolean => typeof ref === 'string' && decodeURIComponent(ref) === decodeURIComponent(target);

/** The discriminator's values that name each subtype: the mapping's, and its `x-ms-discriminator-value` or else its name. */
function discriminatorValues(base: Node, subtypes: readonly string[], named: ReadonlyMap<string, Node>): Map<string, string[]> {
  const mapping = isNode(base['discriminator']) && isNode(base['discriminator']['mapping']) ? base['discriminator']['mapping'] : {};
  return new Map(
    subtypes.map((subtype) => {
      const mapped = Object.keys(mapping).filter((value) => sameRef(mapping[value], subtype) || decodeURIComponent(subtype).endsWith(`/${String(mapping[value])}`));
      const own = named.get(subtype)?.['x-ms-discriminator-value'];
      const name = decodeURIComponent(subtype.slice(subtype.lastIndexOf('/') + 1)).replace(/~1/g, '/').replace(/~0/g, '~');
      return [subtype, [...mapped, typeof own === 'string' ? own : name]];
    }),
  );
}

/**
 * Each `$ref` to a base leads to its reading, but a part of an `allOf` (a subtype extending it, whose
 * reading would lead back to itself).
 */
function pointRefs(spec: Node, redirect: ReadonlyMap<string, string>): void {
  const byRef = new Map([...redirect].map(([base, to]) => [decodeURIComponent(base), to]));
  const seen = new Set<unknown>();
  const visit = (node: unknown, inAllOf: boolean): void => {
    if (seen.has(node) || typeof node !== 'object' || node === null) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((item) => visit(item, inAllOf));
    const record = node as Node;
    const ref = record['$ref'];
    const to = typeof ref === 'string' && !inAllOf ? byRef.get(decodeURIComponent(ref)) : undefined;
    if (to !== undefined) record['$ref'] = to;
    for (const [key, value] of Object.entries(record)) visit(value, key === 'allOf');
  };
  visit(spec, false);
}
