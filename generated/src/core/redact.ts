// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Keeping credentials out of everything the client prints or throws. Two layers: headers that carry
 * secrets are masked by name, and any text that still contains a credential's value (a server echoing the
 * token in an error body, a URL a user built by hand) has the value masked.
 */

import { encodeQueryPart } from './url.js';

export const REDACTED = '***';

/** Header names that carry secrets in any API: credentials, cookies, keys, tokens. */
const SECRET_HEADER = /auth|cookie|api-?key|token|secret|session|password/i;

/** Values shorter than this are not masked inside free text: masking `ab` would garble every message. */
const MIN_SCRUBBED_LENGTH = 4;

/** Whether a header is masked in log lines: a secret by its name, or one the API sends a credential in. */
export type SensitiveHeader = (name: string) => boolean;

export function sensitiveHeaders(credentialHeaders: readonly string[]): SensitiveHeader {
  const own = credentialHeaders.map((name) => name.toLowerCase());
  return (name) => SECRET_HEADER.test(name) || own.includes(name.toLowerCase());
}

/** A plain object of the headers with the sensitive ones masked, for log lines. */
export function redactHeaders(headers: Headers | Readonly<Record<string, string>>, isSensitive: SensitiveHeader): Record<string, string> {
  const shown: Record<string, string> = {};
  const show = (value: string, name: string) => (shown[name] = isSensitive(name) ? REDACTED : value);
  if (headers instanceof Headers) headers.forEach(show);
  else Object.entries(headers).forEach(([name, value]) => show(value, name));
  return shown;
}

export type Scrubber = (text: string) => string;

/** A scrubber that can be told of a secret met later: a token the client fetched, say. */
export interface SecretScrubber extends Scrubber {
  learn(secret: string): void;
}

/** A function that masks every occurrence of the secrets (and their URL-encoded forms) in a text. */
export function createScrubber(secrets: readonly string[]): SecretScrubber {
  let needles: string[] = [];
  const scrub = (text: string) => needles.reduce((masked, needle) => masked.split(needle).join(REDACTED), text);
  scrub.learn = (secret: string) => {
    // As given, as encoded in a path or cookie, and as encoded in a query string.
    needles = [...new Set([...needles, secret, encodeURIComponent(secret), encodeQueryPart(secret)])]
      .filter((needle) => needle.length >= MIN_SCRUBBED_LENGTH)
      // Longest first, so a secret that contains another is masked whole.
      .sort((a, b) => b.length - a.length);
  };
  secrets.forEach(scrub.learn);
  return scrub;
}

/** Masks secrets in a log argument: strings, and the strings inside plain objects and arrays. */
export function scrubValue(value: unknown, scrub: Scrubber, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (value instanceof Error) return scrub(String(value.stack ?? value.message));
  if (typeof value !== 'object' || value === null || depth > 6) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, scrub, depth + 1));
  // Entries, not assignment: a body's own `__proto__` field stays a field of the copy.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubValue(item, scrub, depth + 1)]));
}

/** Masks secrets in an error we are about to throw: its message and the copy of it in its stack. */
export function scrubError<E extends Error>(error: E, scrub: Scrubber): E {
  const message = scrub(error.message);
  // Only when needed: some errors (a DOMException) have a read-only message.
  if (message !== error.message) {
    error.message = message;
    if (typeof error.stack === 'string') error.stack = scrub(error.stack);
  }
  return error;
}
