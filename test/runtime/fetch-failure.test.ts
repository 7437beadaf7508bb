/** Reading a rejected fetch: timeout or connection failure, and whether the request can have been sent. */
import { describe, expect, it } from 'vitest';
import { classifyFetchError as classifyInBrowser } from '../../generator/runtime/fetch-failure.browser.js';
import { classifyFetchError } from '../../generator/runtime/fetch-failure.js';

function undiciError(cause: Record<string, unknown>): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(String(cause['message'] ?? '')), cause) });
}

describe('classifyFetchError', () => {
  it.each([
    ['our own timer fired', new DOMException('aborted', 'AbortError'), true, { timedOut: true, sent: true }],
    ['connection refused', undiciError({ code: 'ECONNREFUSED', syscall: 'connect' }), false, { timedOut: false, sent: false }],
    ['reset while connecting', undiciError({ code: 'ECONNRESET', syscall: 'connect', message: 'connect ECONNRESET' }), false, { timedOut: false, sent: false }],
    ['DNS failure', undiciError({ code: 'ENOTFOUND', syscall: 'getaddrinfo' }), false, { timedOut: false, sent: false }],
    ['undici connect timeout', undiciError({ code: 'UND_ERR_CONNECT_TIMEOUT', message: 'Connect Timeout Error' }), false, { timedOut: true, sent: false }],
    ['reset while reading', undiciError({ code: 'ECONNRESET', syscall: 'read' }), false, { timedOut: false, sent: true }],
    ['other side closed', undiciError({ code: 'UND_ERR_SOCKET', message: 'other side closed' }), false, { timedOut: false, sent: true }],
    ['a browser TypeError', new TypeError('Failed to fetch'), false, { timedOut: false, sent: true }],
    ['Deno connect error', new TypeError('error sending request: tcp connect error: Connection refused (os error 111)'), false, { timedOut: false, sent: false }],
    ['Deno timeout', new TypeError('error sending request: operation timed out'), false, { timedOut: true, sent: true }],
    ['Bun refused', Object.assign(new Error('Unable to connect'), { code: 'ConnectionRefused' }), false, { timedOut: false, sent: false }],
    ['not an error at all', 'boom', false, { timedOut: false, sent: true }],
  ])('%s', (_name, error, timedOut, want) => {
    expect(classifyFetchError(error, timedOut)).toEqual(want);
  });
});

describe('classifyFetchError in the browser build', () => {
  it.each([
    ['a browser TypeError', new TypeError('Failed to fetch'), false],
    ['our own timer fired', new DOMException('aborted', 'AbortError'), true],
    ['a code no browser gives', undiciError({ code: 'ECONNREFUSED', syscall: 'connect' }), false],
  ])('%s: may have been sent, timed out only by our timer', (_name, error, timedOut) => {
    expect(classifyInBrowser(error, timedOut)).toEqual({ timedOut, sent: true });
  });
});
