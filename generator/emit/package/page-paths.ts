/**
 * Where a resource's page goes when its documentation moves out of the README or api.md: named by where
 * the resource hangs on the client (`docs/realtimeKit.activeSession.md`).
 */

/**
 * A page per group in `dir`. A name that differs from another only in case gets a number, since macOS and
 * Windows would make them one file; so does a name in `reserved` (a page of the folder's own).
 */
export function pagePaths(groups: readonly { readonly path: readonly string[] }[], dir: string, reserved: readonly string[] = []): string[] {
  const taken = new Set(reserved.map((name) => name.toLowerCase()));
  return groups.map((g) => {
    const base = g.path.join('.') || 'client';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return `${dir}${name}.md`;
  });
}
