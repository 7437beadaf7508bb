/**
 * The browser build's `fetch-failure.ts`. A browser's `fetch` rejects with a bare `TypeError` ("Failed to
 * fetch", "Load failed") whatever happened, so a failure may always have reached the server, and only the
 * client's own timer tells a timeout.
 */
import type { FetchFailure } from './fetch-failure.js';

export function classifyFetchError(_error: unknown, timedOut: boolean): FetchFailure {
  return { timedOut, sent: true };
}
