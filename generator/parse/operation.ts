/** Operation Object (OpenAPI 3.1 §4.8.10) → `OperationIR`, with the SDK shape from `x-sdk-*` extensions. */
import type { HttpMethod, OperationIR, ParameterIR, RequestBodyIR, ResponseIR } from '../ir/types.js';
import { splitPathTemplate } from '../util/path-template.js';
import { camelCase } from '../util/names.js';
import { asObject, asString, asText, deref, locationOf, report, type At, type ParseContext } from './context.js';
import { parsePagination } from './pagination.js';
import { firstExample, parseParameters } from './parameters.js';
import { joinAt, parseSchema } from './schema.js';
import { baseURLOf, serverURLOf } from './sdk-config.js';

const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'TRACE']);

export interface OperationSite {
  readonly path: string;
  readonly method: string;
  readonly pathItemAt: At;
  readonly pathItem: Record<string, unknown>;
  readonly at: At;
  readonly op: Record<string, unknown>;
}

export function parseOperation(ctx: ParseContext, site: OperationSite, tagResources: ReadonlyMap<string, string>, defaultPositional: boolean): OperationIR {
  const { op, at } = site;
  const method = site.method.toUpperCase() as HttpMethod;
  const operationId = asString(op['operationId']) ?? camelCase(`${site.method} ${site.path}`);
  // A query string in the path template is refused unless lenient (`path-query-string`); here it is read.
  const { path, parameters } = queryFromPathTemplate(locationOf(ctx, at), site.path, parseParameters(ctx, site.pathItemAt, site.pathItem, at, op, defaultPositional));
  const resourcePath = resourcePathOf(op, splitPathTemplate(path)[0], tagResources);
  return {
    operationId,
    method,
    path,
    serverURL: operationServer(ctx, site),
    summary: asText(op['summary']),
    description: asText(op['description']),
    deprecated: op['deprecated'] === true,
    resourcePath,
    methodName: asString(op['x-sdk-method']) ?? defaultMethodName(operationId, resourcePath),
    typePrefix: '',
    parameters,
    requestBody: parseRequestBody(ctx, joinAt(at, 'requestBody'), op['requestBody']),
    responses: parseResponses(ctx, joinAt(at, 'responses'), op['responses']),
    idempotent: IDEMPOTENT.has(method) || op['x-sdk-idempotent'] === true,
    security: parseSecurityRequirement(op['security']),
    pagination: parsePagination(ctx, joinAt(at, 'x-sdk-pagination'), op['x-sdk-pagination'], parameters),
    origin: locationOf(ctx, at),
  };
}

/**
 * `/rides?page={page}&format=json` (a path template with a query string, against §4.8.8, yet published):
 * each `key={name}` becomes the query parameter `key`, taking the schema and description of a parameter
 * declared as `name` (in the path or the query) or else an optional string; literal pairs stay in the
 * path, which the runtime sends as a query.
 */
function queryFromPathTemplate(opOrigin: ParameterIR['origin'], template: string, declared: readonly ParameterIR[]): { path: string; parameters: ParameterIR[] } {
  const [path, query] = splitPathTemplate(template);
  if (query === undefined) return { path, parameters: [...declared] };
  const parameters = [...declared];
  const literal: string[] = [];
  for (const pair of query.split('&').filter((p) => p !== '')) {
    const [key, value = ''] = pair.split(/=(.*)/);
    const placeholder = /^\{([^}]+)\}$/.exec(value)?.[1];
    if (placeholder === undefined) {
      literal.push(pair);
      continue;
    }
    const at = parameters.findIndex((p) => p.name === placeholder && (p.in === 'path' || p.in === 'query'));
    const given = at === -1 ? undefined : parameters.splice(at, 1)[0];
    const origin = given?.origin ?? opOrigin;
    parameters.push({
      name: key!,
      in: 'query',
      required: given?.required ?? false,
      schema: given?.schema ?? { kind: 'string', origin },
      description: given?.description ?? 'Read from the query string of the path template.',
      deprecated: given?.deprecated,
      example: given?.example,
      positional: false,
      argName: key!,
      origin,
    });
  }
  return { path: literal.length > 0 ? `${path}?${literal.join('&')}` : path, parameters };
}

/**
 * The camelCased operationId, without the resource's name when it starts with it: operationIds are
 * often prefixed by their tag (`devices-list-devices` on `devices` → `listDevices`), or by its plural
 * (Azure's `BlockchainMembers_Get` on `BlockchainMember` → `get`).
 */
export function defaultMethodName(operationId: string, resourcePath: readonly string[]): string {
  const name = camelCase(operationId);
  const resource = camelCase(resourcePath[resourcePath.length - 1] ?? '');
  if (resource === '') return name;
  const prefix = [`${resource}es`, `${resource}s`, resource].find((p) => name.startsWith(p) && /^[A-Z]/.test(name.slice(p.length)));
  const rest = prefix === undefined ? name : name.slice(prefix.length);
  return rest.charAt(0).toLowerCase() + rest.slice(1);
}

