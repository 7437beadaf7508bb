/**
 * Swagger 2.0 `securityDefinitions` into OpenAPI 3.0 `securitySchemes`: `basic` is HTTP basic
 * authentication, `apiKey` is unchanged, and OAuth 2's single `flow` becomes 3.0's `flows` (its
 * `application` flow is 3.0's `clientCredentials`, `accessCode` is `authorizationCode`).
 */
import { put, type Json } from './context.js';
import { isObject } from '../../util/json.js';

const FLOWS: Record<string, string> = { implicit: 'implicit', password: 'password', application: 'clientCredentials', accessCode: 'authorizationCode' };
const FLOW_FIELDS = ['authorizationUrl', 'tokenUrl', 'scopes'];

export function convertSecurityDefinitions(definitions: Json): Json {
  const out: Json = {};
  for (const [name, scheme] of Object.entries(definitions)) put(out, name, isObject(scheme) ? convertScheme(scheme) : scheme);
  return out;
}

function convertScheme(scheme: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(scheme)) {
    if (key === 'type' && value === 'basic') {
      put(out, 'type', 'http');
      put(out, 'scheme', 'basic');
    } else if (scheme['type'] === 'oauth2' && (key === 'flow' || FLOW_FIELDS.includes(key))) {
      if (key === 'flow') put(out, 'flows', oauthFlows(scheme));
    } else put(out, key, value);
  }
  return out;
}

function oauthFlows(scheme: Json): Json {
  const flow: Json = {};
  for (const key of FLOW_FIELDS) put(flow, key, scheme[key]);
  if (flow['scopes'] === undefined) put(flow, 'scopes', {});
  const name = FLOWS[String(scheme['flow'])];
  return name === undefined ? {} : { [name]: flow };
}
