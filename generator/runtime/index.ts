/** The runtime's public surface, re-exported by the generated package's entry point. */
export { APIPromise } from './api-promise.js';
export { awsRegion, awsSigV4 } from './aws-sigv4.js';
export { encodeForm, encodeJSONLines, encodeJSONSeq, encodeMultipart, type Uploadable } from './body.js';
export { BaseClient, type ClientConfig, type CoreClientOptions, type CredentialSpec, type RawRequestOptions } from './client.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  SDKError,
  UnprocessableEntityError,
  type ErrorDetail,
} from './errors.js';
export type { Fetch } from './attempt.js';
export { credentialsPerCall, placeCredentials } from './credentials.js';
export { encodeCookies, type HeadersInput, type HeaderValue } from './headers.js';
export type { Logger, LogLevel } from './log.js';
export { withIdempotencyKey } from './idempotency.js';
export { oauthClient, type RefreshedTokens } from './oauth.js';
export { deviceAuthorization, type DeviceAuthorization, type DeviceAuthorizationParams, type DeviceFlow } from './oauth-device.js';
export { authorizationURL, exchangeCode, type AuthorizationRequest, type AuthorizationURLParams, type CodeExchangeParams, type SignInFlow, type SignInTokens } from './oauth-sign-in.js';
export { PagePromise, paginate, type Pagination } from './pagination.js';
export { encodePath, encodeStyledPath, type PathStyle } from './path.js';
export type { BuiltRequest, HttpMethod, OperationPolicy } from './request.js';
export type { FetchOptions, RequestOptions } from './request-options.js';
export { isRequestOptions } from './request-options.js';
export { APIResource } from './resource.js';
export { describeRetryPolicy } from './retry-policy.js';
export { Stream, type ServerSentEvent, type StreamFormat } from './stream.js';
export { deepObjectQuery, delimitedQuery, explodedQuery, mergeQuery, operationServerURL, reservedQuery, type QueryParams } from './url.js';
