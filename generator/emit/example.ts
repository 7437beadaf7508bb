/**
 * The example call for a method, in the style of the official docs: positional arguments, then a
 * `params` object with the required fields. Values come from the spec's `example`s, else they are
 * made up from the schema (a string field `question` gets `'question'`, as the official docs do).
 */
import type { ApiIR, OperationIR, ParameterIR, Primitive, SchemaIR } from '../ir/types.js';
import { firstChoiceTags } from './example-union-tags.js';
import { exampleValue } from './example-value.js';
import type { Lookup } from './example-walk.js';
import { valueKey } from './literals.js';
import { bodyChoice, firstAlternativeFields, firstChoiceFields, flatBodyWithoutClash, memberOfField, paramsMembers, requiredAlternatives, type ParamsMember } from './operation-shape.js';
import { positionalType } from './operation-path.js';
import { responseStream } from '../ir/success-response.js';
import { modelByKey } from '../ir/model-lookup.js';
import { takesNoValue } from '../ir/takes-no-value.js';

/** `receiver`: what the method is called on, the client's resource by default (`client.realtimeKit.activeSession`). */
export function exampleCall(api: ApiIR, op: OperationIR, receiver?: string): string {
  return `const response = await ${exampleInvocation(api, op, receiver)};`;
}

/** The example a method's documentation shows: the call, and for a stream the loop that reads its events. */
export function exampleUse(api: ApiIR, op: OperationIR): string {
  if (!responseStream(op)) return exampleCall(api, op);
  return [`const stream = await ${exampleInvocation(api, op)};`, 'for await (const data of stream) {', '  console.log(data);', '}'].join('\n');
}

/** A method's example, by operation: as `exampleUse` writes it, or formatted (`print/examples.ts`). */
export type ExampleText = (op: OperationIR) => string;

/** The call alone, `client.x.y('id', { … })`, with the spec's examples or made-up values that fit. */
export function exampleInvocation(api: ApiIR, op: OperationIR, receiver?: string): string {
  return invocationCode(op, exampleArguments(api, op), receiver);
}

/**
 * The call written out with the values given: positional arguments, then `params` when it has members,
 * then `trailing` (code, as the request options a README example adds).
 */
export function invocationCode(op: OperationIR, { positional, members }: ExampleArguments, receiver = ['client', ...op.resourcePath].join('.'), trailing: readonly string[] = []): string {
  const args = positional.map((a) => jsLiteral(a.value));
  // Optional params default to `{}`: the call reads as a user would write it, `client.things.list()`.
  if (members.length > 0) args.push(`{\n${members.map((m) => `  ${valueKey(m.member.name)}: ${jsLiteral(m.value)},`).join('\n')}\n}`);
  return `${receiver}.${op.methodName}(${[...args, ...trailing].join(', ')})`;
}

/** What an example call passes: each positional argument, then each member of `params`, with its value. */
export interface ExampleArguments {
  readonly positional: readonly { readonly parameter: ParameterIR; readonly value: unknown }[];
  readonly members: readonly { readonly member: ParamsMember; readonly value: unknown }[];
}

/**
 * The values of an example call: the required members of `params`, as a user would write the call (and
 * the first of a body's alternatives, which its type cannot require); with
 * `everyParameter`, the optional ones too (the tests run such calls to see where each member goes on the wire).
 */
