/** The README's OAuth 2 parts: the options of a client that fetches its own token, and how it does. */
import { isAbsoluteURL } from '../../../util/url.js';
import type { ApiIR, CredentialOptionIR, OAuthClientIR, SecuritySchemeIR, SignInIR } from '../../../ir/types.js';
import { oauthScheme, type CredentialOption } from '../../credential-options.js';
import { jsLiteral } from '../../example.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';

/** Rows of the options table for `scopes` and `onTokenRefresh`. */
export function oauthRows(api: ApiIR): string[][] {
  const oauth = oauthScheme(api)?.oauth;
  const rows: string[][] = [];
  if (oauth) rows.push([code(oauth.scopesOption), '', 'The scopes to ask for when the client fetches its own token; unset, none are named and the server grants its default.']);
  if (oauth?.refresh) rows.push([code(oauth.refresh.onRefreshOption), '', `Called with the new tokens after each refresh: store the refresh token (see [OAuth 2 refresh tokens](#oauth-2-refresh-tokens)).`]);
  return rows;
}

/** What an id, a secret or a refresh token option is, in the options table. */
export function oauthHalfText({ scheme, half }: CredentialOption): string {
  const oauth = scheme.oauth;
  if (half === 'refreshToken') return 'An OAuth 2 refresh token, traded for access tokens (see [OAuth 2 refresh tokens](#oauth-2-refresh-tokens)); never sent to the API.';
  const see = [oauth?.clientCredentials ? '[OAuth 2 client credentials](#oauth-2-client-credentials)' : undefined, oauth?.refresh ? '[OAuth 2 refresh tokens](#oauth-2-refresh-tokens)' : undefined].filter(Boolean).join(', ');
  return `The OAuth 2 client's ${half === 'clientId' ? 'id' : 'secret'}, sent to the token endpoint (see ${see}); never sent to the API.`;
}

/** Which credentials go to the token endpoint only, for the authentication paragraph. */
export function tokenEndpointOnly(api: ApiIR): string | undefined {
  const oauth = oauthScheme(api)?.oauth;
  if (!oauth) return undefined;
  return oauth.refresh ? "an OAuth 2 client's id and secret and the refresh token" : "an OAuth 2 client's id and secret";
}

/** How the client fetches, keeps and renews its token, for each OAuth 2 flow it runs. */
export function oauthSections(api: ApiIR): string | undefined {
  const scheme = oauthScheme(api);
  if (!scheme) return undefined;
  return blocks(clientCredentialsSection(api, scheme, scheme.oauth), signInSection(api, scheme, scheme.oauth), deviceSection(api, scheme, scheme.oauth), refreshSection(api, scheme, scheme.oauth));
}

function clientCredentialsSection(api: ApiIR, scheme: SecuritySchemeIR, oauth: OAuthClientIR): string | undefined {
  const flow = oauth.clientCredentials;
  if (!flow) return undefined;
  const scopes = oauth.scopes.slice(0, 2).map(([name]) => jsLiteral(name));
  const options = [`${oauth.clientId.option}: ${valueOf(oauth.clientId)}`, `${oauth.clientSecret.option}: ${valueOf(oauth.clientSecret)}`, ...(scopes.length > 0 ? [`${oauth.scopesOption}: [${scopes.join(', ')}]`] : [])];
  return blocks(
    heading(3, 'OAuth 2 client credentials'),
    `Instead of a token in ${code(scheme.option)}, the client can take its OAuth 2 client's id and secret and fetch the token itself from ${code(flow.tokenURL)}${relative(flow.tokenURL)}:`,
    codeBlock('ts', `const client = new ${api.client.name}({\n  ${options.join(',\n  ')},\n});`),
    [
      `The client asks for a token on the first call (RFC 6749 §4.4: the id and secret in HTTP basic authentication, ${code('grant_type=client_credentials')}, and the ${code(oauth.scopesOption)} if any), and shares it between calls, concurrent ones included (one token request at a time), and with the clients derived by ${code('withOptions')}.`,
      renewal(),
      `The token request is retried and timed out like any call, and carries none of the API's credentials or default headers. A refusal rejects the call with the status's error class (an ${code('AuthenticationError')} for 401) whose message names the token endpoint. A token passed in ${code(scheme.option)} wins: nothing is fetched${oauth.refresh ? ` (unless a ${code(oauth.refresh.refreshToken.option)} is passed too)` : ''}. The id, the secret and the tokens are masked in log lines and error messages like every credential.`,
    ].join(' '),
  );
}

