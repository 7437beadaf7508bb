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

export function checkSecurity(spec: LoadedSpec): Diagnostic[] {
  const doc = entryDocument(spec);
  const components = isObject(doc['components']) ? doc['components'] : {};
  const declared = new Set(Object.keys(isObject(components['securitySchemes']) ? components['securitySchemes'] : {}));
  const sites = [{ file: spec.entry, pointer: '', holder: doc }, ...operationsOf(spec).map(({ file, pointer, op }) => ({ file, pointer, holder: op }))];
  return sites.flatMap(({ file, pointer, holder }) => undeclared(spec, file, joinPointer(pointer, 'security'), holder['security'], declared));
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
