/** The parse step: a validated, loaded spec → the IR (names still as proposed; normalize finalizes them). */
import type { Diagnostic } from '../diagnostics.js';
import type { ApiIR, ModelIR, OperationIR } from '../ir/types.js';
import { entryDocument, type LoadedSpec } from '../load/load-spec.js';
import { lookup, refTarget } from '../load/refs.js';
import { escapeToken, splitPointer } from '../util/pointer.js';
import { isAbsoluteURL } from '../util/url.js';
import { operationsOf } from '../validate/context.js';
import { camelCase } from '../util/names.js';
import { asObject, asString, createContext, deref, locationOf, modelKey, report, type At, type ParseContext } from './context.js';
import { parseOperation } from './operation.js';
import { idsMadeByTool } from './path-echo.js';
import { applyPaginationRules, checkPaginationPaths, parsePaginationRules } from './pagination.js';
import { parseSchema } from './schema.js';
import { cutAliasCycles } from './alias-cycles.js';
import { parseWebhooks } from './webhooks.js';
import { parseEnvironments, parseServerTemplate } from './environments.js';
import { parseSecuritySchemes } from './security.js';
import { applyUnwrap } from './unwrap.js';
import { baseURLOf, defaultPositional, defaultServer, infoText, parseClientConfig, parsePackageConfig, pathParamsInParams, variableDefault } from './sdk-config.js';
import { templateNames } from '../util/path-template.js';
import { parseSecurityRequirement, parseSecurityScopes } from './operation.js';
import { withInheritedDiscriminators } from './discriminator-inheritance.js';

export function parseApi(spec: LoadedSpec): { api: ApiIR; diagnostics: readonly Diagnostic[] } {
  const ctx = createContext(spec);
  const doc = entryDocument(spec);
  const info = asObject(doc['info']) ?? {};
  const declared = parseOperations(ctx, doc);
  const webhooks = parseWebhooks(ctx, doc);
  const schemas = asObject(asObject(doc['components'])?.['schemas']) ?? {};
  for (const key of Object.keys(schemas).sort()) ctx.modelQueue.push({ file: spec.entry, pointer: `/components/schemas/${escapeToken(key)}` });
  const models = withInheritedDiscriminators(ctx, cutAliasCycles(drainModels(ctx), ctx.diagnostics));
  const modelSchemas = new Map(models.map((m) => [m.key, m.schema]));
  const lookup = (key: string) => modelSchemas.get(key);
  const client = parseClientConfig(ctx, doc);
  const paged = applyPaginationRules(parsePaginationRules(ctx, doc), checkPaginationPaths(ctx, declared, lookup), lookup);
  const operations = applyUnwrap(ctx, client, paged, lookup);
  reportUnmatchedInParams(ctx, doc, operations);
  const api: ApiIR = {
    title: infoText(info, 'title') ?? '',
    version: infoText(info, 'version') ?? '',
    description: asString(info['description']),
    baseURL: documentBaseURL(ctx, doc),
    environments: parseEnvironments(doc),
    serverTemplate: parseServerTemplate(doc),
    package: parsePackageConfig(ctx, doc),
    client,
    securitySchemes: parseSecuritySchemes(ctx, doc),
    security: parseSecurityRequirement(doc['security']) ?? [],
    scopes: parseSecurityScopes(doc['security']) ?? {},
    operations,
    resources: [],
    models,
    webhooks,
  };
  return { api, diagnostics: ctx.diagnostics };
}

/**
 * The first server's URL. A relative one (§4.8.5: relative to where the document is served) leaves the
 * client without a host of its own: a located warning, since users then must pass `baseURL`. (With no
 * server at all the generated README says so; specs written for docs only often have none.)
 */
function documentBaseURL(ctx: ParseContext, doc: Record<string, unknown>): string {
  const url = baseURLOf(doc);
  reportVariablesWithoutDefault(ctx, doc);
  if (url !== '' && !isAbsoluteURL(url) && !/\{[^}]+\}/.test(url)) {
    const message = `the server URL "${url}" is relative to where the document is served, which the client cannot know: in a browser it resolves against the page; elsewhere users pass an absolute \`baseURL\``;
    report(ctx, { file: ctx.spec.entry, pointer: '/servers/0/url' }, 'server-relative', message, 'warning');
  }
  return url;
}

/** The default server's variables that have no `default` (OpenAPI requires one), and what the client does instead, located. */
function reportVariablesWithoutDefault(ctx: ParseContext, doc: Record<string, unknown>): void {
  const servers: unknown[] = Array.isArray(doc['servers']) ? doc['servers'] : [];
  const server = defaultServer(servers);
  const variables = asObject(server?.['variables']) ?? {};
  for (const name of templateNames(asString(server?.['url']) ?? '')) {
    if (asString(asObject(variables[name])?.['default']) !== undefined) continue;
    const chosen = variableDefault(variables[name]);
    const declared = Object.hasOwn(variables, name);
    const pointer = `/servers/${servers.indexOf(server)}/${declared ? `variables/${escapeToken(name)}` : 'url'}`;
    const message =
      chosen === undefined
        ? `the server variable "${name}" ${declared ? 'has no default' : 'is not declared'}: it stays {${name}} in the base URL, so users pass an absolute \`baseURL\``
        : `the server variable "${name}" has no default, which OpenAPI requires: the client takes its first enum value, ${JSON.stringify(chosen)}`;
    report(ctx, { file: ctx.spec.entry, pointer }, 'server-variable-default', message, 'warning');
  }
}

