/**
 * An HTTP token (RFC 9110 §5.6.2): what a header's name may be. `fetch` refuses any other (empty, with a
 * space or a colon), so a call sending it fails before it leaves.
 */
export const TOKEN_PUNCTUATION = "! # $ % & ' * + - . ^ _ ` | ~";

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export function isHttpToken(name: string): boolean {
  return TOKEN.test(name);
}
