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

/**
 * Header parameters of an operation signed with SigV4 that the signer writes or that mean nothing as
 * headers, with why. AWS's published specs declare all of these on every operation; kept, each was an
 * optional member of every method's `params` that the signer overwrote or the service ignored.
 * `X-Amz-Content-Sha256` stays a parameter: S3 takes `UNSIGNED-PAYLOAD` there.
 */
export const SIGNER_HEADER_PARAMETERS: ReadonlyMap<string, string> = new Map([
  ['x-amz-date', 'the SigV4 signer sets it on every attempt'],
  ['x-amz-security-token', 'the SigV4 signer sets it from the session token option'],
  ...['x-amz-algorithm', 'x-amz-credential', 'x-amz-signature', 'x-amz-signedheaders'].map((name) => [name, "it belongs in a presigned URL's query, and the SigV4 signer writes the Authorization header instead"] as const),
]);

/** Why a header parameter of an operation signed with SigV4 is ignored, or undefined when it is kept. */
export function signerHeaderReason(name: string): string | undefined {
  return SIGNER_HEADER_PARAMETERS.get(name.toLowerCase());
}

/**
 * Whether an operation may be signed with SigV4: one of its security requirement's alternatives (its own,
 * else the document's) names an API key scheme that API Gateway signs (`x-amazon-apigateway-authtype:
 * awsSigv4`). `schemes` is `components.securitySchemes` as written.
 */
export function signedWithSigV4(requirement: unknown, schemes: unknown): boolean {
  if (!Array.isArray(requirement) || typeof schemes !== 'object' || schemes === null) return false;
  return requirement.some((alternative) => typeof alternative === 'object' && alternative !== null && Object.keys(alternative).some((key) => isSigV4Scheme((schemes as Record<string, unknown>)[key])));
}

function isSigV4Scheme(scheme: unknown): boolean {
  if (typeof scheme !== 'object' || scheme === null) return false;
  const { type, 'x-amazon-apigateway-authtype': authType } = scheme as Record<string, unknown>;
  return type === 'apiKey' && typeof authType === 'string' && authType.toLowerCase() === 'awssigv4';
}
