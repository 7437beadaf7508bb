/** Operation Object (OpenAPI 3.1 §4.8.10) → `OperationIR`, with the SDK shape from `x-sdk-*` extensions. */
import type { HttpMethod, OperationIR, ParameterIR, RequestBodyIR, ResponseIR } from '../ir/types.js';
import { placeholdersOf, splitPathTemplate, templateNames } from '../util/path-template.js';
import { operationServer } from './operation-server.js';
import { queryFromPathTemplate } from './path-query.js';
import { camelCase } from '../util/names.js';
import { asObject, asString, asText, deref, joinAt, locationOf, report, type At, type ParseContext } from './context.js';
import { entryDocument } from '../load/load-spec.js';
import { encodingHeeded } from './form-encoding.js';
import { parseMsPageable, parsePagination } from './pagination.js';
import { firstExample, parseParameters, querySerialization } from './parameters.js';
import { bodyMedia, schemaAsResponse } from './body-media.js';
import { bodySchema, eventNames, requestBodySchema } from './body-schema.js';
import { parseCallbacks } from './webhooks.js';
import { namesResponse } from '../util/response-key.js';
import { isByteString } from '../util/byte-string.js';
import { onlyEchoesMethodAndPath } from './path-echo.js';

/** Safe or idempotent by RFC 9110 (and QUERY by its draft): retried after any failure. */
const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE', 'QUERY']);

export interface OperationSite {
  readonly path: string;
  readonly method: string;
  readonly pathItemAt: At;
  readonly pathItem: Record<string, unknown>;
  readonly at: At;
  readonly op: Record<string, unknown>;
}

export function parseOperation(ctx: ParseContext, site: OperationSite, tagResources: ReadonlyMap<string, string | null>, defaultPositional: (name: string) => boolean, naming: ConventionalNaming): OperationIR {
  const { op, at } = site;
  const method = site.method as HttpMethod;
  const declaredId = asString(op['operationId']);
  const operationId = declaredId ?? camelCase(`${site.method.toLowerCase()} ${site.path}`);
  // A query string in the path template is refused unless lenient (`path-query-string`); here it is read.
  const read = queryFromPathTemplate(locationOf(ctx, at), site.path, parseParameters(ctx, site.pathItemAt, site.pathItem, at, op, defaultPositional));
  const { path } = read;
  const declared = withUndeclaredPathParameters(locationOf(ctx, at), path, placedInTemplate(path, read.parameters), defaultPositional);
  const resourcePath = resourcePathOf(ctx, at, op, splitPathTemplate(path)[0], tagResources);
  const pagination = parsePagination(ctx, joinAt(at, 'x-sdk-pagination'), op['x-sdk-pagination'], declared) ?? parseMsPageable(ctx, joinAt(at, 'x-ms-pageable'), op['x-ms-pageable']);
  const idempotencyHeader = pagination ? undefined : declared.find(isIdempotencyKey)?.name.toLowerCase();
  const parameters = (idempotencyHeader ? declared.map((p) => (isIdempotencyKey(p) ? madeByClient(p) : p)) : declared).map(withConstant);
  const server = operationServer(ctx, site);
  return {
    operationId,
    method,
    path,
    serverURL: server?.url,
    serverTemplate: server?.template,
    summary: asText(op['summary']),
    description: asText(op['description']),
    deprecated: op['deprecated'] === true,
    resourcePath,
    methodName: asString(op['x-sdk-method']) ?? defaultMethodName(nameable(operationId) ? operationId : `${site.method.toLowerCase()} ${site.path}`, resourcePath),
    ...(naming.byConvention && op['x-sdk-method'] === undefined && namesNothing(declaredId, site, naming.echoes) ? { nameByConvention: true } : {}),
    typePrefix: '',
    parameters,
    requestBody: sendableBody(ctx, at, method, op['requestBody']),
    responses: parseResponses(ctx, joinAt(at, 'responses'), op['responses']),
    idempotent: IDEMPOTENT.has(method) || op['x-sdk-idempotent'] === true,
    idempotencyHeader,
    security: parseSecurityRequirement(op['security']),
    scopes: parseSecurityScopes(op['security']),
    pagination,
    ...(op['x-sdk-unwrap'] === false ? { keepsBody: true } : {}),
    callbacks: op['callbacks'] === undefined ? undefined : nonEmpty(parseCallbacks(ctx, joinAt(at, 'callbacks'), op['callbacks'])),
    origin: locationOf(ctx, at),
  };
}

