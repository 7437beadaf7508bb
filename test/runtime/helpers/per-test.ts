/**
 * What every scenario test needs around it: the SDK's environment variables blanked (so the machine's own
 * credentials never leak into a test), and the scripted server of the test, if it started one, closed.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { scriptedServer, type ScriptedServer, type Step } from './server.js';
import { SDK_ENV_VARS } from './test-client.js';

export interface ServerPerTest {
  /** Starts this test's server. */
  start(steps: Step[]): Promise<ScriptedServer>;
  /** This test's server; throws when the test started none. */
  readonly current: ScriptedServer;
}

export function serverPerTest(): ServerPerTest {
  let server: ScriptedServer | undefined;
  beforeEach(() => SDK_ENV_VARS.forEach((name) => vi.stubEnv(name, '')));
  afterEach(async () => {
    await server?.close();
    server = undefined;
    vi.unstubAllEnvs();
  });
  return {
    start: async (steps) => (server = await scriptedServer(steps)),
    get current() {
      if (!server) throw new Error('this test started no server');
      return server;
    },
  };
}
