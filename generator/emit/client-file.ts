/** `src/client.ts`: the client's options (one per credential), its runtime config and its class. */
import { StructureKind, VariableDeclarationKind, type MethodDeclarationStructure, type OptionalKind, type PropertyDeclarationStructure, type PropertySignatureStructure, type StatementStructures } from 'ts-morph';
import type { ApiIR, ResourceIR } from '../ir/types.js';
import { templateURL } from '../ir/server-template.js';
import type { CredentialSpec } from '../runtime/credentials.js';
import { DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS } from '../runtime/settings.js';
import { awsKeyPart, credentialAlternatives, sendsCredentialsPerCall, credentialOptions, tokenSourceSentence, type CredentialOption } from './credential-options.js';
import { authorizerMember, oauthHalfDoc, oauthOptions, oauthTokenDoc, signInConstants, signInMethods, deviceMethods } from './oauth-options.js';
import { awsKeyDoc, awsOptions, regionalClient, signingPlacement, type RegionalClient } from './aws-options.js';
import { baseErrorAlias, coreClientName } from '../normalize/names.js';
import { jsDoc } from './jsdoc.js';
import { codeJSON, propertyKey, stringLiteral, valueKey } from './literals.js';
import { jsLiteral } from './example.js';
import type { TypeScope } from './scope.js';

/** The client's default `timeout`: the API's own (`x-sdk.client.timeout`), else the runtime's. */
export function defaultTimeout(api: ApiIR): number {
  return api.client.timeout ?? DEFAULT_TIMEOUT_MS;
}

/** The client's default `maxRetries`: the API's own (`x-sdk.client.maxRetries`), else the runtime's. */
export function defaultMaxRetries(api: ApiIR): number {
  return api.client.maxRetries ?? DEFAULT_MAX_RETRIES;
}

/** The keys of `environmentVariables` (`src/environment.ts`) for the two settings that are not credentials. */
export const BASE_URL_KEY = 'baseURL';
export const LOG_LEVEL_KEY = 'logLevel';

export function clientFile(api: ApiIR, roots: readonly ResourceIR[], scope: TypeScope): StatementStructures[] {
  ['BaseClient', 'ClientConfig', 'CoreClientOptions', 'SDKError', ...roots.map((r) => r.className)].forEach((s) => scope.use(s));
  return [clientOptions(api, scope), configConstant(api, scope), ...signInConstants(api, scope), coreClientClass(api, regionalClient(api, scope), scope), clientClass(api, roots)];
}

function clientOptions(api: ApiIR, scope: TypeScope): StatementStructures {
  return {
    kind: StructureKind.Interface,
    name: 'ClientOptions',
    isExported: true,
    extends: ['CoreClientOptions'],
    docs: jsDoc([`Options of the \`${api.client.name}\` client.`]),
    properties: [
      ...credentialOptions(api).map((c) => ({
        name: c.option,
        hasQuestionToken: true,
        type: 'string | null | undefined',
        docs: jsDoc([credentialDoc(c), c.env ? `Defaults to \`process.env[${jsLiteral(c.env)}]\`.` : undefined]),
      })),
      ...oauthOptions(api, scope),
      ...awsOptions(api),
      ...environmentOption(api),
      ...serverVariablesOption(api),
      ...ownDefaults(api),
    ],
  };
}

/** What a credential option holds, for its JSDoc. */
function credentialDoc(option: CredentialOption): string | undefined {
  const { scheme, half } = option;
  const { oauth, aws } = scheme;
  const part = awsKeyPart(option);
  if (aws && part) return awsKeyDoc(aws, part);
  if (oauth && (half === 'clientId' || half === 'clientSecret' || half === 'refreshToken')) return oauthHalfDoc(scheme, oauth, half);
  const basic = scheme.type === 'basic' ? 'As `user:password`.' : undefined;
  return [scheme.description, basic, oauth ? oauthTokenDoc(oauth) : tokenSourceSentence(scheme, (url) => `\`${url}\``)].filter(Boolean).join('\n\n') || undefined;
}

