/**
 * One pure request builder per operation: arguments in, `{ method, path, query, headers, body }` out
 * (cookie parameters go in the `Cookie` header).
 * Exported, so users can test, sign or send requests their own way.
 */
import { StructureKind, type FunctionDeclarationStructure, type OptionalKind, type ParameterDeclarationStructure } from 'ts-morph';
import { mayBeObject } from '../ir/may-be-object.js';
import type { OperationIR } from '../ir/types.js';
import { templateURL } from '../ir/server-template.js';
import { builderName, paramsTypeName } from '../normalize/names.js';
import { uniqueName } from '../normalize/unique.js';
import { isIdentifier, toIdentifier } from '../util/names.js';
import { withoutFragment } from '../util/path-template.js';
import { jsDoc } from './jsdoc.js';
import { propertyKey, readsInherited, stringLiteral, valueKey } from './literals.js';
import { bodyEncoder } from './body-encoding.js';
import { acceptHeader } from './response-body.js';
import { bodyChoice, defaultsToEmptyObject, flatBodyWithoutClash, wholeBodyMember } from './operation-shape.js';
import { httpLine, positionalType } from './operation-path.js';
import { paramsArity } from './operation-types.js';
import type { TypeScope } from './scope.js';

export function requestBuilder(op: OperationIR, scope: TypeScope): FunctionDeclarationStructure {
  scope.use('BuiltRequest');
  const arity = paramsArity(op, scope);
  const parameters: OptionalKind<ParameterDeclarationStructure>[] = op.parameters.filter((p) => p.positional).map((p) => ({ name: p.argName, type: positionalType(p) }));
  if (arity !== 'none') parameters.push({ name: 'params', type: paramsTypeName(op), ...(arity === 'optional' ? { initializer: '{}' } : {}) });
  return {
    kind: StructureKind.Function,
    name: builderName(op),
    isExported: true,
    docs: jsDoc([`Builds the HTTP request of \`${op.resourcePath.join('.')}.${op.methodName}\` (${httpLine(op)}) without sending it.`]),
    parameters,
    returnType: 'BuiltRequest',
    statements: builderBody(op, scope, arity),
  };
}

function builderBody(op: OperationIR, scope: TypeScope, arity: string): string[] {
  const taken = new Set(['params', 'body', ...op.parameters.filter((p) => p.positional).map((p) => p.argName)]);
  // Keyed by the member of `params` (`argName`); the wire takes the parameter's own name.
  const locals = new Map(op.parameters.filter((p) => !p.positional).map((p) => [p.argName, uniqueName(isIdentifier(p.argName) ? p.argName : toIdentifier(p.argName, 'param'), taken)]));
  const paramNames = new Set(locals.keys());
  const lookup = (key: string) => scope.model(key)?.schema;
  // The body is the rest of `params` when its fields sit there: one by one, or as one of several sets.
  const spread = op.requestBody !== undefined && (flatBodyWithoutClash(op, lookup, paramNames) !== undefined || bodyChoice(op, lookup) !== undefined);
  const picks = [...locals].map(([name, local]) => (name === local && isIdentifier(name) ? name : `${propertyKey(name)}: ${local}`));
  const statements: string[] = [];
  // Members `params` does not declare (a parameter newer than the spec, passed with `@ts-expect-error`)
  // are sent, as the official SDK sends them: in a body spread into `params`, else in the query string.
  const undeclared = arity !== 'none' && !spread ? uniqueName('undeclared', taken) : undefined;
  if (arity !== 'none') {
    const whole = wholeBodyMember(op);
    const body = op.requestBody ? (spread ? ['...body'] : [whole === 'body' ? 'body' : `${whole}: body`]) : [];
    const rest = undeclared ? [...body, `...${undeclared}`] : body;
    statements.push(`const { ${[...picks, ...rest].join(', ')} } = params;`);
  }
  const valueOf = (p: OperationIR['parameters'][number]): string => {
    const given = p.positional ? p.argName : ownMember(p.argName, locals.get(p.argName)!);
    const local = p.constant === undefined ? given : `(${given} ?? ${stringLiteral(p.constant)})`;
    if (p.json && !p.positional) return `${local} === undefined ? undefined : JSON.stringify(${local})`;
    if (p.in === 'header' && p.listDelimiter !== undefined) return delimitedHeader(local, p.listDelimiter);
    if (p.in === 'header' && mayBeObject(p.schema, (key) => scope.model(key)?.schema)) return simpleObjectHeader(local, p.explode === true);
    // Headers carry text: a number or boolean header parameter is sent as its string form.
    return p.in === 'header' && p.schema.kind !== 'string' ? `${local} === undefined ? undefined : String(${local})` : local;
  };
  const entries = (where: string): string[] => op.parameters.filter((p) => p.in === where).map((p) => entry(where === 'path' ? templateName(p)! : p.name, valueOf(p)));
  const record = (where: string): string => `{ ${entries(where).join(', ')} }`;
  const queryParts = op.parameters.filter((p) => p.in === 'query').map((p) => (p.json ? { text: entry(p.name, valueOf(p)), keys: undefined } : queryEntry(p, valueOf(p), scope)));
  // Cookie parameters travel in one `Cookie` header, after the header parameters.
  const cookies = entries('cookie');
  if (cookies.length > 0) scope.use('encodeCookies');
  const accept = acceptHeader(op);
  const headers = `{ ${[...(accept ? [`Accept: ${stringLiteral(accept)}`] : []), ...entries('header'), ...(cookies.length > 0 ? [`Cookie: encodeCookies({ ${cookies.join(', ')} })`] : [])].join(', ')} }`;
  statements.push(`return {
    method: ${stringLiteral(op.method)},${serverEntries(op)}
    path: ${pathCall(op, record('path'), scope)},
    query: ${queryRecord(queryParts, undeclared, scope)},
    headers: ${headers},
    ${bodyEntry(op, arity, spread, scope)},
  };`);
  return statements;
}

