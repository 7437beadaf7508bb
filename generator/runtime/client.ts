/**
 * The base class of a generated client. Credentials live only in `#private` fields, so they are out of
 * reach of `JSON.stringify`, `console.log` and `util.inspect`; `toJSON` and the inspect hooks show the
 * settings and which credentials are set, never their values.
 */
import { APIPromise } from './api-promise.js';
import { prepareCall, type ClientContext } from './call.js';
import { assertAuthenticated, credentialHeaders, resolveCredentials, type Credentials, type CredentialSpec } from './credentials.js';
import * as Errors from './errors.js';
import { createLevelLogger, type LogLevel } from './log.js';
import { createScrubber, REDACTED, scrubError, sensitiveHeaderNames } from './redact.js';
import { policyForMethod, type BuiltRequest, type HttpMethod, type OperationPolicy } from './request.js';
import type { RequestOptions } from './request-options.js';
import { parseSuccessBody } from './response.js';
import { send } from './send.js';
import { DEFAULT_TIMEOUT_MS, resolveSettings, type ClientConfig, type CoreClientOptions } from './settings.js';

export type { ClientConfig, CoreClientOptions, CredentialSpec };

/** Options of the raw HTTP helpers (`client.post(path, { body })`). */
export interface RawRequestOptions extends RequestOptions {
  body?: unknown;
}

export class BaseClient<Options extends CoreClientOptions = CoreClientOptions> {
  static DEFAULT_TIMEOUT = DEFAULT_TIMEOUT_MS;
  static SDKError = Errors.SDKError;
  static APIError = Errors.APIError;
  static APIConnectionError = Errors.APIConnectionError;
  static APIConnectionTimeoutError = Errors.APIConnectionTimeoutError;
  static APIUserAbortError = Errors.APIUserAbortError;
  static BadRequestError = Errors.BadRequestError;
  static AuthenticationError = Errors.AuthenticationError;
  static PermissionDeniedError = Errors.PermissionDeniedError;
  static NotFoundError = Errors.NotFoundError;
  static ConflictError = Errors.ConflictError;
  static UnprocessableEntityError = Errors.UnprocessableEntityError;
  static RateLimitError = Errors.RateLimitError;
  static InternalServerError = Errors.InternalServerError;
  static ResponseParseError = Errors.ResponseParseError;

  // `declare`: set in the constructor; a field declaration would only add code that defines them twice.
  declare readonly baseURL: string;
  declare readonly timeout: number;
  declare readonly maxRetries: number;
  declare readonly logLevel: LogLevel;

  readonly #config: ClientConfig;
  readonly #options: Options;
  readonly #credentials: Credentials;
  readonly #context: ClientContext;

  constructor(options: Options, config: ClientConfig) {
    const settings = resolveSettings(options, config);
    const credentials = resolveCredentials(options as Readonly<Record<string, unknown>>, config.credentials);
    assertAuthenticated(config.clientName, credentials, config.credentials, config.authAlternatives);
    const scrub = createScrubber([...credentials.values()]);
    this.baseURL = settings.baseURL;
    this.timeout = settings.timeout;
    this.maxRetries = settings.maxRetries;
    this.logLevel = settings.logLevel;
    this.#config = config;
    this.#credentials = credentials;
    // Resolved values, so a copy made by `withOptions` keeps them even if the environment changes.
    this.#options = { ...options, ...Object.fromEntries(credentials), ...settings, defaultHeaders: options.defaultHeaders };
    this.#context = {
      settings,
      authHeaders: credentialHeaders(credentials, config.credentials),
      userAgent: `${config.packageName}/${config.packageVersion}`,
      log: createLevelLogger(settings.logger, settings.logLevel, scrub),
      scrub,
      sensitiveHeaders: sensitiveHeaderNames(config.credentials.map((spec) => spec.header)),
    };
  }

  /** A new client of the same class with these options changed; credentials are kept unless overridden. */
  withOptions(overrides: Partial<Options>): this {
    const Client = this.constructor as new (options: Options) => this;
    return new Client({ ...this.#options, ...overrides });
  }

  /** Sends a built request under the operation's retry policy. Generated methods call this. */
  request<T>(built: BuiltRequest, options: RequestOptions | undefined, policy: OperationPolicy): APIPromise<T> {
    const context = this.#context;
    // An async function: invalid options reject the returned promise instead of throwing at the call.
    const completed = (async () => {
      const call = prepareCall(context, built, options ?? {}, policy);
      const { response, body } = await send(context, call);
      const parse = async (): Promise<T> => {
        // A JSON syntax error quotes the body, which may hold a credential the server echoed.
        const data = await parseSuccessBody(response, body).catch((error: unknown) => {
          throw error instanceof Error ? scrubError(error, context.scrub) : error;
        });
        context.log.debug?.(`[${call.requestId}] response body`, { status: response.status, body: data });
        return data as T;
      };
      return { response, parse };
    })();
    return new APIPromise<T>(completed);
  }

  get<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw('GET', path, options);
  }
  post<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw('POST', path, options);
  }
  put<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw('PUT', path, options);
  }
  patch<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw('PATCH', path, options);
  }
  delete<T = unknown>(path: string, options?: RawRequestOptions): APIPromise<T> {
    return this.#raw('DELETE', path, options);
  }

  #raw<T>(method: HttpMethod, path: string, { body, ...options }: RawRequestOptions = {}): APIPromise<T> {
    return this.request<T>({ method, path, query: {}, headers: undefined, body }, options, policyForMethod(method));
  }

  /** The settings, and which credentials are set (masked). What `JSON.stringify(client)` shows. */
  toJSON(): Record<string, unknown> {
    const credentials = Object.fromEntries([...this.#credentials.keys()].map((name) => [name, REDACTED]));
    return { baseURL: this.baseURL, timeout: this.timeout, maxRetries: this.maxRetries, logLevel: this.logLevel, credentials };
  }

  toString(): string {
    return `[${this.#config.clientName} ${this.baseURL}]`;
  }

  /** `console.log(client)` and `util.inspect(client)` in Node, Bun and Deno. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.#inspect();
  }
  [Symbol.for('Deno.customInspect')](): string {
    return this.#inspect();
  }

  #inspect(): string {
    return `${this.#config.clientName} ${JSON.stringify(this.toJSON(), null, 2)}`;
  }
}
