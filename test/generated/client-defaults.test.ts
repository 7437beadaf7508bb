/**
 * An API's own defaults for `timeout` and `maxRetries` (`x-sdk.client`): a package generated with a
 * 200 ms timeout and no retries, calling a loopback server that never answers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../generator/validate/validate.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { generateFromSpec, scratchDir } from '../helpers/tree.js';

interface Slow { things: { listThings(options?: { timeout?: number }): Promise<unknown> } }
interface Module { Slow: new (options: object) => Slow & { timeout: number; maxRetries: number }; APIConnectionTimeoutError: new () => Error }

const doc = (client: object) =>
  minimalDoc({
    'x-sdk': { package: { name: 'slow-api', version: '1.0.0' }, client: { name: 'Slow', ...client } },
    paths: { '/things': { get: { operationId: 'listThings', tags: ['things'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } } } } },
  });

let out: string;
let module: Module;
let server: Server;
let url: string;
let requests = 0;

beforeAll(async () => {
  const spec = join(scratchDir('client-defaults-'), 'openapi.yaml');
  writeFileSync(spec, specText(doc({ timeout: 200, maxRetries: 0 })));
  ({ out, module } = await generateFromSpec<Module>(spec, 'client-defaults-'));
  // Reads each request and never answers it.
  server = createServer((req) => {
    requests++;
    req.resume();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe("the API's own defaults", () => {
  it('time an attempt out after the API\'s timeout, and do not retry it', async () => {
    requests = 0;
    const startedAt = Date.now();
    await expect(new module.Slow({ baseURL: url }).things.listThings()).rejects.toBeInstanceOf(module.APIConnectionTimeoutError);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
    expect(requests).toBe(1);
  });

  it('give way to the options', () => {
    expect([new module.Slow({}).timeout, new module.Slow({}).maxRetries]).toEqual([200, 0]);
    expect([new module.Slow({ timeout: 1_000, maxRetries: 3 }).timeout, new module.Slow({ maxRetries: 3 }).maxRetries]).toEqual([1_000, 3]);
  });

  it('are what the README, the method docs and the option docs say', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toMatch(/\| `timeout` +\| 200 ms +\|/);
    expect(readme).toMatch(/\| `maxRetries` +\| 0 +\|/);
    expect(readme).toContain('A failed attempt is not retried by default (the API sets `maxRetries` to 0)');
    expect(readme).toContain('Each attempt may take 0.2 seconds by default');
    expect(readFileSync(join(out, 'src/resources/things.ts'), 'utf8')).toContain('it is retried (when `maxRetries` asks for it: not by default) after connection errors');
    const client = readFileSync(join(out, 'src/client.ts'), 'utf8');
    expect(client).toContain('Default 200 for this API.');
    expect(client).toMatch(/defaultTimeout: 200,\s+defaultMaxRetries: 0,/);
  });

  it('must be whole numbers, 0 or more: anything else is a located error', () => {
    const problems = validate(loadFromMemory({ 'spec.yaml': specText(doc({ timeout: '60s', maxRetries: -1 })) }));
    expect(problems.map((p) => [p.code, p.location?.pointer, p.message])).toEqual([
      ['sdk-config-type', '/x-sdk/client/timeout', 'x-sdk.client.timeout must be a whole number, 0 or more, got "60s"'],
      ['sdk-config-type', '/x-sdk/client/maxRetries', 'x-sdk.client.maxRetries must be a whole number, 0 or more, got -1'],
    ]);
  });
});