/**
 * The operation's own server, when it has one: its URL with the variables' defaults, and, when it has
 * variables, its template and those defaults, which the client's `serverVariables` option may change.
 */
function serverEntries(op: OperationIR): string {
  if (op.serverURL === undefined) return '';
  const server = `\n    server: ${stringLiteral(op.serverURL)},`;
  const template = op.serverTemplate;
  if (!template) return server;
  const url = templateURL(template);
  const defaults = template.variables.map((v) => `${valueKey(v.name)}: ${stringLiteral(v.default)}`).join(', ');
  return `${server}\n    serverTemplate: { url: ${stringLiteral(url)}, defaults: { ${defaults} } },`;
}

/**
 * The path filled in: `encodePath(template, values)`, or, when a parameter has the `label` or `matrix`
 * style, `encodeStyledPath(template, values, styles)`, which writes its prefix (`.`, `;name=`); a list
 * joined by another delimiter than the comma (Swagger 2's `pipes`) goes there too, as a `simple` style.
 */
function pathCall(op: OperationIR, values: string, scope: TypeScope): string {
  const template = withoutFragment(op.path).replace(/\{([^}]+)\}/g, (_, name: string) => `{${templateName(op.parameters.find((p) => p.in === 'path' && p.name === name)) ?? name}}`);
  const styled = op.parameters.filter((p) => p.in === 'path' && (p.pathStyle || p.listDelimiter));
  if (styled.length === 0) {
    scope.use('encodePath');
    return `encodePath(${stringLiteral(template)}, ${values})`;
  }
  scope.use('encodeStyledPath');
  const style = (p: OperationIR['parameters'][number]): string =>
    p.pathStyle
      ? `style: ${stringLiteral(p.pathStyle.style)}, explode: ${p.pathStyle.explode}, name: ${stringLiteral(p.name)}`
      : `style: 'simple', explode: false, name: ${stringLiteral(p.name)}, delimiter: ${stringLiteral(p.listDelimiter!)}`;
  const styles = styled.map((p) => `${propertyKey(templateName(p)!)}: { ${style(p)} }`);
  return `encodeStyledPath(${stringLiteral(template)}, ${values}, { ${styles.join(', ')} })`;
}

/**
 * A member of `params` read by destructuring: one named like an inherited member (`valueOf`) reads the
 * inherited function when the caller left it out, and would be sent as its source text.
 */
