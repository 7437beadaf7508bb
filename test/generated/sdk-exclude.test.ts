/**
 * `x-sdk-exclude: true` on an operation leaves it out of the SDK (an internal endpoint, one not ready):
 * no method, no types, no request builder, no README entry; the API and the rest of its path keep theirs.
 * On a webhook's or a callback's operation it leaves out the payload type. Anywhere else it does nothing,
 * said in a located warning. A review calls the method's removal breaking and traces it to the setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { formatDiagnostic } from '../../generator/diagnostics.js';
import { buildApi } from '../../generator/pipeline.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateAndImport } from '../helpers/tree.js';
import { tsLines } from '../diff/fixture-review.js';

const zone = { type: 'object', properties: { id: { type: 'string' } } };

function doc(exclude: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return minimalDoc({
    'x-sdk': { client: { name: 'ZonesClient' } },
    servers: [{ url: 'https://zones.example.com' }],
    paths: {
      '/zones/{zone_id}': {
        parameters: [{ name: 'zone_id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { operationId: 'getZone', tags: ['zones'], responses: { '200': { description: 'ok', content: { 'application/json': { schema: zone } } } } },
        delete: { operationId: 'purgeZone', tags: ['zones'], 'x-sdk-exclude': exclude, responses: { '204': { description: 'gone' } } },
      },
    },
    ...extra,
  });
}

type Module = { ZonesClient: new (options: object) => { zones: Record<string, unknown> & { getZone(id: string): Promise<unknown> } } };
let out: string;
let stderr: string;
let module: Module;
let server: ApiServer;

beforeAll(async () => {
  ({ out, stderr, module } = await generateAndImport<Module>(doc(true), 'sdk-exclude-'));
  server = await startApiServer(() => ({ status: 200, body: JSON.stringify({ id: 'z1' }) }));
}, 60_000);

afterAll(() => server?.close());

describe('an operation marked x-sdk-exclude: true', () => {
  it('has no method, no types and no builder, and is not documented; its neighbour works', async () => {
    expect(stderr).toBe('');
    const header = "import { ZonesClient } from './src/index.js';\ndeclare const client: ZonesClient;";
    expect(consumerErrors(out, header, "export const a = client.zones.getZone('z1');\nexport const b = client.zones.purgeZone('z1');")).toEqual(['TS2339 line 2']);
    const files = ['src/resources/zones.ts', 'src/index.ts', 'README.md', 'api.md'].map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(files).not.toMatch(/purgeZone|PurgeZone|DELETE \/zones/);
    const client = new module.ZonesClient({ baseURL: server.url, apiKey: 'k' });
    expect(client.zones['purgeZone']).toBeUndefined();
    await expect(client.zones.getZone('z1')).resolves.toEqual({ id: 'z1' });
  });

  it('is generated as any other when the setting is false', () => {
    const api = buildApi(loadFromMemory({ 'spec.yaml': specText(doc(false)) })).api;
    expect(api.operations.map((op) => op.methodName)).toEqual(['getZone', 'purgeZone']);
  });

  it('is a located error when the value is not a boolean, and a located warning where it does nothing', () => {
    const problems = (d: Record<string, unknown>): string[] => {
      try {
        return buildApi(loadFromMemory({ 'spec.yaml': specText(d) })).warnings.map(formatDiagnostic);
      } catch (error) {
        return (error as { diagnostics: Parameters<typeof formatDiagnostic>[0][] }).diagnostics.map(formatDiagnostic);
      }
    };
    expect(problems(doc('yes'))).toEqual([expect.stringMatching(/^spec\.yaml:\d+:\d+ error \[sdk-config-type\] #\/paths\/~1zones~1\{zone_id\}\/delete\/x-sdk-exclude: x-sdk-exclude must be a boolean, got "yes"$/)]);
    const onSchema = doc(true, { components: { schemas: { Zone: { ...zone, 'x-sdk-exclude': true } } } });
    expect(problems(onSchema)).toEqual([expect.stringMatching(/^spec\.yaml:\d+:\d+ warning \[sdk-exclude-not-operation\] #\/components\/schemas\/Zone\/x-sdk-exclude: x-sdk-exclude leaves an operation \(of `paths`, a webhook or a callback\) out of the SDK; here, on something else, it does nothing$/)]);
  });
});

describe('a review of an operation newly excluded', () => {
  it('calls the method and its types removed, breaking, and traces them to the setting', async () => {
    const base = loadFromMemory({ 'base.yaml': specText(doc(undefined)) });
    const revision = loadFromMemory({ 'revision.yaml': specText(doc(true)) });
    const r = await review(base, revision, { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => `${c.operation} ${c.subject} ${c.rule} ${c.verdict}`)).toEqual(['DELETE /zones/{zone_id} operation x-sdk-exclude extension.added not-breaking']);
    const lines = tsLines(r);
    expect(lines).toContain('Zones.purgeZone removed breaking ← extension.added');
    expect(lines.every((l) => l.includes('removed breaking ← extension.added'))).toBe(true);
    expect(r.bump.required).toBe('major');
  });

  it('calls a webhook payload type removed, breaking, and traces it to the setting', async () => {
    const payload = (extra: object = {}) => ({ post: { ...extra, requestBody: { content: { 'application/json': { schema: zone } } }, responses: { '200': { description: 'ok' } } } });
    const side = (file: string, exclude: boolean) => loadFromMemory({ [file]: specText(doc(undefined, { openapi: '3.1.0', webhooks: { 'zone.created': payload(), 'zone.audited': payload(exclude ? { 'x-sdk-exclude': true } : {}) } })) });
    const r = await review(side('base.yaml', false), side('revision.yaml', true), { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => `${c.operation} ${c.rule}`)).toEqual(['webhook zone.audited POST extension.added']);
    expect(tsLines(r)).toEqual(["WebhookPayloads.'zone.audited' removed breaking ← extension.added", 'WebhookPayloads.ZoneAudited removed breaking ← extension.added']);
  });
});

describe('a webhook marked x-sdk-exclude: true', () => {
  const payload = (name: string) => ({ post: { requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { [name]: { type: 'string' } } } } } }, responses: { '200': { description: 'ok' } } } });

  it('has no payload type and is not documented; its neighbour keeps its own, with no warning', async () => {
    const internal = payload('secret');
    internal.post = { ...internal.post, 'x-sdk-exclude': true } as typeof internal.post;
    const spec = doc(undefined, { openapi: '3.1.0', webhooks: { 'zone.created': payload('zone_id'), 'zone.audited': internal } });
    const { out, stderr } = await generateAndImport(spec, 'sdk-exclude-webhook-');
    expect(stderr).toBe('');
    const header = "import type { WebhookPayloads } from './src/index.js';";
    const body = ["export const a: WebhookPayloads['zone.created'] = { zone_id: 'z' };", "export const b: WebhookPayloads['zone.audited'] = { secret: 's' };"];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2339 line 2']);
    const docs = ['README.md', 'api.md', 'src/models.ts'].map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(docs).toContain('zone.created');
    expect(docs).not.toContain('zone.audited');
    expect(readFileSync(join(out, 'src/models.ts'), 'utf8')).not.toContain('secret');
  }, 60_000);

  it('leaves a callback out too, with no warning; on a schema the setting still does nothing, and says so', () => {
    const url = { post: { responses: { '200': { description: 'ok' } } } };
    const callbacks = { onPurge: { '{$request.body#/url}': { post: { ...url.post, 'x-sdk-exclude': true } } }, onDone: { '{$request.body#/done}': url } };
    const spec = doc(undefined, { components: { schemas: { Zone: { ...zone, 'x-sdk-exclude': true } } } });
    const zones = (spec['paths'] as Record<string, Record<string, Record<string, unknown>>>)['/zones/{zone_id}']!;
    zones['get'] = { ...zones['get'], callbacks };
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(spec) }));
    expect(api.operations.find((op) => op.operationId === 'getZone')?.callbacks?.map((c) => c.name)).toEqual(['onDone']);
    expect(warnings.map((w) => [w.code, w.location.pointer])).toEqual([['sdk-exclude-not-operation', '/components/schemas/Zone/x-sdk-exclude']]);
  });
});
