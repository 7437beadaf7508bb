/** Security Scheme Object (OpenAPI 3.1 §4.8.27) → `SecuritySchemeIR`. */
import type { ClientCredentialsIR, SecuritySchemeIR } from '../ir/types.js';
import { uniqueName } from '../normalize/unique.js';
import { camelCase, toPropertyName } from '../util/names.js';
import { asObject, asString, locationOf, report, type At, type ParseContext } from './context.js';
import { joinAt } from './schema.js';

/** The client's own options (`CoreClientOptions`): a credential's option must not take one of their names. */
export const CORE_OPTIONS: readonly string[] = ['baseURL', 'timeout', 'maxRetries', 'fetch', 'fetchOptions', 'defaultHeaders', 'defaultQuery', 'logLevel', 'logger'];

export function parseSecuritySchemes(ctx: ParseContext, doc: Record<string, unknown>): SecuritySchemeIR[] {
  const schemes = asObject(asObject(doc['components'])?.['securitySchemes']) ?? {};
  const at = { file: ctx.spec.entry, pointer: '/components/securitySchemes' };
  const taken = new Set(CORE_OPTIONS);
  let flows = 0;
  return Object.keys(schemes).sort().map((key) => {
    const raw = asObject(schemes[key]) ?? {};
    const { type, paramName } = kindOf(raw);
    if (type === 'other') {
      const what = `security scheme "${key}" (type ${JSON.stringify(raw['type'])}${raw['scheme'] === undefined ? '' : `, scheme ${JSON.stringify(raw['scheme'])}`})`;
      report(ctx, joinAt(at, key), 'security-scheme-unsupported', `${what} is not sent by the client: set it up outside it (through fetchOptions, for example); the client does not require a credential when one of the spec's alternatives needs only such schemes`, 'warning');
    }
    const option = optionName(ctx, joinAt(at, key), asString(raw['x-sdk-option']), key, taken);
    const flow = clientCredentialsFlow(ctx, joinAt(at, key), raw, taken, flows);
    if (flow) flows++;
    return {
      key,
      type,
      paramName,
      description: asString(raw['description']),
      option,
      env: asString(raw['x-sdk-env']),
      clientCredentials: flow,
      origin: locationOf(ctx, joinAt(at, key)),
    };
  });
}

/**
 * An OAuth 2 scheme's `clientCredentials` flow: the options that let the client fetch its own token
 * (`clientId`, `clientSecret`, `scopes`). A client fetches tokens for one flow; a second is a warning.
 */
function clientCredentialsFlow(ctx: ParseContext, at: At, raw: Record<string, unknown>, taken: Set<string>, earlier: number): ClientCredentialsIR | undefined {
  const flow = raw['type'] === 'oauth2' ? asObject(asObject(raw['flows'])?.['clientCredentials']) : undefined;
  const tokenURL = asString(flow?.['tokenUrl'])?.trim();
  if (!flow || !tokenURL) return undefined;
  if (earlier > 0) {
    report(ctx, joinAt(joinAt(at, 'flows'), 'clientCredentials'), 'client-credentials-extra', 'a client fetches tokens for one client-credentials flow, and an earlier scheme has one: this scheme takes a token only', 'warning');
    return undefined;
  }
  const scopes = Object.entries(asObject(flow['scopes']) ?? {}).map(([name, text]) => [name, asString(text) ?? ''] as const);
  return {
    tokenURL,
    clientId: { option: uniqueName('clientId', taken), env: asString(raw['x-sdk-client-id-env']) },
    clientSecret: { option: uniqueName('clientSecret', taken), env: asString(raw['x-sdk-client-secret-env']) },
    scopesOption: uniqueName('scopes', taken),
    scopes,
  };
}

/**
 * The client option of a credential: `x-sdk-option`, else the scheme's key camelCased. Two schemes may
 * camelCase alike (`BearerAuth`, `bearerAuth`) or take a name the client already has (`timeout`): the
 * later one gets `bearerAuth2`, `timeoutCredential`; a declared name that had to change is a warning.
 */
function optionName(ctx: ParseContext, at: At, declared: string | undefined, key: string, taken: Set<string>): string {
  const wanted = declared ?? toPropertyName(camelCase(key), 'credential');
  const name = uniqueName(CORE_OPTIONS.includes(wanted) ? `${wanted}Credential` : wanted, taken);
  if (declared !== undefined && name !== declared) report(ctx, joinAt(at, 'x-sdk-option'), 'sdk-option-taken', `the option "${declared}" is taken (by the client or another scheme); this credential's option is "${name}"`, 'warning');
  return name;
}

function kindOf(raw: Record<string, unknown>): Pick<SecuritySchemeIR, 'type' | 'paramName'> {
  const scheme = asString(raw['scheme'])?.toLowerCase();
  if (raw['type'] === 'http' && scheme === 'bearer') return { type: 'bearer', paramName: 'Authorization' };
  if (raw['type'] === 'http' && scheme === 'basic') return { type: 'basic', paramName: 'Authorization' };
  if (raw['type'] === 'oauth2' || raw['type'] === 'openIdConnect') return { type: 'bearer', paramName: 'Authorization' };
  if (raw['type'] === 'apiKey') {
    const where = raw['in'] === 'query' ? 'apiKey-query' : raw['in'] === 'cookie' ? 'apiKey-cookie' : 'apiKey-header';
    return { type: where, paramName: asString(raw['name']) };
  }
  return { type: 'other' };
}