/** A name `x-sdk.pathParamsInParams` lists that no path parameter has: a slip that would change nothing without a word. */
function reportUnmatchedInParams(ctx: ParseContext, doc: Record<string, unknown>, operations: readonly OperationIR[]): void {
  const names = new Set(operations.flatMap((op) => op.parameters.filter((p) => p.in === 'path').map((p) => p.name)));
  for (const { name, index } of pathParamsInParams(doc)) {
    if (names.has(name)) continue;
    report(ctx, { file: ctx.spec.entry, pointer: `/x-sdk/pathParamsInParams/${index}` }, 'sdk-path-param-unknown', `no operation has a path parameter named ${JSON.stringify(name)}: the setting changes nothing for it`, 'warning');
  }
}

function parseOperations(ctx: ParseContext, doc: Record<string, unknown>): OperationIR[] {
  const tagResources = resourcesOfTags(doc);
  const positional = defaultPositional(doc);
  const sites = operationsOf(ctx.spec);
  const naming = { byConvention: asObject(doc['x-sdk'])?.['methodNames'] !== 'operationId', echoes: idsMadeByTool(sites) };
  const ids = new Set<string>();
  return sites.flatMap(({ path, method, file, pointer, op: declared, pathItem, pathItemPointer }) => {
    // An operationId used before (refused unless lenient: `operation-id-duplicate`) names nothing here:
    // the operation is named by its method and path instead, as one without an operationId is.
    const id = asString(declared['operationId']);
    const op = id !== undefined && ids.has(id) ? { ...declared, operationId: undefined } : declared;
    if (id !== undefined) ids.add(id);
    if (method === 'TRACE') {
      // The Fetch standard forbids TRACE: no runtime's `fetch` can send it, so there is no method to generate.
      report(ctx, { file, pointer }, 'trace-skipped', 'TRACE operations cannot be sent with fetch; this one is left out of the client', 'warning');
      return [];
    }
    // Left out of the SDK by the spec's own choice (internal, not ready): the API still has it.
    if (declared['x-sdk-exclude'] === true) return [];
    // A path without its leading `/` (refused unless lenient: `path-not-absolute`) is read with it.
    const site = { path: path.startsWith('/') ? path : `/${path}`, method, op, at: { file, pointer }, pathItem, pathItemAt: { file, pointer: pathItemPointer } };
    return [parseOperation(ctx, site, tagResources, positional, naming)];
  });
}

/**
 * The resource each tag names, where the spec says more than the tag's name: its `x-sdk-resource`, or the
 * path of 3.2's `parent`s (`Active Session` under `Realtime Kit` is `realtimeKit.activeSession`). A parent
 * with its own `x-sdk-resource` lends it to its children; a cycle of parents ends where it closes. A tag
 * of 3.2's `kind` other than `nav` (a `badge`, an `audience`) names no resource: `null`.
 */
function resourcesOfTags(doc: Record<string, unknown>): Map<string, string | null> {
  const tags = new Map<string, Record<string, unknown>>();
  for (const tag of Array.isArray(doc['tags']) ? doc['tags'] : []) {
    const name = asString(asObject(tag)?.['name']);
    if (name !== undefined) tags.set(name, asObject(tag)!);
  }
  const resourceOf = (name: string, visiting: ReadonlySet<string>): string => {
    const tag = tags.get(name);
    const declared = asString(tag?.['x-sdk-resource']);
    if (declared !== undefined) return declared;
    const parent = asString(tag?.['parent']);
    if (parent === undefined || !tags.has(parent) || visiting.has(parent)) return camelCase(name);
    return `${resourceOf(parent, new Set([...visiting, name]))}.${camelCase(name)}`;
  };
  const out = new Map<string, string | null>();
  for (const [name, tag] of tags) {
    const kind = asString(tag['kind']);
    if (kind !== undefined && kind !== 'nav' && tag['x-sdk-resource'] === undefined) out.set(name, null);
    else if (tag['x-sdk-resource'] !== undefined || tag['parent'] !== undefined) out.set(name, resourceOf(name, new Set([name])));
  }
  return out;
}

/**
 * A model's name from where it is: `/components/schemas/Pet` is `Pet`; a schema inside one is named by
 * the way to it, without the keywords that only structure it (`…/Pet/properties/owner` is `Pet owner`,
 * `…/Pet/allOf/0` is `Pet allOf 0`); the naming pass makes a type name of it.
 */
function nameOfPointer(pointer: string): string {
  const [, , ...tokens] = splitPointer(pointer);
  return tokens.filter((t) => t !== 'properties').join(' ') || 'Model';
}

function isAlias(ctx: ParseContext, key: string, at: At, value: unknown): boolean {
  const ref = asString(asObject(value)?.['$ref']);
  if (ref === undefined) return false;
  const alias = ctx.aliases.get(modelKey(refTarget(at.file, ref)));
  return alias !== undefined && modelKey(alias) === key;
}

/** Parses queued component schemas until none is left (a model's refs may queue more). */
function drainModels(ctx: ParseContext): ModelIR[] {
  while (ctx.modelQueue.length > 0) {
    const target = ctx.modelQueue.shift()!;
    const key = modelKey(target);
    if (ctx.models.has(key)) continue;
    ctx.models.set(key, 'pending');
    const value = lookup(ctx.spec, target);
    const at = { file: target.file, pointer: target.pointer };
    const title = asString(asObject(value)?.['title']);
    const name = title ?? nameOfPointer(target.pointer);
    // An alias is the schema it names: parsed there, so that its $ref does not lead back to the alias.
    const own = isAlias(ctx, key, at, value) ? deref(ctx, at, value) : { at, value };
    const keyName = title === undefined ? undefined : nameOfPointer(target.pointer);
    ctx.models.set(key, { key, name, keyName, schema: parseSchema(ctx, own.at, own.value), origin: locationOf(ctx, at) });
  }
  return [...ctx.models.values()].filter((m): m is ModelIR => m !== 'pending');
}
