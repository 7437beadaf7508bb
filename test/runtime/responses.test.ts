/** What a call resolves to or rejects with, for each kind of response body. */
import { describe, expect, it } from 'vitest';
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  BaseClient,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseParseError,
  UnprocessableEntityError,
} from '../../generator/runtime/index.js';
import { cloudflareError, type Step } from './helpers/server.js';
import { serverPerTest } from './helpers/per-test.js';
import { ACCOUNT, APP, TestClient, TOKEN } from './helpers/test-client.js';

const servers = serverPerTest();

async function clientFor(steps: Step[]): Promise<TestClient> {
  const server = await servers.start(steps);
  return new TestClient({ apiToken: TOKEN, baseURL: server.url, logLevel: 'off', maxRetries: 0 });
}

const getSession = (client: TestClient) => client.activeSession.getActiveSession(APP, 'meeting-1', { account_id: ACCOUNT });
const HTML_PAGE = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>';

describe('success bodies', () => {
  it('parses JSON', async () => {
    const client = await clientFor([{ status: 200, body: { success: true, data: { id: 's' } } }]);
    await expect(getSession(client)).resolves.toEqual({ success: true, data: { id: 's' } });
  });

  it('gives null for 204', async () => {
    const client = await clientFor([{ status: 204 }]);
    await expect(getSession(client)).resolves.toBeNull();
  });

  it('gives null for an empty body, whatever its content type says', async () => {
    const client = await clientFor([{ status: 200, body: '', headers: { 'content-type': 'application/json' } }]);
    await expect(getSession(client)).resolves.toBeNull();
  });

  it('gives the text of a non-JSON body', async () => {
    const client = await clientFor([{ status: 200, body: 'plain words', headers: { 'content-type': 'text/plain' } }]);
    await expect(getSession(client)).resolves.toBe('plain words');
  });

  it('accepts +json media types', async () => {
    const client = await clientFor([{ status: 200, body: '{"a":1}', headers: { 'content-type': 'application/problem+json; charset=utf-8' } }]);
    await expect(getSession(client)).resolves.toEqual({ a: 1 });
  });

  it.each(['application/x-amz-json-1.0', 'application/x-amz-json-1.1'])('parses the AWS JSON protocol\'s %s', async (type) => {
    const client = await clientFor([{ status: 200, body: '{"TableNames":["t"]}', headers: { 'content-type': type } }]);
    await expect(getSession(client)).resolves.toEqual({ TableNames: ['t'] });
  });

  it.each(['application/x-amz-json-2.0', 'application/json-1.1', 'application/json-seq', 'application/x-ndjson'])('leaves %s as text', async (type) => {
    const client = await clientFor([{ status: 200, body: '{"a":1}', headers: { 'content-type': type } }]);
    await expect(getSession(client)).resolves.toBe('{"a":1}');
  });

  it('rejects malformed JSON with ResponseParseError, keeping the text', async () => {
    const client = await clientFor([{ status: 200, body: '{"data": tru', headers: { 'content-type': 'application/json' } }]);
    const error = await getSession(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ status: 200, body: '{"data": tru' });
    expect(servers.current.connections()).toBe(1);
  });
});

describe('asResponse and withResponse', () => {
  it('asResponse gives the raw Response with its body unread', async () => {
    const client = await clientFor([{ status: 200, body: { a: 1 }, headers: { 'x-custom': 'yes' } }]);
    const response = await getSession(client).asResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-custom')).toBe('yes');
    expect(response.bodyUsed).toBe(false);
    await expect(response.json()).resolves.toEqual({ a: 1 });
  });

  it('withResponse gives the data and the Response', async () => {
    const client = await clientFor([{ status: 200, body: { a: 1 }, headers: { 'x-custom': 'yes' } }]);
    const { data, response } = await getSession(client).withResponse();
    expect(data).toEqual({ a: 1 });
    expect(response.headers.get('x-custom')).toBe('yes');
  });

  it('parses once however often the promise is awaited', async () => {
    const client = await clientFor([{ status: 200, body: { a: 1 } }]);
    const call = getSession(client);
    const [first, second] = await Promise.all([call, call.then((value) => value)]);
    expect(first).toBe(second);
    await expect(call.withResponse()).resolves.toMatchObject({ data: first });
  });

  it('rejects the call whose body asResponse gave and the caller read with an SDKError that says so, not a connection error', async () => {
    const client = await clientFor([{ status: 200, body: { a: 1 } }]);
    const call = getSession(client);
    await expect((await call.asResponse()).json()).resolves.toEqual({ a: 1 });
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaseClient.SDKError);
    expect(error).not.toBeInstanceOf(APIError);
    expect((error as Error).message).toMatch(/read already \(through asResponse\(\)\)/);
  });

  it('rejects asResponse with the same error as the call', async () => {
    const client = await clientFor([{ status: 404, body: cloudflareError(7003, 'Could not route') }]);
    await expect(getSession(client).asResponse()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('error responses', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, APIError],
  ] as const)('status %i is %o', async (status, ErrorClass) => {
    const client = await clientFor([{ status, body: cloudflareError(1000 + status, `failure ${status}`), headers: { 'x-should-retry': 'false' } }]);
    const error = await getSession(client).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(BaseClient.SDKError);
    expect((error as Error).name).toBe(ErrorClass.name);
    expect(error).toMatchObject({ status, errors: [{ code: 1000 + status, message: `failure ${status}` }] });
    expect((error as Error).message).toBe(`${status} failure ${status} (code ${1000 + status})`);
    expect((error as APIError).headers?.get('content-type')).toBe('application/json');
  });

  it('keeps a non-JSON error body as text, and names its title in the message', async () => {
    const client = await clientFor([{ status: 502, body: HTML_PAGE, headers: { 'content-type': 'text/html', 'x-should-retry': 'false' } }]);
    const error = (await getSession(client).catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.error).toBe(HTML_PAGE);
    expect(error.errors).toEqual([]);
    expect(error.message).toBe('502 502 Bad Gateway');
  });

  it('uses a top-level message when the body has one', async () => {
    const client = await clientFor([{ status: 400, body: { message: 'question is required' } }]);
    await expect(getSession(client)).rejects.toThrow('400 question is required');
  });

  it('names an RFC 9457 problem by its title and detail, keeping the body', async () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'question is required' };
    const client = await clientFor([{ status: 400, body: JSON.stringify(problem), headers: { 'content-type': 'application/problem+json' } }]);
    const error = (await getSession(client).catch((e: unknown) => e)) as APIError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toBe('400 Bad Request: question is required');
    expect(error.error).toEqual(problem);
    expect(error.headers?.get('content-type')).toBe('application/problem+json');
  });

  it('says when there is no body', async () => {
    const client = await clientFor([{ status: 404 }]);
    const error = (await getSession(client).catch((e: unknown) => e)) as APIError;
    expect(error.message).toBe('404 status code (no body)');
    expect(error.error).toBeUndefined();
  });

  it('parses a JSON error body even when it is labelled as text', async () => {
    const client = await clientFor([{ status: 403, body: '{"errors":[{"code":9109,"message":"Unauthorized"}]}', headers: { 'content-type': 'text/plain' } }]);
    await expect(getSession(client)).rejects.toMatchObject({ errors: [{ code: 9109 }] });
  });
});
