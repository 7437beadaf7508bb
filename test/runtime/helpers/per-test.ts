/**
 * What every scenario test needs around it: the SDK's environment variables blanked (so the machine's own
 * credentials never leak into a test), and the scripted server of the test, if it started one, closed.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { scriptedServer, type ScriptedServer, type Step } from './server.js';
import { SDK_ENV_VARS, TestClient, TOKEN, type TestClientOptions } from './test-client.js';

export interface ServerPerTest {
  /** Starts this test's server. */
  start(steps: Step[]): Promise<ScriptedServer>;
  /** This test's server; throws when the test started none. */
  readonly current: ScriptedServer;
  /** Starts this test's server and returns a quiet client (token set, logging off) aimed at it. */
  client(steps: Step[], options?: TestClientOptions): Promise<TestClient>;
}

export function serverPerTest(): ServerPerTest {
  let server: ScriptedServer | undefined;
  beforeEach(() => SDK_ENV_VARS.forEach((name) => vi.stubEnv(name, '')));
  afterEach(async () => {
    await server?.close();
    server = undefined;
    vi.unstubAllEnvs();
  });
  const start = async (steps: Step[]): Promise<ScriptedServer> => (server = await scriptedServer(steps));
  return {
    start,
    client: async (steps, options = {}) => new TestClient({ apiToken: TOKEN, baseURL: (await start(steps)).url, logLevel: 'off', ...options }),
    get current() {
      if (!server) throw new Error('this test started no server');
      return server;
    },
  };
}
