/**
 * The client options of an OAuth 2 client the generated client runs itself (client credentials, refresh
 * tokens), their JSDoc, and the runtime `authorizer` that uses them.
 */
import { StructureKind, VariableDeclarationKind, type MethodDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type StatementStructures } from 'ts-morph';
import type { ApiIR, OAuthClientIR, SecuritySchemeIR, SignInIR } from '../ir/types.js';
import type { OAuthFlows } from '../runtime/oauth.js';
import type { SignInFlow } from '../runtime/oauth-sign-in.js';
import type { DeviceFlow } from '../runtime/oauth-device.js';
import { codeJSON, stringLiteral } from './literals.js';
import { jsLiteral } from './example.js';
import { oauthScheme, type OAuthHalf } from './credential-options.js';
import { jsDoc, type DocTag } from './jsdoc.js';
import type { TypeScope } from './scope.js';

/** What an id, a secret or a refresh token is for, in its option's JSDoc. */
export function oauthHalfDoc(scheme: SecuritySchemeIR, oauth: OAuthClientIR, half: OAuthHalf): string {
  const { clientCredentials: flow, refresh } = oauth;
  if (half === 'refreshToken' && refresh) {
    return `An OAuth 2 refresh token (${oauth.openIdConnectURL ? 'from signing the user in by OpenID Connect' : `from the ${refresh.flow} flow, run by the app`}): the client trades it at ${tokenEndpointText(refresh.refreshURL, oauth)} for access tokens, before each expires and when the API refuses one, and keeps the new refresh token the server may hand out; \`${refresh.onRefreshOption}\` hears of it. With \`${scheme.option}\`, that token is sent until it is refused.`;
  }
  const what = half === 'clientId' ? 'id' : 'secret';
  const other = half === 'clientId' ? oauth.clientSecret.option : oauth.clientId.option;
  const fetches = flow ? `with \`${other}\`, and without \`${scheme.option}\`, the client fetches its own token from ${flow.tokenURL} and renews it before it expires` : undefined;
  const refreshes = refresh ? `sent to ${tokenEndpointText(refresh.refreshURL, oauth)} with the refresh token${half === 'clientId' ? ' (alone, for a public client)' : ''}` : undefined;
  return `The OAuth 2 client's ${what}: ${[fetches, refreshes].filter(Boolean).join('; ')}.`;
}

/** A token endpoint the spec names, or the one its OpenID Connect discovery document names, for JSDoc. */
function tokenEndpointText(url: string | undefined, oauth: OAuthClientIR): string {
  return url ?? `the token endpoint named by ${oauth.openIdConnectURL ?? ''}`;
}

/** How else a scheme's token can be had, in the JSDoc of the scheme's own option. */
export function oauthTokenDoc(oauth: OAuthClientIR): string {
  const ways = [
    oauth.clientCredentials ? `\`${oauth.clientId.option}\` and \`${oauth.clientSecret.option}\`` : undefined,
    oauth.refresh ? `a \`${oauth.refresh.refreshToken.option}\`` : undefined,
  ].filter(Boolean);
  return `Or pass ${ways.join(', or ')} and the client fetches one.`;
}

/** `scopes` and `onTokenRefresh`: what the client asks for by client credentials, and who hears of refreshed tokens. */
export function oauthOptions(api: ApiIR, scope: TypeScope): OptionalKind<PropertySignatureStructure>[] {
  const oauth = oauthScheme(api)?.oauth;
  if (!oauth) return [];
  const declared = oauth.scopes.map(([name, text]) => `- \`${name}\`${text ? `: ${text}` : ''}`).join('\n');
  const options: OptionalKind<PropertySignatureStructure>[] = [{ name: oauth.scopesOption, hasQuestionToken: true, type: 'readonly string[] | null | undefined', docs: jsDoc([scopesDoc(oauth), declared ? `The spec's scopes:\n${declared}` : undefined]) }];
  const { refresh } = oauth;
  if (refresh) {
    scope.use('RefreshedTokens');
    const doc = `Called after each refresh with the new access token and the refresh token to use next time, which the server may have replaced: store it, or the next run's \`${refresh.refreshToken.option}\` may be refused. The calls that waited for the token wait for it too; when it throws, they reject with an \`SDKError\`, and the next call refreshes again.`;
    options.push({ name: refresh.onRefreshOption, hasQuestionToken: true, type: '((tokens: RefreshedTokens) => void | Promise<void>) | null | undefined', docs: jsDoc([doc]) });
  }
  return options;
}

