/**
 * The client's credential options, from the spec's security schemes: which schemes the runtime can send,
 * where each goes, the id and secret of an OAuth 2 client, and which options must go together.
 */
import type { ApiIR, AwsSigV4IR, OAuthClientIR, OperationIR, SecuritySchemeIR } from '../ir/types.js';
import type { CredentialSpec } from '../runtime/credentials.js';

/** Credentials the runtime can send: bearer tokens, basic auth, and API keys in headers, queries or cookies. */
export function supportedSchemes(api: ApiIR): SecuritySchemeIR[] {
  return api.securitySchemes.filter((s) => s.type !== 'other');
}

const FLOW_NAMES: Readonly<Record<string, string>> = { implicit: 'implicit', authorizationCode: 'authorization-code', password: 'password', clientCredentials: 'client-credentials' };

/**
 * Where the caller gets the token of an OAuth 2 scheme the client does not fetch tokens for, as a
 * sentence: `An OAuth 2 access token, which the spec's implicit flow issues at \`https://…\`.` Nothing
 * when the scheme's description already names the URL.
 */
export function tokenSourceSentence(scheme: SecuritySchemeIR, code: (text: string) => string): string | undefined {
  const source = scheme.tokenSource;
  if (source === undefined || scheme.description?.includes(source.url)) return undefined;
  return `An OAuth 2 access token, which the spec's ${FLOW_NAMES[source.flow] ?? source.flow} flow issues at ${code(source.url)}.`;
}

/** Where and how the runtime sends a scheme's credential. */
export function credentialSpec(s: SecuritySchemeIR): CredentialSpec {
  const name = s.paramName ?? 'Authorization';
  const where = s.type === 'apiKey-query' ? { query: name } : s.type === 'apiKey-cookie' ? { cookie: name } : { header: name };
  const scheme = s.type === 'bearer' ? 'bearer' : s.type === 'basic' ? 'basic' : 'raw';
  return { option: s.option, ...(s.env ? { env: s.env } : {}), ...where, scheme };
}

/** A client option that holds a credential: a scheme's own, or one its OAuth 2 client trades for a token. */
export interface CredentialOption {
  readonly option: string;
  readonly env?: string | undefined;
  readonly scheme: SecuritySchemeIR;
  readonly spec: CredentialSpec;
  /** `clientId`, `clientSecret` or `refreshToken` for those of an OAuth 2 client, an AWS key's part for SigV4; unset for the scheme's own. */
  readonly half?: OAuthHalf | AwsKeyPart | undefined;
}

/** The credentials an OAuth 2 client trades for a token, never sent to the API. */
export type OAuthHalf = 'clientId' | 'clientSecret' | 'refreshToken';

/** The parts of an AWS key, which sign requests (SigV4) and are never sent. */
export type AwsKeyPart = 'accessKeyId' | 'secretAccessKey' | 'sessionToken';

/** The part of an AWS key an option holds, when it holds one. */
export function awsKeyPart({ scheme, half }: CredentialOption): AwsKeyPart | undefined {
  return scheme.aws && (half === 'accessKeyId' || half === 'secretAccessKey' || half === 'sessionToken') ? half : undefined;
}

/** Every credential option of the client, in order: each scheme's, then its OAuth 2 client's id, secret and refresh token. */
export function credentialOptions(api: ApiIR): CredentialOption[] {
  return supportedSchemes(api).flatMap((scheme): CredentialOption[] => {
    if (scheme.aws) return awsKeyParts(scheme.aws).map(([half, { option, env }]) => ({ option, env, scheme, half, spec: { option, ...(env ? { env } : {}), scheme: 'aws-sigv4' as const } }));
    const own = { option: scheme.option, env: scheme.env, scheme, spec: credentialSpec(scheme) };
    const { oauth } = scheme;
    if (!oauth) return [own];
    const halves = oauthHalves(oauth).map(([half, { option, env }]) => ({ option, env, scheme, half, spec: { option, ...(env ? { env } : {}), scheme: 'oauth2-client' as const } }));
    return [own, ...halves];
  });
}

/** An OAuth 2 client's options: its id and secret, and the refresh token when a flow issues them. */
function oauthHalves(oauth: OAuthClientIR): [OAuthHalf, { option: string; env?: string | undefined }][] {
  return [['clientId', oauth.clientId], ['clientSecret', oauth.clientSecret], ...(oauth.refresh ? [['refreshToken', oauth.refresh.refreshToken] as [OAuthHalf, { option: string }]] : [])];
}

/** An AWS key's options: the id, the secret and the session token. */
function awsKeyParts(aws: AwsSigV4IR): [AwsKeyPart, { option: string; env?: string | undefined }][] {
  return [['accessKeyId', aws.accessKeyId], ['secretAccessKey', aws.secretAccessKey], ['sessionToken', aws.sessionToken]];
}

/** The scheme that signs requests with SigV4 (the parser keeps at most one). */
export function awsScheme(api: ApiIR): (SecuritySchemeIR & { aws: AwsSigV4IR }) | undefined {
  return supportedSchemes(api).find((s): s is SecuritySchemeIR & { aws: AwsSigV4IR } => s.aws !== undefined);
}

/** The scheme whose OAuth 2 flows the client runs itself (the parser keeps at most one). */
export function oauthScheme(api: ApiIR): (SecuritySchemeIR & { oauth: OAuthClientIR }) | undefined {
  return supportedSchemes(api).find((s): s is SecuritySchemeIR & { oauth: OAuthClientIR } => s.oauth !== undefined);
}

