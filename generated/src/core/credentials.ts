// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Credentials: where each comes from, the headers it becomes, and the check that one alternative is set. */
import { readEnv } from './env.js';
import { SDKError } from './errors.js';

/** One credential of the API: a client option, its environment variable, and the header it is sent in. */
export interface CredentialSpec {
  /** The client option (`apiToken`). */
  readonly option: string;
  /** The environment variable read when the option is `undefined` (`CLOUDFLARE_API_TOKEN`). */
  readonly env?: string | undefined;
  /** The header the value is sent in (`Authorization`). */
  readonly header: string;
  /** `bearer`: `Authorization: Bearer <value>`; `raw`: the value as is. */
  readonly scheme: 'bearer' | 'raw';
}

/** Option name → value, for the credentials that are set. */
export type Credentials = ReadonlyMap<string, string>;

/**
 * Each credential from its option, or from its environment variable when the option is `undefined`
 * (`null` means "none, and do not look in the environment"). Blank values count as unset.
 */
export function resolveCredentials(options: Readonly<Record<string, unknown>>, specs: readonly CredentialSpec[]): Credentials {
  const resolved = new Map<string, string>();
  for (const spec of specs) {
    const given = options[spec.option];
    const value = given === undefined ? readEnv(spec.env) : given;
    if (value != null && typeof value !== 'string') throw new SDKError(`The ${spec.option} option must be a string, got ${typeof value}.`);
    if (value?.trim()) resolved.set(spec.option, value.trim());
  }
  return resolved;
}

/** The headers of every credential that is set (the official SDK also sends them all). */
export function credentialHeaders(credentials: Credentials, specs: readonly CredentialSpec[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const spec of specs) {
    const value = credentials.get(spec.option);
    if (value !== undefined) headers[spec.header] = spec.scheme === 'bearer' ? `Bearer ${value}` : value;
  }
  return headers;
}

/**
 * Fails construction when no alternative of the API's security requirement is fully set, with a message
 * that says which options or environment variables would fix it (`help`, written by the generator). No
 * alternatives: the API needs no auth.
 */
export function assertAuthenticated(clientName: string, credentials: Credentials, alternatives: ReadonlyArray<readonly string[]>, help: string): void {
  if (alternatives.length > 0 && !alternatives.some((names) => names.every((name) => credentials.has(name)))) {
    const partial = [...credentials.keys()];
    throw new SDKError(`${clientName}: no credentials${partial.length > 0 ? ` (set so far: ${partial.join(', ')})` : ''}. ${help}.`);
  }
}
