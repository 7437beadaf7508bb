/**
 * `renderType`: the one place a schema becomes a TypeScript type expression, switching on its kind.
 * Every spec string it writes goes through `primitiveLiteral` or `propertyKey`.
 */
import type { EnumSchema, PropertyIR, SchemaIR } from '../ir/types.js';
import { isInheritedMember, primitiveLiteral, propertyKey, stringLiteral } from './literals.js';
import { modelReshapes, reshapes, travels, type TypeScope } from './scope.js';

/**
 * A model as values travelling one way have it, when that changes it: in a request, without the fields
 * the server sets (`readOnly`) at any depth; in a response, without those it never sends back
 * (`writeOnly`). A model that holds itself has a name for that (`CategoryInput`, declared beside it), so
 * the fields stay out at every depth, and so does one that would be written out in full (a union, an
 * `allOf`, a map: `PetInput`); a plain object is written where it is used (`reshapedModel`).
 */
function directedModel(key: string, scope: TypeScope): string {
  const alias = scope.direction && scope.model(key)?.directedNames?.[scope.direction];
  if (!alias) return reshapedModel(key, scope);
  scope.use(alias);
  return alias;
}

/**
 * The model written out for the scope's direction. An object model keeps its name: `Omit<Order, 'id' |
 * 'items'> & { items: Array<Omit<Item, 'id'>> }`. Any other (a union, an `allOf`, a map, a nullable
 * object) is written out in full.
 */
export function reshapedModel(key: string, scope: TypeScope): string {
  const name = scope.modelName(key);
  const schema = scope.direction === undefined ? undefined : scope.model(key)?.schema;
  if (!schema || !modelReshapes(key, scope)) return name;
  if (!keepsItsName(schema)) return renderType(schema, scope);
  const reshaped = schema.properties.filter((p) => travels(p, scope, schema) && reshapes(p.schema, scope));
  const base = omitting(name, schema.properties.filter((p) => !travels(p, scope, schema) || reshaped.includes(p)));
  return reshaped.length === 0 ? base : `${base} & ${renderObjectLiteral(schema, reshaped, undefined, scope)}`;
}

/** Whether a model reshaped one way is still written with its name (`Omit<Order, 'id'>`): a plain object's is. */
export function keepsItsName(schema: SchemaIR): schema is Extract<SchemaIR, { kind: 'object' }> {
  return schema.kind === 'object' && !schema.additionalProperties && !schema.nullable;
}

function omitting(name: string, fields: readonly PropertyIR[]): string {
  const keys = [...new Set(fields.map((p) => p.name))].map(primitiveLiteral);
  return keys.length === 0 ? name : `Omit<${name}, ${keys.join(' | ')}>`;
}

export function renderType(schema: SchemaIR, scope: TypeScope): string {
  const base = renderKind(schema, scope);
  if (!schema.nullable || base === 'unknown' || base === 'null') return base;
  // Nothing but null (`{type: object, enum: [null], nullable: true}`): `null`, not `never | null`.
  return base === 'never' ? 'null' : `${wrapForUnion(base)} | null`;
}

function renderKind(schema: SchemaIR, scope: TypeScope): string {
  switch (schema.kind) {
    case 'ref':
      return directedModel(schema.model, scope);
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'unknown':
      return schema.kind;
    case 'integer':
      return 'number';
    case 'binary':
      scope.use('Uploadable');
      return 'Uploadable';
    case 'enum':
      return enumType(schema);
    case 'array':
      return schema.prefixItems ? renderTuple(schema, scope) : `Array<${renderType(schema.items, scope)}>`;
    case 'object':
      return renderObjectLiteral(schema, schema.properties, schema.additionalProperties, scope, schema.closed);
    case 'union':
      return [...new Set(unionBranches(schema, scope))].join(' | ') || 'never';
    case 'intersection': {
      const parts = withoutWiderPrimitives(withoutClosingParts(schema.parts, scope));
      if (parts.length === 1) return renderType(parts[0]!, scope);
      return withoutEmptyParts(parts.map((p) => wrapForIntersection(renderType(p, scope)))).join(' & ') || 'unknown';
    }
  }
}

/**
 * A union's branches as written, a branch that is itself a union giving its own (and `null`): so that
 * branches that read the same (Cloudflare's Workers AI body has three `oneOf: [binary, {…}]` branches,
 * whose `string` would be written three times) are written once.
 */
function unionBranches(schema: Extract<SchemaIR, { kind: 'union' }>, scope: TypeScope): string[] {
  return schema.variants.flatMap((v) => (v.kind === 'union' ? [...unionBranches(v, scope), ...(v.nullable ? ['null'] : [])] : [wrapForUnion(renderType(v, scope))]));
}

/**
 * An intersection's parts without those left empty (`{}`: every field of the part stays on the other
 * side, as a response's `readOnly` ones in a request), which add nothing to the others.
 */
function withoutEmptyParts(parts: readonly string[]): readonly string[] {
  const kept = parts.filter((part) => part !== '{}');
  return kept.length === 0 ? parts.slice(0, 1) : kept;
}

/**
 * An `allOf` without its parts that name no field and allow no other (`{additionalProperties: false}`),
 * which specs add to say "nothing beyond the other parts" though JSON Schema reads them as "no field at
 * all": as TypeScript reads them too (`{ [key: string]: never }`), they would leave no value possible.
 */
function withoutClosingParts(parts: readonly SchemaIR[], scope: TypeScope): readonly SchemaIR[] {
  const kept = parts.filter((part) => !isClosedEmpty(part.kind === 'ref' ? scope.model(part.model)?.schema : part));
  return kept.length === 0 ? parts : kept;
}

