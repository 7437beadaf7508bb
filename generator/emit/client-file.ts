/** `src/client.ts`: the client's options (one per credential), its runtime config and its class. */
import { StructureKind, VariableDeclarationKind, type StatementStructures } from 'ts-morph';
import type { ApiIR, ResourceIR, SecuritySchemeIR } from '../ir/types.js';
import { describeAuthHelp } from './auth-help.js';
import { baseErrorAlias } from '../normalize/names.js';
import { jsDoc } from './jsdoc.js';
import type { TypeScope } from './scope.js';

/** Credentials the runtime can send: bearer tokens and API keys in headers. */
export function supportedSchemes(api: ApiIR): SecuritySchemeIR[] {
  return api.securitySchemes.filter((s) => s.type === 'bearer' || s.type === 'apiKey-header');
}

export function clientFile(api: ApiIR, roots: readonly ResourceIR[], scope: TypeScope): StatementStructures[] {
  ['BaseClient', 'ClientConfig', 'CoreClientOptions', 'SDKError', ...roots.map((r) => r.className)].forEach((s) => scope.use(s));
  return [clientOptions(api), configConstant(api), clientClass(api, roots)];
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
      docs: jsDoc([s.description, s.env ? `Defaults to \`process.env['${s.env}']\`.` : undefined]),
    })),
  };
}

function configConstant(api: ApiIR): StatementStructures {
  const schemes = supportedSchemes(api);
  const optionOf = new Map(schemes.map((s) => [s.key, s.option]));
  const credentials = schemes.map((s) => ({ option: s.option, ...(s.env ? { env: s.env } : {}), header: s.headerName ?? 'Authorization', scheme: s.type === 'bearer' ? ('bearer' as const) : ('raw' as const) }));
  const authAlternatives = api.security.filter((alt) => alt.every((k) => optionOf.has(k))).map((alt) => alt.map((k) => optionOf.get(k)!));
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
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsDoc(['What the runtime needs to know about this API, from the spec.']),
    declarations: [{ name: 'config', type: 'ClientConfig', initializer: JSON.stringify(config, null, 2) }],
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
