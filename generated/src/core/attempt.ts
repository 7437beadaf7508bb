// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * One attempt: one `fetch` under its own timeout, cancellable by the caller's signals. The timeout covers
 * the wait for the response headers; reading the body gets a fresh timeout of the same length when the
 * body is read, so a response awaited late is not failed for time spent in the caller's code.
 */
import { AttemptScope } from './attempt-scope.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './errors.js';
import { classifyFetchError } from './fetch-failure.js';
import type { AttemptFailure } from './retry-policy.js';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface AttemptInput {
  readonly fetch: Fetch;
  readonly url: string;
  readonly method: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | undefined;
  /** Passed through to `fetch` (the runtime's own fields already removed). */
  readonly fetchOptions: Readonly<Record<string, unknown>>;
  readonly timeoutMs: number;
  /** The caller's signals; any of them aborts the attempt. */
  readonly signals: ReadonlyArray<AbortSignal>;
}

export type AttemptResult =
  | { readonly kind: 'response'; readonly response: Response; readonly body: ResponseBody }
  | { readonly kind: 'failure'; readonly failure: AttemptFailure; readonly cause: unknown };

export async function runAttempt(input: AttemptInput): Promise<AttemptResult> {
  const scope = new AttemptScope(input.signals);
  scope.startTimer(input.timeoutMs);
  try {
    const response = await scope.wait(callFetch(input, scope.signal));
    return { kind: 'response', response, body: new ResponseBody(response, scope, input.timeoutMs) };
  } catch (error) {
    scope.release();
    if (scope.userAborted) throw new APIUserAbortError();
    return { kind: 'failure', failure: classifyFetchError(error, scope.timedOut), cause: error };
  } finally {
    scope.stopTimer();
  }
}

/** The body of a response, read at most once, under a timeout, and cancellable like the attempt. */
export class ResponseBody {
  constructor(
    private readonly response: Response,
    private readonly scope: AttemptScope,
    private readonly timeoutMs: number,
  ) {}

  async text(): Promise<string> {
    this.scope.startTimer(this.timeoutMs);
    try {
      return await this.scope.wait(this.response.text());
    } catch (error) {
      if (this.scope.userAborted) throw new APIUserAbortError();
      if (this.scope.timedOut) throw new APIConnectionTimeoutError({ message: 'Timed out reading the response body.' });
      throw new APIConnectionError({ message: 'The connection failed while reading the response body.', cause: error });
    } finally {
      this.scope.release();
    }
  }

  /** Frees the connection without reading the body (a retried error, a 204). */
  discard(): void {
    this.scope.release();
    this.response.body?.cancel().catch(() => {});
  }
}

async function callFetch(input: AttemptInput, signal: AbortSignal): Promise<Response> {
  const init: RequestInit = { ...input.fetchOptions, method: input.method, headers: input.headers, signal };
  if (input.body !== undefined) init.body = input.body;
  // A local call leaves `this` undefined: browsers and Workers throw "Illegal invocation" otherwise.
  const fetch = input.fetch;
  return fetch(input.url, init);
}