/** A header parameter that carries an idempotency key, by the names APIs give it. */
function isIdempotencyKey(p: ParameterIR): boolean {
  return p.in === 'header' && /^(x-)?idempotency-key$/i.test(p.name);
}

/** The key parameter as the client fills it: optional, however the spec declares it. */
function madeByClient(p: ParameterIR): ParameterIR {
  const made = 'The client makes one (a random UUID) when none is given, the same on every attempt of the call, so that a retry cannot repeat the work.';
  return { ...p, required: false, description: p.description ? `${p.description}\n\n${made}` : made };
}

/**
 * A required query or header parameter that allows one string (`Action: {enum: [GetUser]}`, as AWS's
 * query APIs have two on every operation; an `api-version`): the client sends that value itself, and
 * the caller may leave the parameter out.
 */
function withConstant(p: ParameterIR): ParameterIR {
  const { schema } = p;
  if (!p.required || (p.in !== 'query' && p.in !== 'header') || schema.kind !== 'enum' || schema.open || schema.nullable || schema.values.length !== 1 || typeof schema.values[0] !== 'string') return p;
  const constant = schema.values[0];
  const sent = `The client sends ${JSON.stringify(constant)}, the only value it takes, when none is given.`;
  return { ...p, required: false, constant, description: p.description ? `${p.description}\n\n${sent}` : sent };
}

function nonEmpty<T>(list: readonly T[]): readonly T[] | undefined {
  return list.length > 0 ? list : undefined;
}

/**
 * Path parameters as the template places them. One it has no `{name}` for (refused unless lenient,
 * `path-param-unused`) fills the undeclared `{name}` it differs from only in case (`ID` for `{id}`), and
 * is otherwise left out: the method would take an argument it never sends.
 */
function placedInTemplate(path: string, parameters: readonly ParameterIR[]): ParameterIR[] {
  const placed = placeholdersOf(path, parameters.filter((p) => p.in === 'path').map((p) => p.name));
  return parameters.flatMap((p) => {
    if (p.in !== 'path') return [p];
    const name = placed.get(p.name);
    return name === undefined ? [] : [{ ...p, name }];
  });
}

/**
 * A `{name}` of the path template that no parameter declares (refused unless lenient,
 * `path-param-undeclared`) is read as a required string, so that the method still fills it in.
 */
function withUndeclaredPathParameters(origin: ParameterIR['origin'], path: string, parameters: ParameterIR[], defaultPositional: (name: string) => boolean): ParameterIR[] {
  const declared = new Set(parameters.filter((p) => p.in === 'path').map((p) => p.name));
  const missing = [...new Set(templateNames(path))].filter((name) => !declared.has(name));
  const implicit = missing.map((name): ParameterIR => ({
    name,
    in: 'path',
    required: true,
    schema: { kind: 'string', origin },
    description: 'In the path template, declared by no parameter: read as a string.',
    positional: defaultPositional(name),
    argName: name,
    origin,
  }));
  return [...parameters, ...implicit];
}

/**
 * `fetch` refuses a body on GET and HEAD (it throws), so such a request body is left out, with a located
 * warning unless it could hold nothing anyway (Stripe declares an empty form on every GET).
 */
function sendableBody(ctx: ParseContext, at: At, method: HttpMethod, requestBody: unknown): ReturnType<typeof parseRequestBody> {
  if (requestBody === undefined || (method !== 'GET' && method !== 'HEAD')) return parseRequestBody(ctx, joinAt(at, 'requestBody'), requestBody);
  if (!holdsNothing(ctx, joinAt(at, 'requestBody'), requestBody)) {
    report(ctx, joinAt(at, 'requestBody'), 'body-not-sendable', `fetch cannot send a request body with ${method}; this one is left out of the client`, 'warning');
  }
  return undefined;
}