/** The ways to meet a scheme: its own option; its client's id and secret (client credentials); its refresh token. */
function schemeWays(s: SecuritySchemeIR): string[][] {
  if (s.aws) return [[s.aws.accessKeyId.option, s.aws.secretAccessKey.option]];
  const { oauth } = s;
  if (!oauth) return [[s.option]];
  return [[s.option], ...(oauth.clientCredentials ? [[oauth.clientId.option, oauth.clientSecret.option]] : []), ...(oauth.refresh ? [[oauth.refresh.refreshToken.option]] : [])];
}

/**
 * The alternatives of a security requirement, by client option. A scheme the client cannot send (mutual
 * TLS) is left out of its alternative: set up outside the client, it cannot be checked. An alternative left
 * empty (made only of such schemes, or `{}`: auth is optional) means there is nothing to check: none is
 * returned. A scheme whose OAuth 2 client the client runs is met by its token, by its client's id and secret
 * (client credentials) or by a refresh token: each alternative that needs it becomes two or three.
 */
function optionAlternatives(api: ApiIR, security: NonNullable<OperationIR['security']>): string[][] {
  const ways = new Map(supportedSchemes(api).map((s) => [s.key, schemeWays(s)]));
  const alternatives = security.flatMap((alt) =>
    alt.reduce<string[][]>((partial, key) => {
      const choices = ways.get(key);
      return choices ? partial.flatMap((names) => choices.map((choice) => [...names, ...choice])) : partial;
    }, [[]]),
  );
  return alternatives.some((alt) => alt.length === 0) ? [] : alternatives;
}

/** The alternatives an operation's security (its own, else the document's) asks for; none: it needs no credential. */
export function operationAlternatives(api: ApiIR, op: OperationIR): string[][] {
  return optionAlternatives(api, op.security ?? api.security);
}

/**
 * What the client checks before a call that needs credentials: every alternative some operation accepts,
 * the fewest options first, without those that ask for more than another (Cloudflare lists `apiEmail`,
 * `apiKey` and `apiToken` together where any one way works). Lenient on purpose: a spec's per-operation
 * lists are often narrower than what its API accepts, and the API's 401 still names a real miss.
 */
export function credentialAlternatives(api: ApiIR): string[][] {
  const listed = api.operations.length > 0 ? api.operations.flatMap((op) => operationAlternatives(api, op)) : optionAlternatives(api, api.security);
  const unique = [...new Map(listed.map((alt) => [[...new Set(alt)].sort().join(' '), [...new Set(alt)]])).values()].sort((a, b) => a.length - b.length);
  return unique.filter((alt, i) => !unique.slice(0, i).some((smaller) => smaller.every((name) => alt.includes(name))));
}

/**
 * Whether some operations need credentials and others none (a login, a health check): the client is then
 * built without any, and checks them when an operation that needs them is called.
 */
export function checksCredentialsPerCall(api: ApiIR): boolean {
  let perCall = perCallByApi.get(api);
  if (perCall === undefined) {
    const needs = api.operations.map((op) => operationAlternatives(api, op).length > 0);
    perCall = needs.includes(true) && needs.includes(false);
    perCallByApi.set(api, perCall);
  }
  return perCall;
}

/**
 * Whether the client decides per call what it sends: when it checks credentials per call, or some
 * operation's security is empty (sent with none).
 */
export function sendsCredentialsPerCall(api: ApiIR): boolean {
  return checksCredentialsPerCall(api) || api.operations.some((op) => op.security?.length === 0);
}

/** Asked once per operation of specs with thousands: worked out once per API. */
const perCallByApi = new WeakMap<ApiIR, boolean>();

/**
 * What an operation's security asks, when it differs from "one of the API's alternatives" (the runtime's
 * `OperationPolicy.credentials`): `none` for `security: []`, sent without credentials; `optional` for one
 * that needs none when others do.
 */
export function credentialPolicy(api: ApiIR, op: OperationIR): 'none' | 'optional' | undefined {
  if (op.security?.length === 0) return 'none';
  return checksCredentialsPerCall(api) && operationAlternatives(api, op).length === 0 ? 'optional' : undefined;
}

/**
 * `Scopes: \`entries:write\`.`: the OAuth 2 scopes the operation's security asks for (its own, else the
 * document's), for its documentation; the scheme is named when several ask for some. `quote` writes one.
 */
export function scopesNote(api: ApiIR, op: OperationIR, quote: (text: string) => string): string | undefined {
  const asked = Object.entries(op.scopes ?? api.scopes).filter(([, list]) => list.length > 0);
  if (asked.length === 0) return undefined;
  const listed = asked.map(([scheme, list]) => `${list.map(quote).join(', ')}${asked.length > 1 ? ` (${scheme})` : ''}`).join('; ');
  const oauth = oauthScheme(api)?.oauth;
  const ask = oauth ? `; a client that fetches its own token asks for them with ${quote(oauth.scopesOption)}` : '';
  return `Scopes: ${listed}${ask}.`;
}

/** What an operation that does not need the API's credentials does with them, for its documentation. */
export function credentialsNote(api: ApiIR, op: OperationIR): string | undefined {
  const policy = credentialPolicy(api, op);
  if (policy === 'none') return 'Needs no credentials, and is sent without any (its security is empty): a client built without credentials can call it.';
  if (policy === 'optional') return 'Needs no credentials: a client built without them can call it; those that are set are sent.';
  return undefined;
}
