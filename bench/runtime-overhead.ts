#!/usr/bin/env node
/**
 * `npx tsx bench/runtime-overhead.ts [--requests 5000] [--rounds 7]`: what the client itself costs per
 * request (build the request, send it through `fetch`, parse the response), ours versus the official
 * `cloudflare` package, both given a `fetch` stub that answers at once with the same JSON. Calls alternate
 * between getActiveSession (GET) and createPoll (POST with a JSON body). Ours is the package as users get
 * it: generated from the spec with the current runtime and compiled to `dist/esm` in a scratch folder.
 * Prints the median over the rounds, in microseconds per request, and the ratio (goal: at most 0.5).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPackage } from '../generator/build/build.js';
import { generateFromSpec } from '../generator/build/from-spec.js';
import { flag, median } from './cli-stats.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SPEC = join(REPO, 'spec/openapi.yaml');
export const GOAL = 0.5;

/** Generates the package from the spec into a scratch folder and builds its `dist/`. */
export async function buildFreshPackage(): Promise<{ dir: string; remove(): void }> {
  const scratch = mkdtempSync(join(tmpdir(), 'sdk-runtime-bench-'));
  const dir = join(scratch, 'package');
  const from = await generateFromSpec(SPEC);
  for (const [path, text] of from.generated.files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  await buildPackage(SPEC, dir, from);
  return { dir, remove: () => rmSync(scratch, { recursive: true, force: true }) };
}

const SESSION = JSON.stringify({
  success: true,
  data: {
    id: 'a1b2c3d4-0000-4000-8000-000000000000', associated_id: 'meeting-1', created_at: '2025-01-01T00:00:00.000Z',
    live_participants: 3, max_concurrent_participants: 5, meeting_display_name: 'Weekly sync', minutes_consumed: 12,
    organization_id: 'org-1', started_at: '2025-01-01T00:00:00.000Z', status: 'LIVE', type: 'meeting',
    updated_at: '2025-01-01T00:10:00.000Z',
  },
});
const answerAtOnce = async (): Promise<Response> => new Response(SESSION, { status: 200, headers: { 'content-type': 'application/json' } });
const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
const APP = '14a396e7-ca44-4937-bf1f-050a69118543';
const POLL = { question: 'Lunch?', options: ['yes', 'no'] };

type Call = (i: number) => Promise<unknown>;

interface ActiveSessionLike {
  getActiveSession(...args: unknown[]): Promise<unknown>;
  createPoll(...args: unknown[]): Promise<unknown>;
}
type ClientClass = new (options: Record<string, unknown>) => { realtimeKit: { activeSession: ActiveSessionLike } };

async function ourCall(packageDir: string): Promise<Call> {
  const module = (await import(pathToFileURL(join(packageDir, 'dist/esm/index.js')).href)) as { default: ClientClass };
  const session = new module.default({ apiToken: 'token', fetch: answerAtOnce, logLevel: 'off' }).realtimeKit.activeSession;
  return (i) => (i % 2 === 0 ? session.getActiveSession(APP, `m-${i & 7}`, { account_id: ACCOUNT }) : session.createPoll(APP, `m-${i & 7}`, { account_id: ACCOUNT, ...POLL }));
}

async function theirCall(): Promise<Call> {
  const module = (await import('cloudflare')) as unknown as { default: ClientClass };
  const session = new module.default({ apiToken: 'token', fetch: answerAtOnce, logLevel: 'off' }).realtimeKit.activeSession;
  return (i) => (i % 2 === 0 ? session.getActiveSession(`m-${i & 7}`, { account_id: ACCOUNT, app_id: APP }) : session.createPoll(`m-${i & 7}`, { account_id: ACCOUNT, app_id: APP, ...POLL }));
}

/** The stub alone, with its body parsed: the part of each figure that is not the client. */
async function stubCall(): Promise<Call> {
  return async () => (await answerAtOnce()).json();
}

/** Microseconds per request over `requests` sequential calls. */
async function microsPerRequest(call: Call, requests: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < requests; i++) await call(i);
  return Number(process.hrtime.bigint() - started) / 1000 / requests;
}


async function main(): Promise<void> {
  const requests = flag('requests', 5000);
  const rounds = flag('rounds', 7);
  const built = await buildFreshPackage();
  try {
    const calls = { ours: await ourCall(built.dir), theirs: await theirCall(), stub: await stubCall() };
    const samples: Record<keyof typeof calls, number[]> = { ours: [], theirs: [], stub: [] };
    for (const call of Object.values(calls)) await microsPerRequest(call, 2000); // warm-up: let the JIT settle
    for (let round = 0; round < rounds; round++) {
      // Interleaved, so a slow moment of the machine hits every contender alike.
      for (const name of ['ours', 'theirs', 'stub'] as const) samples[name].push(await microsPerRequest(calls[name], requests));
    }
    const [ours, theirs, stub] = [median(samples.ours), median(samples.theirs), median(samples.stub)];
    const theirsVersion = (JSON.parse(readFileSync(join(REPO, 'node_modules/cloudflare/package.json'), 'utf8')) as { version: string }).version;
    console.log(`per-request cost, median of ${rounds} rounds x ${requests} sequential calls (GET and POST alternating), fetch stub answering at once`);
    console.log(`ours   (generated package, dist/esm)  ${ours.toFixed(1).padStart(7)} µs/request`);
    console.log(`theirs (cloudflare@${theirsVersion})         ${theirs.toFixed(1).padStart(7)} µs/request`);
    console.log(`the stub alone (Response + json())    ${stub.toFixed(1).padStart(7)} µs/request`);
    console.log(`ratio ours/theirs: ${(ours / theirs).toFixed(2)} (goal <= ${GOAL}); without the stub: ${((ours - stub) / (theirs - stub)).toFixed(2)}`);
  } finally {
    built.remove();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