/** An optional request body whose every media type is an object that admits no property: nothing is lost by leaving it out. */
function holdsNothing(ctx: ParseContext, at: At, requestBody: unknown): boolean {
  const body = asObject(deref(ctx, at, requestBody).value);
  if (body?.['required'] === true) return false;
  return Object.values(asObject(body?.['content']) ?? {}).every((media) => {
    const schema = asObject(asObject(media)?.['schema']);
    const properties = asObject(schema?.['properties']) ?? {};
    const noneAllowed = schema?.['additionalProperties'] === false || schema?.['maxProperties'] === 0;
    return schema !== undefined && schema['$ref'] === undefined && schema['type'] === 'object' && Object.keys(properties).length === 0 && noneAllowed && schema['patternProperties'] === undefined;
  });
}

/**
 * The camelCased operationId, without the resource's name when it starts with it: operationIds are
 * often prefixed by their tag (`devices-list-devices` on `devices` → `listDevices`), by its plural
 * (Azure's `BlockchainMembers_Get` on `BlockchainMember` → `get`), or by its singular (Cloudflare's
 * `account-resource-group-create` on `Account Resource Groups` → `create`).
 */
export function defaultMethodName(operationId: string, resourcePath: readonly string[]): string {
  const name = camelCase(operationId);
  const resource = camelCase(resourcePath[resourcePath.length - 1] ?? '');
  if (resource === '') return name;
  // The tag, then one of its things: `health-checks-health-check-details` under `Health Checks` → `details`.
  const rest = withoutPrefix(withoutPrefix(name, [`${resource}es`, `${resource}s`, resource, ...singularOf(resource)]), singularOf(resource));
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/**
 * The name without the first of the prefixes it starts with, where a word follows. Compared without case:
 * a tag `Magic GRE tunnels` (`magicGRETunnels`) names what the operationId
 * `magic-gre-tunnels-create-gre-tunnels` (`magicGreTunnelsCreateGreTunnels`) repeats.
 */
function withoutPrefix(name: string, prefixes: readonly string[]): string {
  const prefix = prefixes.find((p) => name.slice(0, p.length).toLowerCase() === p.toLowerCase() && /^[A-Z]/.test(name.slice(p.length)));
  return prefix === undefined ? name : name.slice(prefix.length);
}

/**
 * `accessPolicy` for `accessPolicies`, `resourceGroup` for `resourceGroups`; none for a name that is not
 * such a plural (`address`, `status`), nor for one word, whose singular often begins another (GitHub's
 * `pulls` and `pull-request-stacks-create`).
 */
function singularOf(name: string): string[] {
  if (!/[a-z\d][A-Z]/.test(name)) return [];
  if (/ies$/i.test(name)) return [`${name.slice(0, -3)}y`];
  return /[^su]s$/i.test(name) ? [name.slice(0, -1)] : [];
}

/**
 * `x-sdk-resource` on the operation, else on its first tag, else the tag's name; an untagged operation goes
 * by its path (`/pets/{id}` → `pets`, as a hand-written client would group it), else `default`. A tag that
 * does not group (3.2's `kind: badge` or `audience`; `null` in `tagResources`) is passed over.
 */
function resourcePathOf(ctx: ParseContext, at: At, op: Record<string, unknown>, path: string, tagResources: ReadonlyMap<string, string | null>): string[] {
  const tags = Array.isArray(op['tags']) ? op['tags'].filter((t): t is string => typeof t === 'string') : [];
  const tag = tags.find((t) => tagResources.get(t) !== null);
  const declared = asString(op['x-sdk-resource']) ?? (tag !== undefined ? tagResources.get(tag) ?? camelCase(tag) : resourceOfPath(path));
  const segments = declared.split('.').filter((s) => s.length > 0);
  if (segments.length > 0) return segments;
  // A name of no letter or digit (a tag in another script, `!!!`) would leave the operation out of the client.
  const byPath = resourceOfPath(path);
  const named = asString(op['x-sdk-resource']) === undefined ? `its tag ${JSON.stringify(tag)}` : 'its x-sdk-resource';
  report(ctx, at, 'resource-name-empty', `${named} gives no letter or digit a TypeScript name can use: the operation goes in \`${byPath}\`, after its path; set x-sdk-resource to name its resource`, 'warning');
  return [byPath];
}

/**
 * Which operations are named by REST convention: none under `x-sdk.methodNames: operationId`, else those
 * without a name, and with `echoes` those whose operationId a tool made from their method and path.
 */
export interface ConventionalNaming {
  readonly byConvention: boolean;
  readonly echoes: boolean;
}

/** An operationId that is absent, gives no identifier, or (where a tool made the spec's) only repeats the method and path. */
function namesNothing(operationId: string | undefined, site: OperationSite, echoes: boolean): boolean {
  return operationId === undefined || !nameable(operationId) || (echoes && onlyEchoesMethodAndPath(operationId, site.method, site.path));
}

/** Whether a name has a letter or digit an identifier can keep (`获取用户` has none). */
function nameable(name: string): boolean {
  return camelCase(name) !== '';
}

/** The first segment of a path that names something: a word, not a `{parameter}`, `api` or a version (`v2`, `2.0`). */
function resourceOfPath(path: string): string {
  const named = path.split('/').find((segment) => /^[A-Za-z]/.test(segment) && !segment.includes('{') && !/^(api|v\d+(\.\d+)*)$/i.test(segment));
  return (named && camelCase(named)) || 'default';
}

export function parseSecurityRequirement(value: unknown): string[][] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.map((alt) => Object.keys(asObject(alt) ?? {}).sort());
}