/** What `scopes` asks for, by each flow the client runs. */
function scopesDoc(oauth: OAuthClientIR): string {
  const ways = [
    oauth.clientCredentials ? `with \`${oauth.clientId.option}\` and \`${oauth.clientSecret.option}\`` : undefined,
    oauth.refresh ? `with a \`${oauth.refresh.refreshToken.option}\`, then a subset of those granted, since some servers want them named again` : undefined,
  ].filter(Boolean);
  return `The scopes to ask for when the client fetches its own token: ${ways.join('; or ')}. Unset, it names none and the server grants its default.`;
}

/** `authorizer: oauthClient({ tokenURL: '…', … })`, for an API whose OAuth 2 client the client runs. */
export function authorizerMember(api: ApiIR, scope: TypeScope): string[] {
  const scheme = oauthScheme(api);
  if (!scheme) return [];
  scope.use('oauthClient');
  const { clientCredentials: flow, refresh, clientId, clientSecret } = scheme.oauth;
  const flows: OAuthFlows = {
    ...(flow ? { tokenURL: flow.tokenURL } : {}),
    ...(refresh ? { refreshURL: refresh.refreshURL, refreshToken: refresh.refreshToken.option, onRefresh: refresh.onRefreshOption } : {}),
    ...(scheme.oauth.openIdConnectURL ? { openIdConnectURL: scheme.oauth.openIdConnectURL } : {}),
    clientId: clientId.option,
    clientSecret: clientSecret.option,
    scopes: scheme.oauth.scopesOption,
    token: scheme.option,
    header: scheme.paramName ?? 'Authorization',
  };
  return [`authorizer: oauthClient(${codeJSON(flows)})`];
}

/**
 * `const signInFlow: SignInFlow = { … }` and `const deviceFlow: DeviceFlow = { … }`: the flows that the
 * client class's sign-in statics run, for an API whose spec names their URLs.
 */
export function signInConstants(api: ApiIR, scope: TypeScope): StatementStructures[] {
  const scheme = oauthScheme(api);
  if (!scheme) return [];
  const { signIn, device, clientId, clientSecret, openIdConnectURL } = scheme.oauth;
  const client = { clientId: clientId.option, clientSecret: clientSecret.option };
  return [
    ...(signIn ? [flowConstant(scope, 'signInFlow', 'SignInFlow', signInFlow(signIn, openIdConnectURL, client), openIdConnectURL ? "The spec's OpenID Connect provider: its discovery document names where `authorizationURL` sends users to sign in, and where `exchangeCode` trades the code they come back with." : "The spec's authorization-code flow: where `authorizationURL` sends users to sign in, and where `exchangeCode` trades the code they come back with.")] : []),
    ...(device ? [flowConstant(scope, 'deviceFlow', 'DeviceFlow', { deviceAuthorizationURL: device.deviceAuthorizationURL, tokenURL: device.tokenURL, ...client } satisfies DeviceFlow, "The spec's device authorization flow: where `deviceAuthorization` asks for codes, and where it trades them for tokens.")] : []),
  ];
}

/** The sign-in's URLs, or the discovery document that names them; the options of the client's id and secret. */
function signInFlow(signIn: SignInIR, openIdConnectURL: string | undefined, client: Pick<SignInFlow, 'clientId' | 'clientSecret'>): Record<string, string> {
  const where: Record<string, string> = openIdConnectURL ? { openIdConnectURL } : { authorizationURL: signIn.authorizationURL ?? '', tokenURL: signIn.tokenURL ?? '' };
  return { ...where, ...client } satisfies SignInFlow;
}

function flowConstant(scope: TypeScope, name: string, type: string, flow: Readonly<Record<string, string>>, doc: string): StatementStructures {
  scope.use(type);
  const initializer = `{ ${Object.entries(flow).map(([key, value]) => `${key}: ${stringLiteral(value)}`).join(', ')} }`;
  return { kind: StructureKind.VariableStatement, declarationKind: VariableDeclarationKind.Const, docs: jsDoc([doc]), declarations: [{ name, type, initializer }] };
}

/** `<'read' | 'write' | (string & {})>`: the spec's scopes offered first by editors, any other accepted. */
function scopeArgument(scopes: readonly string[]): string {
  return scopes.length > 0 ? `<${[...scopes.map(stringLiteral), '(string & {})'].join(' | ')}>` : '';
}

