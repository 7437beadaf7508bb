/**
 * The client options of an OAuth 2 client the generated client runs itself (client credentials, refresh
 * tokens), their JSDoc, and the runtime `authorizer` that uses them.
 */
import { StructureKind, VariableDeclarationKind, type MethodDeclarationStructure, type OptionalKind, type PropertySignatureStructure, type StatementStructures } from 'ts-morph';
import type { ApiIR, OAuthClientIR, SecuritySchemeIR } from '../ir/types.js';
import type { OAuthFlows } from '../runtime/oauth.js';
import type { SignInFlow } from '../runtime/oauth-sign-in.js';
import { stringLiteral } from './literals.js';
import { oauthScheme, type OAuthHalf } from './credential-options.js';
import { jsDoc } from './jsdoc.js';
import type { TypeScope } from './scope.js';

/** What an id, a secret or a refresh token is for, in its option's JSDoc. */
export function oauthHalfDoc(scheme: SecuritySchemeIR, oauth: OAuthClientIR, half: OAuthHalf): string {
  const { clientCredentials: flow, refresh } = oauth;
  if (half === 'refreshToken' && refresh) {
    return `An OAuth 2 refresh token (from the ${refresh.flow} flow, run by the app): the client trades it at ${refresh.refreshURL} for access tokens, before each expires and when the API refuses one, and keeps the new refresh token the server may hand out; \`${refresh.onRefreshOption}\` hears of it. With \`${scheme.option}\`, that token is sent until it is refused.`;
  }
  const what = half === 'clientId' ? 'id' : 'secret';
  const other = half === 'clientId' ? oauth.clientSecret.option : oauth.clientId.option;
  const fetches = flow ? `with \`${other}\`, and without \`${scheme.option}\`, the client fetches its own token from ${flow.tokenURL} and renews it before it expires` : undefined;
  const refreshes = refresh ? `sent to ${refresh.refreshURL} with the refresh token${half === 'clientId' ? ' (alone, for a public client)' : ''}` : undefined;
  return `The OAuth 2 client's ${what}: ${[fetches, refreshes].filter(Boolean).join('; ')}.`;
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
    clientId: clientId.option,
    clientSecret: clientSecret.option,
    scopes: scheme.oauth.scopesOption,
    token: scheme.option,
    header: scheme.paramName ?? 'Authorization',
  };
  return [`authorizer: oauthClient(${JSON.stringify(flows)})`];
}

/**
 * `const signInFlow: SignInFlow = { … }`: the authorization-code flow that the client class's
 * `authorizationURL` and `exchangeCode` run, for an API whose spec names both its URLs.
 */
export function signInConstant(api: ApiIR, scope: TypeScope): StatementStructures[] {
  const scheme = oauthScheme(api);
  const signIn = scheme?.oauth.signIn;
  if (!scheme || !signIn) return [];
  scope.use('SignInFlow');
  const flow: SignInFlow = { authorizationURL: signIn.authorizationURL, tokenURL: signIn.tokenURL, clientId: scheme.oauth.clientId.option, clientSecret: scheme.oauth.clientSecret.option };
  const initializer = `{ ${Object.entries(flow).map(([name, value]) => `${name}: ${stringLiteral(value)}`).join(', ')} }`;
  return [
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: jsDoc(["The spec's authorization-code flow: where `authorizationURL` sends users to sign in, and where `exchangeCode` trades the code they come back with."]),
      declarations: [{ name: 'signInFlow', type: 'SignInFlow', initializer }],
    },
  ];
}

/** The client class's statics that sign a user in: `authorizationURL`, then `exchangeCode`. */
export function signInMethods(api: ApiIR, scope: TypeScope): OptionalKind<MethodDeclarationStructure>[] {
  const scheme = oauthScheme(api);
  const signIn = scheme?.oauth.signIn;
  if (!scheme || !signIn) return [];
  ['authorizationURL', 'exchangeCode', 'AuthorizationURLParams', 'AuthorizationRequest', 'CodeExchangeParams', 'SignInTokens'].forEach((name) => scope.use(name));
  const scopes = signIn.scopes.length > 0 ? `<${[...signIn.scopes.map(stringLiteral), '(string & {})'].join(' | ')}>` : '';
  const client = api.client.name;
  return [
    {
      name: 'authorizationURL',
      isStatic: true,
      parameters: [{ name: 'params', type: `AuthorizationURLParams${scopes}` }],
      returnType: 'Promise<AuthorizationRequest>',
      statements: ['return authorizationURL(config, signInFlow, params);'],
      docs: jsDoc([
        `Signing a user in, step one (the spec's OAuth 2 authorization-code flow, with PKCE): the URL of ${signIn.authorizationURL} to send them to, with a fresh \`state\` and PKCE verifier. Keep \`state\` and \`codeVerifier\` (in their session) until they come back to \`redirectURI\`, then pass them to \`${client}.exchangeCode\`.`,
      ]),
    },
    {
      name: 'exchangeCode',
      isStatic: true,
      parameters: [{ name: 'params', type: 'CodeExchangeParams' }],
      returnType: 'Promise<SignInTokens>',
      statements: ['return exchangeCode(config, signInFlow, params);'],
      docs: jsDoc([
        `Signing a user in, step two: checks the URL they came back to (its \`state\` must be the one \`${client}.authorizationURL\` returned; an error the server sent instead is thrown) and trades its code at ${signIn.tokenURL} for their tokens. Build the client with them, and store the refresh token for the next run. Timed out like any call; not retried after an ambiguous failure, since a code is good once.`,
      ]),
    },
  ];
}
