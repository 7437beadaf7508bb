/** Path templates (OpenAPI 3.1 §4.8.8): `/things/{id}`. */

/** `/rides?page={page}` → `['/rides', 'page={page}']`; without a query string: `[path, undefined]`. */
export function splitPathTemplate(path: string): [string, string | undefined] {
  const at = path.indexOf('?');
  return at === -1 ? [path, undefined] : [path.slice(0, at), path.slice(at + 1)];
}

/**
 * What of a path template a request carries: a URL's fragment never reaches the server, so
 * `/#Action=GetUser` (APIs.guru's AWS specs tell their operations apart so) is sent as `/`.
 */
export function withoutFragment(path: string): string {
  const at = path.indexOf('#');
  return at === -1 ? path : path.slice(0, at);
}

/** The names of a path template's variables, in order: `/a/{x}/b/{y}` → `['x', 'y']`. */
export function templateNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
}

/**
 * Where each declared path parameter goes: its own `{name}`; else the undeclared `{name}` it differs from
 * only in case (`ID` for `{id}`; the first such parameter takes it), as a lenient reading; else nowhere.
 */
export function placeholdersOf(path: string, names: readonly string[]): Map<string, string | undefined> {
  const used = templateNames(path);
  const claimed = new Set(names.filter((name) => used.includes(name)));
  const placed = new Map<string, string | undefined>();
  for (const name of names) {
    if (placed.has(name)) continue;
    const meant = used.includes(name) ? name : used.find((u) => !claimed.has(u) && u.toLowerCase() === name.toLowerCase());
    if (meant !== undefined) claimed.add(meant);
    placed.set(name, meant);
  }
  return placed;
}
