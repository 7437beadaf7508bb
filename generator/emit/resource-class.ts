/** A resource class: one method per operation, one property per child resource. */
import { parameterDescription } from '../ir/through-refs.js';
import { modelByKey } from '../ir/model-lookup.js';
import { StructureKind, type ClassDeclarationStructure, type MethodDeclarationStructure, type OptionalKind, type ParameterDeclarationStructure, type PropertyDeclarationStructure } from 'ts-morph';
import type { ApiIR, OperationIR, ResourceIR } from '../ir/types.js';
import { builderName, itemTypeName, paramsTypeName } from '../normalize/names.js';
import type { OperationPolicy } from '../runtime/request.js';
import { describeRetryPolicy } from '../runtime/retry-policy.js';
import { defaultMaxRetries } from './client-file.js';
import { credentialPolicy, credentialsNote, scopesNote } from './credential-options.js';
import type { ExampleText } from './example.js';
import { documentedErrors, errorLine } from './error-responses.js';
import { jsDoc, type DocTag } from './jsdoc.js';
import { sentences, valueNote } from './value-notes.js';
import { streamFormat, streamType, methodReturnType, optionsInPlaceOfParams, paramsArity, responseTypeOf } from './operation-types.js';
import { httpLine, positionalType } from './operation-path.js';
import { describeNextPage, paginationLiteral } from './pagination.js';
import { parsesTextAsJSON, responseBody } from './response-body.js';
import type { TypeScope } from './scope.js';
import { codeJSON } from './literals.js';

/** `example`: each method's example for its documentation. */
export function resourceClass(api: ApiIR, resource: ResourceIR, operations: readonly OperationIR[], children: readonly ResourceIR[], scope: TypeScope, example: ExampleText): ClassDeclarationStructure {
  scope.use('APIResource');
  children.forEach((c) => scope.use(c.className));
  return {
    kind: StructureKind.Class,
    name: resource.className,
    isExported: true,
    extends: 'APIResource',
    docs: jsDoc([`The \`${resource.path.join('.')}\` resource.`]),
    properties: children.map(childProperty),
    methods: operations.map((op) => method(api, op, scope, example(op))),
  };
}

function childProperty(child: ResourceIR): OptionalKind<PropertyDeclarationStructure> {
  const name = child.path[child.path.length - 1]!;
  return { name, type: child.className, initializer: `new ${child.className}(this._client)`, isReadonly: true };
}

/** Every method's last argument. */
const OPTIONS: OptionalKind<ParameterDeclarationStructure> = { name: 'options', type: 'RequestOptions', hasQuestionToken: true };

function method(api: ApiIR, op: OperationIR, scope: TypeScope, example: string): OptionalKind<MethodDeclarationStructure> {
  scope.use('RequestOptions');
  const arity = paramsArity(op, scope);
  const positional = op.parameters.filter((p) => p.positional);
  const parameters: OptionalKind<ParameterDeclarationStructure>[] = positional.map((p) => ({ name: p.argName, type: positionalType(p) }));
  const args = positional.map((p) => p.argName);
  if (optionsInPlaceOfParams(op, scope)) return overloadedMethod(api, op, parameters, scope, example);
  if (arity !== 'none') {
    parameters.push({ name: 'params', type: paramsTypeName(op), ...(arity === 'optional' ? { initializer: '{}' } : {}) });
    args.push('params');
  }
  const call = callOf(api, op, `${builderName(op)}(${args.join(', ')})`, scope);
  return { kind: StructureKind.Method, name: op.methodName, docs: methodDocs(api, op, example), parameters: [...parameters, OPTIONS], returnType: call.returnType, statements: [`return ${call.expression};`] };
}

/**
 * `(…, params?, options?)` and `(…, options?)` as two overloads, the first with the method's documentation;
 * the implementation passes options given in the place of `params` on as options.
 */
function overloadedMethod(api: ApiIR, op: OperationIR, positional: readonly OptionalKind<ParameterDeclarationStructure>[], scope: TypeScope, example: string): OptionalKind<MethodDeclarationStructure> {
  scope.use('isRequestOptions');
  const type = paramsTypeName(op);
  const names = positional.map((p) => p.name);
  const call = callOf(api, op, `${builderName(op)}(${[...names, `params as ${type}`].join(', ')})`, scope);
  const deprecated = op.deprecated ? [{ tagName: 'deprecated' }] : [];
  const withoutParams = jsDoc([`\`${op.methodName}(${[...names, 'options'].join(', ')})\`: the call without parameters, its request options in their place.`], deprecated);
  return {
    kind: StructureKind.Method,
    name: op.methodName,
    overloads: [
      { docs: methodDocs(api, op, example), parameters: [...positional, { name: 'params', type, hasQuestionToken: true }, OPTIONS], returnType: call.returnType },
      { docs: withoutParams, parameters: [...positional, OPTIONS], returnType: call.returnType },
    ],
    parameters: [...positional, { name: 'params', type: `${type} | RequestOptions`, initializer: '{}' }, OPTIONS],
    returnType: call.returnType,
    statements: [`if (isRequestOptions(params)) return this.${op.methodName}(${[...names, '{}', 'params'].join(', ')});`, `return ${call.expression};`],
  };
}

