/** Environment defaults: reading variables on any runtime, blank as unset, and what they configure. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readEnv } from '../../generator/runtime/env.js';
import { resolveCredentials, type CredentialSpec } from '../../generator/runtime/credentials.js';
import { SDKError } from '../../generator/runtime/index.js';
import { captureLogs } from './helpers/logs.js';
import { SDK_ENV_VARS, TestClient, TOKEN } from './helpers/test-client.js';

beforeEach(() => SDK_ENV_VARS.forEach((name) => vi.stubEnv(name, '')));
afterEach(() => vi.unstubAllEnvs());

/** Runs `body` with `globalThis.process` replaced (or removed), restoring it even if `body` throws. */
function withGlobals<T>(globals: Record<string, unknown>, body: () => T): T {
  const scope = globalThis as Record<string, unknown>;
  const saved = Object.fromEntries(Object.keys(globals).map((key) => [key, scope[key]]));
  Object.assign(scope, globals);
  try {
    return body();
  } finally {
    Object.assign(scope, saved);
  }
}

describe('readEnv', () => {
  it.each([
    ['set', 'value', 'value'],
    ['padded', '  value \n', 'value'],
    ['blank', '   ', undefined],
    ['empty', '', undefined],
  ])('%s', (_name, value, want) => {
    vi.stubEnv('SDK_TEST_VAR', value);
    expect(readEnv('SDK_TEST_VAR')).toBe(want);
  });

  it('is undefined for an unset variable or no name', () => {
    expect(readEnv('SDK_TEST_SURELY_UNSET_VARIABLE')).toBeUndefined();
    expect(readEnv(undefined)).toBeUndefined();
  });

  it('is undefined where there is no process (browsers, Workers)', () => {
    expect(withGlobals({ process: undefined }, () => readEnv('PATH'))).toBeUndefined();
  });

  it('reads Deno.env where there is no process', () => {
    const Deno = { env: { get: (name: string) => (name === 'X' ? ' from-deno ' : undefined) } };
    expect(withGlobals({ process: undefined, Deno }, () => readEnv('X'))).toBe('from-deno');
  });

  it('does not throw when Deno.env refuses access', () => {
    const Deno = { env: { get: () => { throw new Error('PermissionDenied'); } } };
    expect(withGlobals({ process: undefined, Deno }, () => readEnv('X'))).toBeUndefined();
  });
});

describe('credentials from options and environment', () => {
  const specs: CredentialSpec[] = [
    { option: 'apiToken', env: 'CLOUDFLARE_API_TOKEN', header: 'Authorization', scheme: 'bearer' },
    { option: 'apiKey', env: 'CLOUDFLARE_API_KEY', header: 'X-Auth-Key', scheme: 'raw' },
  ];
  it.each([
    ['option only', { apiToken: 'opt' }, {}, { apiToken: 'opt' }],
    ['env only', {}, { CLOUDFLARE_API_TOKEN: 'env' }, { apiToken: 'env' }],
    ['option over env', { apiToken: 'opt' }, { CLOUDFLARE_API_TOKEN: 'env' }, { apiToken: 'opt' }],
    ['null skips env', { apiToken: null }, { CLOUDFLARE_API_TOKEN: 'env' }, {}],
    ['blank env is unset', {}, { CLOUDFLARE_API_TOKEN: '  ' }, {}],
    ['blank option is unset', { apiToken: ' ' }, {}, {}],
    ['both', { apiKey: 'k' }, { CLOUDFLARE_API_TOKEN: 't' }, { apiToken: 't', apiKey: 'k' }],
  ])('%s', (_name, options, env, want) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    expect(Object.fromEntries(resolveCredentials(options, specs))).toEqual(want);
  });

  it('refuses a credential that is not a string', () => {
    expect(() => resolveCredentials({ apiToken: 123 }, specs)).toThrow('The apiToken option must be a string, got number.');
  });
});

describe('client construction', () => {
  it('fails without any credential, naming the options and the environment variables', () => {
    const run = () => new TestClient();
    expect(run).toThrow(SDKError);
    expect(run).toThrow(
      'Cloudflare: no credentials. Pass apiToken (or set the environment variable CLOUDFLARE_API_TOKEN); ' +
        'or pass apiKey and apiEmail (or set the environment variables CLOUDFLARE_API_KEY and CLOUDFLARE_EMAIL).',
    );
  });

  it('fails when an alternative is only half set, saying what is set', () => {
    expect(() => new TestClient({ apiKey: 'k-12345' })).toThrow('Cloudflare: no credentials (set so far: apiKey).');
  });

  it.each([
    ['a token option', { apiToken: 't' }, {}],
    ['a token in the environment', {}, { CLOUDFLARE_API_TOKEN: 't' }],
    ['key and email', { apiKey: 'k', apiEmail: 'e@x' }, {}],
    ['key option and email in the environment', { apiKey: 'k' }, { CLOUDFLARE_EMAIL: 'e@x' }],
  ])('accepts %s', (_name, options, env) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    expect(() => new TestClient(options)).not.toThrow();
  });

  it('takes the base URL from the option, else the environment, else the spec', () => {
    expect(new TestClient({ apiToken: TOKEN }).baseURL).toBe('https://api.cloudflare.com/client/v4');
    vi.stubEnv('CLOUDFLARE_BASE_URL', 'https://env.example/v4');
    expect(new TestClient({ apiToken: TOKEN }).baseURL).toBe('https://env.example/v4');
    expect(new TestClient({ apiToken: TOKEN, baseURL: 'https://opt.example' }).baseURL).toBe('https://opt.example');
    expect(new TestClient({ apiToken: TOKEN, baseURL: null }).baseURL).toBe('https://api.cloudflare.com/client/v4');
  });

  it('takes the log level from the option, else the environment, else warn', () => {
    expect(new TestClient({ apiToken: TOKEN }).logLevel).toBe('warn');
    vi.stubEnv('CLOUDFLARE_LOG', 'debug');
    expect(new TestClient({ apiToken: TOKEN }).logLevel).toBe('debug');
    expect(new TestClient({ apiToken: TOKEN, logLevel: 'error' }).logLevel).toBe('error');
  });

  it('warns about an unknown log level and falls back', () => {
    const logs = captureLogs();
    vi.stubEnv('CLOUDFLARE_LOG', 'verbose');
    expect(new TestClient({ apiToken: TOKEN, logger: logs.logger }).logLevel).toBe('warn');
    expect(logs.lines).toEqual(['warn the environment variable CLOUDFLARE_LOG was set to "verbose"; expected one of off, error, warn, info, debug']);
  });

  it.each([
    ['a negative timeout', { timeout: -1 }, 'timeout must be a non-negative number of milliseconds, got -1.'],
    ['a NaN timeout', { timeout: Number.NaN }, 'timeout must be a non-negative number of milliseconds, got NaN.'],
    ['a fractional maxRetries', { maxRetries: 1.5 }, 'maxRetries must be a non-negative integer, got 1.5.'],
    ['a negative maxRetries', { maxRetries: -1 }, 'maxRetries must be a non-negative integer, got -1.'],
  ])('refuses %s', (_name, options, message) => {
    expect(() => new TestClient({ apiToken: TOKEN, ...options })).toThrow(message);
  });

  it('defaults to 2 retries and a 60 s timeout', () => {
    const client = new TestClient({ apiToken: TOKEN });
    expect(client.maxRetries).toBe(2);
    expect(client.timeout).toBe(60_000);
    expect(TestClient.DEFAULT_TIMEOUT).toBe(60_000);
  });
});