export function exampleArguments(api: ApiIR, op: OperationIR, everyParameter = false): ExampleArguments {
  const lookup: Lookup = (key) => modelByKey(api, key)?.schema;
  const positional = op.parameters.filter((p) => p.positional).map((parameter) => ({ parameter, value: positionalExample(parameter, lookup) }));
  // A body of several sets of fields (`bodyChoice`) gives the first set's, beside the parameters, and the
  // fields that tell it from the others (`firstChoiceTags`), though optional.
  const choice = bodyChoice(op, lookup);
  const choiceMembers = choice ? firstChoiceFields(choice, lookup).map((p) => memberOfField(p, lookup)) : [];
  const choiceTags = choice ? firstChoiceTags(choice, lookup) : [];
  // A body that must also hold one of several sets of fields (see `requiredAlternatives`) gets the first.
  const alternatives = requiredAlternatives(op, lookup);
  const chosen = new Set([...alternatives.flatMap((branches) => branches[0] ?? []), ...choiceTags]);
  // Even with every parameter, not the fields only the other sets require: a `oneOf` refuses a body that
  // holds two of them (urlbox's render request takes `url` or `html`).
  const othersOnly = new Set(alternatives.flatMap((branches) => branches.slice(1).flat()).filter((name) => !chosen.has(name)));
  const all = [...paramsMembers(op, lookup), ...choiceMembers];
  // Nor an optional member whose schema takes no value (`takesNoValue`): a server refuses any it holds.
  const fillsEvery = (m: ParamsMember) => everyParameter && !(m.source === 'body' && othersOnly.has(m.name)) && !takesNoValue(m.schema, lookup);
  const picked = all.filter((m) => m.required || (m.source === 'body' && chosen.has(m.name)) || fillsEvery(m));
  const narrowed = narrowedByFirstAlternative(op, lookup);
  const members = withBodyMinimum(op, picked, all, lookup).map((member) => ({ member, value: memberExample(narrowed(member), lookup, everyParameter) }));
  return { positional, members };
}

/**
 * The members picked, and as many of a flattened body's optional fields as its `minProperties` still
 * asks for, in order: a PATCH body of optional fields that must hold one (webflow's `minProperties: 1`)
 * would otherwise send `{}`, which its server refuses. A body sent whole gets its fields from
 * `exampleValue`, which counts them itself.
 */
function withBodyMinimum(op: OperationIR, picked: readonly ParamsMember[], all: readonly ParamsMember[], lookup: Lookup): readonly ParamsMember[] {
  const schema = op.requestBody?.schema;
  const named = new Set(all.filter((m) => m.source !== 'body').map((m) => m.name));
  const flattened = flatBodyWithoutClash(op, lookup, named) !== undefined || bodyChoice(op, lookup) !== undefined;
  if (!schema || !flattened) return picked;
  const fields = all.filter((m) => m.source === 'body');
  const missing = minimumFields(schema, lookup, 0) - picked.filter((m) => m.source === 'body').length;
  if (missing <= 0) return picked;
  const added = new Set(fields.filter((m) => !picked.includes(m)).slice(0, missing));
  return all.filter((m) => picked.includes(m) || added.has(m));
}

/** The fewest fields an object body may hold: its `minProperties`, through `$ref`s and the parts of an `allOf`. */
function minimumFields(schema: SchemaIR, lookup: Lookup, depth: number): number {
  if (depth > 8) return 0;
  if (schema.kind === 'ref') {
    const target = lookup(schema.model);
    return target ? minimumFields(target, lookup, depth + 1) : 0;
  }
  const own = schema.constraints?.minProperties ?? 0;
  return schema.kind === 'intersection' ? Math.max(own, ...schema.parts.map((part) => minimumFields(part, lookup, depth + 1))) : own;
}

/**
 * A flattened body field as the first branch of a union beside the fields narrows it (see
 * `firstAlternativeFields`): its value meets both, as the fields the branch requires are given.
 */
function narrowedByFirstAlternative(op: OperationIR, lookup: Lookup): (member: ParamsMember) => ParamsMember {
  const narrowing = new Map<string, SchemaIR[]>();
  for (const field of firstAlternativeFields(op, lookup)) narrowing.set(field.name, [...(narrowing.get(field.name) ?? []), field.schema]);
  return (member) => {
    const parts = member.source === 'body' ? narrowing.get(member.name) : undefined;
    return parts ? { ...member, schema: { kind: 'intersection', parts: [member.schema, ...parts], origin: member.schema.origin } } : member;
  };
}

/** The parameter's example when it has the member's type, else its schema's or one made up (`exampleValue`). */
function memberExample(member: ParamsMember, lookup: Lookup, everyParameter: boolean): unknown {
  if (member.example !== undefined && exampleFits(member.schema, member.example, lookup)) return member.example;
  return exampleValue(member.schema, member.name, lookup, { everyProperty: everyParameter, parameter: member.source !== 'body' });
}

/**
 * The spec's example when it has the argument's type (`'42'` for an integer id does not), else one made
 * up, else the first value of an enum the runtime sends: never a segment it refuses (PeerTube's job
 * `state` lists `''` first, for no filter), or the example would throw instead of calling.
 */
