/**
 * Security requirements (OpenAPI 3.1 §4.8.30): each name a scheme that `components.securitySchemes`
 * declares, at the root and on each operation. One it does not declare cannot be sent: the client calls
 * without it, as if that requirement asked for nothing, and says so in a warning (ReadMe's own feature
 * specs name an `api_key` they never declare).
 */
import type { Diagnostic } from '../diagnostics.js';
import { entryDocument, type LoadedSpec } from '../load/load-spec.js';
import { joinPointer } from '../util/pointer.js';
import { operationsOf, problem } from './context.js';
import { isObject } from '../util/json.js';
import { isApiKeyPlace, isUnsendableApiKey, TOKEN_PUNCTUATION } from '../util/http-token.js';

export function checkSecurity(spec: LoadedSpec): Diagnostic[] {
  const doc = entryDocument(spec);
  const components = isObject(doc['components']) ? doc['components'] : {};
  const declared = new Set(Object.keys(isObject(components['securitySchemes']) ? components['securitySchemes'] : {}));
  const sites = [{ file: spec.entry, pointer: '', holder: doc }, ...operationsOf(spec).map(({ file, pointer, op }) => ({ file, pointer, holder: op }))];
  const requirements = sites.flatMap(({ file, pointer, holder }) => undeclared(spec, file, joinPointer(pointer, 'security'), holder['security'], declared));
  return [...apiKeyProblems(spec, components['securitySchemes']), ...requirements];
}

/**
 * An `apiKey` scheme (§4.8.27) must say where its key goes: `in` (header, query or cookie) and `name`.
 * One without a `name`, or with a header name HTTP cannot carry, could never be sent.
 */
function apiKeyProblems(spec: LoadedSpec, schemes: unknown): Diagnostic[] {
  if (!isObject(schemes)) return [];
  return Object.entries(schemes).flatMap(([key, scheme]) => {
    if (!isObject(scheme) || scheme['type'] !== 'apiKey') return [];
    // A field that is missing is located at the scheme.
    const at = (field: string): string => joinPointer('/components/securitySchemes', key, ...(scheme[field] === undefined ? [] : [field]));
    const place = isApiKeyPlace(scheme['in']) ? [] : [problem(spec, spec.entry, at('in'), 'security-scheme-in-invalid', inMessage(key, scheme['in']))];
    return isUnsendableApiKey(scheme) ? [...place, problem(spec, spec.entry, at('name'), 'security-scheme-name-invalid', nameMessage(key, scheme['name']))] : place;
  });
}

function inMessage(key: string, place: unknown): string {
  const found = place === undefined ? 'has no `in`' : `has \`in: ${JSON.stringify(place)}\``;
  return `security scheme "${key}" is an apiKey that ${found}: where its key goes, \`header\`, \`query\` or \`cookie\`; with --lenient, it is sent in a header`;
}

function nameMessage(key: string, name: unknown): string {
  if (typeof name !== 'string' || name === '') return `security scheme "${key}" is an apiKey without a \`name\`: the header, query parameter or cookie that carries its key; with --lenient, the client does not send it`;
  return `security scheme "${key}" sends its key in the header ${JSON.stringify(name)}, which is no header name HTTP can send: a name is one or more letters, digits or ${TOKEN_PUNCTUATION} (RFC 9110 §5.6.2); with --lenient, the client does not send it`;
}

function undeclared(spec: LoadedSpec, file: string, pointer: string, security: unknown, declared: ReadonlySet<string>): Diagnostic[] {
  if (!Array.isArray(security)) return [];
  return security.flatMap((requirement, i) =>
    Object.keys(isObject(requirement) ? requirement : {})
      .filter((name) => !declared.has(name))
      .map((name) => {
        const known = declared.size === 0 ? 'none is declared' : `declared: ${[...declared].join(', ')}`;
        const message = `security requirement names ${JSON.stringify(name)}, which components.securitySchemes does not declare (${known}): ignored, so a requirement of nothing else asks for no credential`;
        return { ...problem(spec, file, joinPointer(pointer, i, name), 'security-scheme-undeclared', message), severity: 'warning' as const };
      }),
  );
}