/**
 * An intersection without a bare `string` (or number, boolean) beside a part that lists values of it
 * (`allOf: [{type: string}, {enum: [a, b]}]`): `string & ('a' | 'b')` is `'a' | 'b'`, written so.
 */
function withoutWiderPrimitives(parts: readonly SchemaIR[]): readonly SchemaIR[] {
  const listed = new Set(parts.flatMap(listedKinds));
  const kept = parts.filter((part) => !(PRIMITIVE_OF[part.kind] !== undefined && !part.nullable && listed.has(PRIMITIVE_OF[part.kind]!)));
  return kept.length === 0 ? parts : kept;
}

const PRIMITIVE_OF: Readonly<Partial<Record<SchemaIR['kind'], string>>> = { string: 'string', number: 'number', integer: 'number', boolean: 'boolean' };

/** The one primitive type whose values alone a closed enum (or a union of them) lists: `['string']`, else none. */
function listedKinds(schema: SchemaIR): string[] {
  const values = listedValues(schema);
  const kinds = new Set(values?.map((v) => typeof v));
  return values !== undefined && values.length > 0 && kinds.size === 1 ? [...kinds] : [];
}

function listedValues(schema: SchemaIR): readonly unknown[] | undefined {
  if (schema.kind === 'enum') return schema.open || schema.nullable ? undefined : schema.values;
  if (schema.kind !== 'union' || schema.nullable) return undefined;
  const lists = schema.variants.map(listedValues);
  return lists.every((list) => list !== undefined) ? lists.flat() : undefined;
}

/** `{type: object, additionalProperties: false}`: an object with no field, the only value `{}`. */
function isClosedEmpty(schema: SchemaIR | undefined): boolean {
  return schema?.kind === 'object' && schema.closed === true && schema.properties.length === 0 && !schema.additionalProperties && !schema.nullable;
}

/** An enum's values as literals; an open one also takes any other string (`string & {}` keeps the literals in completions). */
export function enumType(schema: EnumSchema): string {
  const literals = schema.values.map(primitiveLiteral);
  if (schema.open) return literals.length === 0 ? 'string' : [...literals, '(string & {})'].join(' | ');
  return literals.length === 0 ? 'never' : literals.join(' | ');
}

/**
 * `properties` of `holder` (all of them, or those a reshaped model writes out). `closed`: no key beyond
 * `properties` (`additionalProperties: false`); with none named, no key at all.
 */
function renderObjectLiteral(holder: SchemaIR, properties: readonly PropertyIR[], extra: SchemaIR | undefined, scope: TypeScope, closed = false): string {
  const members = properties.filter((p) => travels(p, scope, holder)).map((p) => `${propertyKey(p.name)}${p.required ? '' : '?'}: ${memberTypeOf(p, renderType(p.schema, scope))}`);
  if (extra) members.push(`[key: string]: ${properties.length > 0 ? 'unknown' : renderType(extra, scope)}`);
  // `{}` would take any value but null and undefined, a string included.
  if (members.length === 0) return properties.length === 0 && !extra ? `{ [key: string]: ${closed ? 'never' : 'unknown'} }` : '{}';
  return `{ ${members.join('; ')} }`;
}

/**
 * A property's type as declared. An optional property named like a member every object inherits
 * (`constructor?: string`) would refuse every object literal, since each has that member (a `Function`);
 * the type also admits the inherited member, which is what reading the property gives when it is absent.
 */
export function memberTypeOf(p: PropertyIR, type: string): string {
  return p.required || !isInheritedMember(p.name) ? type : `${type} | Object[${stringLiteral(p.name)}]`;
}

/** A function type or conditional would need parentheses in a union; ours never produce them, but `A & B` reads better wrapped. */
export function wrapForUnion(type: string): string {
  return hasTopLevel(type, '&') ? `(${type})` : type;
}

/** `A & (B | C)`: without the parentheses, `&` binds first (`(A & B) | C`). */
export function wrapForIntersection(type: string): string {
  return hasTopLevel(type, '|') ? `(${type})` : type;
}

/**
 * Whether `type` joins its parts with `operator` outside any brackets and string literals: `{ a: 1 } |
 * { b: 2 }` does, `{ a: 1 | 2 }` and `'x | y'` do not.
 */
function hasTopLevel(type: string, operator: '|' | '&'): boolean {
  let depth = 0;
  for (let i = 0; i < type.length; i++) {
    const c = type[i]!;
    if (c === "'" || c === '"') i = endOfString(type, i);
    else if ('([{<'.includes(c)) depth++;
    else if (')]}'.includes(c) || (c === '>' && type[i - 1] !== '=')) depth--;
    else if (depth === 0 && c === operator && type[i - 1] === ' ' && type[i + 1] === ' ') return true;
  }
  return false;
}

/** The index of the quote that closes the string literal opening at `start`. */
function endOfString(type: string, start: number): number {
  let i = start + 1;
  while (i < type.length && type[i] !== type[start]) i += type[i] === '\\' ? 2 : 1;
  return i;
}

/** `[string, number?, ...Array<unknown>]`: leading items past `minItems` are optional; `items: false` ends it. */
function renderTuple(schema: Extract<SchemaIR, { kind: 'array' }>, scope: TypeScope): string {
  const required = schema.requiredPrefix ?? 0;
  // `(A | B)?`: parentheses are needed before `?`, and harmless elsewhere.
  const element = (type: string): string => (/ [|&] /.test(type) ? `(${type})` : type);
  const leading = (schema.prefixItems ?? []).map((item, i) => `${element(renderType(item, scope))}${i < required ? '' : '?'}`);
  const rest = schema.closed ? [] : [`...Array<${renderType(schema.items, scope)}>`];
  return `[${[...leading, ...rest].join(', ')}]`;
}
