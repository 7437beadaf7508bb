/** The README's `Client options` section: credentials from the spec, then the options every client has. */
import { isAbsoluteURL } from '../../../util/url.js';
import type { ApiIR, SecuritySchemeIR } from '../../../ir/types.js';
import { defaultMaxRetries, defaultTimeout, operationServerVariables, serverURLCall, serverVariablesCall } from '../../client-file.js';
import { awsKeyPart, awsScheme, checksCredentialsPerCall, credentialAlternatives, credentialOptions, credentialPolicy, supportedSchemes, tokenSourceSentence, type CredentialOption } from '../../credential-options.js';
import { oauthHalfText, oauthRows, oauthSections, tokenEndpointOnly } from './oauth.js';
import { awsRows, awsSection } from './aws.js';
import { awsKeyDoc } from '../../aws-options.js';
import { blocks, code, codeBlock, heading, table } from '../markdown.js';
import { isIdentifier } from '../../../util/names.js';
import { jsLiteral } from '../../example.js';
import { firstTakingOptionsForParams, methodPath } from '../signature.js';

export function clientOptions(api: ApiIR): string {
  return blocks(
    heading(2, 'Client options'),
    `${code(`new ${api.client.name}(options?)`)} takes these options. Environment variables are read where there is an environment (Node.js, Bun, Deno with \`--allow-env\`); a blank value counts as unset.`,
    table(['Option', 'Default', 'Description'], [...credentialRows(api), ...commonRows(api)]),
    environments(api),
    serverVariables(api),
    operationServerVariablesSection(api),
    authentication(api),
    oauthSections(api),
    awsSection(api),
    heading(3, 'Per-request options'),
    'The last argument of every method overrides the client\'s options for that call:',
    table(['Option', 'Description'], REQUEST_OPTIONS),
    optionsForParams(api),
    heading(3, 'Deriving a client'),
    `${code('client.withOptions(overrides)')} returns a new client of the same class with the overrides applied; the credentials are kept.`,
    codeBlock('ts', `const patient = client.withOptions({ timeout: 120_000, maxRetries: 5 });`),
  );
}

/** Where some methods take the options in the place of their parameters, one example of it. */
function optionsForParams(api: ApiIR): string {
  const op = firstTakingOptionsForParams(api);
  if (!op) return '';
  const positional = op.parameters.filter((p) => p.positional).map((p) => p.argName);
  const call = `${methodPath(op)}(${[...positional, '{ timeout: 5_000 }'].join(', ')})`;
  return `A method whose parameters are all optional also takes these options in their place (${code(call)}), as a method without parameters does, so a parameter the spec adds later changes no call.`;
}

function credentialRows(api: ApiIR): string[][] {
  const rows = credentialOptions(api).map((c) => [code(c.option), c.env ? code(`process.env[${jsLiteral(c.env)}]`) : '', credentialRowText(c)]);
  return [...rows, ...oauthRows(api), ...awsRows(api)];
}

/** What a credential option is, in the options table. */
function credentialRowText(c: CredentialOption): string {
  const { aws } = c.scheme;
  const part = awsKeyPart(c);
  if (aws && part) return `${awsKeyDoc(aws, part)} See [AWS Signature Version 4](#aws-signature-version-4).`;
  return c.half ? oauthHalfText(c) : credentialText(c.scheme);
}

/** The spec's description, plus where the credential travels when the description does not say. */
function credentialText(scheme: SecuritySchemeIR): string {
  const description = [scheme.description?.trim(), tokenSourceSentence(scheme, code)].filter(Boolean).join(' ');
  const name = scheme.paramName ?? '';
  if (name === '' || description.includes(name)) return description;
  const how = {
    bearer: code(`${name}: Bearer <token>`),
    basic: `${code(`${name}: Basic <base64>`)}, from the value ${code('user:password')}`,
    'apiKey-query': `the query parameter ${code(name)}`,
    'apiKey-cookie': `the cookie ${code(name)}`,
  }[scheme.type as string] ?? code(name);
  // The spec's description may end without a full stop (`Amazon Signature authorization v4`).
  const sentence = description === '' || /[.!?:)]$/.test(description) ? description : `${description}.`;
  return `${sentence}${sentence === '' ? '' : ' '}Sent as ${how}.`;
}

