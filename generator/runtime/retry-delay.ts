/** How long to wait before the next attempt. */

const INITIAL_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;
/** Up to this share of the backoff is taken off at random, so clients that failed together spread out. */
const MAX_JITTER = 0.25;
/**
 * The longest wait a server can ask for. The official SDK obeys any `Retry-After`; a proxy sending
 * `Retry-After: 86400` would then hang a call for a day.
 */
export const MAX_SERVER_DELAY_MS = 60_000;

/**
 * The delay before retry number `retryIndex` (0 for the first retry): what the server asked for
 * (`retry-after-ms`, else `Retry-After` in seconds or as an HTTP date), capped at 60 s; otherwise
 * min(0.5 s × 2^retryIndex, 8 s) minus up to 25 % jitter.
 */
export function retryDelayMs(
  retryIndex: number,
  responseHeaders: Headers | undefined,
  now: number = Date.now(),
  random: () => number = Math.random,
): number {
  const asked = serverDelayMs(responseHeaders, now);
  return asked === undefined ? backoffMs(retryIndex, random()) : Math.min(asked, MAX_SERVER_DELAY_MS);
}

export function backoffMs(retryIndex: number, randomFraction: number): number {
  return Math.min(INITIAL_DELAY_MS * 2 ** retryIndex, MAX_BACKOFF_MS) * (1 - randomFraction * MAX_JITTER);
}

const NON_NEGATIVE_NUMBER = /^\s*\d+(\.\d+)?\s*$/;

/** The delay the response asks for, in ms (never negative), or `undefined` when it asks for none. */
export function serverDelayMs(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  const millis = headers?.get('retry-after-ms');
  if (millis && NON_NEGATIVE_NUMBER.test(millis)) return Number(millis);
  const retryAfter = headers?.get('retry-after');
  if (!retryAfter) return undefined;
  if (NON_NEGATIVE_NUMBER.test(retryAfter)) return Number(retryAfter) * 1000;
  // An HTTP date names its day and month; without letters, `Date.parse` would read `-5` as a year.
  const date = /[a-z]/i.test(retryAfter) ? Date.parse(retryAfter) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
