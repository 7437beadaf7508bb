/**
 * The packed package in Cloudflare Workers' own runtime: a Worker that calls the client, bundled by
 * esbuild for workerd (platform `neutral`: no Node built-in resolves), served by the real `workerd`
 * binary on loopback, calling a loopback API through workerd's outbound network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installConsumer, writeFiles } from './helpers/consumer.js';
import { startApi, type Running } from './helpers/loopback.js';
import { REPO } from './helpers/paths.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';
import { ACCOUNT_ID } from './helpers/seed.js';

const WORKERD = join(REPO, 'node_modules', '.bin', 'workerd');
const SESSION = { id: 'session-1', status: 'LIVE', live_participants: 2 };

/** The seed example as a Worker: the token comes from the Worker's environment, as Workers do. */
const WORKER = `import Cloudflare from 'cloudflare-realtimekit';

export default {
  async fetch(_request: Request, env: { API_URL: string; API_TOKEN: string }): Promise<Response> {
    const client = new Cloudflare({ apiToken: env.API_TOKEN, baseURL: env.API_URL });
    const response = await client.realtimeKit.activeSession.getActiveSession('app_id', 'meeting_id', {
      account_id: '${ACCOUNT_ID}',
    });
    return Response.json(response);
  },
};
`;

let prepared: PreparedPackage;
let consumer: string;
let api: Running | undefined;
let workerd: ChildProcess | undefined;

beforeAll(async () => {
  prepared = await preparePackage('consumer-workers');
  consumer = join(prepared.root, 'consumer');
  installConsumer(consumer, prepared.packed.tarball);
  writeFiles(consumer, { 'worker.ts': WORKER });
}, 120_000);
afterAll(async () => {
  workerd?.kill();
  await api?.close();
  prepared?.cleanup();
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function config(port: number, apiURL: string): string {
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "internet", network = (allow = ["public", "private", "local"])),
  ],
  sockets = [ (name = "http", address = "127.0.0.1:${port}", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "2025-01-01",
  bindings = [ (name = "API_URL", text = ${JSON.stringify(apiURL)}), (name = "API_TOKEN", text = "worker-token") ],
  globalOutbound = "internet",
);
`;
}

/** Asks the Worker until workerd is up (it takes a moment to start), for at most 15 s. */
async function askWorker(port: number): Promise<Response> {
  for (const started = Date.now(); ; ) {
    try {
      return await fetch(`http://127.0.0.1:${port}/`);
    } catch (error) {
      if (Date.now() - started > 15_000) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

describe('in Cloudflare Workers (workerd)', () => {
  it('the client runs in a Worker and sends the documented request', async () => {
    const bundled = await build({ entryPoints: [join(consumer, 'worker.ts')], absWorkingDir: consumer, bundle: true, platform: 'neutral', conditions: ['workerd', 'worker', 'import'], mainFields: ['module', 'main'], format: 'esm', target: 'es2022', write: false, logLevel: 'silent' });
    writeFileSync(join(consumer, 'worker.js'), bundled.outputFiles[0]!.text);
    api = await startApi(200, { success: true, data: SESSION });
    const port = await freePort();
    writeFileSync(join(consumer, 'config.capnp'), config(port, `${api.url}/client/v4`));
    let log = '';
    workerd = spawn(WORKERD, ['serve', 'config.capnp'], { cwd: consumer });
    workerd.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const response = await askWorker(port);
    expect({ status: response.status, body: await response.json(), log }).toEqual({ status: 200, body: { success: true, data: SESSION }, log: '' });
    expect(api.requests.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ['GET', `/client/v4/accounts/${ACCOUNT_ID}/realtime/kit/app_id/meetings/meeting_id/active-session`, 'Bearer worker-token'],
    ]);
  }, 90_000);
});