/** The servers the spec lists, when there are several: the `environment` option, and `Client.environments`. */
function environments(api: ApiIR): string | undefined {
  if (api.environments.length === 0) return undefined;
  const other = api.environments.find((e) => e.url !== api.baseURL) ?? api.environments[1]!;
  const access = isIdentifier(other.name) ? `.${other.name}` : `[${jsLiteral(other.name)}]`;
  return blocks(
    heading(3, 'Environments'),
    `The spec's servers, by name: the ${code('environment')} option chooses one (an explicit ${code('baseURL')} wins over it; it wins over the base URL's environment variable), and ${code(`${api.client.name}.environments`)} holds their URLs.`,
    table(['Name', 'URL', 'Description'], api.environments.map((e) => [code(e.name), `${code(e.url)}${e.url === api.baseURL ? ' (the default)' : ''}`, e.description ?? ''])),
    codeBlock('ts', `const client = new ${api.client.name}({ environment: ${jsLiteral(other.name)} });\nconst same = new ${api.client.name}({ baseURL: ${api.client.name}.environments${access} });\nconst production = client.withOptions({ environment: ${jsLiteral(api.environments.find((e) => e.url === api.baseURL)?.name ?? api.environments[0]!.name)} });`),
  );
}

/** The default server's variables (`https://{region}.example.com`): `Client.serverURL` fills them in. */
function serverVariables(api: ApiIR): string | undefined {
  const call = serverURLCall(api);
  if (!api.serverTemplate || !call) return undefined;
  return blocks(
    heading(3, 'Server variables'),
    `The server's URL has variables; ${code(`${api.client.name}.serverURL(variables)`)} fills them in, each left out taking its default, to pass as ${code('baseURL')}:`,
    table(['Variable', 'Default', 'Values', 'Description'], api.serverTemplate.variables.map((v) => [code(v.name), code(v.default), (v.enum ?? []).map(code).join(', '), v.description ?? ''])),
    codeBlock('ts', `const client = ${call};`),
  );
}

/** The variables of the servers some operations have of their own: the `serverVariables` option chooses them. */
function operationServerVariablesSection(api: ApiIR): string | undefined {
  const variables = operationServerVariables(api);
  if (variables.length === 0) return undefined;
  const servers = [...new Set(variables.flatMap((v) => v.servers))].map(code).join(', ');
  return blocks(
    heading(3, 'Operation server variables'),
    `Some operations are sent to a server of their own whose URL has variables (${servers}). The ${code('serverVariables')} option chooses their values, each left out taking its default, while ${code('baseURL')} is the spec's server; ${code('withOptions({ serverVariables })')} chooses others for a derived client:`,
    table(['Variable', 'Default', 'Values', 'Description'], variables.map((v) => [code(v.name), v.defaults.map(code).join(', '), (v.enum ?? []).map(code).join(', '), v.description ?? ''])),
    codeBlock('ts', `const client = ${serverVariablesCall(api, variables)};`),
  );
}

/** A spec without an absolute server leaves the client without a host: users must say where requests go. */
function baseURLDescription(api: ApiIR): string {
  const { baseURL } = api;
  const where = isAbsoluteURL(baseURL) ? 'Where requests go.' : baseURL === '' ? 'Where requests go. Required: the spec names no server.' : 'Where requests go. The spec\'s server is relative: in a browser it resolves against the page; elsewhere pass an absolute URL.';
  return `${where}${ownServerSentence(api)}`;
}

/** For an API whose spec gives some operations a server of their own: where those go. */
function ownServerSentence(api: ApiIR): string {
  const own = api.operations.filter((op) => op.serverURL !== undefined);
  if (own.length === 0) return '';
  const servers = [...new Set(own.map((op) => code(op.serverURL!)))].join(', ');
  const which = own.length === 1 ? 'One operation has' : `${own.length} operations have`;
  return ` ${which} a server of ${own.length === 1 ? 'its' : 'their'} own (${servers}), used while this is the spec's server; any other base URL (a mock server, a proxy, another environment) takes every request.`;
}

function commonRows(api: ApiIR): string[][] {
  const env = (name: string | undefined, fallback: string): string => (name ? `${code(`process.env[${jsLiteral(name)}]`)}, else ${fallback}` : fallback);
  return [
    [code('baseURL'), env(api.client.baseURLEnv, api.baseURL === '' ? '' : code(api.baseURL)), baseURLDescription(api)],
    [code('timeout'), `${defaultTimeout(api)} ms`, 'Per attempt, for the response headers and again for the body.'],
    [code('maxRetries'), String(defaultMaxRetries(api)), 'Retries after a failed attempt (see [Retries](#retries)).'],
    [code('fetch'), code('globalThis.fetch'), 'The `fetch` implementation to use.'],
    [code('fetchOptions'), '', 'Passed to every `fetch` call (for example `dispatcher`, `cache`, `keepalive`).'],
    [code('defaultHeaders'), '', 'Sent with every request; a header set to `null` is removed.'],
    [code('defaultQuery'), '', 'Added to every request\'s query string.'],
    ...(operationServerVariables(api).length > 0 ? [[code('serverVariables'), '', 'The values of the variables of the servers some operations have of their own (see [Operation server variables](#operation-server-variables)).']] : []),
    [code('logLevel'), env(api.client.logLevelEnv, code("'warn'")), "`'off'`, `'error'`, `'warn'`, `'info'` or `'debug'` (see [Logging](#logging))."],
    [code('logger'), code('console'), 'Anything with `error`, `warn`, `info` and `debug` methods.'],
  ];
}

