/**
 * What goes in an operation's `params` object: the path, query and header parameters that are not
 * positional, and the request body's fields flattened beside them when the body is an object (the
 * official SDK's shape), or when it is one of several objects (see `bodyChoice`); a body of any other
 * shape travels as `body`.
 */
import type { OperationIR, ParameterIR, PropertyIR, SchemaIR } from '../ir/types.js';
import { orderProperties } from '../normalize/pass-order.js';
import { bodyEncoding, withUploads } from './body-encoding.js';
import { setByServer } from './scope.js';
import { descriptionOf, parameterDescription } from '../ir/through-refs.js';
import { isPathable } from './operation-path.js';
import { conjunction } from '../util/plural.js';

export interface ParamsMember {
  readonly name: string;
  readonly required: boolean;
  readonly schema: SchemaIR;
  readonly description?: string | undefined;
  readonly source: 'path' | 'query' | 'header' | 'cookie' | 'body';
  readonly example?: unknown;
  readonly deprecated?: boolean | undefined;
}

type Lookup = (key: string) => SchemaIR | undefined;

/**
 * The body's properties when it is an object (directly, through a ref, or an allOf of objects). An object
 * that names no property and may hold any (`{type: object}`: Kubernetes types its 104 patches so) has
 * none to flatten: it travels whole, as `body`.
 */
export function flattenedBody(op: OperationIR, lookup: Lookup): readonly PropertyIR[] | undefined {
  const schema = op.requestBody?.schema;
  return schema && !takesAnyObject(schema, lookup, 0) ? objectProperties(schema, lookup, 0) : undefined;
}

/**
 * A required body that may be any object: the caller may leave it out, and `{}` goes, as when it named no
 * property at all (a `touch` that needs no content), or give one (a patch). So does a required JSON body
 * the spec gives no schema (`content: {application/json: {}}`, as 134 of Cloudflare's request bodies
 * write it): any value, of which `{}` is what such endpoints take.
 */
export function defaultsToEmptyObject(op: OperationIR, lookup: Lookup): boolean {
  if (op.requestBody?.required !== true) return false;
  const { schema } = op.requestBody;
  return takesAnyObject(schema, lookup, 0) || (schema.kind === 'unknown' && !schema.nullable && bodyEncoding(op) === 'json');
}

function takesAnyObject(schema: SchemaIR, lookup: Lookup, depth: number): boolean {
  if (schema.kind === 'ref') {
    const target = lookup(schema.model);
    return depth < 8 && target !== undefined && takesAnyObject(target, lookup, depth + 1);
  }
  return schema.kind === 'object' && schema.properties.length === 0 && !schema.additionalProperties && !schema.closed;
}

function objectProperties(schema: SchemaIR, lookup: Lookup, depth: number): PropertyIR[] | undefined {
  if (depth > 8 || schema.nullable) return undefined;
  // readOnly fields are the server's to set (OpenAPI 3.1 §4.8.24.2): a request never carries them.
  if (schema.kind === 'object' && !schema.additionalProperties) return schema.properties.filter((p) => !setByServer(p, schema, lookup));
  if (schema.kind === 'ref') {
    const target = lookup(schema.model);
    return target ? objectProperties(target, lookup, depth + 1) : undefined;
  }
  if (schema.kind === 'intersection') {
    const parts = schema.parts.filter((p) => !isAlternativeOf(p, schema.parts, lookup, depth)).map((p) => objectProperties(p, lookup, depth + 1));
    return parts.every((p) => p !== undefined) ? orderProperties(mergeSameNamed(parts.flat() as PropertyIR[])) : undefined;
  }
  return undefined;
}

/**
 * A union beside an object's fields whose branches only require or narrow fields the other parts declare
 * (`anyOf: [{required: [hostnames]}, {required: [ip_subnets]}]`): the fields flatten into `params`, as
 * the official SDK's do, and the branches go in the type's doc (see `requiredAlternatives`), since an
 * interface cannot say "one of".
 */
function isAlternativeOf(part: SchemaIR, parts: readonly SchemaIR[], lookup: Lookup, depth: number): boolean {
  if (part.kind !== 'union') return false;
  const declared = new Set(parts.filter((p) => p !== part).flatMap((p) => objectProperties(p, lookup, depth + 1) ?? []).map((p) => p.name));
  return part.variants.every((v) => v.kind === 'object' && v.properties.every((p) => declared.has(p.name)) && (!v.additionalProperties || v.additionalProperties.kind === 'unknown'));
}

