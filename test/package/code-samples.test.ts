/**
 * The `samples` command as a docs pipeline uses it: its overlay applied to the spec by a real overlay tool
 * (npm `openapi-format`), which must add each sample to its operation and change nothing else; then every
 * sample, pasted unchanged into a project that installed the packed package, type-checks under --strict
 * and runs against a loopback API, sending the request of the operation it is attached to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../generator/command.js';
import { installConsumer, runNode, typeCheck, writeFiles } from './helpers/consumer.js';
import { startApi, type Running } from './helpers/loopback.js';
import { NODE_TYPES, REPO, SPEC, TSX } from './helpers/paths.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';
import { ACCOUNT_ID } from './helpers/seed.js';

const OPENAPI_FORMAT = join(REPO, 'node_modules', 'openapi-format', 'bin', 'cli.js');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Operation = Record<string, unknown> & { 'x-codeSamples'?: { lang: string; label: string; source: string }[] };
type Paths = Record<string, Record<string, Operation>>;

let prepared: PreparedPackage;
let consumer: string;
let api: Running;
const said = { stdout: '', stderr: '', code: -1 };
beforeAll(async () => {
  prepared = await preparePackage('code-samples');
  consumer = join(prepared.root, 'consumer');
  installConsumer(consumer, prepared.packed.tarball);
  // The overlay in a folder of its own, so its `extends` must lead back to the spec from there.
  const io = { stdout: (s: string) => void (said.stdout += s), stderr: (s: string) => void (said.stderr += s) };
  said.code = await main(['samples', '--spec', SPEC, '--out', join(consumer, 'docs', 'samples.yaml')], io);
  api = await startApi(200, { success: true, data: { id: 'session-1' } });
}, 120_000);
afterAll(async () => {
  await api?.close();
  prepared?.cleanup();
});

function operationsOf(paths: Paths): [string, string, Operation][] {
  return Object.entries(paths).flatMap(([path, item]) => METHODS.filter((m) => item[m]).map((m): [string, string, Operation] => [path, m, item[m]!]));
}

/** The spec, then the spec with the overlay applied by openapi-format from the overlay's `extends` alone. */
async function appliedSpec(): Promise<{ before: { paths: Paths }; after: { paths: Paths } }> {
  const ran = await runNode(consumer, [OPENAPI_FORMAT, '--overlayFile', 'docs/samples.yaml', '-o', 'applied.json', '--no-sort']);
  expect(ran.code, ran.stderr).toBe(0);
  return { before: parse(readFileSync(SPEC, 'utf8')), after: JSON.parse(readFileSync(join(consumer, 'applied.json'), 'utf8')) };
}

describe('code samples in the spec, for API docs', () => {
  it('are written for every operation, and say so', () => {
    expect([said.code, said.stdout]).toEqual([0, '']);
    expect(said.stderr).toBe(`4 code samples written to ${join(consumer, 'docs', 'samples.yaml')}\n`);
  });

  it('are added by openapi-format to each operation, leaving the rest of the spec as it was', async () => {
    const { before, after } = await appliedSpec();
    const operations = operationsOf(after.paths);
    expect(operations).toHaveLength(4);
    for (const [path, method, op] of operations) {
      const { 'x-codeSamples': samples, ...rest } = op;
      expect(samples?.map((s) => [s.lang, s.label]), `${method} ${path}`).toEqual([['TypeScript', 'cloudflare-realtimekit']]);
      expect(rest).toEqual(before.paths[path]![method]);
      after.paths[path]![method] = rest;
    }
    expect(after).toEqual(before);
  });

  it('type-check and run unchanged in a project that installed the package, each calling its own operation', async () => {
    const { after } = await appliedSpec();
    const operations = operationsOf(after.paths);
    const files = Object.fromEntries(operations.map(([, , op], i) => [`sample-${i}.mts`, op['x-codeSamples']![0]!.source]));
    const compilerOptions = { target: 'ES2022', module: 'node16', moduleResolution: 'node16', lib: ['ES2022'], strict: true, noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [NODE_TYPES] };
    writeFiles(consumer, { ...files, 'tsconfig.samples.json': JSON.stringify({ compilerOptions, files: Object.keys(files) }) });
    expect(typeCheck(consumer, 'tsconfig.samples.json')).toBe('');
    const env = { CLOUDFLARE_API_TOKEN: 'test-token', CLOUDFLARE_BASE_URL: `${api.url}/client/v4` };
    for (const [i, [path, method]] of operations.entries()) {
      const before = api.requests.length;
      const ran = await runNode(consumer, [TSX, `sample-${i}.mts`], env);
      expect([ran.code, ran.stderr]).toEqual([0, '']);
      expect(ran.stdout).toContain("success: true");
      const sent = `/client/v4${path.replace('{account_id}', ACCOUNT_ID).replace(/\{(\w+)\}/g, '$1')}`;
      expect(api.requests.slice(before).map((r) => [r.method, r.url.split('?')[0], r.headers.authorization])).toEqual([[method.toUpperCase(), sent, 'Bearer test-token']]);
    }
  });
});