/** `timeout` and `maxRetries` again, where the API's defaults differ from the runtime's: their docs say so. */
function ownDefaults(api: ApiIR): OptionalKind<PropertySignatureStructure>[] {
  const own: OptionalKind<PropertySignatureStructure>[] = [];
  if (api.client.timeout !== undefined) own.push({ name: 'timeout', hasQuestionToken: true, type: 'number | undefined', docs: jsDoc([`Milliseconds to wait for each attempt's response headers, and again for its body. Default ${api.client.timeout} for this API.`]) });
  if (api.client.maxRetries !== undefined) own.push({ name: 'maxRetries', hasQuestionToken: true, type: 'number | undefined', docs: jsDoc([`Retries after a failed attempt, within each operation's retry policy. Default ${api.client.maxRetries} for this API.`]) });
  return own;
}

/** `environment`: a server of `Client.environments` by name, for a spec that lists several. */
function environmentOption(api: ApiIR): OptionalKind<PropertySignatureStructure>[] {
  if (api.environments.length === 0) return [];
  const doc = `The server to send requests to, by its name in \`${api.client.name}.environments\`. An explicit \`baseURL\` wins over it; it wins over the base URL's environment variable.`;
  return [{ name: 'environment', hasQuestionToken: true, type: `keyof typeof ${coreClientName(api.client.name)}.environments | undefined`, docs: jsDoc([doc]) }];
}

/** A variable of the servers some operations have of their own, over all of them: its defaults, its values (none: any), its servers. */
export interface OperationServerVariable {
  readonly name: string;
  readonly defaults: readonly string[];
  readonly enum?: readonly string[] | undefined;
  readonly description?: string | undefined;
  readonly servers: readonly string[];
}

/** The variables of the operations' own servers, by name in order of appearance: one name is one option for every server that has it. */
export function operationServerVariables(api: ApiIR): OperationServerVariable[] {
  const byName = new Map<string, OperationServerVariable>();
  for (const op of api.operations) {
    const template = op.serverTemplate;
    if (!template) continue;
    const url = templateURL(template);
    for (const v of template.variables) {
      const seen = byName.get(v.name);
      const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
      byName.set(v.name, {
        name: v.name,
        defaults: union(seen?.defaults ?? [], [v.default]),
        // A server that lists no values lets the variable be any text.
        enum: seen && !seen.enum ? undefined : v.enum && union(seen?.enum ?? [], v.enum),
        description: seen?.description ?? v.description,
        servers: union(seen?.servers ?? [], [url]),
      });
    }
  }
  return [...byName.values()];
}

/**
 * `new Client({ serverVariables: { region: 'eu' } })`, for the JSDoc and the README: a variable with
 * values to choose from, one other than its default.
 */
export function serverVariablesCall(api: ApiIR, variables: readonly OperationServerVariable[]): string {
  const example = variables.find((v) => (v.enum?.length ?? 0) > 1) ?? variables[0]!;
  const value = example.enum?.find((e) => !example.defaults.includes(e)) ?? example.enum?.[0] ?? example.defaults[0]!;
  return `new ${api.client.name}({ serverVariables: { ${valueKey(example.name)}: ${jsLiteral(value)} } })`;
}

/** `serverVariables`: the values of the variables of the servers some operations have of their own. */
function serverVariablesOption(api: ApiIR): OptionalKind<PropertySignatureStructure>[] {
  const variables = operationServerVariables(api);
  if (variables.length === 0) return [];
  const members = variables.map((v) => `${propertyKey(v.name)}?: ${v.enum ? v.enum.map(stringLiteral).join(' | ') : 'string'} | undefined`);
  const lines = variables.map((v) => `- \`${v.name}\` (default ${v.defaults.map((d) => `\`${d}\``).join(' or ')})${v.description ? `: ${v.description}` : ''}`);
  const doc = `The values of the variables of the servers some operations are sent to (${[...new Set(variables.flatMap((v) => v.servers))].map((url) => `\`${url}\``).join(', ')}), while \`baseURL\` is the spec's server: \`${serverVariablesCall(api, variables)}\`. A variable left out takes its default.`;
  return [{ name: 'serverVariables', hasQuestionToken: true, type: `{ ${members.join('; ')} } | undefined`, docs: jsDoc([doc, lines.join('\n')]) }];
}