/**
 * For each such union flattened away, the names each of its branches requires: `[[['hostnames'],
 * ['ip_subnets']]]`. Empty when the body's fields are not flattened or no union was.
 */
export function requiredAlternatives(op: OperationIR, lookup: Lookup): string[][][] {
  return alternativeUnions(op, lookup).map((variants) => variants.map(requiredNames));
}

/**
 * The fields the first branch of each such union declares, narrowed there (webflow's execution patch:
 * `status: string` beside `anyOf: [{status: enum [succeeded]}, {status: enum [failed, …]}]`): an example
 * call's values meet them, or the body matches no branch.
 */
export function firstAlternativeFields(op: OperationIR, lookup: Lookup): PropertyIR[] {
  return alternativeUnions(op, lookup).flatMap(([first]) => (first?.kind === 'object' ? first.properties : []));
}

/**
 * A flattened field that every branch of a union beside the fields narrows (webflow's `status: string`,
 * each branch an enum of it): typed as some branch allows it (`'succeeded' | 'failed' | …`), not as the
 * bare string. Which values of two such fields go together is lost, as a flat interface must lose it.
 */
function narrowedByEveryAlternative(op: OperationIR, lookup: Lookup): (field: PropertyIR) => SchemaIR {
  const unions = alternativeUnions(op, lookup);
  return (field) => {
    const narrowings = unions.flatMap((variants): SchemaIR[] => {
      const declared = variants.map((v) => (v.kind === 'object' ? v.properties.find((p) => p.name === field.name)?.schema : undefined));
      if (declared.some((d) => d === undefined) || declared.every((d) => sameSchema(d!, field.schema))) return [];
      return [{ kind: 'union', variants: declared as SchemaIR[], origin: field.schema.origin }];
    });
    return narrowings.length === 0 ? field.schema : { kind: 'intersection', parts: [field.schema, ...narrowings], origin: field.schema.origin };
  };
}

/** The branches of each union flattened away from the body's fields (`isAlternativeOf`). */
function alternativeUnions(op: OperationIR, lookup: Lookup): (readonly SchemaIR[])[] {
  let schema = op.requestBody?.schema;
  for (let hops = 0; schema?.kind === 'ref' && hops < 8; hops++) schema = lookup(schema.model);
  if (schema?.kind !== 'intersection' || !flattenedBody(op, lookup)) return [];
  const parts = schema.parts;
  return parts.flatMap((part) => (part.kind === 'union' && isAlternativeOf(part, parts, lookup, 0) ? [part.variants] : []));
}

/**
 * What a params interface cannot say, as sentences for its doc and the README: that the body must also
 * hold one of several sets of fields. A union with a branch that requires nothing asks for nothing more.
 * `quote` writes a field's name as the text around it quotes code.
 */
export function alternativesSaid(op: OperationIR, lookup: Lookup, quote: (name: string) => string): string[] {
  const asked = requiredAlternatives(op, lookup).filter((branches) => branches.every((names) => names.length > 0));
  return asked.map((branches) => `The body must also give one of: ${branches.map((names) => conjunction(names.map(quote))).join('; or ')}.`);
}


function requiredNames(schema: SchemaIR): string[] {
  return schema.kind === 'object' ? schema.properties.filter((p) => p.required).map((p) => p.name) : [];
}

/**
 * `allOf` parts that declare the same property each constrain it (JSON Schema 2020-12 §10.2.1.1): one
 * member, required when any part requires it, typed as the intersection of the parts' schemas.
 */
function mergeSameNamed(properties: readonly PropertyIR[]): PropertyIR[] {
  const byName = new Map<string, PropertyIR>();
  for (const p of properties) {
    const seen = byName.get(p.name);
    if (!seen) byName.set(p.name, p);
    else byName.set(p.name, { ...seen, required: seen.required || p.required, schema: sameSchema(seen.schema, p.schema) ? seen.schema : { kind: 'intersection', parts: [seen.schema, p.schema], origin: seen.schema.origin } });
  }
  return [...byName.values()];
}

/** One declaration read twice (a part redeclares a property another part declares, to require it). */
function sameSchema(a: SchemaIR, b: SchemaIR): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The parameters in `params`, and the body's fields when they are flattened there one by one. A body
 * whose fields go there as one of several sets (`bodyChoice`) adds no member: its type does.
 */
