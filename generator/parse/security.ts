/** Security Scheme Object (OpenAPI 3.1 §4.8.27) → `SecuritySchemeIR`. */
import type { SecuritySchemeIR } from '../ir/types.js';
import { camelCase } from '../util/names.js';
import { asObject, asString, locationOf, report, type ParseContext } from './context.js';
import { joinAt } from './schema.js';

export function parseSecuritySchemes(ctx: ParseContext, doc: Record<string, unknown>): SecuritySchemeIR[] {
  const schemes = asObject(asObject(doc['components'])?.['securitySchemes']) ?? {};
  const at = { file: ctx.spec.entry, pointer: '/components/securitySchemes' };
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
      option: asString(raw['x-sdk-option']) ?? camelCase(key),
      env: asString(raw['x-sdk-env']),
      origin: locationOf(ctx, joinAt(at, key)),
    };
  });
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
