/** Security Scheme Object (OpenAPI 3.1 §4.8.27) → `SecuritySchemeIR`. */
import type { AwsSigV4IR, ClientCredentialsIR, DeviceSignInIR, OAuthClientIR, RefreshIR, SecuritySchemeIR, SignInIR } from '../ir/types.js';
import { uniqueName } from '../normalize/unique.js';
import { camelCase, toPropertyName } from '../util/names.js';
import { asObject, asString, joinAt, locationOf, report, type At, type ParseContext } from './context.js';
import { apiKeyPlace, isUnsendableApiKey } from '../util/http-token.js';

/** The client's own options (`CoreClientOptions`): a credential's option must not take one of their names. */
export const CORE_OPTIONS: readonly string[] = ['baseURL', 'timeout', 'maxRetries', 'fetch', 'fetchOptions', 'defaultHeaders', 'defaultQuery', 'logLevel', 'logger'];

/**
 * Every option the client has besides the credentials: the core ones, `environment`, which a spec listing
 * several servers adds, and `serverVariables`, which operation servers with variables add. Kept from
 * credentials whatever the servers, so adding one renames none.
 */
const CLIENT_OPTIONS: readonly string[] = [...CORE_OPTIONS, 'environment', 'serverVariables'];

/**
 * The names every object inherits (`Object.prototype`'s). An options object that lacks such an option
 * still gives a value for it (`options['__proto__']` is `Object.prototype`), which the client would take
 * for the credential, and TypeScript refuses a credential's `string` where `constructor` is a `Function`.
 */
const INHERITED_NAMES: ReadonlySet<string> = new Set([
  'constructor', '__defineGetter__', '__defineSetter__', 'hasOwnProperty', '__lookupGetter__', '__lookupSetter__',
  'isPrototypeOf', 'propertyIsEnumerable', 'toString', 'valueOf', '__proto__', 'toLocaleString',
]);

export function parseSecuritySchemes(ctx: ParseContext, doc: Record<string, unknown>): SecuritySchemeIR[] {
  const schemes = asObject(asObject(doc['components'])?.['securitySchemes']) ?? {};
  const at = { file: ctx.spec.entry, pointer: '/components/securitySchemes' };
  const taken = new Set([...CLIENT_OPTIONS, ...INHERITED_NAMES]);
  let flows = 0;
  let signs = false;
  return Object.keys(schemes).sort().map((key) => {
    const raw = withTypeSlipRead(ctx, joinAt(at, key), asObject(schemes[key]) ?? {});
    const kind = kindOf(raw);
    // The client signs with one SigV4 scheme; a second is one it cannot send.
    const { type, paramName } = kind.type === 'aws-sigv4' && signs ? { type: 'other' as const, paramName: undefined } : kind;
    signs ||= type === 'aws-sigv4';
    // A key whose header name HTTP cannot carry is reported by validation, and not sent.
    if (type === 'other' && !isUnsendableApiKey(raw)) {
      const what = `security scheme "${key}" (type ${JSON.stringify(raw['type'])}${raw['scheme'] === undefined ? '' : `, scheme ${JSON.stringify(raw['scheme'])}`})`;
      report(ctx, joinAt(at, key), 'security-scheme-unsupported', `${what} is not sent by the client: set it up outside it (through fetchOptions, for example); the client does not require a credential when one of the spec's alternatives needs only such schemes`, 'warning');
    }
    const option = optionName(ctx, joinAt(at, key), asString(raw['x-sdk-option']), key, taken);
    const oauth = oauthClient(ctx, joinAt(at, key), raw, taken, flows);
    if (oauth) flows++;
    return {
      key,
      type,
      paramName,
      description: asString(raw['description']),
      option,
      env: asString(raw['x-sdk-env']),
      oauth,
      tokenSource: oauth ? undefined : tokenSourceOf(raw),
      ...(type === 'aws-sigv4' ? { aws: awsSigV4(raw, taken) } : {}),
      origin: locationOf(ctx, joinAt(at, key)),
    };
  });
}

/**
 * Where a caller gets a token the client does not fetch: the first flow of an `oauth2` scheme that names a
 * URL (an implicit flow's authorization URL, most often: browsers get those tokens).
 */
function tokenSourceOf(raw: Record<string, unknown>): SecuritySchemeIR['tokenSource'] {
  const flows = raw['type'] === 'oauth2' ? (asObject(raw['flows']) ?? {}) : {};
  for (const flow of ['implicit', 'authorizationCode', 'password', 'clientCredentials']) {
    const declared = asObject(flows[flow]);
    const url = asString(declared?.['authorizationUrl'])?.trim() || asString(declared?.['tokenUrl'])?.trim();
    if (url) return { flow, url };
  }
  return undefined;
}

/** The flows whose tokens come with refresh tokens, in the order one is picked. Implicit tokens never do. */
const REFRESH_FLOWS = ['authorizationCode', 'deviceAuthorization', 'password'] as const;