function ownMember(name: string, local: string): string {
  return readsInherited(name) ? `(Object.hasOwn(params, ${stringLiteral(name)}) ? ${local} : undefined)` : local;
}

/**
 * A header list joined by its delimiter (Swagger 2's `ssv`, `pipes`, `tsv`: `a b`, `a|b`), where the
 * default `simple` style joins with commas; anything else goes as its string form.
 */
function delimitedHeader(local: string, delimiter: string): string {
  return `${local} === undefined ? undefined : Array.isArray(${local}) ? ${local}.join(${stringLiteral(delimiter)}) : String(${local})`;
}

/**
 * A header parameter that may be an object, in the `simple` style headers have (§4.8.12.4): its keys and
 * values joined by commas (`R,100,G,200`), or, exploded, as `key=value` pairs (`R=100,G=200`). Anything
 * else goes as its string form, as other header parameters do.
 */
function simpleObjectHeader(local: string, explode: boolean): string {
  const pair = explode ? "`${key}=${String(value)}`" : '`${key},${String(value)}`';
  return `${local} === undefined ? undefined : typeof ${local} === 'object' && ${local} !== null && !Array.isArray(${local}) ? Object.entries(${local}).map(([key, value]) => ${pair}).join(',') : String(${local})`;
}

/**
 * The body: destructured from `params`, `{}` in its place when the caller left out a required body of
 * any value (`defaultsToEmptyObject`; a `null` given is sent); or, when `params` has no member at all (a
 * body whose object schema declares no properties), an empty object if the body is required. A body that
 * is not JSON is encoded here and carries its media type.
 */
function bodyEntry(op: OperationIR, arity: string, flat: boolean, scope: TypeScope): string {
  if (!op.requestBody) return 'body: undefined';
  const value = arity === 'none' ? (op.requestBody.required ? '{}' : 'undefined') : defaultsToEmptyObject(op, (key) => scope.model(key)?.schema) ? '(body === undefined ? {} : body)' : 'body';
  const encoder = bodyEncoder(op);
  if (!encoder) return entry('body', value);
  if (encoder.encode && encoder.encode !== 'JSON.stringify') scope.use(encoder.encode);
  // A flattened body is the rest of `params`, always an object; a whole one may be left out when optional.
  const maybeAbsent = value === 'body' && !flat && !op.requestBody.required;
  const extra = encoder.encode === 'encodeForm' ? formArguments(op.requestBody) : encoder.encode === 'encodeMultipart' ? multipartArguments(op.requestBody) : '';
  return `${entry('body', encodedBody(value, encoder.encode, maybeAbsent, extra))}, contentType: ${stringLiteral(encoder.contentType)}`;
}

/** `encodeForm`'s arguments after the fields: the `deepObject` fields, then the delimited ones, when there are any. */
function formArguments(body: NonNullable<OperationIR['requestBody']>): string {
  const deepList = `[${(body.deepObjectFields ?? []).map(stringLiteral).join(', ')}]`;
  if (body.delimitedFields) return `, ${deepList}${delimitedArgument(body)}`;
  return body.deepObjectFields ? `, ${deepList}` : '';
}

/**
 * `encodeMultipart`'s arguments after the fields: the delimited ones, the schema's order of the parts and
 * the Encoding Object's content types, each written when it or one after it has something.
 */
function multipartArguments(body: NonNullable<OperationIR['requestBody']>): string {
  const args = [body.delimitedFields ? record(body.delimitedFields) : '{}', body.partOrder ? `[${body.partOrder.map(stringLiteral).join(', ')}]` : '[]', body.partTypes ? record(body.partTypes) : ''];
  while (args.length > 0 && ['{}', '[]', ''].includes(args.at(-1)!)) args.pop();
  return args.map((arg) => `, ${arg}`).join('');
}

/** `{ name: 'text' }`, keys quoted where they must be. */
function record(values: Readonly<Record<string, string>>): string {
  return `{ ${Object.entries(values).map(([name, value]) => `${valueKey(name)}: ${stringLiteral(value)}`).join(', ')} }`;
}

/** The delimited fields as an argument after the others (`, { ids: ',' }`), when there are any. */
function delimitedArgument({ delimitedFields: delimited }: NonNullable<OperationIR['requestBody']>): string {
  return delimited ? `, ${record(delimited)}` : '';
}

