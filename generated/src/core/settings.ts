// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** The client's options and the settings they resolve to, with the environment as the fallback. */
import type { Fetch } from './attempt.js';
import type { credentialsPerCall, CredentialSpec, PlaceCredentials } from './credentials.js';
import type { operationServerURL } from './url.js';
import { readEnv } from './env.js';
import { SDKError } from './errors.js';
import type { HeadersInput } from './headers.js';
import { defaultLogger, resolveLogLevel, type Logger, type LogLevel } from './log.js';
import type { AuthorizerFactory } from './oauth.js';
import type { FetchOptions } from './request-options.js';

/** What the generated client tells the runtime about its API. */
export interface ClientConfig {
  /** The client class's name, used in messages (`Cloudflare`). */
  readonly clientName: string;
  /** Sent in `User-Agent` as `<packageName>/<packageVersion>`. */
  readonly packageName: string;
  readonly packageVersion: string;
  readonly defaultBaseURL: string;
  /** Environment variable overriding the base URL (`CLOUDFLARE_BASE_URL`). */
  readonly baseURLEnv?: string | undefined;
  /** Environment variable setting the log level (`CLOUDFLARE_LOG`). */
  readonly logLevelEnv?: string | undefined;
  readonly credentials: readonly CredentialSpec[];
  /** The spec's security requirement alternatives, by option name; one must be fully set. */
  readonly authAlternatives: ReadonlyArray<readonly string[]>;
  /**
   * The runtime's `credentialsPerCall`, when some operations need no credentials (a login, a health check):
   * a client may then be built without any, `authAlternatives` is checked when an operation that needs them
   * is called, and one whose security is empty is sent none.
   */
  readonly perCall?: typeof credentialsPerCall | undefined;
  /**
   * What to do when no alternative is set, written by the generator from the specs above
   * (`Pass apiToken (or set the environment variable CLOUDFLARE_API_TOKEN); or pass …`).
   */
  readonly authHelp: string;
  /**
   * The runtime's `placeCredentials`, when a credential goes in a query parameter or a cookie, or is basic
   * auth; without it, every credential is sent as a header, bearer or as is. Passed in rather than always
   * used, so that browser bundles of the APIs that do not need it leave it out.
   */
  readonly placeCredentials?: PlaceCredentials | undefined;
  /**
   * The runtime's `oauthClient(flows)`, when the API lets a client fetch its own token (OAuth 2 client
   * credentials, refresh tokens). Passed in, as `placeCredentials` is, so that other APIs' bundles leave it out.
   */
  readonly authorizer?: AuthorizerFactory | undefined;
  /** The API's own defaults for `timeout` and `maxRetries`, when its spec sets them (`x-sdk.client`). */
  readonly defaultTimeout?: number | undefined;
  readonly defaultMaxRetries?: number | undefined;
  /**
   * The runtime's `operationServerURL`, when some operations have servers of their own with variables,
   * which the `serverVariables` option fills in. Passed in, as `placeCredentials` is, so that other APIs'
   * bundles leave it out.
   */
  readonly operationServer?: typeof operationServerURL | undefined;
  /**
   * The spec's server URL with its variables left open, when the API has both server variables and
   * operations with servers of their own: a `baseURL` that `Client.serverURL({ region: 'eu' })` made is
   * still the spec's server, so those operations still go to theirs.
   */
  readonly specServer?: RegExp | undefined;
}

