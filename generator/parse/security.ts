/** Security Scheme Object (OpenAPI 3.1 §4.8.27) → `SecuritySchemeIR`. */
import type { SecuritySchemeIR } from '../ir/types.js';
import { camelCase } from '../util/names.js';
import { asObject, asString, locationOf, type ParseContext } from './context.js';
import { joinAt } from './schema.js';

export function parseSecuritySchemes(ctx: ParseContext, doc: Record<string, unknown>): SecuritySchemeIR[] {
  const schemes = asObject(asObject(doc['components'])?.['securitySchemes']) ?? {};
  const at = { file: ctx.spec.entry, pointer: '/components/securitySchemes' };
  return Object.keys(schemes).sort().map((key) => {
    const raw = asObject(schemes[key]) ?? {};
    const { type, headerName } = kindOf(raw);
    return {
      key,
      type,
      headerName,
      description: asString(raw['description']),
      option: asString(raw['x-sdk-option']) ?? camelCase(key),
      env: asString(raw['x-sdk-env']),
      origin: locationOf(ctx, joinAt(at, key)),
    };
  });
}

function kindOf(raw: Record<string, unknown>): Pick<SecuritySchemeIR, 'type' | 'headerName'> {
  const scheme = asString(raw['scheme'])?.toLowerCase();
  if (raw['type'] === 'http' && scheme === 'bearer') return { type: 'bearer', headerName: 'Authorization' };
  if (raw['type'] === 'http' && scheme === 'basic') return { type: 'basic', headerName: 'Authorization' };
  if (raw['type'] === 'oauth2' || raw['type'] === 'openIdConnect') return { type: 'bearer', headerName: 'Authorization' };
  if (raw['type'] === 'apiKey') {
    const where = raw['in'] === 'query' ? 'apiKey-query' : raw['in'] === 'cookie' ? 'apiKey-cookie' : 'apiKey-header';
    return { type: where, headerName: asString(raw['name']) };
  }
  return { type: 'other' };
}
