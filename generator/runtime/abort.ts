/** Cancellation plumbing: forwarding the caller's signals, and waits that a signal can interrupt. */
import { APIUserAbortError } from './errors.js';

/**
 * Calls `onAbort` when any of `signals` aborts (at once if one already has). Returns the function that
 * detaches the listeners: a caller's long-lived signal must not keep one listener per past request.
 */
export function forwardAbort(signals: ReadonlyArray<AbortSignal>, onAbort: () => void): () => void {
  if (anyAborted(signals)) onAbort();
  else signals.forEach((signal) => signal.addEventListener('abort', onAbort, { once: true }));
  return () => signals.forEach((signal) => signal.removeEventListener('abort', onAbort));
}

export function anyAborted(signals: ReadonlyArray<AbortSignal>): boolean {
  return signals.some((signal) => signal.aborted);
}

/**
 * Waits `ms`, or rejects with `APIUserAbortError` as soon as a signal aborts. The timer is always
 * cleared and the listeners detached, so an aborted wait keeps neither the process nor the signal busy.
 */
export function sleep(ms: number, signals: ReadonlyArray<AbortSignal>): Promise<void> {
  return new Promise((resolve, reject) => {
    let detach: (() => void) | undefined;
    const timer = setTimeout(() => (detach?.(), resolve()), ms);
    detach = forwardAbort(signals, () => {
      clearTimeout(timer);
      // Unset when a signal had already aborted: no listener was attached then.
      detach?.();
      reject(new APIUserAbortError());
    });
  });
}
