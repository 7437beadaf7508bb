/**
 * Names the package exports besides what the spec defines: the runtime's exports and the client's own.
 * Spec-derived names must never take them.
 */
export const RUNTIME_EXPORTS: readonly string[] = [
  'APIPromise', 'APIResource', 'BaseClient', 'ClientOptions', 'CoreClientOptions', 'RequestOptions',
  'BuiltRequest', 'OperationPolicy', 'HttpMethod', 'Logger', 'LogLevel', 'encodePath',
  'APIError', 'BadRequestError', 'AuthenticationError', 'PermissionDeniedError', 'NotFoundError',
  'ConflictError', 'UnprocessableEntityError', 'RateLimitError', 'InternalServerError',
  'APIConnectionError', 'APIConnectionTimeoutError', 'APIUserAbortError', 'SDKError',
];
