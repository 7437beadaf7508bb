// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Reading environment variables on every runtime: Node and Bun expose `process.env`, Deno `Deno.env`
 * (which throws without `--allow-env`), browsers and Workers neither. The globals are reached through
 * `globalThis` so this file needs no Node types and never throws.
 */

interface ProcessLike {
  env?: Record<string, string | undefined>;
}
interface DenoLike {
  env?: { get?(name: string): string | undefined };
}

/** The variable's value, trimmed; `undefined` when unset, blank, or unreadable. */
export function readEnv(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const value = readRawEnv(name);
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? undefined : trimmed;
}

function readRawEnv(name: string): string | undefined {
  const scope = globalThis as { process?: ProcessLike; Deno?: DenoLike };
  try {
    if (scope.process?.env) return scope.process.env[name];
    return scope.Deno?.env?.get?.(name);
  } catch {
    // Deno without env permission, or a sandbox that throws on access: treat as unset.
    return undefined;
  }
}
