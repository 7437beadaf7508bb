/**
 * Run in a child process by timeouts.test.ts: calls that end every way a call can end, each with a 60 s
 * timeout or a 60 s wait pending, then the servers close. If any timer of the runtime were left running,
 * this process would stay alive for up to a minute after printing "done".
 */
import { scriptedServer, type Step } from './server.js';
import { ACCOUNT, APP, TestClient, TOKEN } from './test-client.js';

async function run(steps: Step[], call: (client: TestClient) => Promise<unknown>): Promise<void> {
  const server = await scriptedServer(steps);
  const client = new TestClient({ apiToken: TOKEN, baseURL: server.url, logLevel: 'off' });
  await call(client).catch(() => undefined);
  await server.close();
}

const params = { account_id: ACCOUNT };
const poll = { account_id: ACCOUNT, question: 'Q?', options: ['a'] };
const ok: Step = { status: 200, body: { ok: true } };

await run([ok], (c) => c.activeSession.getActiveSession(APP, 'm', params));
await run([ok], (c) => c.activeSession.getActiveSession(APP, 'm', params).withResponse());
await run([ok], async (c) => (await c.activeSession.getActiveSession(APP, 'm', params).asResponse()).text());
await run([{ status: 404, body: { message: 'no' } }], (c) => c.activeSession.getActiveSession(APP, 'm', params));
await run([{ action: 'hang' }], (c) => c.activeSession.createPoll(APP, 'm', poll, { timeout: 100 }));
await run([{ action: 'hang-body' }], (c) => c.activeSession.getActiveSession(APP, 'm', params, { timeout: 100, maxRetries: 0 }));
await run([{ status: 503, headers: { 'retry-after': '60' } }, ok], (c) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  return c.activeSession.getActiveSession(APP, 'm', params, { signal: controller.signal });
});
await run([{ action: 'hang' }], (c) => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  return c.activeSession.getActiveSession(APP, 'm', params, { signal: controller.signal });
});
console.log('done');