/**
 * An OAuth 2 scheme's flows that the client runs itself: `clientCredentials` (options `clientId`,
 * `clientSecret`), and refresh tokens (`refreshToken`, `onTokenRefresh`) for the first flow that issues
 * them; `scopes` for either. A client fetches tokens for one scheme; a second is a warning.
 */
function oauthClient(ctx: ParseContext, at: At, raw: Record<string, unknown>, taken: Set<string>, earlier: number): OAuthClientIR | undefined {
  const openIdConnectURL = raw['type'] === 'openIdConnect' ? asString(raw['openIdConnectUrl'])?.trim() || undefined : undefined;
  const flows = raw['type'] === 'oauth2' ? (asObject(raw['flows']) ?? {}) : openIdConnectURL ? OPENID_FLOWS : {};
  const credentialsFlow = asObject(flows['clientCredentials']);
  const tokenURL = asString(credentialsFlow?.['tokenUrl'])?.trim();
  const refresh = refreshFlow(flows, openIdConnectURL !== undefined);
  if (!tokenURL && !refresh) return undefined;
  if (earlier > 0) {
    report(ctx, joinAt(at, 'flows'), 'oauth-client-extra', 'a client fetches tokens for one OAuth 2 scheme, and an earlier scheme has a flow it runs: this scheme takes a token only', 'warning');
    return undefined;
  }
  const clientId = { option: uniqueName('clientId', taken), env: asString(raw['x-sdk-client-id-env']) };
  const clientSecret = { option: uniqueName('clientSecret', taken), env: asString(raw['x-sdk-client-secret-env']) };
  const clientCredentials: ClientCredentialsIR | undefined = tokenURL ? { tokenURL } : undefined;
  const scopesOption = uniqueName('scopes', taken);
  const declared = asObject((tokenURL ? credentialsFlow : refresh?.declared)?.['scopes']) ?? {};
  const scopes = Object.entries(declared).map(([name, text]) => [name, asString(text) ?? ''] as const);
  const refreshes: RefreshIR | undefined = refresh && {
    flow: refresh.flow,
    refreshURL: refresh.refreshURL,
    refreshToken: { option: uniqueName('refreshToken', taken), env: asString(raw['x-sdk-refresh-token-env']) },
    onRefreshOption: uniqueName('onTokenRefresh', taken),
  };
  const signIn = signInFlow(flows, openIdConnectURL !== undefined);
  const device = deviceFlow(flows);
  return { clientId, clientSecret, scopesOption, scopes, ...(clientCredentials ? { clientCredentials } : {}), ...(refreshes ? { refresh: refreshes } : {}), ...(signIn ? { signIn } : {}), ...(device ? { device } : {}), ...(openIdConnectURL ? { openIdConnectURL } : {}) };
}

/**
 * What an `openIdConnect` scheme signs users in by, read as an `oauth2` scheme's flows: the authorization
 * code (the flow every provider supports, Core §3.1) with its refresh tokens, both endpoints left to the
 * discovery document; and the scopes OpenID Connect defines (Core §5.4, §11).
 */
const OPENID_FLOWS: Readonly<Record<string, unknown>> = {
  authorizationCode: {
    scopes: {
      openid: 'Sign the user in (always asked for).',
      profile: "The user's default profile claims: name, picture, locale.",
      email: "The user's email address and whether it is verified.",
      address: "The user's postal address.",
      phone: "The user's phone number and whether it is verified.",
      offline_access: 'A refresh token, to act for the user while they are away.',
    },
  },
};

/** The device authorization flow (OpenAPI 3.2), when it says where to ask for codes and where to trade them. */
function deviceFlow(flows: Record<string, unknown>): DeviceSignInIR | undefined {
  const flow = userFlow(flows, 'deviceAuthorization', 'deviceAuthorizationUrl');
  return flow && { deviceAuthorizationURL: flow.startURL, tokenURL: flow.tokenURL, scopes: flow.scopes };
}

/**
 * The authorization-code flow, when it says where to send the user and where to trade the code, or when
 * an OpenID Connect discovery document (`discovered`) does.
 */
function signInFlow(flows: Record<string, unknown>, discovered: boolean): SignInIR | undefined {
  if (discovered) return { scopes: Object.keys(asObject(asObject(flows['authorizationCode'])?.['scopes']) ?? {}) };
  const flow = userFlow(flows, 'authorizationCode', 'authorizationUrl');
  return flow && { authorizationURL: flow.startURL, tokenURL: flow.tokenURL, scopes: flow.scopes };
}

/** A flow that signs a user in: the URL it starts at (`startField`) and its `tokenUrl`, both trimmed and set, and its scopes' names. */
function userFlow(flows: Record<string, unknown>, name: string, startField: string): { startURL: string; tokenURL: string; scopes: string[] } | undefined {
  const declared = asObject(flows[name]);
  const startURL = asString(declared?.[startField])?.trim();
  const tokenURL = asString(declared?.['tokenUrl'])?.trim();
  if (!startURL || !tokenURL) return undefined;
  return { startURL, tokenURL, scopes: Object.keys(asObject(declared?.['scopes']) ?? {}) };
}

