/**
 * An HTTP token (RFC 9110 §5.6.2): what a header's name may be. `fetch` refuses any other (empty, with a
 * space or a colon), so a call sending it fails before it leaves.
 */
export const TOKEN_PUNCTUATION = "! # $ % & ' * + - . ^ _ ` | ~";

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function isHttpToken(name: string): boolean {
  return TOKEN.test(name);
}

/**
 * Where an `apiKey` scheme sends its key: `in` as declared, and a missing or unknown `in` read as a
 * header (validation refuses it unless lenient).
 */
export function apiKeyPlace(scheme: Record<string, unknown>): ApiKeyPlace {
  return isApiKeyPlace(scheme['in']) ? scheme['in'] : 'header';
}

/** Where an `apiKey` scheme may send its key (§4.8.27). */
const API_KEY_PLACES = ['header', 'query', 'cookie'] as const;
type ApiKeyPlace = (typeof API_KEY_PLACES)[number];

export function isApiKeyPlace(value: unknown): value is ApiKeyPlace {
  return (API_KEY_PLACES as readonly unknown[]).includes(value);
}

/**
 * An `apiKey` security scheme with no `name` to send its key as, or sent in a header whose `name` is no
 * token: validation reports it, and the parser leaves it out of the client. A cookie's name is not
 * checked: the client percent-encodes one.
 */
export function isUnsendableApiKey(scheme: Record<string, unknown>): boolean {
  const name = scheme['name'];
  if (scheme['type'] !== 'apiKey') return false;
  if (typeof name !== 'string' || name === '') return true;
  return apiKeyPlace(scheme) === 'header' && !isHttpToken(name);
}
