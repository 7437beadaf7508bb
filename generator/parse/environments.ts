/**
 * The document's servers as named environments (`production`, `sandbox`), when it lists more than one
 * place to send requests: the client then carries them as `Client.environments`, to pass as `baseURL`.
 * The first server stays the default base URL.
 */
import type { EnvironmentIR } from '../ir/types.js';
import { camelCase, isIdentifier } from '../util/names.js';
import { isAbsoluteURL } from '../util/url.js';
import { uniqueName } from '../normalize/unique.js';
import { asObject, asString } from './context.js';

/** Words that name no environment: "Production server", "Sandbox API endpoint". */
const GENERIC_WORDS = new Set(['server', 'servers', 'api', 'apis', 'environment', 'env', 'url', 'base', 'the', 'endpoint', 'host', 'for', 'of', 'and', 'version', 'v1', 'v2', 'v3', 'rest']);

export function parseEnvironments(doc: Record<string, unknown>): EnvironmentIR[] {
  const servers = (Array.isArray(doc['servers']) ? doc['servers'] : []).flatMap((value) => {
    const server = asObject(value);
    const url = server && filledURL(server);
    return server && url && isAbsoluteURL(url) ? [{ server, url }] : [];
  });
  // `http` twins of `https` servers (as Swagger 2.0's `schemes` give) are the same place, less safely.
  const distinct = servers.filter(({ url }, i) => !servers.some((other, j) => j !== i && other.url === url.replace(/^http:/, 'https:') && url.startsWith('http:')));
  const unique = distinct.filter(({ url }, i) => distinct.findIndex((other) => other.url === url) === i);
  if (unique.length < 2) return [];
  const taken = new Set<string>();
  return unique.map(({ server, url }, i) => ({
    name: uniqueName(nameOf(server, url, i), taken),
    url,
    description: asString(server['description']),
  }));
}

/** `x-sdk-environment`, else the description's telling words (`Sandbox server` → `sandbox`), else `server2`. */
function nameOf(server: Record<string, unknown>, url: string, index: number): string {
  const declared = asString(server['x-sdk-environment']);
  // `__proto__` in an object literal would set its prototype instead of a key.
  if (declared !== undefined && isIdentifier(declared) && declared !== '__proto__') return declared;
  const words = (asString(server['description']) ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !GENERIC_WORDS.has(word));
  const name = camelCase(words.slice(0, 3).join(' '));
  return isIdentifier(name) && words.length > 0 ? name : `server${index + 1}`;
}

/** The URL with its variables' defaults, without a trailing `/`. */
function filledURL(server: Record<string, unknown>): string | undefined {
  const url = asString(server['url']);
  const variables = asObject(server['variables']) ?? {};
  return url?.replace(/\{([^}]+)\}/g, (whole, name: string) => asString(asObject(variables[name])?.['default']) ?? whole).replace(/\/$/, '');
}
