/** The error classes: hierarchy, names, statics on the client, and messages built from error bodies. */
import { describe, expect, it } from 'vitest';
import * as Runtime from '../../generator/runtime/index.js';
import { describeErrorBody } from '../../generator/runtime/error-message.js';
import { createStatusError } from '../../generator/runtime/errors.js';
import { TestClient } from './helpers/test-client.js';

const ERROR_NAMES = [
  'SDKError', 'APIError', 'APIConnectionError', 'APIConnectionTimeoutError', 'APIUserAbortError', 'BadRequestError',
  'AuthenticationError', 'PermissionDeniedError', 'NotFoundError', 'ConflictError', 'UnprocessableEntityError',
  'RateLimitError', 'InternalServerError', 'ResponseParseError',
] as const;

describe('error classes', () => {
  it.each(ERROR_NAMES)('%s is a named export and the same class as the static on the client', (name) => {
    expect(Runtime[name]).toBeTypeOf('function');
    expect(Runtime.BaseClient[name]).toBe(Runtime[name]);
    expect(TestClient[name]).toBe(Runtime[name]);
    expect(Runtime[name].prototype).toBeInstanceOf(Error);
  });

  it('builds the hierarchy of the official SDK', () => {
    const timeout = new Runtime.APIConnectionTimeoutError();
    expect(timeout).toBeInstanceOf(Runtime.APIConnectionError);
    expect(timeout).toBeInstanceOf(Runtime.APIError);
    expect(timeout).toBeInstanceOf(Runtime.SDKError);
    expect(timeout.message).toBe('Request timed out.');
    expect(timeout.name).toBe('APIConnectionTimeoutError');
    expect(new Runtime.APIUserAbortError().message).toBe('Request was aborted.');
    expect(new Runtime.APIConnectionError().message).toBe('Connection error.');
    expect(String(new Runtime.NotFoundError(404, undefined, undefined, new Headers()))).toBe('NotFoundError: 404 status code (no body)');
  });

  it.each([
    [400, 'BadRequestError'], [401, 'AuthenticationError'], [403, 'PermissionDeniedError'], [404, 'NotFoundError'],
    [409, 'ConflictError'], [422, 'UnprocessableEntityError'], [429, 'RateLimitError'], [500, 'InternalServerError'],
    [599, 'InternalServerError'], [402, 'APIError'], [302, 'APIError'],
  ])('status %i → %s', (status, name) => {
    expect(createStatusError(status, undefined, new Headers()).constructor.name).toBe(name);
  });
});

describe('describeErrorBody', () => {
  it.each([
    ['nothing', undefined, undefined],
    ['empty text', '', undefined],
    ['a message', { message: 'bad poll' }, 'bad poll'],
    ['a non-string message', { message: { detail: 'x' } }, '{"detail":"x"}'],
    ['Cloudflare errors', { success: false, errors: [{ code: 10000, message: 'Authentication error' }] }, 'Authentication error (code 10000)'],
    ['several errors', { errors: [{ code: 1, message: 'a' }, { message: 'b' }, 'junk'] }, 'a (code 1); b'],
    ['errors without messages', { errors: [{ code: 1 }] }, '{"errors":[{"code":1}]}'],
    ['other JSON', { error: 'x' }, '{"error":"x"}'],
    ['RFC 9457 problem details', { type: 'about:blank', title: 'Bad Request', status: 400, detail: "Failed to convert 'id'" }, "Bad Request: Failed to convert 'id'"],
    ['problem details with a title only', { title: 'One or more validation errors occurred.', errors: { Name: ['The Name field is required.'] } }, 'One or more validation errors occurred.'],
    ["Django REST framework's detail", { detail: 'Not found.' }, 'Not found.'],
    ['a message before problem details', { message: 'm', title: 't' }, 'm'],
    ['plain text', '  upstream   timeout  ', 'upstream timeout'],
    ['an HTML page with a title', '<html><title> 520: Web server is returning an unknown error </title></html>', '520: Web server is returning an unknown error'],
    ['an HTML page without a title', '<p>Oops <b>bad</b></p>', 'Oops bad'],
    ['a number', 42, '42'],
  ])('%s', (_name, body, want) => {
    expect(describeErrorBody(body)).toBe(want);
  });

  it('cuts long bodies to 300 characters', () => {
    expect(describeErrorBody('x'.repeat(1000))).toBe(`${'x'.repeat(300)}…`);
  });
});