/** `encode(value)` (with `extra` arguments), guarded when the value may be `undefined`; the value as is when there is no encoder. */
function encodedBody(value: string, encode: string | undefined, maybeAbsent: boolean, extra: string): string {
  if (encode === undefined || value === 'undefined') return value;
  const call = `${encode}(${value}${extra})`;
  return maybeAbsent ? `${value} === undefined ? undefined : ${call}` : call;
}

/**
 * A query parameter's part of the query record: a member (`text` is `name: value`), or the keys an object
 * sends (`text` is an expression for them, spread in), named by how it makes them.
 */
interface QueryPart {
  readonly text: string;
  readonly keys: 'exploded' | 'deepObject' | undefined;
}

/**
 * A query parameter's part, as its style says. A list of the default style (`form`, exploded) goes as
 * is: the runtime repeats the key. An object of that style has its properties spread in by the runtime's
 * `explodedQuery`; `deepObject` keys by its `deepObjectQuery`. A delimited list or object goes through its
 * `delimitedQuery` (items encoded, the delimiter not).
 */
function queryEntry(p: OperationIR['parameters'][number], local: string, scope: TypeScope): QueryPart {
  const style = p.querySerialization;
  // `allowReserved`: the values keep reserved characters; keys are encoded as usual.
  const reserved = (value: string): string => {
    if (!p.allowReserved) return value;
    scope.use('reservedQuery');
    return `reservedQuery(${value})`;
  };
  if (style === undefined && !mayBeObject(p.schema, (key) => scope.model(key)?.schema)) return { text: p.allowReserved ? `${valueKey(p.name)}: ${reserved(local)}` : entry(p.name, local), keys: undefined };
  if (style === undefined) {
    scope.use('explodedQuery');
    return { text: reserved(`explodedQuery(${stringLiteral(p.name)}, ${local})`), keys: 'exploded' };
  }
  if (style === 'deepObject') {
    scope.use('deepObjectQuery');
    return { text: reserved(`deepObjectQuery(${stringLiteral(p.name)}, ${local})`), keys: 'deepObject' };
  }
  scope.use('delimitedQuery');
  return { text: `${valueKey(p.name)}: delimitedQuery(${local}, ${stringLiteral(style.delimiter)}${p.allowReserved ? ', true' : ''})`, keys: undefined };
}

/**
 * The query record: members the caller passed without the spec declaring them first (`undeclared`), then
 * each parameter's part in order. An exploded object sends its properties as keys, which may be keys
 * another parameter sends too (sinao.app's `columns` and `discount` both hold `amount`); spread into one
 * record, the last would replace the others, where RFC 6570 sends each. So beside anything else, the
 * parts go through the runtime's `mergeQuery`, which repeats such a key with every value.
 */
function queryRecord(parts: readonly QueryPart[], undeclared: string | undefined, scope: TypeScope): string {
  const first = undeclared ? [`...${undeclared}`] : [];
  if (parts.length < 2 || !parts.some((part) => part.keys === 'exploded')) return `{ ${[...first, ...parts.map((part) => (part.keys ? `...${part.text}` : part.text))].join(', ')} }`;
  scope.use('mergeQuery');
  const args: string[] = [];
  let members: string[] = [];
  const flush = (): void => {
    if (members.length > 0) args.push(`{ ${members.join(', ')} }`);
    members = [];
  };
  for (const part of parts) {
    if (part.keys) {
      flush();
      args.push(part.text);
    } else members.push(part.text);
  }
  flush();
  const merged = `mergeQuery(${args.join(', ')})`;
  return undeclared ? `{ ...${undeclared}, ...${merged} }` : merged;
}

/** `key: value`, or the shorthand `key` when the local has the key's name. */
function entry(key: string, local: string): string {
  return key === local && isIdentifier(key) ? key : `${valueKey(key)}: ${local}`;
}

/** In the path template, a positional parameter goes by its argument name: errors then name what the user passed. */
function templateName(p: OperationIR['parameters'][number] | undefined): string | undefined {
  return p === undefined ? undefined : p.positional ? p.argName : p.name;
}
