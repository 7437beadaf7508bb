/** An operation's `…Params` and `…Response` types. */
import { StructureKind, type ModuleDeclarationStructure, type StatementStructures } from 'ts-morph';
import type { OperationIR, PropertyIR, SchemaIR } from '../ir/types.js';
import { itemTypeName, paramsTypeName, responseTypeName } from '../normalize/names.js';
import { jsDoc } from './jsdoc.js';
import { stringLiteral } from './literals.js';
import { itemTypeOf } from './pagination.js';
import { isTextSchema, responseBody, textOnly } from './response-body.js';
import { responseStream, successResponse, successSchema } from '../ir/success-response.js';
import { acceptsEmpty, alternativesSaid, bodyChoice, memberDoc, paramsMembers, type ParamsMember } from './operation-shape.js';
import { renderType, wrapForIntersection, wrapForUnion } from './render-type.js';
import { uniqueName } from '../normalize/unique.js';
import { directed, type TypeScope } from './scope.js';
import { declareInterface, declareType, recordingScope } from './type-declarations.js';
import { REQUEST_OPTION_KEYS } from '../runtime/request-options.js';

export function paramsDeclarations(op: OperationIR, scope: TypeScope): StatementStructures[] {
  const lookup = (key: string) => scope.model(key)?.schema;
  const members = paramsMembers(op, lookup);
  const choice = bodyChoice(op, lookup);
  if (choice) return choiceParamsDeclarations(op, members, choice, directed(scope, 'request'));
  if (members.length === 0) return [];
  const mixed = new Set(members.map((m) => m.source)).size > 1;
  const properties: PropertyIR[] = members.map((m) => asProperty(m));
  const docs = new Map(members.map((m) => [m.name, memberDoc(m, mixed)]));
  const alternatives = alternativesSaid(op, lookup, (name) => `\`${name}\``);
  return declareInterface(paramsTypeName(op), properties, undefined, alternatives, directed(scope, 'request'), (p) => docs.get(p.name));
}

/**
 * `XParams = XParams.Parameters & (A | B)` for a body that is one of several objects (`bodyChoice`): the
 * parameters in an interface of the type's namespace, where their docs show, and the body's type beside
 * them; a branch written inline as an object is an interface of the namespace too (`XParams.Variant0`,
 * as the official SDK names them), so its fields keep their docs.
 */
function choiceParamsDeclarations(op: OperationIR, members: readonly ParamsMember[], choice: SchemaIR, scope: TypeScope): StatementStructures[] {
  const name = paramsTypeName(op);
  const docs = jsDoc([`The body's fields go here${members.length > 0 ? ', beside the parameters' : ''}: the body is one of several sets of fields.`]);
  // Declared once to record the symbols the namespace's declarations name, which a member must not shadow.
  const referenced = new Set<string>();
  choiceParts(op, members, choice, recordingScope(scope, referenced), referenced);
  const { type, statements } = choiceParts(op, members, choice, scope, referenced);
  const alias: StatementStructures = { kind: StructureKind.TypeAlias, name, isExported: true, type, docs };
  return statements.length === 0 ? [alias] : [alias, { kind: StructureKind.Module, name, isExported: true, statements } satisfies ModuleDeclarationStructure];
}

/** The alias's type, and the declarations of its namespace, named clear of `avoid`. */
function choiceParts(op: OperationIR, members: readonly ParamsMember[], choice: SchemaIR, scope: TypeScope, avoid: ReadonlySet<string>): { type: string; statements: StatementStructures[] } {
  const owner = paramsTypeName(op);
  const taken = new Set(avoid);
  const statements: StatementStructures[] = [];
  const declared = (wanted: string, declare: (name: string) => StatementStructures[]): string => {
    const name = uniqueName(wanted, taken);
    statements.push(...declare(name));
    return `${owner}.${name}`;
  };
  const what = `\`${[...op.resourcePath, op.methodName].join('.')}\``;
  const parameters = members.length === 0 ? [] : [declared('Parameters', (name) => declareInterface(name, members.map(asProperty), undefined, [`The parameters of ${what}.`], scope, (p) => memberDoc(members.find((m) => m.name === p.name)!, true)))];
  const inline = (v: SchemaIR): v is Extract<SchemaIR, { kind: 'object' }> => v.kind === 'object' && v.properties.length > 0;
  const branches = choice.kind === 'union' ? choice.variants.map((v, i) => (inline(v) ? declared(`Variant${i}`, (name) => declareType(name, v, [v.description ?? `One set of the body's fields of ${what}.`], scope)) : wrapForUnion(renderType(v, scope)))) : [];
  const body = choice.kind === 'union' ? branches.join(' | ') : renderType(choice, scope);
  return { type: [...parameters, parameters.length > 0 ? wrapForIntersection(body) : body].join(' & '), statements };
}

/** A member as a property; a parameter's own `deprecated` and `example` go on its schema, where the docs read them. */
function asProperty(m: ParamsMember): PropertyIR {
  const example = m.example !== undefined ? { value: m.example } : m.schema.example;
  const schema: SchemaIR = { ...m.schema, ...(m.deprecated ? { deprecated: true } : {}), ...(example ? { example } : {}) };
  return { name: m.name, required: m.required, schema, origin: m.schema.origin };
}

