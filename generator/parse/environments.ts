/**
 * The document's servers as named environments (`production`, `sandbox`), when it lists more than one
 * place to send requests: the client then carries them as `Client.environments`, to pass as `baseURL`.
 * The default server (`defaultServer`: the first, or its `https` twin) stays the default base URL.
 */
import type { EnvironmentIR, ServerTemplateIR, ServerVariableIR } from '../ir/types.js';
import { camelCase, isIdentifier } from '../util/names.js';
import { isAbsoluteURL } from '../util/url.js';
import { uniqueName } from '../normalize/unique.js';
import { asObject, asString } from './context.js';
import { defaultServer, serverURLOf, variableDefault } from './sdk-config.js';

/** Words that name no environment: "Production server", "Sandbox API endpoint". */
const GENERIC_WORDS = new Set(['server', 'servers', 'api', 'apis', 'environment', 'env', 'url', 'base', 'the', 'endpoint', 'host', 'for', 'of', 'and', 'version', 'v1', 'v2', 'v3', 'rest']);

export function parseEnvironments(doc: Record<string, unknown>): EnvironmentIR[] {
  const servers = (Array.isArray(doc['servers']) ? doc['servers'] : []).flatMap((value) => {
    const server = asObject(value);
    const url = server && serverURLOf([server]);
    return server && url && isAbsoluteURL(url) ? [{ server, url }] : [];
  });
  // `http` twins of `https` servers (as Swagger 2.0's `schemes` give) are the same place, less safely.
  const distinct = servers.filter(({ url }, i) => !servers.some((other, j) => j !== i && other.url === url.replace(/^http:/, 'https:') && url.startsWith('http:')));
  const unique = distinct.filter(({ url }, i) => distinct.findIndex((other) => other.url === url) === i);
  if (unique.length < 2) return [];
  const taken = new Set<string>();
  return unique.map(({ server, url }, i) => ({
    name: uniqueName(nameOf(server, i), taken),
    url,
    description: asString(server['description']),
  }));
}

/**
 * `x-sdk-environment`, else OpenAPI 3.2's `name` (`EU production` → `euProduction`), else the
 * description's telling words (`Sandbox server` → `sandbox`), else `server2`.
 */
function nameOf(server: Record<string, unknown>, index: number): string {
  const declared = asString(server['x-sdk-environment']);
  // `__proto__` in an object literal would set its prototype instead of a key.
  if (declared !== undefined && isIdentifier(declared) && declared !== '__proto__') return declared;
  const named = camelCase(asString(server['name']) ?? '');
  if (isIdentifier(named) && named !== '__proto__') return named;
  const words = (asString(server['description']) ?? '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '' && !GENERIC_WORDS.has(word));
  const name = camelCase(words.slice(0, 3).join(' '));
  return isIdentifier(name) && words.length > 0 ? name : `server${index + 1}`;
}

/**
 * The default server's URL as a template, when it has variables with defaults (`https://{region}.example.com`,
 * as AWS's specs write theirs); a variable without a default stays literal text, as in `baseURL`.
 */
export function parseServerTemplate(doc: Record<string, unknown>): ServerTemplateIR | undefined {
  const server = defaultServer(doc['servers']);
  const url = server && asString(server['url']);
  if (!server || url === undefined) return undefined;
  return serverTemplate(url, asObject(server['variables']) ?? {});
}

/**
 * `url` as a template of the variables `declared` gives a default (the server's `variables`); none when
 * it has no such variable. An undeclared `{name}` stays literal text, as in `baseURL`.
 */
export function serverTemplate(url: string, declared: Record<string, unknown>): ServerTemplateIR | undefined {
  const variables = new Map<string, ServerVariableIR>();
  const parts = url.split(/\{([^}]+)\}/).reduce<string[]>((joined, part, i) => {
    const variable = i % 2 === 1 ? serverVariable(part, declared[part]) : undefined;
    if (variable) variables.set(variable.name, variable);
    // Literal text (and an undeclared `{name}`) is appended to the text before it: parts alternate.
    if (i % 2 === 1 && variable) return [...joined, part, ''];
    const text = i % 2 === 1 ? `{${part}}` : part;
    return [...joined.slice(0, -1), `${joined.at(-1) ?? ''}${text}`];
  }, ['']);
  if (variables.size === 0) return undefined;
  const last = parts.length - 1;
  return { parts: parts.map((part, i) => (i === last ? part.replace(/\/$/, '') : part)), variables: [...variables.values()] };
}

function serverVariable(name: string, value: unknown): ServerVariableIR | undefined {
  const raw = asObject(value);
  const fallback = variableDefault(raw);
  if (!raw || fallback === undefined) return undefined;
  const values = Array.isArray(raw['enum']) ? raw['enum'].filter((v): v is string => typeof v === 'string') : [];
  return { name, default: fallback, enum: values.length > 0 ? values : undefined, description: asString(raw['description']) };
}
