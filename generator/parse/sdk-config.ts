/**
 * The SDK's shape, declared in the spec's root `x-sdk` extension, with defaults derived from `info` for a
 * spec that has none: any OpenAPI document generates a package.
 */
import { isCount } from '../util/count.js';
import { PACKAGE_NAME_MAX, packageVersionOf } from '../util/npm.js';
import type { ClientConfigIR, PackageConfigIR } from '../ir/types.js';
import { isIdentifier, pascalCase, toTypeName } from '../util/names.js';
import { asObject, asString, report, type ParseContext } from './context.js';
import { baseErrorAlias, coreClientName } from '../normalize/names.js';
import { CLIENT_FILE_NAMES, RUNTIME_EXPORTS } from '../normalize/reserved.js';

export function parsePackageConfig(ctx: ParseContext, doc: Record<string, unknown>): PackageConfigIR {
  const info = asObject(doc['info']) ?? {};
  const pkg = asObject(asObject(doc['x-sdk'])?.['package']) ?? {};
  const license = asObject(info['license']);
  const keywords = Array.isArray(pkg['keywords']) ? pkg['keywords'].filter((k): k is string => typeof k === 'string') : [];
  return {
    name: asString(pkg['name']) ?? (packageSlug(infoText(info, 'title') ?? 'api') || 'api'),
    version: asString(pkg['version']) ?? versionFromInfo(ctx, infoText(info, 'version')),
    description: asString(pkg['description']) ?? asString(info['summary']) ?? infoText(info, 'title') ?? '',
    license: asString(pkg['license']) ?? asString(license?.['identifier']) ?? asString(license?.['name']) ?? 'UNLICENSED',
    repository: asString(pkg['repository']),
    keywords,
    licenseText: ctx.spec.licenseText,
  };
}

/**
 * `info.title` or `info.version`; a number (YAML's reading of `version: 1.0`) is refused by validation
 * unless lenient, and read as its digits then.
 */
export function infoText(info: Record<string, unknown>, key: 'title' | 'version'): string | undefined {
  const value = info[key];
  return typeof value === 'number' ? String(value) : asString(value);
}

/**
 * The package version when `x-sdk.package.version` gives none: the API's, when it is a version number
 * (validation has refused a declared one npm would not take). An API versioned by date or by name
 * (`2023-08-01`, `beta`) gives `0.0.0` and a located warning, since npm refuses anything but semver.
 */
function versionFromInfo(ctx: ParseContext, apiVersion: string | undefined): string {
  const version = apiVersion === undefined ? undefined : packageVersionOf(apiVersion);
  if (version !== undefined || apiVersion === undefined) return version ?? '0.0.0';
  const message = `info.version ${JSON.stringify(apiVersion)} is not a version number npm takes, so the package is 0.0.0; set x-sdk.package.version (a semantic version, 1.2.3)`;
  report(ctx, { file: ctx.spec.entry, pointer: '/info/version' }, 'package-version', message, 'warning');
  return '0.0.0';
}

export function parseClientConfig(ctx: ParseContext, doc: Record<string, unknown>): ClientConfigIR {
  const info = asObject(doc['info']) ?? {};
  const client = asObject(asObject(doc['x-sdk'])?.['client']) ?? {};
  return {
    name: clientName(ctx, asString(client['name']), infoText(info, 'title')),
    baseURLEnv: asString(client['baseURLEnv']),
    logLevelEnv: asString(client['logLevelEnv']),
    // Validation has refused anything else.
    timeout: isCount(client['timeout']) ? client['timeout'] : undefined,
    maxRetries: isCount(client['maxRetries']) ? client['maxRetries'] : undefined,
    unwrap: asString(client['unwrap']) || undefined,
    unwrapRequired: client['unwrapRequired'] === true,
  };
}

/**
 * The client class's name: `x-sdk.client.name`, which must be an identifier, else one made from the title
 * (`1Forge Finance APIs` → `_1ForgeFinanceAPIsClient`: a class name cannot start with a digit). Neither it
 * nor the names made from it (`…Core`, `…Error`) may take a name the package already has: one made from
 * the title steps aside as other derived names do (`Base` → `BaseClient2`), a declared one is an error.
 */
function clientName(ctx: ParseContext, declared: string | undefined, title: string | undefined): string {
  const base = pascalCase(withoutApostrophes(title ?? 'Api'));
  // A title may already say it (`BlockchainManagementClient`): not `BlockchainManagementClientClient`.
  const derived = clearOfPackageNames(toTypeName(/Client$/.test(base) ? base : `${base}Client`, 'ApiClient'));
  if (declared === undefined) return derived;
  const at = { file: ctx.spec.entry, pointer: '/x-sdk/client/name' };
  if (!isIdentifier(declared)) {
    report(ctx, at, 'sdk-client-name', `the client's name must be a JavaScript identifier (a letter, \`_\` or \`$\`, then letters, digits, \`_\` or \`$\`), got ${JSON.stringify(declared)}`);
    return derived;
  }
  const clash = packageNameClash(declared);
  if (clash === undefined) return declared;
  report(ctx, at, 'sdk-client-name', `the client's name ${JSON.stringify(declared)} ${clash}; choose another`);
  return derived;
}

