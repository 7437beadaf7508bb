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

export interface AttemptInput {
  readonly fetch: Fetch;
  readonly url: string;
  /** Everything but the signal, which the attempt owns. */
  readonly init: RequestInit;
  readonly timeoutMs: number;
  /** The caller's signals; any of them aborts the attempt. */
  readonly signals: ReadonlyArray<AbortSignal>;
}

export type AttemptResult =
  | { readonly kind: 'response'; readonly response: Response; readonly body: ResponseBody }
  | { readonly kind: 'failure'; readonly failure: AttemptFailure; readonly cause: unknown };

export async function runAttempt(input: AttemptInput): Promise<AttemptResult> {
  const controller = new AbortController();
  const detach = forwardAbort(input.signals, controller);
  const timer = startTimer(controller, input.timeoutMs);
  try {
    const response = await untilAborted(callFetch(input, controller.signal), controller.signal);
    return { kind: 'response', response, body: new ResponseBody(response, controller, detach, input) };
  } catch (error) {
    detach();
    if (anyAborted(input.signals)) throw new APIUserAbortError();
    return { kind: 'failure', failure: classifyFetchError(error, timer.timedOut()), cause: error };
  } finally {
    timer.clear();
  }
}

/** The body of a response, read at most once, under a timeout, and cancellable like the attempt. */
export class ResponseBody {
  constructor(
    private readonly response: Response,
    private readonly controller: AbortController,
    private readonly detach: () => void,
    private readonly input: AttemptInput,
  ) {}

  async text(): Promise<string> {
    const timer = startTimer(this.controller, this.input.timeoutMs);
    try {
      return await untilAborted(this.response.text(), this.controller.signal);
    } catch (error) {
      if (anyAborted(this.input.signals)) throw new APIUserAbortError();
      if (timer.timedOut()) throw new APIConnectionTimeoutError({ message: 'Timed out reading the response body.' });
      throw new APIConnectionError({ message: 'The connection failed while reading the response body.', cause: error });
    } finally {
      timer.clear();
      this.detach();
    }
  }

  /** Frees the connection without reading the body (a retried error, a 204). */
  discard(): void {
    this.detach();
    this.response.body?.cancel().catch(() => {});
  }
}

async function callFetch(input: AttemptInput, signal: AbortSignal): Promise<Response> {
  // A local call leaves `this` undefined: browsers and Workers throw "Illegal invocation" otherwise.
  const fetch = input.fetch;
  return fetch(input.url, { ...input.init, signal });
}

function startTimer(controller: AbortController, ms: number): { timedOut(): boolean; clear(): void } {
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort();
  }, ms);
  return { timedOut: () => fired, clear: () => clearTimeout(timer) };
}

/**
 * Settles with `promise`, or rejects as soon as `signal` aborts, so a custom `fetch` that ignores its
 * signal still cannot outlive the timeout. A response that arrives after the abort is cancelled.
 */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        if (signal.aborted && value instanceof Response) value.body?.cancel().catch(() => {});
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

function abortError(): Error {
  const error = new Error('The operation was aborted.');
  error.name = 'AbortError';
  return error;
}
