// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * One attempt: one `fetch` under its own timeout, cancellable by the caller's signals. The timeout covers
 * the wait for the response headers; reading the body gets a fresh timeout of the same length when the
 * body is read, so a response awaited late is not failed for time spent in the caller's code.
 */
import { anyAborted, forwardAbort } from './abort.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, SDKError } from './errors.js';
import { classifyFetchError, type FetchFailure } from './fetch-failure.js';

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/** How an attempt ended: a response (its body not read yet), or why there is none. */
export interface Attempt extends FetchFailure {
  /** Absent when `fetch` failed; `timedOut`, `sent` and `cause` then say how. */
  readonly response?: Response | undefined;
  /** What `fetch` threw. */
  readonly cause?: unknown;
  /** The response body as text, read at most once, under a fresh timeout, cancellable like the attempt. */
  text(): Promise<string>;
  /** Frees the connection without reading the body (a retried error, a 204). */
  discard(): void;
  /**
   * The response for the caller to read (`asResponse()`, a file, a stream): the caller's signals still
   * cancel its body, and are let go once the body ends, fails or is cancelled. The same one each time.
   */
  handOver(): Response;
}

/** `init` is this attempt's own: its `signal` is set here. */
export async function runAttempt(fetch: Fetch, url: string, init: RequestInit, signals: ReadonlyArray<AbortSignal>, timeoutMs: number): Promise<Attempt> {
  // Aborted by the timer or by a caller's signal: the `fetch` is aborted, and so is the current wait.
  const controller = new AbortController();
  const { signal } = controller;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  let rejectWait: ((reason: unknown) => void) | undefined;
  let response: Response | undefined;
  let failure: FetchFailure | undefined;
  let cause: unknown;
  let handed: Response | undefined;
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
    response = await wait(fetch(url, init));
  } catch (error) {
    release();
    if (anyAborted(signals)) throw new APIUserAbortError();
    failure = classifyFetchError(error, timedOut);
    cause = error;
  }
  return {
    timedOut: failure?.timedOut ?? false,
    sent: failure?.sent ?? true,
    cause,
    response,
    text: () =>
      // Read already through `asResponse()`: nothing is left to parse, and no connection failed.
      response!.bodyUsed
        ? Promise.reject((release(), new SDKError('The body was read already (through asResponse()).')))
        : wait(response!.text()).then(
            (text) => (release(), text),
            (error: unknown) => {
              release();
              throw anyAborted(signals) ? new APIUserAbortError() : timedOut ? new APIConnectionTimeoutError() : new APIConnectionError({ cause: error });
            },
          ),
    discard() {
      release();
      response?.body?.cancel().catch(() => {});
    },
    handOver: () => (handed ??= releasedAtEnd(response!, release)),
  };
}

/**
 * `response` with a body that calls `release` when it ends, fails or is cancelled: a body handed to the
 * caller would otherwise keep a listener on the caller's signal for good, one per call (Node warns at
 * 11). The body is read from only when the caller reads, so awaiting the call instead still parses it.
 */
function releasedAtEnd(response: Response, release: () => void): Response {
  const { body } = response;
  if (!body) return (release(), response);
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull: (controller) =>
        (reader ??= body.getReader()).read().then(
          (chunk) => (chunk.done ? (release(), controller.close()) : controller.enqueue(chunk.value)),
          (error: unknown) => {
            release();
            throw error;
          },
        ),
      cancel: (reason) => (release(), (reader ?? body).cancel(reason)),
    },
    { highWaterMark: 0 },
  );
  // A new Response has no URL and was not redirected: the caller still reads where the body came from.
  return Object.defineProperties(new Response(stream, response), { url: { value: response.url }, redirected: { value: response.redirected } });
}
