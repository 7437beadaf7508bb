// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * The base class of a generated client. Credentials live only in `#private` fields, so they are out of
 * reach of `JSON.stringify`, `console.log` and `util.inspect`; `toJSON` shows the settings and which
 * credentials are set, never their values.
 */
import { APIPromise } from './api-promise.js';
import { assertAuthenticated, headerCredentials, resolveCredentials, type CredentialParts, type Credentials, type CredentialSpec, type PlaceCredentials } from './credentials.js';
import * as Errors from './errors.js';
import { createLevelLogger, type LogLevel } from './log.js';
import { createScrubber, REDACTED, scrubError, sensitiveHeaders, type SecretScrubber } from './redact.js';
import { policyForMethod, type BuiltRequest, type HttpMethod, type OperationPolicy } from './request.js';
import type { RequestOptions } from './request-options.js';
import { parseSuccessBody } from './response.js';
import { send, type ClientContext } from './send.js';
import { DEFAULT_TIMEOUT_MS, resolveSettings, type ClientConfig, type ClientSettings, type CoreClientOptions } from './settings.js';

export type { ClientConfig, CoreClientOptions, CredentialSpec };

/** Options of the raw HTTP helpers (`client.post(path, { body })`). */
export interface RawRequestOptions extends RequestOptions {
  body?: unknown;
}

/** What `send` needs to know of a client: its settings, what its credentials add, and a logger that masks its secrets. */
export function clientContext(settings: ClientSettings, config: ClientConfig, auth: CredentialParts, scrub: SecretScrubber): ClientContext {
  return {
    settings,
    auth,
    userAgent: `${config.packageName}/${config.packageVersion}`,
    log: createLevelLogger(settings.logger, settings.logLevel, scrub),
    scrub,
    isSensitive: sensitiveHeaders(config.credentials.flatMap((spec) => spec.header ?? [])),
    operationServer: config.operationServer,
  };
}

export class BaseClient<Options extends CoreClientOptions = CoreClientOptions> {
  static DEFAULT_TIMEOUT = DEFAULT_TIMEOUT_MS;
  // The error classes, as statics (`Cloudflare.NotFoundError`): assigned below from `ERROR_CLASSES`.
  declare static SDKError: typeof Errors.SDKError;
  declare static APIError: typeof Errors.APIError;
  declare static APIConnectionError: typeof Errors.APIConnectionError;
  declare static APIConnectionTimeoutError: typeof Errors.APIConnectionTimeoutError;
  declare static APIUserAbortError: typeof Errors.APIUserAbortError;
  declare static BadRequestError: typeof Errors.BadRequestError;
  declare static AuthenticationError: typeof Errors.AuthenticationError;
  declare static PermissionDeniedError: typeof Errors.PermissionDeniedError;
  declare static NotFoundError: typeof Errors.NotFoundError;
  declare static ConflictError: typeof Errors.ConflictError;
  declare static UnprocessableEntityError: typeof Errors.UnprocessableEntityError;
  declare static RateLimitError: typeof Errors.RateLimitError;
  declare static InternalServerError: typeof Errors.InternalServerError;
  declare static ResponseParseError: typeof Errors.ResponseParseError;

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
    if (!config.perCall) assertAuthenticated(config, credentials);
    // Resolved values, so a copy made by `withOptions` keeps them even if the environment changes.
    const resolved: Options = { ...options, ...settings, ...Object.fromEntries(credentials) };
    const place: PlaceCredentials = config.placeCredentials ?? headerCredentials;
    const auth = place(credentials, config.credentials, resolved as Readonly<Record<string, unknown>>);
    const scrub = createScrubber([...credentials.values(), ...auth.encoded]);
    this.baseURL = settings.baseURL;
    this.timeout = settings.timeout;
    this.maxRetries = settings.maxRetries;
    this.logLevel = settings.logLevel;
    this.#config = config;
    this.#credentials = credentials;
    this.#options = resolved;
    const context = clientContext(settings, config, auth, scrub);
    this.#context = { ...context, authorize: config.authorizer?.(context, credentials, options as Readonly<Record<string, unknown>>) };
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
      const sent = this.#config.perCall?.(policy, context, this.#config, this.#credentials) ?? context;
      const { response, attempt, label } = await send(sent, built, options ?? {}, policy);
      const { read } = policy;
      if (read) {
        const handed = attempt.handOver();
        return { response: handed, parse: async () => read(handed) as T };
      }
      const parse = async (): Promise<T> => {
        // A JSON syntax error quotes the body, which may hold a credential the server echoed.
        const data = await parseSuccessBody(response, attempt, policy.jsonText).catch((error: Error) => {
          throw scrubError(error, context.scrub);
        });
        context.log.debug?.(`${label}: response body`, { status: response.status, body: data });
        const { unwrap } = policy;
        return (unwrap && data !== null && typeof data === 'object' ? (data as Record<string, unknown>)[unwrap] : data) as T;
      };
      return { response, parse, handOver: attempt.handOver };
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

  /**
   * What `String(client)` shows. Node's, Bun's and Deno's inspection (`console.log(client)`) shows the
   * public fields only: the credentials are in `#private` fields, out of its reach.
   */
  toString(): string {
    return `[${this.#config.clientName} ${this.baseURL}]`;
  }
}

Object.assign(BaseClient, Errors.ERROR_CLASSES);