/** The scopes a security requirement asks for, by scheme, over all its alternatives; none when it names none. */
export function parseSecurityScopes(value: unknown): Record<string, string[]> | undefined {
  if (!Array.isArray(value)) return undefined;
  const scopes: Record<string, string[]> = {};
  for (const [scheme, names] of value.flatMap((alt) => Object.entries(asObject(alt) ?? {}))) {
    const listed = Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string' && name !== '') : [];
    if (listed.length > 0) scopes[scheme] = [...new Set([...(scopes[scheme] ?? []), ...listed])];
  }
  return scopes;
}

function parseRequestBody(ctx: ParseContext, at: At, value: unknown): RequestBodyIR | undefined {
  if (value === undefined) return undefined;
  const { at: here, value: resolved } = deref(ctx, at, value);
  const raw = asObject(resolved);
  // A ref to nothing (kept by --lenient) has been reported where it is.
  if (!raw) return undefined;
  const body = bodyMedia(ctx, here, raw, 'request body');
  if (!body) return withoutContent(ctx, here, raw);
  return {
    contentType: body.type,
    required: raw['required'] === true,
    schema: requestBodySchema(ctx, body.at, body.type, body.media),
    deepObjectFields: deepObjectFields(body.type, body.media),
    delimitedFields: delimitedFields(entryDocument(ctx.spec), body.type, body.media),
    ...multipartLayout(ctx, body.at, body.type, body.media),
    description: asString(raw['description']),
    origin: locationOf(ctx, here),
  };
}

/**
 * A Request Body Object must have `content` (§4.8.13): one without any (`requestBody: {required: true}`)
 * names no media type, so nothing says what to send; with --lenient, the method sends no body.
 */
function withoutContent(ctx: ParseContext, at: At, raw: Record<string, unknown>): undefined {
  // `schema` beside no `content` (2.0's form) has been read as a body already.
  if (raw['content'] === undefined) {
    report(ctx, at, 'request-body-content-missing', 'the request body has no `content` (`content: {application/json: {schema: …}}`), so it names no media type and no schema; with --lenient, the method sends no body');
  }
  return undefined;
}

/**
 * A multipart form's part order, the fields as its schema declares them (through `$ref`s and `allOf`'s
 * parts), when it has two or more; and the content types its Encoding Object gives fields (§4.8.15), the
 * first concrete one of a list (`image/png, image/jpeg`; `image/*` names no type to send).
 */
