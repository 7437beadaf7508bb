// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * The cancellation state of one attempt: its AbortController, its timer, and the caller's signals.
 * Aborting (timer or caller) aborts the `fetch` through the controller and also rejects the promise the
 * attempt is waiting on, so a custom `fetch` that ignores its signal cannot outlive the timeout either.
 */
import { anyAborted, forwardAbort } from './abort.js';

export class AttemptScope {
  readonly #controller = new AbortController();
  /** Read once: `controller.signal` is a getter, and `aborted` is checked on every settle. */
  readonly #signal = this.#controller.signal;
  readonly #signals: ReadonlyArray<AbortSignal>;
  #detach: (() => void) | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #rejectWait: ((error: Error) => void) | undefined;
  #timedOut = false;

  constructor(signals: ReadonlyArray<AbortSignal>) {
    this.#signals = signals;
    if (signals.length > 0) this.#detach = forwardAbort(signals, () => this.#abort());
  }

  get signal(): AbortSignal {
    return this.#signal;
  }

  /** Whether the caller cancelled (as opposed to the timer firing). */
  get userAborted(): boolean {
    return anyAborted(this.#signals);
  }

  get timedOut(): boolean {
    return this.#timedOut;
  }

  startTimer(ms: number): void {
    this.stopTimer();
    this.#timer = setTimeout(() => {
      this.#timedOut = true;
      this.#abort();
    }, ms);
  }

  stopTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Stops the timer and detaches from the caller's signals: the attempt is over. */
  release(): void {
    this.stopTimer();
    this.#detach?.();
    this.#detach = undefined;
  }

  /** Settles with `promise`, or rejects with an AbortError as soon as the attempt is aborted. */
  wait<T>(promise: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const aborted = this.#signal.aborted;
      if (aborted) reject(abortError());
      else this.#rejectWait = reject;
      promise.then(
        (value) => {
          this.#rejectWait = undefined;
          // A response that arrives after the abort is nobody's: free its connection.
          if (this.#signal.aborted && value instanceof Response) value.body?.cancel().catch(() => {});
          resolve(value);
        },
        (error: unknown) => {
          this.#rejectWait = undefined;
          reject(error);
        },
      );
    });
  }

  #abort(): void {
    this.#controller.abort();
    this.#rejectWait?.(abortError());
  }
}

function abortError(): Error {
  const error = new Error('The operation was aborted.');
  error.name = 'AbortError';
  return error;
}
