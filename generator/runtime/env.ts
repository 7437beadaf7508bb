/**
 * Reading environment variables on every runtime: Node and Bun expose `process.env`, Deno `Deno.env`
 * (which throws without `--allow-env`), browsers and Workers neither. The globals are reached through
 * `globalThis` so this file needs no Node types and never throws.
 */

interface EnvScope {
  process?: { env?: Record<string, string | undefined> };
  Deno?: { env?: { get?(name: string): string | undefined } };
}

/** The variable's value, trimmed; `undefined` when unset, blank, or unreadable. */
export function readEnv(name: string | undefined): string | undefined {
  const scope = globalThis as EnvScope;
  try {
    const value = name && (scope.process?.env ? scope.process.env[name] : scope.Deno?.env?.get?.(name));
    return value?.trim() || undefined;
  } catch {
    // Deno without env permission, or a sandbox that throws on access: treat as unset.
    return undefined;
  }
}
