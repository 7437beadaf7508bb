/** Path templates (OpenAPI 3.1 §4.8.8): `/things/{id}`. */

/** `/rides?page={page}` → `['/rides', 'page={page}']`; without a query string: `[path, undefined]`. */
export function splitPathTemplate(path: string): [string, string | undefined] {
  const at = path.indexOf('?');
  return at === -1 ? [path, undefined] : [path.slice(0, at), path.slice(at + 1)];
}

/** The names of a path template's variables, in order: `/a/{x}/b/{y}` → `['x', 'y']`. */
export function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}
