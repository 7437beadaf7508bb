/**
 * `--name value` flags of the build and release commands; `undefined` on an unknown flag or a missing
 * value. A flag whose default is a list may be given again, each value added (`--overlay a --overlay b`).
 */
export function parseFlags<T extends Record<string, string | readonly string[]>>(argv: readonly string[], defaults: T): T | undefined {
  const flags: Record<string, string | string[]> = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, typeof v === 'string' ? v : [...v]]));
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const name = flag?.startsWith('--') ? flag.slice(2) : undefined;
    if (name === undefined || !Object.hasOwn(defaults, name) || value === undefined) return undefined;
    const current = flags[name];
    if (Array.isArray(current)) current.push(value);
    else flags[name] = value;
  }
  return flags as unknown as T;
}