/** `wanted`, else `wanted2`, `wanted3`…: the first whose names clash with none the package has. */
function clearOfPackageNames(wanted: string): string {
  let name = wanted;
  for (let n = 2; packageNameClash(name) !== undefined; n++) name = `${wanted}${n}`;
  return name;
}

/**
 * What already has a name the client named `name` would declare (the class, its `…Core` and its
 * `…Error` alias), in words for the error; none when all three are free.
 */
function packageNameClash(name: string): string | undefined {
  const own = [
    { what: 'is', taken: name },
    { what: 'makes the core client', taken: coreClientName(name) },
    { what: 'makes the error alias', taken: baseErrorAlias(name) },
  ];
  for (const { what, taken } of own) {
    const owner = ownerOf(taken);
    if (owner === undefined) continue;
    return what === 'is' ? `is taken: ${owner}` : `${what} \`${taken}\`, which is taken: ${owner}`;
  }
  return undefined;
}

/** Who has `name` in the package: the runtime (exported from `src/core/`) or the client's own file. */
function ownerOf(name: string): string | undefined {
  if (CLIENT_FILE_NAMES.includes(name)) return `the generated src/client.ts already uses the name \`${name}\``;
  if (RUNTIME_EXPORTS.includes(name)) return `the runtime (src/core/) exports \`${name}\``;
  return undefined;
}

/**
 * Whether a path parameter of that name is its own argument unless it says otherwise (`x-sdk-positional`):
 * not under `positionalPathParams: none`, nor when `pathParamsInParams` lists it (the official Cloudflare
 * SDK takes `account_id` and `zone_id` in `params`, and the thing's own id as an argument).
 */
export function defaultPositional(doc: Record<string, unknown>): (name: string) => boolean {
  const sdk = asObject(doc['x-sdk']);
  const inParams = new Set(pathParamsInParams(doc).map((listed) => listed.name));
  const positional = sdk?.['positionalPathParams'] !== 'none';
  return (name) => positional && !inParams.has(name);
}

/**
 * `x-sdk.pathParamsInParams`: the names of the path parameters that go in `params` by default, each with
 * its index in the list, which locates a warning about it.
 */
export function pathParamsInParams(doc: Record<string, unknown>): { name: string; index: number }[] {
  const listed = asObject(doc['x-sdk'])?.['pathParamsInParams'];
  if (!Array.isArray(listed)) return [];
  return listed.flatMap((name: unknown, index) => (typeof name === 'string' ? [{ name, index }] : []));
}

/** The default server's URL with its variables' defaults filled in (§4.8.5). */
export function baseURLOf(doc: Record<string, unknown>): string {
  return serverURLOf(doc['servers']) ?? '';
}

/** The default server of a `servers` list, its variables' defaults filled in and no trailing `/`; none for an empty list. */
export function serverURLOf(servers: unknown): string | undefined {
  const server = defaultServer(servers);
  const url = asString(server?.['url']);
  if (url === undefined) return undefined;
  const variables = asObject(server?.['variables']) ?? {};
  return url.replace(/\{([^}]+)\}/g, (whole, name: string) => variableDefault(variables[name]) ?? whole).replace(/\/$/, '');
}

/**
 * A server variable's value when none is chosen: its `default`, which OpenAPI requires, else (a spec that
 * left it out) its first `enum` value, the one a reader of the spec would take.
 */
export function variableDefault(variable: unknown): string | undefined {
  const raw = asObject(variable);
  const listed = Array.isArray(raw?.['enum']) ? raw['enum'].find((v): v is string => typeof v === 'string') : undefined;
  return asString(raw?.['default']) ?? listed;
}

/** `GitHub's API` reads `GitHubs API`: an apostrophe does not start a word (`git-hub-s`, `GitHubS`). */
function withoutApostrophes(title: string): string {
  return title.replace(/['\u2019]/g, '');
}

/** An npm name from a title, word by word as written: `GitHub's REST API` → `githubs-rest-api`, not `git-hub-s-…`. */
function packageSlug(title: string): string {
  return withoutApostrophes(title)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, PACKAGE_NAME_MAX)
    .replace(/^-+|-+$/g, '');
}

/**
 * The server requests go to by default: the first (§4.8.5), or its `https` twin when the first is plain
 * `http` and the list also has it over TLS (AWS's specs list `http://ec2.{region}.amazonaws.com` first):
 * the same place, without sending credentials in the clear.
 */
export function defaultServer(servers: unknown): Record<string, unknown> | undefined {
  const list = Array.isArray(servers) ? servers.map(asObject) : [];
  const first = list[0];
  const url = asString(first?.['url']);
  if (url === undefined || !/^http:/i.test(url)) return first;
  const secure = url.replace(/^http:/i, 'https:');
  return list.find((server) => asString(server?.['url'])?.toLowerCase() === secure.toLowerCase()) ?? first;
}
