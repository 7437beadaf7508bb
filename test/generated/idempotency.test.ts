/**
 * Idempotency keys made by the client: a package generated from `test/fixtures/idempotency`, whose POSTs
 * declare an idempotency-key header, calling a loopback server that fails the first attempt with a 500.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withIdempotencyKey } from '../../generator/runtime/idempotency.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';

type Options = { idempotencyKey?: string; headers?: Record<string, string | null> };
interface Courier {
  messages: {
    createMessage(params: { text: string; 'Idempotency-Key'?: string }, options?: Options): Promise<unknown>;
    recallMessage(id: string): Promise<unknown>;
  };
  payments: { createPayment(params: { amount: number; 'x-idempotency-key'?: string }): Promise<unknown> };
}
interface Module {
  Courier: new (options: object) => Courier;
  buildMessagesCreateMessageRequest(params: object): { headers: Record<string, unknown> };
  InternalServerError: new () => Error;
}

const FIXTURE = 'test/fixtures/idempotency/openapi.yaml';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let out: string;
let module: Module;
let server: ApiServer;
let client: Courier;
/** How many requests each path has had; the first of each fails with a 500. */
const attempts = new Map<string, number>();

beforeAll(async () => {
  ({ out, module } = await generateFromSpec<Module>(FIXTURE, 'idempotency-'));
  server = await startApiServer((request) => {
    const count = (attempts.get(request.url) ?? 0) + 1;
    attempts.set(request.url, count);
    return count === 1 ? { status: 500, body: '{"message":"lost"}' } : { status: 201, body: '{"id":"m1","text":"hi"}' };
  });
  client = new module.Courier({ baseURL: server.url, maxRetries: 1 });
}, 60_000);

afterAll(() => server.close());

beforeEach(() => {
  attempts.clear();
  server.requests.length = 0;
});

const keys = (header: string) => server.requests.map((r) => r.headers[header]);

describe('an operation that declares an idempotency-key header', () => {
  it('gets a key the client makes when the call gives none, the same on every attempt, and so is retried after a 500', async () => {
    await client.messages.createMessage({ text: 'hi' });
    const [first, second] = keys('idempotency-key');
    expect(first).toMatch(UUID_V4);
    expect(second).toBe(first);
  });

  it('gets a new key on each call', async () => {
    await client.messages.createMessage({ text: 'a' });
    attempts.clear();
    await client.messages.createMessage({ text: 'b' });
    expect(new Set(keys('idempotency-key')).size).toBe(2);
  });

  it('sends the key the call gives, as a parameter or as the idempotencyKey option', async () => {
    await client.messages.createMessage({ text: 'hi', 'Idempotency-Key': 'mine' });
    attempts.clear();
    await client.messages.createMessage({ text: 'hi' }, { idempotencyKey: 'option' });
    expect(keys('idempotency-key')).toEqual(['mine', 'mine', 'option', 'option']);
  });

  it('under another name and required by the spec, is optional to the caller and made by the client', async () => {
    await client.payments.createPayment({ amount: 5 });
    const [first, second] = keys('x-idempotency-key');
    expect(first).toMatch(UUID_V4);
    expect(second).toBe(first);
    expect(keys('idempotency-key')).toEqual([undefined, undefined]);
  });

  it('sends none when the request options remove the header, and is then not retried after a 500', async () => {
    const error = await client.messages.createMessage({ text: 'hi' }, { headers: { 'Idempotency-Key': null } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(module.InternalServerError);
    expect(keys('idempotency-key')).toEqual([undefined]);
  });
});

describe('around it', () => {
  it('an operation without the header is not retried after a 500', async () => {
    await expect(client.messages.recallMessage('m1')).rejects.toBeInstanceOf(module.InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('the request builder stays pure: it makes no key', () => {
    expect(module.buildMessagesCreateMessageRequest({ text: 'hi' }).headers).toEqual({ 'Idempotency-Key': undefined });
  });

  it('makes a UUID v4 where crypto.randomUUID is missing (an insecure browser context)', () => {
    const randomUUID = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(crypto), 'randomUUID')!;
    Object.defineProperty(Object.getPrototypeOf(crypto), 'randomUUID', { value: undefined, configurable: true });
    try {
      const built = withIdempotencyKey({ method: 'POST', path: '/', query: {}, headers: {}, body: undefined }, 'idempotency-key');
      expect((built.headers as Record<string, string>)['idempotency-key']).toMatch(UUID_V4);
    } finally {
      Object.defineProperty(Object.getPrototypeOf(crypto), 'randomUUID', randomUUID);
    }
  });

  it('types the required header as optional', () => {
    const header = `import { Courier } from './src/index.js';\ndeclare const client: Courier;`;
    expect(consumerErrors(out, header, ['await client.payments.createPayment({ amount: 5 });', "await client.payments.createPayment({ amount: 5, 'x-idempotency-key': 7 });"].join('\n'))).toEqual(['TS2322 line 2']);
  });

  it('documents the keys in the method JSDoc and the README', () => {
    const messages = readFileSync(join(out, 'src/resources/messages.ts'), 'utf8');
    expect(messages).toContain('Retries: each call carries an `idempotency-key` header, made by the client unless given and the same on every attempt');
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('**Idempotency keys made by the client.** 2 operations that are not idempotent declare an idempotency-key header (`idempotency-key` or `x-idempotency-key`)');
  });
});