function multipartLayout(ctx: ParseContext, at: At, contentType: string, media: Record<string, unknown>): Pick<RequestBodyIR, 'partOrder' | 'partTypes'> {
  if (!/^multipart\/form-data\b/i.test(contentType)) return {};
  const order = [...new Set(declaredProperties(ctx, joinAt(at, 'schema'), media['schema'], 0))];
  const types = Object.entries(asObject(media['encoding']) ?? {}).flatMap(([name, e]) => {
    const type = asString(asObject(e)?.['contentType'])?.split(',').map((t) => t.trim()).find((t) => t !== '' && !t.includes('*'));
    return type ? [[name, type] as const] : [];
  });
  return { ...(order.length > 1 ? { partOrder: order } : {}), ...(types.length > 0 ? { partTypes: Object.fromEntries(types.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) } : {}) };
}

/** The property names a schema declares, in order: its `allOf` parts' first, then its own. */
function declaredProperties(ctx: ParseContext, at: At, value: unknown, depth: number): string[] {
  const { at: here, value: resolved } = deref(ctx, at, value);
  const schema = asObject(resolved);
  if (!schema || depth > 8) return [];
  const parts = Array.isArray(schema['allOf']) ? schema['allOf'].flatMap((part, i) => declaredProperties(ctx, joinAt(joinAt(here, 'allOf'), i), part, depth + 1)) : [];
  return [...parts, ...Object.keys(asObject(schema['properties']) ?? {})];
}

/** The fields of a URL-encoded form that its Encoding Object (§4.8.15) sends as `deepObject`, sorted. */
function deepObjectFields(contentType: string, media: Record<string, unknown>): readonly string[] | undefined {
  if (!/^application\/x-www-form-urlencoded\b/i.test(contentType)) return undefined;
  const encoding = Object.entries(asObject(media['encoding']) ?? {});
  const fields = encoding.filter(([, e]) => asObject(e)?.['style'] === 'deepObject').map(([name]) => name);
  return fields.length > 0 ? fields.sort() : undefined;
}

/**
 * The list fields of a form that its Encoding Object (§4.8.15) sends joined, with the delimiter, where the
 * form heeds it (`encodingHeeded`: a URL-encoded form; a multipart one from OpenAPI 3.1 or Swagger 2).
 */
function delimitedFields(document: Record<string, unknown>, contentType: string, media: Record<string, unknown>): RequestBodyIR['delimitedFields'] {
  const fields = Object.entries(asObject(media['encoding']) ?? {}).flatMap(([name, e]) => {
    const encoding = asObject(e) ?? {};
    if (!encodingHeeded(document, contentType, encoding)) return [];
    const serialization = querySerialization(encoding);
    return typeof serialization === 'object' ? [[name, serialization.delimiter] as const] : [];
  });
  return fields.length > 0 ? Object.fromEntries(fields.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : undefined;
}

/** Whether a body's schema is a file (`isByteString`), written in place or through $refs (a `File` model). */
function namesFile(ctx: ParseContext, mediaAt: At, schema: unknown): boolean {
  if (schema === undefined) return false;
  return isByteString(asObject(deref(ctx, joinAt(mediaAt, 'schema'), schema).value));
}

function parseResponses(ctx: ParseContext, at: At, value: unknown): ResponseIR[] {
  const map = asObject(value) ?? {};
  // Extensions (`x-…`) are no responses; any other key that names none is refused unless lenient.
  return Object.keys(map).filter(namesResponse).sort().map((status) => {
    const { at: here, value: resolved } = deref(ctx, joinAt(at, status), map[status]);
    const raw = asObject(resolved) ?? {};
    const body = schemaAsResponse(joinAt(at, status), map[status], here) ?? bodyMedia(ctx, here, raw, 'response');
    const schema = body && bodySchema(ctx, body.at, body.type, body.media);
    const names = body && eventNames(ctx, body.at, body.type, body.media);
    return {
      status,
      description: asString(raw['description']) ?? '',
      contentType: body?.type,
      schema,
      ...(names ? { eventNames: names } : {}),
      ...(body && namesFile(ctx, body.at, body.media['schema']) ? { file: true } : {}),
      example: body ? body.media['example'] ?? firstExample(ctx, body.at, body.media['examples']) : undefined,
      origin: locationOf(ctx, here),
    };
  });
}
