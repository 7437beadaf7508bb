/**
 * `api.md`: every method and every exported name of the package, grouped as the client is: the client,
 * each resource with its methods, request types and request builders, the models, then the runtime.
 * Past a budget, the resources and the models go on pages of their own (`docs/api/`).
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
import { LAYOUT } from './layout.js';
import { pagePaths } from './page-paths.js';
import { renderWithin } from './render-within.js';
import { grouped, plural } from '../../util/plural.js';

/**
 * Characters of Markdown past which each resource's part of api.md, and the models, move to pages of
 * their own (`docs/api/`), the client's part staying in api.md with a list linking to them. Cloudflare's
 * 1,535 methods made an api.md of 1.1 MB: one page slow to load and to search, where a reader looks for
 * one resource (the official SDK splits its reference by resource too). The seed API's is 13 KB.
 */
export const API_MD_BUDGET = 256_000;

/** The models' page when api.md is split; a resource named `models` gets `models-2.md`. */
const MODELS_PAGE = 'models';

/** api.md, and the pages of its resources and models when it would not fit in `budget`: path → Markdown. */
export function apiReferenceFiles(api: ApiIR, runtime: readonly RuntimeExport[] = [], budget = API_MD_BUDGET): Map<string, string> {
  const { symbols } = plan(api);
  const groups = operationsByResource(api);
  const title = heading(1, `${api.package.name} API reference`);
  const client = clientSection(api);
  const webhooks = webhooksSection(api);
  const runtimeNames = runtimeSection(runtime);
  const resources = renderWithin(groups, (group) => resourceSection(api, group, symbols, 2), budget);
  const whole =
    resources &&
    blocks(title, `Every method and every name the package exports. ${readmeLink(api)}`, client, ...resources, resourceClasses(api), modelsSection(api, 2), webhooks, runtimeNames);
  if (whole !== undefined && whole.length <= budget) return new Map([['api.md', whole]]);
  const paths = pagePaths(groups, LAYOUT.apiDocs, [MODELS_PAGE]);
  // Pages are two folders down (`docs/api/`).
  const back = `Part of the [API reference](../../api.md) of ${code(api.package.name)}.`;
  const models = modelsSection(api, 1, back);
  const modelsPath = `${LAYOUT.apiDocs}${MODELS_PAGE}.md`;
  const where = models ? `each resource's on a page of its own, and the models on [one more](./${modelsPath})` : `each resource's on a page of its own`;
  const index = blocks(
    title,
    `Every method and every name the package exports: the client's here, ${where}. ${readmeLink(api)}`,
    client,
    resourcesIndex(api, groups, paths),
    webhooks,
    runtimeNames,
  );
  return new Map([
    ['api.md', index],
    ...groups.map((group, i): [string, string] => [paths[i]!, resourceSection(api, group, symbols, 1, back)]),
    ...(models ? [[modelsPath, models] as [string, string]] : []),
  ]);
}

function readmeLink(api: ApiIR): string {
  return `The [README](./README.md) shows how to use them; ${code(`import ${api.client.name} from '${api.package.name}'`)} gives the client.`;
}

/** api.md alone, as one page whatever its length (for tests of its content). */
export function apiReference(api: ApiIR, runtime: readonly RuntimeExport[] = []): string {
  return apiReferenceFiles(api, runtime, Infinity).get('api.md')!;
}

/**
 * The resources of a split api.md, as "Resource classes" lists them, each with methods linking to its
 * page; a resource that only holds others (`client.realtimeKit`) has none.
 */
function resourcesIndex(api: ApiIR, groups: ReturnType<typeof operationsByResource>, paths: readonly string[]): string {
  const pages = new Map(groups.map((g, i) => [g.path.join('.'), { page: paths[i]!, methods: g.operations.length }]));
  const entries = api.resources.map((r) => {
    const where = code(['client', ...r.path].join('.'));
    const own = pages.get(r.path.join('.'));
    return item(r.className, own ? `[${where}](./${own.page}), ${plural(own.methods, 'method', grouped)}` : where);
  });
  return blocks(heading(2, 'Resources'), 'Each resource of the client is an instance of its own exported class; the page of each documents its methods, types and request builders.', entries.join('\n'));
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

function resourceSection(api: ApiIR, group: ReturnType<typeof operationsByResource>[number], symbols: Plan['symbols'], level: number, lead?: string): string {
  const types = group.operations.flatMap((op) => [paramsTypeName(op), responseTypeName(op), itemTypeName(op), callbacksTypeName(op)]).filter((n) => symbols.has(n));
  return blocks(
    heading(level, `${group.className}: ${code(['client', ...group.path].join('.'))}`),
    lead,
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

function modelsSection(api: ApiIR, level: number, lead?: string): string | undefined {
  if (api.models.length === 0) return undefined;
  return blocks(heading(level, 'Models'), lead, 'Types shared by several operations, from the spec\'s `components/schemas`:', api.models.flatMap(modelItems).join('\n'));
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