function refreshSection(api: ApiIR, scheme: SecuritySchemeIR, oauth: OAuthClientIR): string | undefined {
  const refresh = oauth.refresh;
  if (!refresh) return undefined;
  const options = [
    `${refresh.refreshToken.option}: await store.get('refresh-token'),`,
    `${scheme.option}: await store.get('access-token'), // optional: sent until it is refused`,
    `${oauth.clientId.option}: ${valueOf(oauth.clientId)},`,
    `${oauth.clientSecret.option}: ${valueOf(oauth.clientSecret)}, // none for a public client`,
    `${refresh.onRefreshOption}: async ({ accessToken, refreshToken }) => {\n    await store.set('access-token', accessToken);\n    await store.set('refresh-token', refreshToken);\n  },`,
  ];
  return blocks(
    heading(3, 'OAuth 2 refresh tokens'),
    `An app that signs its users in (${oauth.openIdConnectURL ? 'by OpenID Connect' : `the spec's ${code(refresh.flow)} flow`}, ${oauth.signIn && refresh.flow !== 'password' ? 'see [Signing users in](#signing-users-in)' : 'run outside the client'}) gets a refresh token with their access token. Given it, the client trades it for access tokens at ${endpoint(refresh.refreshURL, oauth)} itself:`,
    codeBlock('ts', `// store: wherever the app keeps its user's tokens\nconst client = new ${api.client.name}({\n  ${options.join('\n  ')}\n});`),
    [
      `The client sends the access token passed in ${code(scheme.option)}, if any; otherwise it asks for one on the first call (RFC 6749 §6: ${code('grant_type=refresh_token')}, the id and secret in HTTP basic authentication, or the id alone as ${code('client_id')} for a public client; the ${code(oauth.scopesOption)} if any).`,
      renewal(),
      `The new token is shared as a fetched one is: between calls, concurrent ones included, and with the clients derived by ${code('withOptions')}.`,
      `When the answer holds a new refresh token (servers that rotate them), the client uses it from then on and passes it to ${code(refresh.onRefreshOption)}: store it, since the one the app started with may no longer be accepted.`,
      `The refresh request is timed out like any call but not retried after an ambiguous failure (a timeout, a lost connection, a 5xx), since the server may have spent the refresh token; a refusal (${code('invalid_grant')}: the refresh token expired or was revoked) rejects the call with the status's error class, whose message names the token endpoint: the app must sign the user in again.`,
    ].join(' '),
  );
}

/** The authorization-code flow, run by the client class's statics: where to send the user, then their code traded for tokens. */
function signInSection(api: ApiIR, scheme: SecuritySchemeIR, oauth: OAuthClientIR): string | undefined {
  const signIn = oauth.signIn;
  if (!signIn) return undefined;
  const client = api.client.name;
  const scopes = signIn.scopes.slice(0, 2).map((name) => jsLiteral(name));
  const clientId = oauth.clientId.env ? '' : `\n  clientId: ${valueOf(oauth.clientId)},`;
  const refreshOption = oauth.refresh ? `, ${oauth.refresh.refreshToken.option}: tokens.refreshToken` : '';
  const example = [
    `// 1. The user asks to sign in: send them to the server, and keep state and codeVerifier in their session.`,
    `const { url, state, codeVerifier } = await ${client}.authorizationURL({${clientId}`,
    `  redirectURI: 'https://app.example.com/callback',${scopes.length > 0 ? `\n  scopes: [${scopes.join(', ')}],` : ''}`,
    `});`,
    `session.signIn = { state, codeVerifier };`,
    `redirect(url);`,
    ``,
    `// 2. They come back to https://app.example.com/callback?code=…&state=…`,
    `const tokens = await ${client}.exchangeCode({${clientId}`,
    `  callbackURL: request.url,`,
    `  ...session.signIn,`,
    `  redirectURI: 'https://app.example.com/callback',`,
    `});`,
    `const client = new ${client}({ ${scheme.option}: tokens.accessToken${refreshOption} });`,
  ].join('\n');
  return blocks(
    heading(3, 'Signing users in'),
    `${signInFlowText(signIn, oauth)} Two statics of the client class run it (${code('session')}, ${code('redirect')} and ${code('request')} are the app's):`,
    codeBlock('ts', example),
    [
      `${code('authorizationURL')} adds the flow's parameters (RFC 6749 §4.1.1), a random ${code('state')} unless one is given, and a PKCE challenge (RFC 7636, ${code('S256')}) whose verifier only the app keeps; ${code('extraParams')} adds the server's own (${code('prompt')}, ${code('login_hint')}).`,
      `${code('exchangeCode')} refuses a callback whose ${code('state')} is not the one kept (a redirect the app did not start), throws the ${code('error')} and ${code('error_description')} the server sent instead of a code as an ${code('SDKError')}, and trades the code (${code('grant_type=authorization_code')}, with the verifier; the id and secret in HTTP basic authentication, or the id alone as ${code('client_id')} for a public client) for ${code('{ accessToken, refreshToken, expiresIn, scope, idToken }')}.`,
      defaultsFrom(oauth),
      `It takes the client's options for that request (${code('baseURL')}, ${code('fetch')}, ${code('timeout')}, ${code('logger')}); it is not retried after an ambiguous failure, since a code is good once. The code, the verifier and the secret are masked in log lines and error messages.`,
    ].filter(Boolean).join(' '),
  );
}

/** The device authorization flow, run by the client class's static: codes to show, then a wait for the user's approval. */
function deviceSection(api: ApiIR, scheme: SecuritySchemeIR, oauth: OAuthClientIR): string | undefined {
  const device = oauth.device;
  if (!device) return undefined;
  const client = api.client.name;
  const scopes = device.scopes.slice(0, 2).map((name) => jsLiteral(name));
  const clientId = oauth.clientId.env ? '' : `clientId: ${valueOf(oauth.clientId)}, `;
  const refreshOption = oauth.refresh ? `, ${oauth.refresh.refreshToken.option}: tokens.refreshToken` : '';
  const example = [
    `const authorization = await ${client}.deviceAuthorization({ ${clientId}${scopes.length > 0 ? `scopes: [${scopes.join(', ')}] ` : ''}});`,
    'console.log(`Open ${authorization.verificationURI} and enter ${authorization.userCode}`);',
    `const tokens = await authorization.tokens(); // once the user has approved`,
    `const client = new ${client}({ ${scheme.option}: tokens.accessToken${refreshOption} });`,
  ].join('\n');
  return blocks(
    heading(3, 'Signing users in on another device'),
    `A CLI or a TV signs its user in by the spec's ${code('deviceAuthorization')} flow (RFC 8628): codes from ${code(device.deviceAuthorizationURL)}${relative(device.deviceAuthorizationURL)}, tokens from ${code(device.tokenURL)}${relative(device.tokenURL)}.`,
    codeBlock('ts', example),
    [
      `${code('tokens()')} asks the token endpoint every ${code('interval')} seconds the server gave (5 unless it says; 5 more at each ${code('slow_down')}) while it answers ${code('authorization_pending')}, and resolves with ${code('{ accessToken, refreshToken, expiresIn, scope, idToken }')}; it rejects with the endpoint's refusal when the user denies access (${code('access_denied')}), with an ${code('SDKError')} once the codes expire, and with an ${code('APIUserAbortError')} when its ${code('signal')} aborts.`,
      `A poll whose answer is lost (a timeout, a dropped connection, a 5xx) is retried like a GET, within ${code('maxRetries')}: before the user approves, the answer was "not yet".`,
      `${code('verificationURIComplete')}, when the server gives it, holds the code too (for a QR code).`,
      defaultsFrom(oauth),
      `The device code is masked in log lines and error messages.`,
    ].filter(Boolean).join(' '),
  );
}

/** Where the id and secret of the sign-in statics come from when not passed, as the client's options. */
function defaultsFrom(oauth: OAuthClientIR): string | undefined {
  const { clientId, clientSecret } = oauth;
  const envs = [clientId.env && `${code('clientId')} from ${code(clientId.env)}`, clientSecret.env && `${code('clientSecret')} from ${code(clientSecret.env)}`].filter(Boolean);
  return envs.length > 0 ? `Unless passed, ${envs.join(' and ')}, as the client's options.` : undefined;
}

/** When the client renews a token it fetched. */
function renewal(): string {
  return `It renews the token a minute before ${code('expires_in')} says it expires (at half its life when it lives less than two minutes), and once per call when the API answers 401, in case the token was revoked; that extra attempt does not count against ${code('maxRetries')}.`;
}

/** The option's variable in an example, else a placeholder (`'my-client-id'`). */
function valueOf(c: CredentialOptionIR): string {
  return c.env ? `process.env[${jsLiteral(c.env)}]` : jsLiteral(`my-${c.option.replace(/[A-Z]/g, (l) => `-${l.toLowerCase()}`)}`);
}

function relative(url: string): string {
  return isAbsoluteURL(url) ? '' : ' (resolved against the base URL)';
}

/** Where a sign-in starts and where its code is traded: the flow's URLs, or the OpenID Connect provider's. */
function signInFlowText(signIn: SignInIR, oauth: OAuthClientIR): string {
  if (signIn.authorizationURL === undefined || signIn.tokenURL === undefined) {
    return `The spec's OpenID Connect provider signs a user in at the ${code('authorization_endpoint')} named by its discovery document, ${code(oauth.openIdConnectURL ?? '')}${relative(oauth.openIdConnectURL ?? '')}, and trades the code they come back with at its ${code('token_endpoint')}. The client reads the document once, and uses it only if it names the issuer its URL names (Discovery §4.3); ${code('openid')} is always among the scopes asked for.`;
  }
  return `The spec's ${code('authorizationCode')} flow signs a user in at ${code(signIn.authorizationURL)}${relative(signIn.authorizationURL)} and trades the code they come back with at ${code(signIn.tokenURL)}${relative(signIn.tokenURL)}.`;
}

/** A token endpoint the spec names (`url`), or the one its OpenID Connect discovery document names. */
function endpoint(url: string | undefined, oauth: OAuthClientIR): string {
  return url === undefined ? `the ${code('token_endpoint')} named by ${code(oauth.openIdConnectURL ?? '')}${relative(oauth.openIdConnectURL ?? '')}` : `${code(url)}${relative(url)}`;
}