/**
 * The first flow that issues refresh tokens, and where they are traded: its `refreshUrl`, else its
 * `tokenUrl`, else (`discovered`) the discovery document's token endpoint.
 */
function refreshFlow(flows: Record<string, unknown>, discovered: boolean): (Pick<RefreshIR, 'flow' | 'refreshURL'> & { declared: Record<string, unknown> }) | undefined {
  for (const flow of REFRESH_FLOWS) {
    const declared = asObject(flows[flow]);
    const refreshURL = asString(declared?.['refreshUrl'])?.trim() || asString(declared?.['tokenUrl'])?.trim();
    if (declared && (refreshURL || discovered)) return { flow: discovered ? 'openIdConnect' : flow, ...(refreshURL ? { refreshURL } : {}), declared };
  }
  return undefined;
}

/**
 * The client option of a credential: `x-sdk-option`, else the scheme's key camelCased. Two schemes may
 * camelCase alike (`BearerAuth`, `bearerAuth`) or take a name the client already has (`timeout`): the
 * later one gets `bearerAuth2`, `timeoutCredential`; a declared name that had to change is a warning. A key
 * named like an inherited member steps aside too (`constructorCredential`); a declared one is an error.
 */
function optionName(ctx: ParseContext, at: At, declared: string | undefined, key: string, taken: Set<string>): string {
  const usable = declared !== undefined && INHERITED_NAMES.has(declared) ? refusedInherited(ctx, at, declared) : declared;
  const wanted = usable ?? toPropertyName(camelCase(key), 'credential');
  const name = uniqueName(CLIENT_OPTIONS.includes(wanted) || INHERITED_NAMES.has(wanted) ? `${wanted}Credential` : wanted, taken);
  if (usable !== undefined && name !== usable) report(ctx, joinAt(at, 'x-sdk-option'), 'sdk-option-taken', `the option "${usable}" is taken (by the client or another scheme); this credential's option is "${name}"`, 'warning');
  return name;
}

/** A declared option named like an inherited member is an error; none is read in its place, so the name comes from the key. */
function refusedInherited(ctx: ParseContext, at: At, declared: string): undefined {
  const message = `the option "${declared}" is a name every JavaScript object inherits (from Object.prototype): a client given no such option would read the inherited member as the credential; choose another name`;
  report(ctx, joinAt(at, 'x-sdk-option'), 'sdk-option-inherited', message);
  return undefined;
}

/**
 * SigV4 signing (`x-amazon-apigateway-authtype: awsSigv4`, as API Gateway exports and AWS's specs declare
 * it): the key's options with AWS's own variables, the region, and the signing name when the spec gives one.
 */
function awsSigV4(raw: Record<string, unknown>, taken: Set<string>): AwsSigV4IR {
  const service = asString(raw['x-sdk-aws-service'])?.trim();
  return {
    accessKeyId: { option: uniqueName('accessKeyId', taken), env: 'AWS_ACCESS_KEY_ID' },
    secretAccessKey: { option: uniqueName('secretAccessKey', taken), env: 'AWS_SECRET_ACCESS_KEY' },
    sessionToken: { option: uniqueName('sessionToken', taken), env: 'AWS_SESSION_TOKEN' },
    region: { option: uniqueName('region', taken), env: 'AWS_REGION' },
    ...(service ? { service } : {}),
  };
}

/** `type: bearer` (or `basic`) in hand-written specs plainly means the HTTP scheme of that name. */
function withTypeSlipRead(ctx: ParseContext, at: At, raw: Record<string, unknown>): Record<string, unknown> {
  const type = asString(raw['type'])?.toLowerCase();
  if (type !== 'bearer' && type !== 'basic') return raw;
  const message = `type ${JSON.stringify(raw['type'])} is not a security scheme type (apiKey, http, mutualTLS, oauth2, openIdConnect): read as \`type: http, scheme: ${type}\``;
  report(ctx, joinAt(at, 'type'), 'security-scheme-type-slip', message, 'warning');
  return { ...raw, type: 'http', scheme: type };
}

function kindOf(raw: Record<string, unknown>): Pick<SecuritySchemeIR, 'type' | 'paramName'> {
  const scheme = asString(raw['scheme'])?.toLowerCase();
  if (raw['type'] === 'http' && scheme === 'bearer') return { type: 'bearer', paramName: 'Authorization' };
  if (raw['type'] === 'http' && scheme === 'basic') return { type: 'basic', paramName: 'Authorization' };
  if (raw['type'] === 'oauth2' || raw['type'] === 'openIdConnect') return { type: 'bearer', paramName: 'Authorization' };
  const authType = asString(raw['x-amazon-apigateway-authtype'])?.toLowerCase();
  if (raw['type'] === 'apiKey' && authType === 'awssigv4') return { type: 'aws-sigv4', paramName: 'Authorization' };
  if (isUnsendableApiKey(raw)) return { type: 'other' };
  if (raw['type'] === 'apiKey') return { type: `apiKey-${apiKeyPlace(raw)}`, paramName: asString(raw['name']) };
  return { type: 'other' };
}