function configConstant(api: ApiIR, scope: TypeScope): StatementStructures {
  const credentials = credentialOptions(api).map((c) => c.spec);
  // Variable names come from `environment.ts`, which the browser build replaces by a twin without them.
  const fromEnvironment = (key: string) => `environmentVariables[${codeJSON(key)}]`;
  const fields: [string, string][] = [
    ['clientName', codeJSON(api.client.name)],
    ['packageName', codeJSON(api.package.name)],
    ['packageVersion', codeJSON(api.package.version)],
    ['defaultBaseURL', codeJSON(api.baseURL)],
    ...(api.client.baseURLEnv ? [['baseURLEnv', fromEnvironment(BASE_URL_KEY)] as [string, string]] : []),
    ...(api.client.logLevelEnv ? [['logLevelEnv', fromEnvironment(LOG_LEVEL_KEY)] as [string, string]] : []),
    ...(api.client.timeout === undefined ? [] : [['defaultTimeout', String(api.client.timeout)] as [string, string]]),
    ...(api.client.maxRetries === undefined ? [] : [['defaultMaxRetries', String(api.client.maxRetries)] as [string, string]]),
    ['credentials', `[${credentials.map((c) => credentialLiteral(c, fromEnvironment)).join(', ')}]`],
    ['authAlternatives', codeJSON(credentialAlternatives(api))],
    ...(sendsCredentialsPerCall(api) ? (scope.use('credentialsPerCall'), [['perCall', 'credentialsPerCall'] as [string, string]]) : []),
    // Only the APIs whose operations have servers with variables import the code that fills them in.
    ...(operationServerVariables(api).length > 0 ? (scope.use('operationServerURL'), [['operationServer', 'operationServerURL'] as [string, string]]) : []),
    ...specServerField(api),
  ];
  scope.use('authHelp');
  if (fields.some(([, value]) => value.includes('environmentVariables['))) scope.use('environmentVariables');
  // Only the APIs that send a credential other than as a bearer or plain header import the code that does.
  const placed = credentials.some((c) => c.scheme === 'basic' || c.scheme === 'oauth2-client' || c.query !== undefined || c.cookie !== undefined);
  // A signing API places its credentials through the signer, which places the others as usual.
  const placement = signingPlacement(api, scope, fromEnvironment) ?? (placed ? (scope.use('placeCredentials'), ['placeCredentials']) : []);
  const members = [...fields.map(([name, value]) => `${name}: ${value}`), 'authHelp', ...placement, ...authorizerMember(api, scope)];
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    docs: jsDoc(['What the runtime needs to know about this API, from the spec.']),
    declarations: [{ name: 'config', type: 'ClientConfig', initializer: `{\n${members.join(',\n')}\n}` }],
  };
}

/**
 * `specServer`: the default server's template as a pattern (`^https://(?:us|eu)\.api\.example\.com$`),
 * when operations have servers of their own, so that a `baseURL` `Client.serverURL` made still sends
 * them there. A variable with values matches those; one without, any text up to the next `/`.
 */
function specServerField(api: ApiIR): [string, string][] {
  const template = api.serverTemplate;
  if (!template || !api.operations.some((op) => op.serverURL !== undefined)) return [];
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const source = template.parts.map((part, i) => {
    if (i % 2 === 0) return escape(part);
    const values = template.variables.find((v) => v.name === part)?.enum;
    return values ? `(?:${values.map(escape).join('|')})` : '[^/?#]*';
  });
  return [['specServer', `new RegExp(${codeJSON(`^${source.join('')}$`)})`]];
}

