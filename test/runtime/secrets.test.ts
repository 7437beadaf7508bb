/**
 * No credential leaks: not in any log line at any level, not in any error, not in what printing the
 * client shows. The secrets below are sent (checked) and then searched for in everything else.
 */
import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { captureLogs, type CapturedLogs } from './helpers/logs.js';
import { refusingAddress, type Step } from './helpers/server.js';
import { serverPerTest } from './helpers/per-test.js';
import { ACCOUNT, API_KEY, APP, EMAIL, TestClient, TOKEN, type TestClientOptions } from './helpers/test-client.js';

const SECRETS = [TOKEN, API_KEY, EMAIL];
const servers = serverPerTest();

function expectNoSecret(text: string): void {
  for (const secret of SECRETS) expect(text).not.toContain(secret);
  expect(text).not.toContain(encodeURIComponent(EMAIL));
}

/** Everything a user could see of an error: message, stack, inspect output, JSON, its cause. */
function everythingAbout(error: unknown): string {
  const e = error as Error;
  return [e.message, e.stack, String(e), inspect(e, { depth: 10, showHidden: true }), JSON.stringify(e), inspect(e.cause, { depth: 10 })].join('\n');
}

async function clientFor(steps: Step[], logs: CapturedLogs, options: TestClientOptions = {}): Promise<TestClient> {
  const server = await servers.start(steps);
  return new TestClient({ apiToken: TOKEN, apiKey: API_KEY, apiEmail: EMAIL, baseURL: server.url, logger: logs.logger, logLevel: 'debug', ...options });
}

const getSession = (client: TestClient, options = {}) => client.activeSession.getActiveSession(APP, 'm-1', { account_id: ACCOUNT }, options);
const FAST = { 'retry-after-ms': '1' };

describe('credentials never leak', () => {
  it('are sent, but appear in no debug log line of a call that retried and succeeded', async () => {
    const logs = captureLogs();
    const client = await clientFor([{ status: 500, headers: FAST }, { status: 200, body: { ok: true }, headers: { 'set-cookie': 'session=abc' } }], logs);
    await getSession(client);
    expect(servers.current.requests[0]!.headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, 'x-auth-key': API_KEY, 'x-auth-email': EMAIL });
    expect(logs.lines.length).toBeGreaterThan(4);
    expect(logs.text()).toContain("authorization: '***'");
    expect(logs.text()).toContain("'set-cookie': '***'");
    expectNoSecret(logs.text());
  });

  it('are masked when the server echoes them in an error body', async () => {
    const logs = captureLogs();
    const echo = { success: false, errors: [{ code: 10000, message: `Invalid token ${TOKEN} for ${EMAIL}` }] };
    const client = await clientFor([{ status: 401, body: echo }], logs);
    const error = await getSession(client).catch((e: unknown) => e);
    expect((error as Error).message).toBe('401 Invalid token *** for *** (code 10000)');
    expectNoSecret([(error as Error).message, (error as Error).stack, String(error)].join('\n'));
    expectNoSecret(logs.text());
  });

  it('are masked in the error for a malformed JSON body, even where the JSON error quotes the whole body', async () => {
    // V8 quotes about ten characters of the body; other engines may quote it all, as this stand-in does.
    const parse = JSON.parse;
    vi.spyOn(JSON, 'parse').mockImplementation((text: string, ...rest) => {
      if (text.includes(TOKEN)) throw new SyntaxError(`Unexpected token in ${text}`);
      return parse(text, ...rest);
    });
    const logs = captureLogs();
    const client = await clientFor([{ status: 200, body: `{"token": ${TOKEN}}`, headers: { 'content-type': 'application/json' } }], logs);
    const error = await getSession(client).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect((error as Error).message).toBe('200 response body is not valid JSON: Unexpected token in {"token": ***}');
    expect((error as Error).name).toBe('ResponseParseError');
    expectNoSecret([(error as Error).message, (error as Error).stack, String(error)].join('\n'));
  });

  it('appear in no error or log line of a timeout, a reset or a refused connection', async () => {
    const logs = captureLogs();
    const errors: unknown[] = [];
    let client = await clientFor([{ action: 'hang' }], logs, { timeout: 50, maxRetries: 0 });
    errors.push(await getSession(client).catch((e: unknown) => e));
    await servers.current.close();
    client = await clientFor([{ action: 'reset-after-read' }], logs, { maxRetries: 0 });
    errors.push(await getSession(client).catch((e: unknown) => e));
    client = new TestClient({ apiToken: TOKEN, apiKey: API_KEY, apiEmail: EMAIL, baseURL: await refusingAddress(), logger: logs.logger, logLevel: 'debug', maxRetries: 0 });
    errors.push(await getSession(client).catch((e: unknown) => e));
    expect(errors.every((e) => e instanceof Error)).toBe(true);
    expectNoSecret(errors.map(everythingAbout).join('\n'));
    expectNoSecret(logs.text());
  });

  it('are not in JSON.stringify, String or util.inspect of the client, its copies or its resources', () => {
    const client = new TestClient({ apiToken: TOKEN, apiKey: API_KEY, apiEmail: EMAIL, logLevel: 'off' });
    const copy = client.withOptions({ timeout: 1 });
    const shown = [
      JSON.stringify(client), String(client), `${client}`, inspect(client), inspect(client, { showHidden: true, depth: Infinity }),
      JSON.stringify(copy), inspect(copy, { showHidden: true, depth: Infinity }),
      JSON.stringify(client.activeSession), inspect(client.activeSession, { showHidden: true, depth: Infinity }),
      JSON.stringify(Object.getOwnPropertyNames(client).map((name) => [name, (client as unknown as Record<string, unknown>)[name]])),
    ].join('\n');
    expectNoSecret(shown);
    expect(JSON.parse(JSON.stringify(client))).toEqual({
      baseURL: 'https://api.cloudflare.com/client/v4', timeout: 60_000, maxRetries: 2, logLevel: 'off',
      credentials: { apiToken: '***', apiKey: '***', apiEmail: '***' },
    });
    // Inspection shows the public settings; the credentials are in private fields it cannot reach.
    expect(inspect(client)).toContain("baseURL: 'https://api.cloudflare.com/client/v4'");
  });

  it('are not named in the error of a client missing half of an alternative', () => {
    const error = (() => {
      try {
        return new TestClient({ apiKey: API_KEY });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(Error);
    expectNoSecret(everythingAbout(error));
  });

  it('are masked in anything a caller logs through the client logger', async () => {
    const logs = captureLogs();
    const client = await clientFor([{ status: 200, body: { token: TOKEN, nested: [{ email: EMAIL }] } }], logs);
    await getSession(client);
    expect(logs.text()).toContain("token: '***'");
    expectNoSecret(logs.text());
  });
});