/** The options every generated client accepts, besides its credentials. */
export interface CoreClientOptions {
  /**
   * Defaults to the environment variable named by the API (`CLOUDFLARE_BASE_URL`), then the spec's server.
   * Operations the spec gives a server of their own go there only while this is the spec's server.
   */
  baseURL?: string | null | undefined;
  /** Milliseconds to wait for each attempt's response headers, and again for its body. Default 60 000. */
  timeout?: number | undefined;
  /** Retries after a failed attempt, within each operation's retry policy. Default 2. */
  maxRetries?: number | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: Fetch | undefined;
  /** Passed to every `fetch` call (for example a proxy `dispatcher`). */
  fetchOptions?: FetchOptions | undefined;
  /** Headers sent with every request; a request's `headers: { name: null }` removes one. */
  defaultHeaders?: HeadersInput;
  /** Query parameters sent with every request; a request's `query: { name: undefined }` removes one. */
  defaultQuery?: Readonly<Record<string, string | undefined>> | undefined;
  /** Default: the environment variable named by the API (`CLOUDFLARE_LOG`), then `warn`. */
  logLevel?: LogLevel | undefined;
  /** Default: `globalThis.console`. */
  logger?: Logger | undefined;
}

export interface ClientSettings {
  readonly baseURL: string;
  /** Whether `baseURL` is the spec's server, so operations with a server of their own go there. */
  readonly atSpecServer: boolean;
  readonly timeout: number;
  readonly maxRetries: number;
  readonly logLevel: LogLevel;
  readonly logger: Logger;
  readonly fetch: Fetch;
  readonly fetchOptions?: FetchOptions | undefined;
  readonly defaultHeaders?: HeadersInput;
  readonly defaultQuery?: Readonly<Record<string, string | undefined>> | undefined;
  /**
   * The values chosen for the variables of the servers some operations have of their own (the generated
   * client's `serverVariables` option, for an API whose spec gives them variables); a variable left out
   * takes its default.
   */
  readonly serverVariables?: ServerVariables | undefined;
}

/** Server variables by name; `undefined` leaves one at its default. */
export type ServerVariables = Readonly<Record<string, string | undefined>>;

export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;
/** setTimeout fires at once for delays above 2^31 - 1 ms; a larger timeout would mean none at all. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function resolveSettings(options: CoreClientOptions, config: ClientConfig): ClientSettings {
  const logger = options.logger ?? defaultLogger();
  const scope = globalThis as { fetch?: Fetch };
  if (!options.fetch && typeof scope.fetch !== 'function') throw new SDKError('No global `fetch` in this runtime: pass one with the `fetch` option.');
  // `null` means "the spec's server", not "look in the environment" (as in the official SDK).
  const baseURL = (options.baseURL === undefined ? readEnv(config.baseURLEnv) : options.baseURL) || config.defaultBaseURL;
  return {
    baseURL,
    atSpecServer: baseURL === config.defaultBaseURL || !!config.specServer?.test(baseURL),
    timeout: checkTimeout('timeout', options.timeout ?? config.defaultTimeout ?? DEFAULT_TIMEOUT_MS),
    maxRetries: checkRetries('maxRetries', options.maxRetries ?? config.defaultMaxRetries ?? DEFAULT_MAX_RETRIES),
    logLevel: resolveLogLevel(options.logLevel, config.logLevelEnv, (message) => logger.warn(message)),
    logger,
    // The global one is looked up on each call, so a polyfill or test double installed later is used.
    fetch: options.fetch ?? ((url, init) => (scope.fetch as Fetch)(url, init)),
    fetchOptions: options.fetchOptions,
    defaultHeaders: options.defaultHeaders,
    defaultQuery: options.defaultQuery,
    // Only a client whose API has operation servers with variables declares the option.
    serverVariables: (options as { serverVariables?: ServerVariables | undefined }).serverVariables,
  };
}

export function checkTimeout(name: string, value: unknown): number {
  return Math.min(checkNonNegative(name, value, Number.isFinite, 'number of milliseconds'), MAX_TIMER_MS);
}

export function checkRetries(name: string, value: unknown): number {
  return checkNonNegative(name, value, Number.isInteger, 'integer');
}

function checkNonNegative(name: string, value: unknown, isValid: (n: number) => boolean, expected: string): number {
  if (!isValid(value as number) || (value as number) < 0) throw new SDKError(`${name} must be a non-negative ${expected}, got ${String(value)}.`);
  return value as number;
}