/** Which credentials must go together, from the spec's security requirements; or how to send one anyway. */
function authentication(api: ApiIR): string | undefined {
  if (supportedSchemes(api).length === 0) return withoutSchemes(api);
  const checked = credentialAlternatives(api);
  const withoutAny = api.operations.filter((op) => credentialPolicy(api, op) === 'none');
  const one = withoutAny.length === 1;
  const kept = withoutAny.length === 0 ? '' : ` ${one ? 'The operation' : `The ${withoutAny.length} operations`} whose security is empty (${code('security: []')}) ${one ? 'is' : 'are'} sent none.`;
  const only = tokenEndpointOnly(api);
  const signing = awsScheme(api) ? ' The AWS key is never sent: it signs each request.' : '';
  const sent = `${only ? `Every credential that is set is sent, except ${only}: those go to the token endpoint only.` : 'Every credential that is set is sent.'}${signing}${kept}`;
  const safe = 'Credentials never appear in `JSON.stringify(client)`, `console.log(client)`, error messages or log lines, and a redirect to another origin (a download handed to a storage host) is followed without them outside browsers, where the browser decides.';
  if (checked.length === 0) return withoutAny.length === 0 ? undefined : `${sent} ${safe}`;
  const alternatives = checked.map((alt) => alt.map(code).join(' and '));
  const needed = alternatives.length === 1 ? alternatives[0]! : `one of: ${alternatives.join('; or ')}`;
  const without = checked.length === 1 && checked[0]!.length === 1 ? 'without it' : 'without them';
  return `${needsCredentials(api, needed, without)} ${sent} ${safe}`;
}

/** When the client checks its credentials: at construction, or, when some operations need none, at each call of one that does. */
function needsCredentials(api: ApiIR, needed: string, without: string): string {
  const reason = ` naming the options and environment variables to set`;
  if (!checksCredentialsPerCall(api)) return `The client needs ${needed}; ${without} the constructor throws an ${code('SDKError')}${reason}.`;
  const free = api.operations.filter((op) => credentialPolicy(api, op) !== undefined).length;
  return [
    `The operations that need credentials need ${needed}; ${without}, calling one rejects with an ${code('SDKError')}${reason}, before anything is sent.`,
    `${free === 1 ? 'The other operation' : `The other ${free} operations`} (marked "Needs no credentials" under [Methods](#methods)) ${free === 1 ? 'needs' : 'need'} none, so a client can be built without any: to obtain a token, for example, and then make a client that has it with ${code('client.withOptions({ … })')}.`,
  ].join(' ');
}

/** A spec without security schemes (GitHub's) gives the client no credential option: headers carry one. */
function withoutSchemes(api: ApiIR): string {
  return blocks(
    `The spec declares no security scheme, so the client has no credential option. An API that takes one anyway gets it through ${code('defaultHeaders')}:`,
    codeBlock('ts', `const client = new ${api.client.name}({\n  defaultHeaders: { Authorization: \`Bearer \${process.env['API_TOKEN']}\` },\n});`),
    'Headers named like credentials (`Authorization`, `Cookie`, anything with `token`, `secret` or `api-key` in its name) are masked in log lines.',
  );
}

const REQUEST_OPTIONS: string[][] = [
  [code('timeout'), 'Milliseconds per attempt.'],
  [code('maxRetries'), 'Retries for this call.'],
  [code('signal'), 'An `AbortSignal`; aborting rejects the call with `APIUserAbortError`, even between attempts.'],
  [code('headers'), 'Extra headers; a header set to `null` removes one the client would send.'],
  [code('query'), 'Extra query parameters.'],
  [code('fetchOptions'), 'Passed to `fetch` for this call.'],
  [code('idempotencyKey'), 'Sent as `Idempotency-Key`; lets a non-idempotent call be retried after an ambiguous failure.'],
];