/**
 * `x-sdk-resource` on the operation, else on its first tag, else the tag's name; an untagged operation goes
 * by its path (`/pets/{id}` → `pets`, as a hand-written client would group it), else `default`.
 */
function resourcePathOf(op: Record<string, unknown>, path: string, tagResources: ReadonlyMap<string, string>): string[] {
  const tag = Array.isArray(op['tags']) ? asString(op['tags'][0]) : undefined;
  const declared = asString(op['x-sdk-resource']) ?? (tag !== undefined ? tagResources.get(tag) ?? camelCase(tag) : resourceOfPath(path));
  return declared.split('.').filter((s) => s.length > 0);
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

/** Picks JSON when offered (`application/json` or any `+json`), else the first media type. */
function pickMedia(content: unknown): [string, Record<string, unknown>] | undefined {
  const map = asObject(content);
  if (!map) return undefined;
  const types = Object.keys(map).sort();
  const chosen = types.find((t) => /^application\/(.+\+)?json\b/.test(t)) ?? types[0];
  return chosen === undefined ? undefined : [chosen, asObject(map[chosen]) ?? {}];
}

function parseRequestBody(ctx: ParseContext, at: At, value: unknown): RequestBodyIR | undefined {
  if (value === undefined) return undefined;
  const { at: here, value: resolved } = deref(ctx, at, value);
  const raw = asObject(resolved) ?? {};
  const media = pickMedia(raw['content']);
  if (!media) return undefined;
  const mediaAt = joinAt(joinAt(here, 'content'), media[0]);
  return {
    contentType: media[0],
    required: raw['required'] === true,
    schema: parseSchema(ctx, joinAt(mediaAt, 'schema'), media[1]['schema']),
    description: asString(raw['description']),
    origin: locationOf(ctx, here),
  };
}

function parseResponses(ctx: ParseContext, at: At, value: unknown): ResponseIR[] {
  const map = asObject(value) ?? {};
  return Object.keys(map).sort().map((status) => {
    const { at: here, value: resolved } = deref(ctx, joinAt(at, status), map[status]);
    const raw = asObject(resolved) ?? {};
    const media = pickMedia(raw['content']);
    const mediaAt = media ? joinAt(joinAt(here, 'content'), media[0]) : undefined;
    return {
      status,
      description: asString(raw['description']) ?? '',
      contentType: media?.[0],
      schema: media && mediaAt && media[1]['schema'] !== undefined ? parseSchema(ctx, joinAt(mediaAt, 'schema'), media[1]['schema']) : undefined,
      example: media ? media[1]['example'] ?? firstExample(media[1]['examples']) : undefined,
      origin: locationOf(ctx, here),
    };
  });
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The server an operation overrides the document's with (§4.8.10, §4.8.9): its own `servers`, else its path
 * item's. A relative URL is relative to where the document is served from (§4.8.5), which the client cannot
 * know; it is resolved against the document's own server, the usual place of both (`/v2` beside
 * `https://api.example.com/v1` is `https://api.example.com/v2`), and reported, since that is an assumption.
 * Without an absolute document server, the client's `baseURL` is used.
 */
function operationServer(ctx: ParseContext, site: OperationSite): string | undefined {
  const own = Array.isArray(site.op['servers']) && site.op['servers'].length > 0;
  const servers = own ? site.op['servers'] : site.pathItem['servers'];
  const url = serverURLOf(servers);
  const documentServer = baseURLOf(ctx.spec.sources.get(ctx.spec.entry)!.value as Record<string, unknown>);
  // The document's own server said again: the client's baseURL (which a user may point elsewhere) serves it.
  if (url === undefined || url === documentServer) return undefined;
  if (ABSOLUTE_URL.test(url)) return url;
  const at = own ? joinAt(site.at, 'servers') : joinAt(site.pathItemAt, 'servers');
  if (!ABSOLUTE_URL.test(documentServer)) {
    report(ctx, at, 'server-relative', `the server URL "${url}" is relative and the document has no absolute server to resolve it against; requests of this operation go to the client's baseURL`, 'warning');
    return undefined;
  }
  const resolved = resolveURL(url, documentServer);
  if (resolved === undefined) {
    report(ctx, at, 'server-relative', `the server URL "${url}" cannot be resolved against the document's server "${documentServer}"; requests of this operation go to the client's baseURL`, 'warning');
    return undefined;
  }
  report(ctx, at, 'server-relative', `the server URL "${url}" is relative; resolved against the document's server "${documentServer}", requests of this operation go to "${resolved}"`, 'warning');
  return resolved === documentServer ? undefined : resolved;
}

/** `reference` resolved against `base` (RFC 3986 §5), without a trailing `/`; undefined when either is not a URL. */
function resolveURL(reference: string, base: string): string | undefined {
  try {
    return new URL(reference, base).href.replace(/\/$/, '');
  } catch {
    return undefined;
  }
}
