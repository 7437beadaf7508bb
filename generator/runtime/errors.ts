/**
 * The error classes of a generated client. The base class has a generic name so the runtime stays the same
 * for every API; the generated package re-exports it under the API's own name as well
 * (`export { SDKError as CloudflareError }`), so both names refer to one class.
 */
import { describeErrorBody } from './error-message.js';

/** One entry of an `errors` array in an error body (`{ code, message }` in Cloudflare's envelope). */
export interface ErrorDetail {
  code?: number | string;
  message?: string;
  [key: string]: unknown;
}

/** Every error the client throws on purpose is an `SDKError`. */
export class SDKError extends Error {}

/**
 * The server answered with an error status, or (for the subclasses without a status) no answer came.
 * `error` is the parsed JSON body, or the body's text when it is not JSON.
 */
export class APIError<
  TStatus extends number | undefined = number | undefined,
  THeaders extends Headers | undefined = Headers | undefined,
  TError = unknown,
> extends SDKError {
  // `declare`: the constructor creates these; a field declaration would only add code that does it twice.
  /** The HTTP status of the response. */
  declare readonly status: TStatus;
  /** The headers of the response. */
  declare readonly headers: THeaders;
  /** The body of the response: parsed JSON, or the text when it is not JSON. */
  declare readonly error: TError;
  /** The body's `errors` array when it has one, else empty. */
  declare readonly errors: ErrorDetail[];

  constructor(status: TStatus, error: TError, message: string | undefined, headers: THeaders, options?: { cause?: unknown }) {
    super(composeMessage(status, error, message), options);
    this.status = status;
    this.headers = headers;
    this.error = error;
    this.errors = errorsOf(error);
  }
}

function composeMessage(status: number | undefined, error: unknown, fallback: string | undefined): string {
  const text = describeErrorBody(error) ?? fallback;
  return status === undefined ? (text ?? '(no status code or body)') : `${status} ${text ?? 'status code (no body)'}`;
}

function errorsOf(body: unknown): ErrorDetail[] {
  const errors = (body as { errors?: unknown } | null | undefined)?.errors;
  return Array.isArray(errors) ? (errors as ErrorDetail[]) : [];
}

/** The call was cancelled through its `signal`. */
export class APIUserAbortError extends APIError<undefined, undefined, undefined> {
  constructor({ message }: { message?: string } = {}) {
    super(undefined, undefined, message || 'Request was aborted.', undefined);
  }
}

/** No response: the connection failed (refused, reset, DNS…). `cause` holds what `fetch` threw. */
export class APIConnectionError extends APIError<undefined, undefined, undefined> {
  constructor({ message, cause }: { message?: string | undefined; cause?: unknown } = {}) {
    super(undefined, undefined, message || 'Connection error.', undefined, cause === undefined ? undefined : { cause });
  }
}

/** No response within the `timeout`, on the last attempt. */
export class APIConnectionTimeoutError extends APIConnectionError {
  constructor({ message }: { message?: string } = {}) {
    super({ message: message ?? 'Request timed out.' });
  }
}

export class BadRequestError extends APIError<400, Headers> {}
export class AuthenticationError extends APIError<401, Headers> {}
export class PermissionDeniedError extends APIError<403, Headers> {}
export class NotFoundError extends APIError<404, Headers> {}
export class ConflictError extends APIError<409, Headers> {}
export class UnprocessableEntityError extends APIError<422, Headers> {}
export class RateLimitError extends APIError<429, Headers> {}
export class InternalServerError extends APIError<number, Headers> {}

/** A success response whose body says it is JSON but is not. `body` holds the text as received. */
export class ResponseParseError extends SDKError {
  declare readonly status: number;
  declare readonly headers: Headers;
  declare readonly body: string;

  constructor(status: number, headers: Headers, body: string, cause: unknown) {
    super(`${status} response body is not valid JSON: ${String((cause as Error)?.message ?? cause)}`, { cause });
    this.status = status;
    this.headers = headers;
    this.body = body;
  }
}

/** Every error class by its public name: the client's statics, and where each class's `name` comes from. */
export const ERROR_CLASSES = {
  SDKError,
  APIError,
  APIUserAbortError,
  APIConnectionError,
  APIConnectionTimeoutError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  ResponseParseError,
};

/**
 * Each class's `name`, from a string: a minifier renames classes, so `new.target.name` would read `A` in a
 * bundled browser build, and stack traces and `err.name` must say `NotFoundError`. Set on the prototypes,
 * like `Error.prototype.name`.
 */
for (const [name, ErrorClass] of Object.entries(ERROR_CLASSES)) ErrorClass.prototype.name = name;

type StatusErrorClass = new (status: number, body: unknown, message: undefined, headers: Headers) => APIError<number, Headers>;

// Each class is typed for its own status only; the table is what guarantees that it gets that status.
const STATUS_ERRORS = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
} as Readonly<Record<number, StatusErrorClass>>;

/** The error for a response status: the subclass when there is one, else `APIError`. */
export function createStatusError(status: number, body: unknown, headers: Headers): APIError<number, Headers> {
  const ErrorClass = STATUS_ERRORS[status] ?? (status >= 500 ? InternalServerError : APIError);
  return new ErrorClass(status, body, undefined, headers);
}
