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
 * An `apiKey` security scheme sent in a header whose `name` is no token: validation reports it, and the
 * parser leaves it out of the client. A cookie's name is not checked: the client percent-encodes one.
 */
export function isUnsendableApiKeyHeader(scheme: Record<string, unknown>): boolean {
  const name = scheme['name'];
  return scheme['type'] === 'apiKey' && scheme['in'] === 'header' && typeof name === 'string' && !isHttpToken(name);
}