/** `{ option: "apiToken", env: environmentVariables["apiToken"], header: "Authorization", scheme: "bearer" }` */
function credentialLiteral(spec: CredentialSpec, fromEnvironment: (key: string) => string): string {
  const fields = Object.entries(spec).map(([name, value]) => `${name}: ${name === 'env' ? fromEnvironment(spec.option) : codeJSON(value)}`);
  return `{ ${fields.join(', ')} }`;
}

/**
 * `static environments = { production: '…', sandbox: '…' } as const`: the servers the spec lists, by name,
 * for the `environment` option or as a `baseURL`. The generated client reads it, not the runtime, so a
 * client of a one-server API carries nothing of it.
 */
function environmentsProperty(api: ApiIR): OptionalKind<PropertyDeclarationStructure>[] {
  if (api.environments.length === 0) return [];
  const entries = api.environments.map((e) => `${valueKey(e.name)}: ${stringLiteral(e.url)}`);
  const lines = api.environments.map((e) => `- \`${e.name}\`${e.url === api.baseURL ? ' (the default)' : ''}: ${e.url}${e.description ? `, ${e.description}` : ''}`);
  const example = api.environments.find((e) => e.url !== api.baseURL) ?? api.environments[1]!;
  return [
    {
      name: 'environments',
      isStatic: true,
      isReadonly: true,
      initializer: `{ ${entries.join(', ')} } as const`,
      docs: jsDoc([`The servers the spec lists, by name: \`new ${api.client.name}({ environment: ${jsLiteral(example.name)} })\`, or as a \`baseURL\`.`, lines.join('\n')]),
    },
  ];
}

/**
 * `new EC2Client({ baseURL: EC2Client.serverURL({ region: 'eu-west-1' }) })`, for the JSDoc and the README:
 * a variable with choices, set to one that is not its default.
 */
export function serverURLCall(api: ApiIR): string | undefined {
  const variables = api.serverTemplate?.variables ?? [];
  const example = variables.find((v) => (v.enum?.length ?? 0) > 1) ?? variables[0];
  if (!example) return undefined;
  const value = example.enum?.find((choice) => choice !== example.default) ?? example.default;
  return `new ${api.client.name}({ baseURL: ${api.client.name}.serverURL({ ${valueKey(example.name)}: ${jsLiteral(value)} }) })`;
}

/**
 * The client without its resources: options, credentials, retries, logging, and the statics (errors,
 * environments, sign-in). The class users construct adds the resources; a bundle that builds a few
 * resources on this one (`new ActiveSession(new CloudflareCore())`) leaves the others out.
 */
