/**
 * Header parameters a client cannot take, by lowercase name, with why: OpenAPI says to ignore a
 * `Content-Type` parameter (§4.8.12.1, the body's media type sets it), and `fetch` computes the others
 * from the request itself (a browser drops them without a word, Node's fetch drops a `Content-Length`
 * and fails on a `Transfer-Encoding`). `Accept` and `Authorization`, which OpenAPI also names, stay
 * parameters: a caller picks a representation with the one, and specs without security schemes take
 * credentials through the other (475 of APIs.guru's).
 */
export const IGNORED_HEADER_PARAMETERS: ReadonlyMap<string, string> = new Map([
  ['content-type', "as OpenAPI says: the request body's media type sets it"],
  ['content-length', 'fetch sets it from the body'],
  ['transfer-encoding', 'fetch chooses it'],
  ['host', 'fetch sets it from the URL'],
  ['connection', 'fetch manages the connection'],
  ['keep-alive', 'fetch manages the connection'],
]);

/** Why a header parameter of this name is ignored, or undefined when it is a parameter like any other. */
export function ignoredHeaderReason(name: string): string | undefined {
  return IGNORED_HEADER_PARAMETERS.get(name.toLowerCase());
}
