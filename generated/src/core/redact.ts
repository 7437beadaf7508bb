// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Keeping credentials out of everything the client prints or throws. Two layers: headers that carry
 * secrets are masked by name, and any text that still contains a credential's value (a server echoing the
 * token in an error body, a URL a user built by hand) has the value masked.
 */

export const REDACTED = '***';

/** Headers that carry secrets in any API; the API's own credential headers are added to these. */
const ALWAYS_SENSITIVE = [
  'authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key',
  'x-auth-key', 'x-auth-email', 'x-auth-token', 'x-auth-user-service-key',
];

/** Values shorter than this are not masked inside free text: masking `ab` would garble every message. */
const MIN_SCRUBBED_LENGTH = 4;

export function sensitiveHeaderNames(credentialHeaders: readonly string[]): ReadonlySet<string> {
  return new Set([...ALWAYS_SENSITIVE, ...credentialHeaders.map((name) => name.toLowerCase())]);
}

/** A plain object of the headers with the sensitive ones masked, for log lines. */
export function redactHeaders(headers: Headers | Readonly<Record<string, string>>, sensitive: ReadonlySet<string>): Record<string, string> {
  const shown: Record<string, string> = {};
  const show = (value: string, name: string) => {
    shown[name] = sensitive.has(name.toLowerCase()) ? REDACTED : value;
  };
  if (headers instanceof Headers) headers.forEach(show);
  else for (const name of Object.keys(headers)) show(headers[name]!, name);
  return shown;
}

export type Scrubber = (text: string) => string;

/** A function that masks every occurrence of the secrets (and their URL-encoded forms) in a text. */
export function createScrubber(secrets: readonly string[]): Scrubber {
  const needles = [...new Set(secrets.flatMap((secret) => [secret, encodeURIComponent(secret)]))]
    .filter((needle) => needle.length >= MIN_SCRUBBED_LENGTH)
    // Longest first, so a secret that contains another is masked whole.
    .sort((a, b) => b.length - a.length);
  if (needles.length === 0) return (text) => text;
  return (text) => needles.reduce((masked, needle) => masked.split(needle).join(REDACTED), text);
}

/** Masks secrets in a log argument: strings, and the strings inside plain objects and arrays. */
export function scrubValue(value: unknown, scrub: Scrubber, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value instanceof Error) return scrub(String(value.stack ?? value.message));
  if (typeof value !== 'object' || value === null || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, scrub, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = scrubValue(item, scrub, depth + 1);
  return copy;
}

/** Masks secrets in an error we are about to throw: its message and the copy of it in its stack. */
export function scrubError<E extends Error>(error: E, scrub: Scrubber): E {
  const message = scrub(error.message);
  if (message !== error.message) {
    error.message = message;
    if (typeof error.stack === 'string') error.stack = scrub(error.stack);
  }
  return error;
}
