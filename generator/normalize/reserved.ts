/**
 * Names the package exports besides what the spec defines: the runtime's exports (`src/core/index.ts`)
 * and the client's own. Spec-derived names must never take them; a test keeps this list in step with
 * `generator/runtime/index.ts`.
 */
export const RUNTIME_EXPORTS: readonly string[] = [
  'APIConnectionError', 'APIConnectionTimeoutError', 'APIError', 'APIPromise', 'APIResource',
  'APIUserAbortError', 'AuthenticationError', 'BadRequestError', 'BaseClient', 'BuiltRequest',
  'ClientConfig', 'ClientOptions', 'ConflictError', 'CoreClientOptions', 'CredentialSpec', 'ErrorDetail',
  'Fetch', 'FetchOptions', 'HeaderValue', 'HeadersInput', 'HttpMethod', 'InternalServerError', 'LogLevel',
  'Logger', 'NotFoundError', 'OperationPolicy', 'PagePromise', 'Pagination', 'PermissionDeniedError', 'QueryParams', 'RateLimitError',
  'AuthorizationRequest', 'AuthorizationURLParams', 'CodeExchangeParams', 'SignInFlow', 'SignInTokens', 'DeviceAuthorization', 'DeviceAuthorizationParams', 'DeviceFlow',
  'RawRequestOptions', 'RefreshedTokens', 'RequestOptions', 'ResponseParseError', 'SDKError', 'ServerSentEvent', 'Stream', 'StreamFormat', 'UnprocessableEntityError',
  'Uploadable', 'deepObjectQuery', 'delimitedQuery', 'explodedQuery', 'mergeQuery', 'isRequestOptions', 'reservedQuery', 'describeRetryPolicy', 'encodeCookies', 'encodeForm', 'encodeJSONLines', 'encodeJSONSeq', 'encodeMultipart', 'encodePath', 'encodeStyledPath', 'PathStyle', 'operationServerURL', 'paginate', 'placeCredentials', 'oauthClient', 'authorizationURL', 'exchangeCode', 'deviceAuthorization', 'awsRegion', 'awsSigV4', 'credentialsPerCall', 'withIdempotencyKey',
];

/**
 * Names `src/client.ts` declares or imports beside the client's classes and the runtime's exports: the
 * options type, the config constant and the environment file's values. The client's names must not take
 * them either, or the file declares one name twice or drops an import.
 */
export const CLIENT_FILE_NAMES: readonly string[] = ['ClientOptions', 'config', 'environmentVariables', 'authHelp'];
