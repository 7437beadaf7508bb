/**
 * Environments: a spec listing several servers gives the client `environments`, by name, to pass as
 * `baseURL`. Two loopback servers stand for production and sandbox; a third name is taken from
 * `x-sdk-environment`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseEnvironments, parseServerTemplate } from '../../generator/parse/environments.js';
import { asString } from '../../generator/parse/context.js';
import { baseURLOf, defaultServer } from '../../generator/parse/sdk-config.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { minimalDoc } from '../helpers/spec.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';

type Bank = { accounts: { listAccounts(): Promise<unknown> }; withOptions(overrides: object): Bank };
type BankClass = (new (options: object) => Bank) & { environments: Record<string, string> };

let production: ApiServer;
let sandbox: ApiServer;
let out: string;
let Bank: BankClass;

beforeAll(async () => {
  [production, sandbox] = await Promise.all([startApiServer(() => ({ status: 204 })), startApiServer(() => ({ status: 204 }))]);
  const spec = minimalDoc({
    'x-sdk': { client: { name: 'Bank', baseURLEnv: 'BANK_BASE_URL' }, package: { name: 'bank' } },
    servers: [
      { url: production.url, description: 'Production server' },
      { url: `${sandbox.url}/`, description: 'Sandbox API server' },
      { url: 'https://eu.bank.example/{version}', 'x-sdk-environment': 'europe', variables: { version: { default: 'v2' } } },
    ],
    paths: { '/accounts': { get: { operationId: 'listAccounts', tags: ['accounts'], responses: { '204': { description: 'none' } } } } },
  });
  ({ out, module: { Bank } } = await generateAndImport<{ Bank: BankClass }>(spec, 'environments-'));
}, 60_000);

afterAll(() => Promise.all([production?.close(), sandbox?.close()]));

describe('Client.environments', () => {
  it('names each server: by its description, or x-sdk-environment; variables filled, no trailing slash', () => {
    expect(Bank.environments).toEqual({ production: production.url, sandbox: sandbox.url, europe: 'https://eu.bank.example/v2' });
  });

  it('sends to the first server by default, and to the one passed as baseURL', async () => {
    await new Bank({ maxRetries: 0 }).accounts.listAccounts();
    await new Bank({ baseURL: Bank.environments['sandbox'], maxRetries: 0 }).accounts.listAccounts();
    expect([production.requests.map((r) => r.url), sandbox.requests.map((r) => r.url)]).toEqual([['/accounts'], ['/accounts']]);
  });

  it('sends a query in the base URL (an API version, say) after the path, not with the path inside it', async () => {
    const before = production.requests.length;
    await new Bank({ baseURL: `${production.url}/v1?api-version=2024-01-01`, maxRetries: 0 }).accounts.listAccounts();
    expect(production.requests.slice(before).map((r) => r.url)).toEqual(['/v1/accounts?api-version=2024-01-01']);
  });

  it('sends to the server the environment option names; a baseURL given too wins', async () => {
    const before = [production.requests.length, sandbox.requests.length];
    await new Bank({ environment: 'sandbox', maxRetries: 0 }).accounts.listAccounts();
    await new Bank({ environment: 'sandbox', baseURL: production.url, maxRetries: 0 }).accounts.listAccounts();
    expect([production.requests.length - before[0]!, sandbox.requests.length - before[1]!]).toEqual([1, 1]);
  });

  it("wins over the base URL's environment variable, which wins over the default server", async () => {
    vi.stubEnv('BANK_BASE_URL', sandbox.url);
    try {
      const before = [production.requests.length, sandbox.requests.length];
      await new Bank({ maxRetries: 0 }).accounts.listAccounts();
      await new Bank({ environment: 'production', maxRetries: 0 }).accounts.listAccounts();
      expect([production.requests.length - before[0]!, sandbox.requests.length - before[1]!]).toEqual([1, 1]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('moves a derived client to another environment, and keeps it through other overrides', async () => {
    const before = [production.requests.length, sandbox.requests.length];
    const inSandbox = new Bank({ maxRetries: 0 }).withOptions({ environment: 'sandbox' });
    await inSandbox.accounts.listAccounts();
    await inSandbox.withOptions({ timeout: 5000 }).accounts.listAccounts();
    await inSandbox.withOptions({ environment: 'production' }).accounts.listAccounts();
    expect([production.requests.length - before[0]!, sandbox.requests.length - before[1]!]).toEqual([1, 2]);
  });

  it('refuses an environment it does not have, naming the ones it has', () => {
    expect(() => new Bank({ environment: 'staging' })).toThrow('environment must be one of production, sandbox, europe, got "staging".');
    expect(() => new Bank({ environment: 'toString' })).toThrow(/got "toString"/);
  });

  it('types the names and URLs exactly, so a misspelt environment does not compile', () => {
    const uses = "export const ok: 'https://eu.bank.example/v2' = Bank.environments.europe;\nexport const wrong = Bank.environments.staging;\nexport const client = new Bank({ environment: 'staging' });";
    expect(consumerErrors(out, "import { Bank } from './src/index.js';", uses)).toEqual(['TS2339 line 2', 'TS2322 line 3']);
  });

  it('shows them in the README, with the default marked', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('### Environments');
    expect(readme).toMatch(/\| `production` \| `http:\/\/127\.0\.0\.1:\d+` \(the default\) \| Production server\s*\|/);
    expect(readme).toContain("const client = new Bank({ environment: 'sandbox' });\nconst same = new Bank({ baseURL: Bank.environments.sandbox });\nconst production = client.withOptions({ environment: 'production' });");
  });
});

describe('which servers are environments', () => {
  const names = (servers: unknown[]) => parseEnvironments({ servers }).map((e) => `${e.name} ${e.url}`);

  it.each<[string, unknown[], string[]]>([
    ['one server: none', [{ url: 'https://api.test' }], []],
    ['an http twin of an https server is the same place', [{ url: 'https://api.test' }, { url: 'http://api.test' }], []],
    ['relative servers and repeats are left out', [{ url: 'https://a.test' }, { url: '/v2' }, { url: 'https://a.test/' }, { url: 'https://b.test', description: 'Staging' }], ['server1 https://a.test', 'staging https://b.test']],
    ['two alike descriptions are numbered', [{ url: 'https://a.test', description: 'Sandbox' }, { url: 'https://b.test', description: 'Sandbox server' }], ['sandbox https://a.test', 'sandbox2 https://b.test']],
    ['a description of generic words only, or an x-sdk-environment that is no identifier, falls back to the position', [{ url: 'https://a.test', description: 'The API server' }, { url: 'https://b.test', 'x-sdk-environment': 'not valid' }, { url: 'https://c.test', 'x-sdk-environment': '__proto__' }], ['server1 https://a.test', 'server2 https://b.test', 'server3 https://c.test']],
  ])('%s', (_name, servers, want) => {
    expect(names(servers)).toEqual(want);
  });
});

describe('the default server', () => {
  const ec2 = (scheme: string) => ({ url: `${scheme}://ec2.{region}.amazonaws.com`, variables: { region: { default: 'us-east-1' } } });

  it.each<[string, unknown[], string | undefined]>([
    ['the first', [{ url: 'https://a.test' }, { url: 'https://b.test' }], 'https://a.test'],
    ['the https twin of a first plain-http server', [{ url: 'http://a.test/v1' }, { url: 'https://b.test' }, { url: 'HTTPS://a.test/v1' }], 'HTTPS://a.test/v1'],
    ['plain http when it has no twin', [{ url: 'http://a.test' }, { url: 'https://b.test' }], 'http://a.test'],
    ['none without servers', [], undefined],
  ])('is %s', (_name, servers, want) => {
    expect(asString(defaultServer(servers)?.['url'])).toBe(want);
  });

  it('gives the client its base URL, its URL template and its first environment, as AWS lists them', () => {
    const doc = { servers: [ec2('http'), ec2('https'), { url: 'http://ec2.amazonaws.com' }, { url: 'https://ec2.amazonaws.com' }] };
    expect(baseURLOf(doc)).toBe('https://ec2.us-east-1.amazonaws.com');
    expect(parseServerTemplate(doc)?.parts).toEqual(['https://ec2.', 'region', '.amazonaws.com']);
    expect(parseEnvironments(doc)[0]?.url).toBe(baseURLOf(doc));
  });
});

describe('Client.serverURL: the server\'s variables filled in', () => {
  type Templated = (new (options: object) => Bank) & { serverURL(variables?: Record<string, string>): string };
  let Templated: Templated;
  let templatedOut: string;

  beforeAll(async () => {
    const port = (url: string) => new URL(url).port;
    const spec = minimalDoc({
      'x-sdk': { client: { name: 'Templated' }, package: { name: 'templated' } },
      servers: [{ url: 'http://127.0.0.1:{port}/{version}/', variables: { port: { default: port(production.url), description: 'Where it listens.' }, version: { default: 'v1', enum: ['v1', 'v2'] } } }],
      paths: { '/accounts': { get: { operationId: 'listAccounts', tags: ['accounts'], responses: { '204': { description: 'none' } } } } },
    });
    ({ out: templatedOut, module: { Templated } } = await generateAndImport<{ Templated: Templated }>(spec, 'server-variables-'));
  }, 60_000);

  it('fills in each variable given, the defaults for the rest, and sends there', async () => {
    expect(Templated.serverURL()).toBe(`${production.url}/v1`);
    const url = Templated.serverURL({ port: new URL(sandbox.url).port, version: 'v2' });
    expect(url).toBe(`${sandbox.url}/v2`);
    await new Templated({ baseURL: url, maxRetries: 0 }).accounts.listAccounts();
    expect(sandbox.requests.at(-1)!.url).toBe('/v2/accounts');
  });

  it('types a variable with an enum as its values, so another does not compile', () => {
    const uses = "export const ok: string = Templated.serverURL({ version: 'v2', port: '1' });\nexport const wrong = Templated.serverURL({ version: 'v3' });";
    expect(consumerErrors(templatedOut, "import { Templated } from './src/index.js';", uses)).toEqual(['TS2322 line 2']);
  });

  it('shows the variables in the README', () => {
    const readme = readFileSync(join(templatedOut, 'README.md'), 'utf8');
    expect(readme).toContain('### Server variables');
    expect(readme).toContain("const client = new Templated({ baseURL: Templated.serverURL({ version: 'v2' }) });");
  });

  it.each<[string, unknown, string[] | undefined]>([
    ['no variables: none', { url: 'https://api.test/{undeclared}' }, undefined],
    ['a variable with nothing to take stays text', { url: 'https://{a}.test/{b}', variables: { a: { default: 'x' }, b: { description: 'no default, no enum' } } }, ['https://', 'a', '.test/{b}']],
    // OpenAPI requires a default; without one, the first enum value is taken (with a warning, at parse).
    ['a variable without a default takes its first enum value', { url: 'https://{a}.test/{b}', variables: { a: { default: 'x' }, b: { enum: ['1'] } } }, ['https://', 'a', '.test/', 'b', '']],
    ['a URL ending in a variable', { url: '{scheme}://api.test/', variables: { scheme: { default: 'https' } } }, ['', 'scheme', '://api.test']],
  ])('parses the template: %s', (_name, server, want) => {
    expect(parseServerTemplate({ servers: [server] })?.parts).toEqual(want);
  });
});