function positionalExample(p: ParameterIR, lookup: Lookup): unknown {
  const sendable = (value: unknown) => fitsType(p, value) && !REFUSED_SEGMENTS.has(value);
  if (sendable(p.example)) return p.example;
  // The schema's example (or that of the schema its `$ref` names) when it has one, else one made up.
  const made = exampleValue(p.schema, p.name, lookup, { parameter: true });
  if (sendable(made)) return made;
  // An argument typed `string` whose schema is a number through a `$ref` (GitHub's `alert_number`, a
  // readOnly integer model) or a boolean (a path takes no boolean: mcw.edu's `includeChildren`): the
  // value as the path writes it, `'1'`, `'true'`, not the argument's name, which the server would refuse.
  const written = [p.example, made].find((value) => (typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean');
  if (written !== undefined && sendable(String(written))) return String(written);
  const fits = (value: unknown) => fitsType(p, value);
  // An enum of only refused values (AutoRest's `enum: ['']`, to test the refusal): the call cannot be
  // sent at all, so the example at least type-checks, and shows the error a caller gets.
  const enumValue = p.schema.kind === 'enum' ? (p.schema.values.find(sendable) ?? p.schema.values.find(fits)) : undefined;
  return enumValue ?? p.name;
}

/** Path arguments the runtime refuses: they would empty a segment or move up the path. */
const REFUSED_SEGMENTS: ReadonlySet<unknown> = new Set(['', '.', '..']);

/** Whether a value has the type `positionalType` gives the argument; anything else it types `string`. */
function fitsType(p: ParameterIR, value: unknown): boolean {
  return positionalType(p) === 'string' ? typeof value === 'string' : fitsSchema(p.schema, value);
}

function fitsSchema(schema: SchemaIR, value: unknown): boolean {
  switch (schema.kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
    case 'integer':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return schema.values.includes(value as Primitive) || (schema.open === true && typeof value === 'string');
    case 'union':
      return schema.variants.some((variant) => fitsSchema(variant, value));
    case 'array':
      return Array.isArray(value) && value.every((item) => fitsSchema(schema.items, item));
    default:
      return false;
  }
}

/**
 * Whether a spec's example has the member's type: published specs give `period: 2017` for a string,
 * `'0xFF'` for an integer, and objects with fields their schema does not have. Scalars, arrays and objects
 * are checked as TypeScript would check the literal; other shapes (an `allOf`) are taken on trust.
 */
function exampleFits(schema: SchemaIR, value: unknown, lookup: Lookup, depth = 0): boolean {
  if (value === null) return schema.nullable === true;
  if (schema.kind === 'ref') {
    const target = depth < 8 ? lookup(schema.model) : undefined;
    return target === undefined || exampleFits(target, value, lookup, depth + 1);
  }
  if (schema.kind === 'union') return schema.variants.some((variant) => exampleFits(variant, value, lookup, depth + 1));
  if (schema.kind === 'array') return Array.isArray(value) && value.every((item) => exampleFits(schema.items, item, lookup, depth + 1));
  if (schema.kind === 'object') return objectFits(schema, value, lookup, depth);
  return ['string', 'number', 'integer', 'boolean', 'enum'].includes(schema.kind) ? fitsSchema(schema, value) : true;
}

/** Every required field given, every field declared (unless the object takes others), each of its type. */
function objectFits(schema: Extract<SchemaIR, { kind: 'object' }>, value: unknown, lookup: Lookup, depth: number): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const fields = value as Record<string, unknown>;
  if (schema.properties.some((p) => p.required && !(p.name in fields))) return false;
  const declared = new Map(schema.properties.map((p) => [p.name, p.schema]));
  return Object.entries(fields).every(([name, field]) => {
    const fieldSchema = declared.get(name);
    return fieldSchema === undefined ? schema.additionalProperties !== undefined : exampleFits(fieldSchema, field, lookup, depth + 1);
  });
}

/** A JavaScript literal in the house style (single quotes); strings escaped through JSON. */
export function jsLiteral(value: unknown): string {
  if (typeof value === 'string') return singleQuoted(value);
  if (Array.isArray(value)) return `[${value.map((v) => jsLiteral(v)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${valueKey(k)}: ${jsLiteral(v)}`).join(', ')} }`;
  }
  return typeof value === 'number' && !Number.isFinite(value) ? '0' : String(value);
}

function singleQuoted(value: string): string {
  const body = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body}'`;
}

