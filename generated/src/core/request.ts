// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** What a generated request builder returns, and how an operation may be retried. */
import type { HeadersInput } from './headers.js';
import type { QueryParams } from './url.js';

/** HTTP's methods, `QUERY` (a safe GET with a body), or any other the API defines (`COPY`), as sent. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'QUERY' | (string & {});

/**
 * One request, independent of any client: the generated builders are pure functions returning this, so a
 * request can be inspected, signed or sent by other means.
 */
export interface BuiltRequest {
  readonly method: HttpMethod;
  /** The encoded path, relative to the base URL (see `encodePath`). */
  readonly path: string;
  /**
   * The operation's own server (`https://uploads.example.com`), where the spec sends it instead of the
   * API's: used while the client's base URL is the spec's; a client given another one (a mock server, a
   * proxy, another environment) sends this operation there too.
   */
  readonly server?: string | undefined;
  /**
   * When `server` has variables (§4.8.6): its URL with them as `{name}`, and their defaults, which `server`
   * holds (`{ url: 'https://{region}.uploads.example.com', defaults: { region: 'us' } }`). The client fills
   * in those its `serverVariables` option chooses.
   */
  readonly serverTemplate?: { readonly url: string; readonly defaults: Readonly<Record<string, string>> } | undefined;
  /** Query parameters; `undefined` values are dropped, arrays repeat the key. */
  readonly query: QueryParams;
  /** Header parameters of the operation. */
  readonly headers: HeadersInput;
  /**
   * Sent as JSON when `contentType` is absent; `undefined` when the operation has no body. With a
   * `contentType`, the body is already encoded (`encodeMultipart`, `encodeForm`, or an `Uploadable`) and is
   * sent as is.
   */
  readonly body: unknown;
  /** The media type of a body that is not JSON. A multipart body's own type (with its boundary) is sent instead; a `FormData` gets the one `fetch` writes. */
  readonly contentType?: string | undefined;
}

export interface OperationPolicy {
  /**
   * Whether sending the request twice has the same effect as sending it once: true for GET, HEAD, OPTIONS,
   * PUT, DELETE and operations the spec marks `x-sdk-idempotent: true`. Decides the safe-retry rule.
   */
  readonly idempotent: boolean;
  /**
   * The header, lower-cased, of the operation's idempotency key (`idempotency-key`): a call that carries it
   * may be retried like an idempotent one. Without it, `Idempotency-Key` (the `idempotencyKey` option).
   */
  readonly idempotencyHeader?: string | undefined;
  /**
   * Reads the success body instead of the runtime (which parses JSON and gives other bodies as text). A
   * binary body (an image, a PDF, an archive) is given as the `Response`, unread: read as text, its bytes
   * would be lost. An event stream becomes a `Stream` that reads the events as they arrive.
   */
  readonly read?: ((response: Response) => unknown) | undefined;
  /**
   * Whether a text body is parsed when it is JSON: a `text/plain` response whose schema is not a string
   * (an object, a number), which specs write for JSON the server labels as text.
   */
  readonly jsonText?: boolean | undefined;
  /**
   * The field of the parsed body the call resolves to (`x-sdk.client.unwrap`: an envelope's `result`);
   * `.asResponse()` still gives the whole response.
   */
  readonly unwrap?: string | undefined;
  /**
   * What the operation's security asks, when it differs from "one of the API's alternatives":
   * `none` (`security: []`): sent without any credential, an OAuth 2 token included, and needs none;
   * `optional`: sent with the credentials that are set, and needs none.
   */
  readonly credentials?: 'none' | 'optional' | undefined;
}

const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/**
 * The policy HTTP gives a method, for requests made without a generated method (`client.post(…)`). The
 * path may be one that needs no credentials: the call sends those that are set and requires none.
 */
export function policyForMethod(method: HttpMethod): OperationPolicy {
  return { idempotent: IDEMPOTENT_METHODS.has(method), credentials: 'optional' };
}
