/**
 * One attempt: one `fetch` under its own timeout, cancellable by the caller's signals. The timeout covers
 * the wait for the response headers; reading the body gets a fresh timeout of the same length when the
 * body is read, so a response awaited late is not failed for time spent in the caller's code.
 */
import { anyAborted, forwardAbort } from './abort.js';
import type { PreparedCall } from './call.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './errors.js';
import { classifyFetchError } from './fetch-failure.js';
import type { HeaderRecord } from './headers.js';
import type { AttemptFailure } from './retry-policy.js';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The body of a response, read at most once, under a timeout, and cancellable like the attempt. */
export interface ResponseBody {
  text(): Promise<string>;
  /** Frees the connection without reading the body (a retried error, a 204). */
  discard(): void;
}

export type AttemptResult =
  | { readonly kind: 'response'; readonly response: Response; readonly body: ResponseBody }
  | { readonly kind: 'failure'; readonly failure: AttemptFailure; readonly cause: unknown };

export async function runAttempt(fetch: Fetch, call: PreparedCall, headers: HeaderRecord): Promise<AttemptResult> {
  const { signals } = call;
  const guard = guardAttempt(signals, call.timeoutMs);
  try {
    const init: RequestInit = { ...call.fetchOptions, method: call.method, headers, signal: guard.signal };
    if (call.body !== undefined) init.body = call.body;
    // A plain call leaves `this` undefined: browsers and Workers throw "Illegal invocation" otherwise.
    const response = await guard.wait(fetch(call.url, init));
    return { kind: 'response', response, body: responseBody(response, guard, signals) };
  } catch (error) {
    guard.release();
    if (anyAborted(signals)) throw new APIUserAbortError();
    return { kind: 'failure', failure: classifyFetchError(error, guard.timedOut()), cause: error };
  }
}

function responseBody(response: Response, guard: AttemptGuard, signals: ReadonlyArray<AbortSignal>): ResponseBody {
  return {
    async text() {
      try {
        return await guard.wait(response.text());
      } catch (error) {
        if (anyAborted(signals)) throw new APIUserAbortError();
        if (guard.timedOut()) throw new APIConnectionTimeoutError({ message: 'Timed out reading the response body.' });
        throw new APIConnectionError({ message: 'The connection failed while reading the response body.', cause: error });
      } finally {
        guard.release();
      }
    },
    discard() {
      guard.release();
      response.body?.cancel().catch(() => {});
    },
  };
}

interface AttemptGuard {
  readonly signal: AbortSignal;
  /** Whether the timer (rather than the caller) aborted the attempt. */
  timedOut(): boolean;
  /** Settles with `promise`, or rejects as soon as the attempt is aborted; `timeoutMs` runs meanwhile. */
  wait<T>(promise: Promise<T>): Promise<T>;
  /** Stops the timer and detaches from the caller's signals: the attempt is over. */
  release(): void;
}

/**
 * The cancellation state of one attempt: its AbortController, its timer, and the caller's signals.
 * Aborting (timer or caller) aborts the `fetch` through the controller and also rejects the promise the
 * attempt is waiting on, so a custom `fetch` that ignores its signal cannot outlive the timeout either.
 */
function guardAttempt(signals: ReadonlyArray<AbortSignal>, timeoutMs: number): AttemptGuard {
  const controller = new AbortController();
  // Read once: `controller.signal` is a getter, and `aborted` is checked on every settle.
  const { signal } = controller;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rejectWait: ((reason: unknown) => void) | undefined;
  let timedOut = false;
  const abort = () => {
    controller.abort();
    rejectWait?.(signal.reason);
  };
  const detach = forwardAbort(signals, abort);
  const settled = () => {
    clearTimeout(timer);
    rejectWait = undefined;
  };
  return {
    signal,
    timedOut: () => timedOut,
    wait: (promise) =>
      new Promise((resolve, reject) => {
        if (signal.aborted) reject(signal.reason);
        else {
          rejectWait = reject;
          timer = setTimeout(() => ((timedOut = true), abort()), timeoutMs);
        }
        promise.then((value) => {
          settled();
          // A response that arrives after the abort is nobody's: free its connection.
          if (signal.aborted && value instanceof Response) value.body?.cancel().catch(() => {});
          resolve(value);
        }, (error: unknown) => (settled(), reject(error)));
      }),
    release: () => (clearTimeout(timer), detach()),
  };
}