export function paramsMembers(op: OperationIR, lookup: Lookup): ParamsMember[] {
  const fromParams = op.parameters.filter((p) => !p.positional).map((p) => memberOfParameter(p, lookup));
  const body = op.requestBody;
  if (!body || bodyChoice(op, lookup)) return fromParams;
  // A body field named like a parameter cannot sit beside it in one object: the body then travels whole.
  const flat = flatBodyWithoutClash(op, lookup, new Set(fromParams.map((m) => m.name)));
  const encoding = bodyEncoding(op);
  // Multipart file fields take bytes; a raw body is bytes or text whatever its schema says.
  const fieldSchema = (schema: SchemaIR): SchemaIR => (encoding === 'multipart' ? withUploads(schema) : schema);
  const bodySchema: SchemaIR = encoding === 'raw' ? { kind: 'binary', description: body.schema.description, origin: body.schema.origin } : encoding === 'json-lines' ? linesOf(body.schema) : fieldsOf(encoding, body.schema);
  const narrowed = narrowedByEveryAlternative(op, lookup);
  const fromBody: ParamsMember[] = flat
    ? flat.map((p) => memberOfField(p, lookup, fieldSchema(narrowed(p))))
    : [{ name: wholeBodyMember(op), required: body.required && !defaultsToEmptyObject(op, lookup), schema: bodySchema, description: body.description, source: 'body' }];
  return [...fromParams, ...fromBody];
}

/**
 * The member of `params` a body that is not flattened travels in: `body`, or `requestBody` when a
 * parameter already has that name (a query parameter `body` is not rare in published specs).
 */
export function wholeBodyMember(op: OperationIR): string {
  const names = new Set(op.parameters.filter((p) => !p.positional).map((p) => p.argName));
  let name = 'body';
  for (let n = 2; names.has(name); n++) name = n === 2 ? 'requestBody' : `requestBody${n - 1}`;
  return name;
}

/**
 * A form or multipart body is a set of fields: one whose schema is not an object (`schema: {}`, or a
 * single binary string as some published specs write it) takes any fields, rather than a type the
 * encoders could not take.
 */
function fieldsOf(encoding: string, schema: SchemaIR): SchemaIR {
  if ((encoding !== 'multipart' && encoding !== 'form') || OBJECT_LIKE.has(schema.kind)) return schema;
  return { kind: 'object', properties: [], additionalProperties: { kind: 'unknown', origin: schema.origin }, description: schema.description, origin: schema.origin };
}

/** A JSON Lines body is a list of its lines' values; the request body's schema is one line's. */
function linesOf(schema: SchemaIR): SchemaIR {
  return { kind: 'array', items: schema, description: schema.description, origin: schema.origin };
}

/** Kinds that may describe an object; a ref's target is a model, left as it is. */
const OBJECT_LIKE: ReadonlySet<SchemaIR['kind']> = new Set(['object', 'ref', 'intersection', 'union']);

/**
 * The flattened body, unless one of its fields would clash with a parameter's name (or with `body`), or
 * the body is sent raw (bytes or text, whatever its schema).
 */
export function flatBodyWithoutClash(op: OperationIR, lookup: Lookup, paramNames: ReadonlySet<string>): readonly PropertyIR[] | undefined {
  if (bodyEncoding(op) === 'raw' || bodyEncoding(op) === 'json-lines') return undefined;
  const flat = flattenedBody(op, lookup);
  return flat && !flat.some((p) => paramNames.has(p.name)) && !paramNames.has('body') ? flat : undefined;
}

/**
 * A JSON body that is one of several objects (`oneOf: [A, B]`), or fields and one of several
 * (`allOf: [Base, {oneOf: [A, B]}]`): its fields go in `params` beside the parameters too, typed
 * `Parameters & (A | B)`, as the official SDK's `XParams = XParams.A | XParams.B` do, rather than in a
 * `body` member the caller must nest. Not when a field could clash with a parameter's name: the body then
 * travels whole. An optional body whose every branch requires a field asks for one, as an optional object
 * body's required fields are asked for (the official SDK's Workers AI `run` asks for `prompt` or
 * `messages` so).
 */
export function bodyChoice(op: OperationIR, lookup: Lookup): SchemaIR | undefined {
  const body = op.requestBody;
  if (!body || bodyEncoding(op) !== 'json' || flattenedBody(op, lookup)) return undefined;
  const names = choiceFieldNames(body.schema, lookup, 0);
  const paramNames = new Set(op.parameters.filter((p) => !p.positional).map((p) => p.argName));
  return !names || names.some((n) => paramNames.has(n)) || paramNames.has('body') ? undefined : body.schema;
}

