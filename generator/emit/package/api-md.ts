/**
 * `api.md`: every method and every exported name of the package, grouped as the client is: the client,
 * each resource with its methods, request types and request builders, the models, then the runtime.
 * The generated names come from the plan (what `src/index.ts` exports); the runtime's from its sources.
 */
import type { ApiIR, ModelIR, OperationIR } from '../../ir/types.js';
import { baseErrorAlias, builderName, callbacksTypeName, coreClientName, itemTypeName, paramsTypeName, responseTypeName } from '../../normalize/names.js';
import { plan, type Plan } from '../../plan/plan.js';
import { blocks, code, firstSentence, heading, plainText } from './markdown.js';
import { runtimeSection } from './api-md-runtime.js';
import type { RuntimeExport } from './runtime-exports.js';
import { httpLine } from '../operation-path.js';
import { oauthScheme } from '../credential-options.js';
import { jsLiteral } from '../example.js';
import { methodArguments, methodSignature, operationsByResource } from './signature.js';

export function apiReference(api: ApiIR, runtime: readonly RuntimeExport[] = []): string {
  const { symbols } = plan(api);
  return blocks(
    heading(1, `${api.package.name} API reference`),
    `Every method and every name the package exports. The [README](./README.md) shows how to use them; ${code(`import ${api.client.name} from '${api.package.name}'`)} gives the client.`,
    clientSection(api),
    ...operationsByResource(api).map((group) => resourceSection(api, group, symbols)),
    resourceClasses(api),
    modelsSection(api),
    webhooksSection(api),
    runtimeSection(runtime),
  );
}

function clientSection(api: ApiIR): string {
  return blocks(
    heading(2, 'Client'),
    [
      item(api.client.name, `the client class, also the default export: ${code(`new ${api.client.name}(options?: ClientOptions)`)}.`),
      item(coreClientName(api.client.name), `the client without its resources, to build only the ones a bundle uses on it: ${code(`new ${coreClientName(api.client.name)}(options?: ClientOptions)`)} (see the README's Tree shaking).`),
      item('ClientOptions', 'its options: credentials, base URL, timeout, retries, fetch, headers, query and logging.'),
      item(baseErrorAlias(api.client.name), `the base class of every error the client throws: the runtime's ${code('SDKError')} under this package's name, also a static of ${code(api.client.name)}.`),
    ].join('\n'),
    api.environments.length > 0 && `${code(`${api.client.name}.environments`)} names the spec's servers (${api.environments.map((e) => code(e.name)).join(', ')}), to pass as ${code('baseURL')}.`,
    signInStatics(api),
    `${code('client.withOptions(overrides)')} returns a client of the same class with some options changed. ${code('client.get')}, ${code('post')}, ${code('put')}, ${code('patch')} and ${code('delete')} ${code('(path, options?)')} send a request to a path the spec does not describe, with the same retries, errors and logging.`,
  );
}

/** The statics that sign a user in, for an API with an authorization-code or a device authorization flow. */
function signInStatics(api: ApiIR): string | undefined {
  const oauth = oauthScheme(api)?.oauth;
  const client = api.client.name;
  const byCode = oauth?.signIn && `Signing a user in by the spec's ${oauth.openIdConnectURL ? 'OpenID Connect provider' : 'OAuth 2 authorization-code flow'}: ${code(`${client}.authorizationURL(params: AuthorizationURLParams): Promise<AuthorizationRequest>`)} gives the URL to send them to, with the ${code('state')} and PKCE ${code('codeVerifier')} to keep; ${code(`${client}.exchangeCode(params: CodeExchangeParams): Promise<SignInTokens>`)} checks the redirect back and trades its code for their tokens.`;
  const device = oauth?.device && `On a device without a browser, by the device authorization flow: ${code(`${client}.deviceAuthorization(params?: DeviceAuthorizationParams): Promise<DeviceAuthorization>`)} gives the code to show the user, and ${code('tokens()')} waits for their approval.`;
  return [byCode, device].filter(Boolean).join(' ') || undefined;
}

function resourceSection(api: ApiIR, group: ReturnType<typeof operationsByResource>[number], symbols: Plan['symbols']): string {
  const types = group.operations.flatMap((op) => [paramsTypeName(op), responseTypeName(op), itemTypeName(op), callbacksTypeName(op)]).filter((n) => symbols.has(n));
  return blocks(
    heading(2, `${group.className}: ${code(['client', ...group.path].join('.'))}`),
    'Methods:',
    group.operations.map((op) => `- ${code(methodSignature(api, op))}  \n  ${code(httpLine(op))}${op.summary ? `: ${plainText(firstSentence(op.summary))}` : ''}`).join('\n'),
    'Types:',
    types.map((name) => `- ${code(name)}`).join('\n'),
    'Request builders (pure functions returning the request a method would send):',
    group.operations.map((op) => `- ${code(builderSignature(api, op))}`).join('\n'),
  );
}

function builderSignature(api: ApiIR, op: OperationIR): string {
  return `${builderName(op)}(${methodArguments(api, op).slice(0, -1).join(', ')}): BuiltRequest`;
}

function resourceClasses(api: ApiIR): string {
  return blocks(
    heading(2, 'Resource classes'),
    'Each resource of the client is an instance of its own exported class:',
    api.resources.map((r) => item(r.className, code(['client', ...r.path].join('.')))).join('\n'),
  );
}

function modelsSection(api: ApiIR): string | undefined {
  if (api.models.length === 0) return undefined;
  return blocks(heading(2, 'Models'), 'Types shared by several operations, from the spec\'s `components/schemas`:', api.models.flatMap(modelItems).join('\n'));
}

function webhooksSection(api: ApiIR): string | undefined {
  const name = api.webhooksName;
  if (name === undefined) return undefined;
  return blocks(
    heading(2, 'Webhooks'),
    `Requests the API sends to your server. ${code(name)} types their bodies, by webhook name:`,
    api.webhooks.map((w) => item(`${name}[${jsLiteral(w.name)}]`, w.summary === undefined ? firstSentence(w.description) : plainText(firstSentence(w.summary)))).join('\n'),
  );
}

function item(name: string, text: string): string {
  return `- ${code(name)}${text ? `: ${text}` : ''}`;
}

/** A model, then the types of its shapes one way (`CategoryInput`), each with what it is. */
function modelItems(m: ModelIR): string[] {
  const { request, response } = m.directedNames ?? {};
  return [
    item(m.name, firstSentence(m.schema.description)),
    ...(request ? [item(request, `\`${m.name}\` as a request carries it, without the fields the server sets.`)] : []),
    ...(response ? [item(response, `\`${m.name}\` as a response carries it, without the fields only clients send.`)] : []),
  ];
}
