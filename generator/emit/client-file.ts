/** `src/client.ts`: the client's options (one per credential), its runtime config and its class. */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiIR, ResourceIR, SecuritySchemeIR } from '../ir/types.js';
import type { CredentialSpec } from '../runtime/credentials.js';
import { describeAuthHelp } from './auth-help.js';
import { baseErrorAlias } from '../normalize/names.js';
import { jsDoc } from './jsdoc.js';
import type { TypeScope } from './scope.js';

/** Credentials the runtime can send: bearer tokens, basic auth, and API keys in headers, queries or cookies. */
export function supportedSchemes(api: ApiIR): SecuritySchemeIR[] {
  return api.securitySchemes.filter((s) => s.type !== 'other');
}

/** Where and how the runtime sends a scheme's credential. */
export function credentialSpec(s: SecuritySchemeIR): CredentialSpec {
  const name = s.paramName ?? 'Authorization';
  const where = s.type === 'apiKey-query' ? { query: name } : s.type === 'apiKey-cookie' ? { cookie: name } : { header: name };
  const scheme = s.type === 'bearer' ? 'bearer' : s.type === 'basic' ? 'basic' : 'raw';
  return { option: s.option, ...(s.env ? { env: s.env } : {}), ...where, scheme };
}

/**
 * The spec's security alternatives, by client option. A scheme the client cannot send (mutual TLS) is left
 * out of its alternative: set up outside the client, it cannot be checked. An alternative left empty (made
 * only of such schemes, or `{}`: auth is optional) means there is nothing to check: none is returned.
 */
export function credentialAlternatives(api: ApiIR): string[][] {
  const optionOf = new Map(supportedSchemes(api).map((s) => [s.key, s.option]));
  const alternatives = api.security.map((alt) => alt.flatMap((key) => optionOf.get(key) ?? []));
  return alternatives.some((alt) => alt.length === 0) ? [] : alternatives;
}

export function clientFile(api: ApiIR, roots: readonly ResourceIR[], scope: TypeScope): StatementStructures[] {
  ['BaseClient', 'ClientConfig', 'CoreClientOptions', 'SDKError', ...roots.map((r) => r.className)].forEach((s) => scope.use(s));
  return [clientOptions(api), configConstant(api, scope), clientClass(api, roots)];
}

function clientOptions(api: ApiIR): StatementStructures {
  return {
    kind: StructureKind.Interface,
    name: 'ClientOptions',
    isExported: true,
    extends: ['CoreClientOptions'],
    docs: jsDoc([`Options of the \`${api.client.name}\` client.`]),
    properties: supportedSchemes(api).map((s) => ({
      name: s.option,
      hasQuestionToken: true,
      type: 'string | null | undefined',
      docs: jsDoc([s.description, s.type === 'basic' ? 'As `user:password`.' : undefined, s.env ? `Defaults to \`process.env['${s.env}']\`.` : undefined]),
    })),
  };
}

function configConstant(api: ApiIR, scope: TypeScope): StatementStructures {
  const credentials = supportedSchemes(api).map(credentialSpec);
  const authAlternatives = credentialAlternatives(api);
  const config = {
    clientName: api.client.name,
    packageName: api.package.name,
    packageVersion: api.package.version,
    defaultBaseURL: api.baseURL,
    ...(api.client.baseURLEnv ? { baseURLEnv: api.client.baseURLEnv } : {}),
    ...(api.client.logLevelEnv ? { logLevelEnv: api.client.logLevelEnv } : {}),
    credentials,
    authAlternatives,
    authHelp: describeAuthHelp(credentials, authAlternatives),
  };
  // Only the APIs that send a credential other than as a bearer or plain header import the code that does.
  const placed = credentials.some((c) => c.scheme === 'basic' || c.query !== undefined || c.cookie !== undefined);
  if (placed) scope.use('placeCredentials');
  const fields = Object.entries(config).map(([name, value]) => `${name}: ${JSON.stringify(value, null, 2)}`);
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsDoc(['What the runtime needs to know about this API, from the spec.']),
    declarations: [{ name: 'config', type: 'ClientConfig', initializer: `{\n${[...fields, ...(placed ? ['placeCredentials'] : [])].join(',\n')}\n}` }],
  };
}

function clientClass(api: ApiIR, roots: readonly ResourceIR[]): StatementStructures {
  return {
    kind: StructureKind.Class,
    name: api.client.name,
    isExported: true,
    extends: 'BaseClient<ClientOptions>',
    docs: jsDoc([`The ${api.title} client.`, api.description]),
    properties: [
      { name: baseErrorAlias(api.client.name), isStatic: true, initializer: 'SDKError', docs: jsDoc(['The base class of every error the client throws (the runtime\'s `SDKError`).']) },
      ...roots.map((r) => ({ name: r.path[0]!, type: r.className, isReadonly: true, initializer: `new ${r.className}(this)` })),
    ],
    ctors: [{ parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }], statements: ['super(options, config);'] }],
  };
}
