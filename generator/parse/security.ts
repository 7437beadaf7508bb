/** Security Scheme Object (OpenAPI 3.1 §4.8.27) → `SecuritySchemeIR`. */
import type { SecuritySchemeIR } from '../ir/types.js';
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
  return Object.keys(schemes).sort().map((key) => {
    const raw = asObject(schemes[key]) ?? {};
    const { type, paramName } = kindOf(raw);
    if (type === 'other') {
      const what = `security scheme "${key}" (type ${JSON.stringify(raw['type'])}${raw['scheme'] === undefined ? '' : `, scheme ${JSON.stringify(raw['scheme'])}`})`;
      report(ctx, joinAt(at, key), 'security-scheme-unsupported', `${what} is not sent by the client: set it up outside it (through fetchOptions, for example); the client does not require a credential when one of the spec's alternatives needs only such schemes`, 'warning');
    }
    return {
      key,
      type,
      paramName,
      description: asString(raw['description']),
      option: optionName(ctx, joinAt(at, key), asString(raw['x-sdk-option']), key, taken),
      env: asString(raw['x-sdk-env']),
      origin: locationOf(ctx, joinAt(at, key)),
    };
  });
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
