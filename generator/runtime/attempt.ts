/**
 * One attempt: one `fetch` under its own timeout, cancellable by the caller's signals. The timeout covers
 * the wait for the response headers; reading the body gets a fresh timeout of the same length when the
 * body is read, so a response awaited late is not failed for time spent in the caller's code.
 */
import { anyAborted, forwardAbort } from './abort.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from './errors.js';
import { classifyFetchError } from './fetch-failure.js';
import type { AttemptFailure } from './retry-policy.js';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** The body of a response, read at most once, under a timeout, and cancellable like the attempt. */
export interface ResponseBody {
  text(): Promise<string>;
  /** Frees the connection without reading the body (a retried error, a 204). */
  discard(): void;
}

/** A response (its body not read yet), or why there is none and what `fetch` threw. */
export type AttemptResult =
  | { readonly response: Response; readonly body: ResponseBody; readonly failure?: undefined }
  | { readonly response?: undefined; readonly body?: undefined; readonly failure: AttemptFailure; readonly cause: unknown };

/** `init` is this attempt's own: its `signal` is set here. */
export async function runAttempt(fetch: Fetch, url: string, init: RequestInit, signals: ReadonlyArray<AbortSignal>, timeoutMs: number): Promise<AttemptResult> {
  // Aborted by the timer or by a caller's signal: the `fetch` is aborted, and so is the current wait.
  const controller = new AbortController();
  const { signal } = controller;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  let rejectWait: ((reason: unknown) => void) | undefined;
  const abort = () => {
    controller.abort();
    rejectWait?.(signal.reason);
  };
  const detach = forwardAbort(signals, abort);
  const release = () => (clearTimeout(timer), detach());
  /**
   * Settles with `promise` within `timeoutMs`, or rejects as soon as the attempt is aborted, so a custom
   * `fetch` that ignores its signal cannot outlive the timeout either.
   */
  const wait = <T>(promise: Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      rejectWait = reject;
      timer = setTimeout(() => ((timedOut = true), abort()), timeoutMs);
      if (signal.aborted) reject(signal.reason);
      promise.then((value) => {
        clearTimeout(timer);
        // A response that arrives after the abort is nobody's: free its connection.
        if (signal.aborted && value instanceof Response) value.body?.cancel().catch(() => {});
        resolve(value);
      }, reject);
    });
  try {
    init.signal = signal;
    // A plain call leaves `this` undefined: browsers and Workers throw "Illegal invocation" otherwise.
    const response = await wait(fetch(url, init));
    const body: ResponseBody = {
      text: () =>
        wait(response.text()).then(
          (text) => (release(), text),
          (error: unknown) => {
            release();
            throw anyAborted(signals) ? new APIUserAbortError() : timedOut ? new APIConnectionTimeoutError() : new APIConnectionError({ cause: error });
          },
        ),
      discard() {
        release();
        response.body?.cancel().catch(() => {});
      },
    };
    return { response, body };
  } catch (error) {
    release();
    if (anyAborted(signals)) throw new APIUserAbortError();
    return { failure: classifyFetchError(error, timedOut), cause: error };
  }
}
