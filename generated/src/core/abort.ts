// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Cancellation plumbing: forwarding the caller's signals, and waits that a signal can interrupt. */
import { APIUserAbortError } from './errors.js';

/**
 * Calls `onAbort` when any of `signals` aborts (at once if one already has). Returns the function that
 * detaches the listeners: a caller's long-lived signal must not keep one listener per past request.
 */
export function forwardAbort(signals: ReadonlyArray<AbortSignal>, onAbort: () => void): () => void {
  if (anyAborted(signals)) {
    onAbort();
    return () => {};
  }
  for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true });
  return () => {
    for (const signal of signals) signal.removeEventListener('abort', onAbort);
  };
}

export function anyAborted(signals: ReadonlyArray<AbortSignal>): boolean {
  return signals.some((signal) => signal.aborted);
}

/**
 * Waits `ms`, or rejects with `APIUserAbortError` as soon as a signal aborts. The timer is always
 * cleared, so an aborted wait does not keep the process alive.
 */
export function sleep(ms: number, signals: ReadonlyArray<AbortSignal> = []): Promise<void> {
  if (anyAborted(signals)) return Promise.reject(new APIUserAbortError());
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      detach();
      reject(new APIUserAbortError());
    };
    const detach = () => {
      for (const signal of signals) signal.removeEventListener('abort', onAbort);
    };
    const timer = setTimeout(() => {
      detach();
      resolve();
    }, ms);
    for (const signal of signals) signal.addEventListener('abort', onAbort, { once: true });
  });
}