export function responseDeclarations(op: OperationIR, scope: TypeScope): StatementStructures[] {
  const schema = successSchema(op);
  if (!schema) return [];
  if (op.unwrap) return declareType(responseTypeName(op), op.unwrap.schema, [op.unwrap.schema.description ?? `The \`${op.unwrap.field}\` of the response body of \`${[...op.resourcePath, op.methodName].join('.')}\`: what it resolves to.`], directed(scope, 'response'));
  if (responseBody(op) === 'raw') return [rawResponseAlias(op)];
  if (responseBody(op) === 'stream') return declareType(responseTypeName(op), schema, [eventDataDoc(op)], directed(scope, 'response'));
  if (textOnly(op) && !op.pagination && !isTextSchema(schema, (key) => scope.model(key)?.schema)) return [textResponseAlias(op, schema.kind === 'ref' ? scope.model(schema.model)?.name : undefined)];
  return [...declareType(responseTypeName(op), schema, [], directed(scope, 'response')), ...itemDeclarations(op, scope)];
}

/** A binary body or a stream is left unread in the `Response`: the caller reads it as a blob, bytes or a stream. */
function rawResponseAlias(op: OperationIR): StatementStructures {
  const media = successResponse(op)?.contentType ?? 'binary';
  const docs = jsDoc([`The raw \`Response\` of a \`${media}\` body, unread: \`await response.blob()\`, \`arrayBuffer()\`, or \`response.body\` as a stream.`]);
  return { kind: StructureKind.TypeAlias, name: responseTypeName(op), isExported: true, type: 'Response', docs };
}

/**
 * An XML (or CSV, YAML) body the spec describes as an object: the runtime returns its text, which the
 * type must say (the client parses JSON only, and has no dependency to parse the rest).
 */
function textResponseAlias(op: OperationIR, model: string | undefined): StatementStructures {
  const media = successResponse(op)!.contentType!;
  const described = model === undefined ? "the spec's schema describes what it holds" : `the spec describes what it holds as \`${model}\``;
  const docs = jsDoc([`The \`${media}\` body, as text: ${described}, and the client parses only JSON.`]);
  return { kind: StructureKind.TypeAlias, name: responseTypeName(op), isExported: true, type: 'string', docs };
}

function eventDataDoc(op: OperationIR): string {
  const item = responseStream(op) === 'json-lines' ? 'One line' : 'The data of one event';
  return `${item} of the stream \`${[...op.resourcePath, op.methodName].join('.')}\` gives: what \`for await\` gives.`;
}

/** A paginated operation's item type, named so callers can annotate what `for await` gives them. */
function itemDeclarations(op: OperationIR, scope: TypeScope): StatementStructures[] {
  if (!op.pagination) return [];
  const type = itemTypeOf(op, op.pagination, responseTypeName(op), scope);
  const docs = jsDoc([`One item of the list \`${[...op.resourcePath, op.methodName].join('.')}\` pages through: what \`for await\` gives.`]);
  return [{ kind: StructureKind.TypeAlias, name: itemTypeName(op), isExported: true, type, docs }];
}

/** `APIPromise<XResponse>`, or `PagePromise<XResponse, XItem>` for a paginated operation. */
export function methodReturnType(op: OperationIR): string {
  return op.pagination ? `PagePromise<${responseTypeOf(op)}, ${itemTypeName(op)}>` : `APIPromise<${responseTypeOf(op)}>`;
}

/**
 * The type a method's promise resolves to. An unwrapped field the body may lack may be `undefined`; a body
 * that may be absent, `null`.
 */
export function responseTypeOf(op: OperationIR): string {
  if (responseBody(op) === 'stream') return streamType(op);
  if (op.unwrap) return [responseTypeName(op), ...(op.unwrap.required ? [] : ['undefined']), ...(op.unwrap.nullable ? ['null'] : [])].join(' | ');
  return successResponse(op)?.schema ? responseTypeName(op) : 'void';
}

/** `Stream<Data>`, or `Stream<Data, 'created' | 'deleted'>` when the spec names every kind of event. */
export function streamType(op: OperationIR): string {
  const names = successResponse(op)?.eventNames;
  return `Stream<${eventDataType(op)}${names ? `, ${names.map(stringLiteral).join(' | ')}` : ''}>`;
}

/** What one item of a stream gives: typed by the spec's schema, else an event's text. */
export function eventDataType(op: OperationIR): string {
  return successResponse(op)?.schema ? responseTypeName(op) : 'string';
}

/** The runtime's `StreamFormat`: JSON lines, or events whose data is JSON, or text (a string schema, or none). */
export function streamFormat(op: OperationIR): 'json' | 'text' | 'json-lines' {
  if (responseStream(op) === 'json-lines') return 'json-lines';
  const schema = successResponse(op)?.schema;
  return schema === undefined || schema.kind === 'string' ? 'text' : 'json';
}

/** How the method takes `params`: not at all, optionally, or required. */
export function paramsArity(op: OperationIR, scope: TypeScope): 'none' | 'optional' | 'required' {
  const lookup = (key: string) => scope.model(key)?.schema;
  const members = paramsMembers(op, lookup);
  const choice = bodyChoice(op, lookup);
  if (members.length === 0 && !choice) return 'none';
  return members.some((m) => m.required) || (choice && !acceptsEmpty(choice, lookup)) ? 'required' : 'optional';
}

/**
 * Whether the method also takes its request options where `params` go (`list({ timeout: 5000 })`): when
 * every member of `params` is optional and none is named like a request option, so the runtime's
 * `isRequestOptions` cannot mistake one for the other. A method without parameters takes its options
 * there already, so the spec adding its first optional parameter changes no call that compiled before:
 * a minor release, not a major one.
 */
export function optionsInPlaceOfParams(op: OperationIR, scope: TypeScope): boolean {
  const lookup = (key: string) => scope.model(key)?.schema;
  // A chosen body's fields are not listed one by one: the runtime could not tell them from options.
  if (bodyChoice(op, lookup)) return false;
  const members = paramsMembers(op, lookup);
  return members.length > 0 && members.every((m) => !m.required && !Object.hasOwn(REQUEST_OPTION_KEYS, m.name));
}

