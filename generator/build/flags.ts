/** `--name value` flags of the build and release commands; `undefined` on an unknown flag or a missing value. */
export function parseFlags<T extends Record<string, string>>(argv: readonly string[], defaults: T): T | undefined {
  const flags: Record<string, string> = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const name = flag?.startsWith('--') ? flag.slice(2) : undefined;
    if (name === undefined || !(name in defaults) || value === undefined) return undefined;
    flags[name] = value;
  }
  return flags as T;
}
