// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Reading what a rejected `fetch` says about the request: did it time out, and is it certain that the
 * request never reached the server? `fetch` has no standard way to say so; each runtime words its errors
 * differently, so anything not recognised counts as "may have been sent", the safe answer. Browsers say
 * nothing at all (`TypeError: Failed to fetch`): their build uses `fetch-failure.browser.ts`.
 */

/**
 * Error codes raised before a connection exists (Node and undici, Bun), and the system calls Node names
 * that run before any byte of the request is written.
 */
const NOT_SENT_CODE = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EAI_NONAME|EHOSTUNREACH|ENETUNREACH|EADDRNOTAVAIL|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused|FailedToOpenSocket|connect|getaddrinfo)$/;
/** Deno's wording for failures while connecting. */
const NOT_SENT_MESSAGE = /tcp connect error|dns error|connection refused/i;
const TIMEOUT = /timed? ?out|^UND_ERR_CONNECT_TIMEOUT$/i;

interface ErrorLike {
  code?: unknown;
  syscall?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** Why an attempt got no response: `sent` is false only when the request certainly never left. */
export interface FetchFailure {
  readonly timedOut: boolean;
  readonly sent: boolean;
}

/** `timedOut`: the client's own timer aborted the attempt. */
export function classifyFetchError(error: unknown, timedOut: boolean): FetchFailure {
  let sent = true;
  // The error and its causes (undici puts the socket error in `cause`), at most four deep.
  for (let e = error as ErrorLike | null, depth = 0; typeof e === 'object' && e && depth < 4; e = e.cause as ErrorLike, depth++) {
    const { code, syscall, message } = e;
    if (NOT_SENT_CODE.test(String(code)) || NOT_SENT_CODE.test(String(syscall)) || NOT_SENT_MESSAGE.test(String(message))) sent = false;
    if (TIMEOUT.test(String(message)) || TIMEOUT.test(String(code))) timedOut = true;
  }
  return { timedOut, sent };
}