function coreClientClass(api: ApiIR, regional: RegionalClient | undefined, scope: TypeScope): StatementStructures {
  const name = coreClientName(api.client.name);
  const options = api.environments.length > 0 ? `${name}.#withEnvironment(options)` : 'options';
  const someResource = api.resources.find((r) => api.operations.some((op) => op.resourcePath.join('.') === r.path.join('.')));
  return {
    kind: StructureKind.Class,
    name,
    isExported: true,
    extends: 'BaseClient<ClientOptions>',
    docs: jsDoc([
      `The \`${api.client.name}\` client without its resources, for a bundle that uses only some of them: build each on it${someResource ? ` (\`new ${someResource.className}(new ${name}(options))\`)` : ''}, and a bundler leaves the others out. Same options, credentials, retries and logging.`,
    ]),
    properties: [
      { name: baseErrorAlias(api.client.name), isStatic: true, initializer: 'SDKError', docs: jsDoc(['The base class of every error the client throws (the runtime\'s `SDKError`).']) },
      ...environmentsProperty(api),
      ...(regional?.properties ?? []),
    ],
    ctors: [{ parameters: [{ name: 'options', type: 'ClientOptions', initializer: '{}' }], statements: regional?.constructorStatements(options) ?? [`super(${options}, config);`] }],
    methods: [...withOptionsMethod(api, regional), ...environmentMethods(api), ...(regional?.methods ?? []), ...serverURLMethod(api), ...signInMethods(api, scope), ...deviceMethods(api, scope)],
  };
}

/** The client users construct: the core client with every resource of the API as a property. */
function clientClass(api: ApiIR, roots: readonly ResourceIR[]): StatementStructures {
  return {
    kind: StructureKind.Class,
    name: api.client.name,
    isExported: true,
    extends: coreClientName(api.client.name),
    docs: jsDoc([`The ${api.title} client.`, api.description]),
    properties: roots.map((r) => ({ name: r.path[0]!, type: r.className, isReadonly: true, initializer: `new ${r.className}(this)` })),
  };
}

/**
 * `withOptions`, when the base URL a client resolved must not stick to the clients it derives: one asked
 * for another environment, or for another region while its base URL is the regional default.
 */
function withOptionsMethod(api: ApiIR, regional: RegionalClient | undefined): OptionalKind<MethodDeclarationStructure>[] {
  const moves = [...(api.environments.length > 0 ? ['overrides.environment !== undefined'] : []), ...(regional ? [regional.movesBaseURL] : [])];
  if (moves.length === 0) return [];
  return [
    {
      name: 'withOptions',
      hasOverrideKeyword: true,
      parameters: [{ name: 'overrides', type: 'Partial<ClientOptions>' }],
      returnType: 'this',
      statements: [`return super.withOptions(overrides.baseURL == null && ${moves.length > 1 ? `(${moves.join(' || ')})` : moves[0]} ? { ...overrides, baseURL: undefined } : overrides);`],
    },
  ];
}

/**
 * For the `environment` option: the constructor turns it into a `baseURL` (unless one is given);
 * `withOptionsMethod` lets `client.withOptions({ environment: 'sandbox' })` move to the sandbox.
 */
function environmentMethods(api: ApiIR): OptionalKind<MethodDeclarationStructure>[] {
  if (api.environments.length === 0) return [];
  const name = coreClientName(api.client.name);
  const choices = api.environments.map((e) => e.name).join(', ');
  return [
    {
      name: '#withEnvironment',
      isStatic: true,
      parameters: [{ name: 'options', type: 'ClientOptions' }],
      returnType: 'ClientOptions',
      statements: [
        'if (options.environment === undefined || options.baseURL != null) return options;',
        `if (!Object.hasOwn(${name}.environments, options.environment)) throw new SDKError(\`environment must be one of ${choices.replace(/[`\\$]/g, '')}, got \${JSON.stringify(options.environment)}.\`);`,
        `return { ...options, baseURL: ${name}.environments[options.environment] };`,
      ],
    },
  ];
}

/**
 * `static serverURL(variables = {})`: the default server's URL with its variables (§4.8.6) filled in,
 * each typed by its `enum` and defaulting as the spec says, to pass as `baseURL`.
 */
function serverURLMethod(api: ApiIR): OptionalKind<MethodDeclarationStructure>[] {
  const template = api.serverTemplate;
  if (!template) return [];
  const type = `{ ${template.variables.map((v) => `${propertyKey(v.name)}?: ${v.enum ? v.enum.map(stringLiteral).join(' | ') : 'string'}`).join('; ')} }`;
  const pieces = template.parts.map((part, i) => (i % 2 === 0 ? stringLiteral(part) : `(variables[${stringLiteral(part)}] ?? ${stringLiteral(template.variables.find((v) => v.name === part)!.default)})`));
  const lines = template.variables.map((v) => `- \`${v.name}\` (default \`${v.default}\`)${v.description ? `: ${v.description}` : ''}`);
  return [
    {
      name: 'serverURL',
      isStatic: true,
      parameters: [{ name: 'variables', type, initializer: '{}' }],
      returnType: 'string',
      statements: [`return ${pieces.filter((piece) => piece !== "''").join(' + ') || "''"};`],
      docs: jsDoc([
        `The server's URL with its variables filled in, to pass as \`baseURL\`: \`${serverURLCall(api)}\`.`,
        lines.join('\n'),
      ]),
    },
  ];
}