/** The client class's statics that sign a user in: `authorizationURL`, then `exchangeCode`. */
export function signInMethods(api: ApiIR, scope: TypeScope): OptionalKind<MethodDeclarationStructure>[] {
  const scheme = oauthScheme(api);
  const signIn = scheme?.oauth.signIn;
  if (!scheme || !signIn) return [];
  const { oauth } = scheme;
  ['authorizationURL', 'exchangeCode', 'AuthorizationURLParams', 'AuthorizationRequest', 'CodeExchangeParams', 'SignInTokens'].forEach((name) => scope.use(name));
  const scopes = scopeArgument(signIn.scopes);
  const client = api.client.name;
  const { start, exchange } = signInExamples(client, signIn.scopes[0]);
  return [
    {
      name: 'authorizationURL',
      isStatic: true,
      parameters: [{ name: 'params', type: `AuthorizationURLParams${scopes}` }],
      returnType: 'Promise<AuthorizationRequest>',
      statements: ['return authorizationURL(config, signInFlow, params);'],
      docs: jsDoc(
        [
          `Signing a user in, step one (the spec's ${oauth.openIdConnectURL ? 'OpenID Connect provider' : 'OAuth 2 authorization-code flow'}, with PKCE): the URL of ${signIn.authorizationURL ?? `the authorization endpoint that ${oauth.openIdConnectURL} names`} to send them to, with a fresh \`state\` and PKCE verifier. Keep \`state\` and \`codeVerifier\` (in their session) until they come back to \`redirectURI\`, then pass them to \`${client}.exchangeCode\`.`,
        ],
        [exampleTag(start)],
      ),
    },
    {
      name: 'exchangeCode',
      isStatic: true,
      parameters: [{ name: 'params', type: 'CodeExchangeParams' }],
      returnType: 'Promise<SignInTokens>',
      statements: ['return exchangeCode(config, signInFlow, params);'],
      docs: jsDoc(
        [
          `Signing a user in, step two: checks the URL they came back to (its \`state\` must be the one \`${client}.authorizationURL\` returned; an error the server sent instead is thrown) and trades its code at ${signIn.tokenURL ?? tokenEndpointText(undefined, oauth)} for their tokens. Build the client with them, and store the refresh token for the next run. Timed out like any call; not retried after an ambiguous failure, since a code is good once.`,
        ],
        [exampleTag(exchange)],
      ),
    },
  ];
}

/** The statics' examples: step one alone, and both steps; `scope`, the spec's first, if it lists any. */
function signInExamples(client: string, scope: string | undefined): { start: string; exchange: string } {
  // One field a line, as prettier writes a call that is longer than a line (it never formats a comment's code).
  const start = [
    `const { url, state, codeVerifier } = await ${client}.authorizationURL({`,
    `  redirectURI: 'https://app.example.com/callback',`,
    ...(scope !== undefined ? [`  scopes: [${jsLiteral(scope)}],`] : []),
    '});',
  ].join('\n');
  const exchange = [
    `// Send the user to url; keep state and codeVerifier until they come back to the redirect URI.`,
    start,
    `const tokens = await ${client}.exchangeCode({`,
    `  callbackURL: 'https://app.example.com/callback?code=…&state=…', // the URL they came back to`,
    `  state,`,
    `  codeVerifier,`,
    `  redirectURI: 'https://app.example.com/callback',`,
    `});`,
  ].join('\n');
  return { start, exchange };
}

/** The client class's static that signs a user in on another device: `deviceAuthorization`. */
export function deviceMethods(api: ApiIR, scope: TypeScope): OptionalKind<MethodDeclarationStructure>[] {
  const device = oauthScheme(api)?.oauth.device;
  if (!device) return [];
  ['deviceAuthorization', 'DeviceAuthorizationParams', 'DeviceAuthorization'].forEach((name) => scope.use(name));
  const client = api.client.name;
  const example = [
    `const authorization = await ${client}.deviceAuthorization(${device.scopes.length > 0 ? `{ scopes: [${jsLiteral(device.scopes[0])}] }` : ''});`,
    'console.log(`Open ${authorization.verificationURI} and enter ${authorization.userCode}`);',
    'const tokens = await authorization.tokens();',
  ].join('\n');
  return [
    {
      name: 'deviceAuthorization',
      isStatic: true,
      parameters: [{ name: 'params', type: `DeviceAuthorizationParams${scopeArgument(device.scopes)}`, initializer: '{}' }],
      returnType: 'Promise<DeviceAuthorization>',
      statements: ['return deviceAuthorization(config, deviceFlow, params);'],
      docs: jsDoc(
        [
          `Signing a user in on a device without a browser (the spec's OAuth 2 device authorization flow, RFC 8628): asks ${device.deviceAuthorizationURL} for codes. Show the user \`userCode\` and \`verificationURI\`, then await \`tokens()\`, which polls ${device.tokenURL} until they approve on another device.`,
        ],
        [exampleTag(example)],
      ),
    },
  ];
}

/** An `@example` tag holding one TypeScript block. */
function exampleTag(code: string): DocTag {
  return { tagName: 'example', text: ['', '```ts', code, '```'].join('\n') };
}
