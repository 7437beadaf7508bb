// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Reading what a rejected `fetch` says about the request: did it time out, and is it certain that the
 * request never reached the server? `fetch` has no standard way to say so; each runtime words its errors
 * differently, so anything not recognised counts as "may have been sent", the safe answer.
 */
import type { AttemptFailure } from './retry-policy.js';

/** Error codes raised before a connection exists (Node and undici, Bun). */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT', 'ConnectionRefused', 'FailedToOpenSocket',
]);
/** Node reports which system call failed; these run before any byte of the request is written. */
const NOT_SENT_SYSCALLS = new Set(['connect', 'getaddrinfo']);
/** Deno's wording for failures while connecting. */
const NOT_SENT_MESSAGE = /tcp connect error|dns error|connection refused/i;
const TIMEOUT_MESSAGE = /timed? ?out/i;

interface ErrorLike {
  code?: unknown;
  syscall?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** `timedOut`: the client's own timer aborted the attempt. */
export function classifyFetchError(error: unknown, timedOut: boolean): AttemptFailure {
  const chain = causeChain(error);
  const sent = !chain.some(isNotSentError);
  const timeout = timedOut || chain.some((e) => TIMEOUT_MESSAGE.test(String(e.message ?? '')) || e.code === 'UND_ERR_CONNECT_TIMEOUT');
  return { kind: timeout ? 'timeout' : 'connection', sent };
}

function isNotSentError(error: ErrorLike): boolean {
  return (
    (typeof error.code === 'string' && NOT_SENT_CODES.has(error.code)) ||
    (typeof error.syscall === 'string' && NOT_SENT_SYSCALLS.has(error.syscall)) ||
    NOT_SENT_MESSAGE.test(String(error.message ?? ''))
  );
}

/** The error and its causes (undici puts the socket error in `cause`), at most four deep. */
function causeChain(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 4) {
    chain.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return chain;
}