/**
 * Every field name a body of objects may hold, when every value it allows is an object naming its fields
 * (a union or intersection of such, down to objects with properties and no other keys); else `undefined`.
 */
function choiceFieldNames(schema: SchemaIR, lookup: Lookup, depth: number): string[] | undefined {
  if (depth > 8 || schema.nullable) return undefined;
  const all = (schemas: readonly SchemaIR[]): string[] | undefined => {
    const names = schemas.map((s) => choiceFieldNames(s, lookup, depth + 1));
    return names.every((n) => n !== undefined) ? (names as string[][]).flat() : undefined;
  };
  switch (schema.kind) {
    case 'ref': {
      const target = lookup(schema.model);
      return target ? choiceFieldNames(target, lookup, depth + 1) : undefined;
    }
    case 'object': {
      const fields = objectProperties(schema, lookup, depth);
      return fields && fields.length > 0 ? fields.map((p) => p.name) : undefined;
    }
    case 'union':
      return schema.variants.length > 1 ? all(schema.variants) : undefined;
    case 'intersection':
      // A part that names no field and allows no other adds nothing (see `withoutClosingParts`).
      return all(schema.parts.filter((p) => !(p.kind === 'object' && p.closed && p.properties.length === 0)));
    default:
      return undefined;
  }
}

/** Whether `{}` is a value of the body: a branch, or every part, requires no field. */
export function acceptsEmpty(schema: SchemaIR, lookup: Lookup, depth = 0): boolean {
  if (depth > 8) return false;
  switch (schema.kind) {
    case 'ref': {
      const target = lookup(schema.model);
      return target !== undefined && acceptsEmpty(target, lookup, depth + 1);
    }
    case 'object':
      return (objectProperties(schema, lookup, depth) ?? []).every((p) => !p.required);
    case 'union':
      return schema.variants.some((v) => acceptsEmpty(v, lookup, depth + 1));
    case 'intersection':
      return schema.parts.every((p) => acceptsEmpty(p, lookup, depth + 1));
    default:
      return false;
  }
}

/**
 * The fields of the first set a chosen body may hold (`bodyChoice`): what an example fills in. The first
 * branch of each union on the way, with the fields of every part beside it.
 */
export function firstChoiceFields(schema: SchemaIR, lookup: Lookup, depth = 0): PropertyIR[] {
  if (depth > 8) return [];
  switch (schema.kind) {
    case 'ref': {
      const target = lookup(schema.model);
      return target ? firstChoiceFields(target, lookup, depth + 1) : [];
    }
    case 'object':
      return objectProperties(schema, lookup, depth) ?? [];
    case 'union':
      return schema.variants[0] ? firstChoiceFields(schema.variants[0], lookup, depth + 1) : [];
    case 'intersection':
      return orderProperties(mergeSameNamed(schema.parts.flatMap((p) => firstChoiceFields(p, lookup, depth + 1))));
    default:
      return [];
  }
}

/** A body field as a member of `params`. */
export function memberOfField(p: PropertyIR, lookup: Lookup, schema: SchemaIR = p.schema): ParamsMember {
  return { name: p.name, required: p.required, schema, description: descriptionOf(p.schema, lookup), source: 'body', deprecated: p.schema.deprecated };
}

function memberOfParameter(p: ParameterIR, lookup: Lookup): ParamsMember {
  // The member's name: the parameter's own, unless another parameter of the operation has it too.
  return { name: p.argName, required: p.required, schema: memberSchema(p, lookup), description: parameterDescription(p, lookup), source: p.in, example: p.example, deprecated: p.deprecated };
}

/**
 * A path parameter's value goes in the URL, which takes strings, numbers and lists of them: one whose
 * schema allows anything else (Cloudflare's `account_id: {$ref: identifier}`, where `identifier: {}`)
 * is a string, as a positional argument of that schema is (see `positionalType`).
 */
function memberSchema(p: ParameterIR, lookup: Lookup): SchemaIR {
  if (p.in !== 'path' || (!p.json && isPathable(p.schema, lookup))) return p.schema;
  return { kind: 'string', description: p.schema.description, origin: p.schema.origin };
}

/** `Path param: …` prefixes, as the official docs write them, only when params mix sources. */
export function memberDoc(member: ParamsMember, mixed: boolean): string | undefined {
  if (!mixed) return member.description;
  const label = `${member.source.charAt(0).toUpperCase()}${member.source.slice(1)} param`;
  return member.description ? `${label}: ${member.description}` : label;
}