/** `@param appId The app identifier tag.`: a positional argument has no type of its own to say it. */
function positionalTags(api: ApiIR, op: OperationIR): DocTag[] {
  return op.parameters.flatMap((p) => {
    const lookup = (key: string) => modelByKey(api, key)?.schema;
    const text = sentences(parameterDescription(p, lookup), valueNote(p.schema, lookup));
    return p.positional && text !== '' ? [{ tagName: 'param', text: `${p.argName} ${text}` }] : [];
  });
}

/** The retry rule of an operation, as its method passes it and its documentation describes it. */
export function operationPolicy(api: ApiIR, op: OperationIR): OperationPolicy {
  const credentials = credentialPolicy(api, op);
  return { idempotent: op.idempotent, ...(op.idempotencyHeader ? { idempotencyHeader: op.idempotencyHeader } : {}), ...(credentials ? { credentials } : {}) };
}

/**
 * A list operation's method pages through its results (`paginate`); any other sends one request, with an
 * idempotency key made for the call when the operation declares one.
 */
function callOf(api: ApiIR, op: OperationIR, built: string, scope: TypeScope): { returnType: string; expression: string } {
  const returnType = methodReturnType(op);
  const read = readerOf(op, scope);
  const jsonText = parsesTextAsJSON(op, (key) => scope.model(key)?.schema);
  const rule = { ...operationPolicy(api, op), ...(jsonText ? { jsonText } : {}), ...(op.unwrap ? { unwrap: op.unwrap.field } : {}) };
  const { idempotencyHeader } = rule;
  // The policy's data as JSON (strings from the spec quoted), then the reader, which is code.
  const fields = Object.entries(rule).map(([name, value]) => `${name}: ${codeJSON(value)}`);
  const policy = `{ ${[...fields, ...(read ? [`read: ${read}`] : [])].join(', ')} }`;
  if (!op.pagination) {
    scope.use('APIPromise');
    if (idempotencyHeader) scope.use('withIdempotencyKey');
    const request = idempotencyHeader ? `withIdempotencyKey(${built}, ${codeJSON(idempotencyHeader)})` : built;
    return { returnType, expression: `this._client.request<${responseTypeOf(op)}>(${request}, options, ${policy})` };
  }
  scope.use('PagePromise');
  scope.use('paginate');
  return { returnType, expression: `paginate<${responseTypeOf(op)}, ${itemTypeName(op)}>(this._client, ${built}, options, ${policy}, ${paginationLiteral(op.pagination)})` };
}

/** How the method reads its success body when the runtime's JSON-or-text will not do. */
function readerOf(op: OperationIR, scope: TypeScope): string | undefined {
  const body = responseBody(op);
  if (body === 'raw') return '(response) => response';
  if (body !== 'stream') return undefined;
  scope.use('Stream');
  return `(response) => new ${streamType(op)}(response, '${streamFormat(op)}')`;
}

function methodDocs(api: ApiIR, op: OperationIR, example: string): ReturnType<typeof jsDoc> {
  const tags: DocTag[] = positionalTags(api, op);
  if (op.deprecated) tags.push({ tagName: 'deprecated' });
  for (const error of documentedErrors(api, op)) tags.push({ tagName: 'throws', text: `{${error.className}} ${errorLine(error.status, error, (text) => `\`${text}\``)}` });
  tags.push({ tagName: 'example', text: ['', '```ts', example, '```'].join('\n') });
  const summary = op.description && op.summary && op.description !== op.summary ? op.summary : undefined;
  const pages = op.pagination && `Pages: awaiting the call gives the first page; \`for await\` goes through the items of every page, and \`.pages()\` through the pages. ${describeNextPage(op.pagination)}.`;
  const unwrapped = op.unwrap && `Resolves to the \`${op.unwrap.field}\` of the response body; \`.asResponse()\` gives the whole response.`;
  return jsDoc([summary, op.description ?? op.summary, `\`${httpLine(op)}\``, unwrapped, describeRetryPolicy(operationPolicy(api, op), defaultMaxRetries(api)), scopesNote(api, op, (text) => `\`${text}\``), credentialsNote(api, op), pages], tags);
}

