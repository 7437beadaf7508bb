/**
 * AWS Signature Version 4 end to end: a package generated from `test/fixtures/aws-sigv4` (API Gateway's IAM
 * authorization) signs its requests to a loopback server, which checks each signature with `aws4`, an
 * independent implementation, over the request exactly as it arrived.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer, type RecordedRequest, type Reply } from '../helpers/api-server.js';
import { expectedAuthorization as checked } from '../helpers/sigv4-check.js';
import { consumerErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';
import { loadFromMemory } from '../helpers/spec.js';
import { buildApi } from '../../generator/pipeline.js';
import { parse, stringify } from 'yaml';
import { captureLogs } from '../runtime/helpers/logs.js';

interface Item { id: string; name: string }
interface Inventory {
  items: {
    getItem(id: string, params?: { fields?: string[] }): Promise<Item>;
    createItem(params: { name: string }): Promise<Item>;
    uploadPhoto(id: string, params: { caption?: string; photo?: Blob }): Promise<null>;
  };
  health: { health(): Promise<null> };
}
interface Module { Inventory: new (options: object) => Inventory }

const KEY = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };
const VARIABLES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_REGION'];
let out: string;
let module: Module;
let warnings: string;
let server: ApiServer;
let reply: (request: RecordedRequest) => Reply;
const item: Reply = { status: 200, body: '{"id":"i 1","name":"n"}' };

/** The signature an AWS service would check, for the example key (with a session token when one was sent). */
const expectedAuthorization = (request: RecordedRequest, region: string, sessionToken?: string): string => checked(request, { ...KEY, sessionToken }, region);

const client = (options: object = {}): Inventory => new module.Inventory({ baseURL: `${server.url}/prod`, maxRetries: 0, region: 'eu-west-1', ...KEY, ...options });

beforeAll(async () => {
  ({ out, module, stderr: warnings } = await generateFromSpec<Module>('test/fixtures/aws-sigv4/openapi.yaml', 'aws-sigv4-'));
  server = await startApiServer((request) => reply(request));
}, 60_000);

afterAll(() => server.close());

beforeEach(() => {
  server.requests.length = 0;
  reply = () => item;
  for (const name of VARIABLES) delete process.env[name];
});

describe('a signed request', () => {
  it('carries a SigV4 signature the server can check: path, query and host signed, for the region given', async () => {
    await expect(client().items.getItem('i 1', { fields: ['name', 'a b'] })).resolves.toEqual({ id: 'i 1', name: 'n' });
    const [request] = server.requests;
    expect(request!.url).toBe('/prod/items/i%201?fields=name&fields=a%20b');
    expect(request!.headers['x-amz-date']).toMatch(/^\d{8}T\d{6}Z$/);
    expect(request!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/execute-api\/aws4_request, SignedHeaders=host;x-amz-date, Signature=[0-9a-f]{64}$/);
    expect(request!.headers.authorization).toBe(expectedAuthorization(request!, 'eu-west-1'));
  });

  it('signs a JSON body and its type, and sends and signs a session token', async () => {
    await client({ sessionToken: 'temporary/token=' }).items.createItem({ name: 'café' });
    const [request] = server.requests;
    expect(request!.headers['x-amz-security-token']).toBe('temporary/token=');
    expect(request!.headers.authorization).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token,');
    expect(request!.headers.authorization).toBe(expectedAuthorization(request!, 'eu-west-1', 'temporary/token='));
  });

  it('signs a multipart upload over the bytes sent', async () => {
    reply = () => ({ status: 204 });
    await client().items.uploadPhoto('i1', { caption: 'front', photo: new Blob(['not really a photo'], { type: 'text/plain' }) });
    const [request] = server.requests;
    expect(request!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(request!.body).toContain('not really a photo');
    expect(request!.headers.authorization).toBe(expectedAuthorization(request!, 'eu-west-1'));
  });

  it('signs each attempt: a retried call is signed again, and still checks', async () => {
    let calls = 0;
    reply = () => (++calls === 1 ? { status: 503, headers: { 'retry-after-ms': '1' } } : item);
    await client({ maxRetries: 1 }).items.getItem('i1');
    expect(server.requests).toHaveLength(2);
    for (const request of server.requests) expect(request.headers.authorization).toBe(expectedAuthorization(request, 'eu-west-1'));
  });

  it("reads the key and the region from AWS's own environment variables", async () => {
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey, AWS_SESSION_TOKEN: 'env-token', AWS_REGION: 'ap-south-1' });
    await new module.Inventory({ baseURL: `${server.url}/prod`, maxRetries: 0 }).items.getItem('i1');
    const [request] = server.requests;
    expect(request!.headers.authorization).toContain('/ap-south-1/execute-api/aws4_request');
    expect(request!.headers.authorization).toBe(expectedAuthorization(request!, 'ap-south-1', 'env-token'));
  });

  it('sends an operation whose security is empty unsigned, by a client with a key or without one', async () => {
    reply = () => ({ status: 204 });
    await client().health.health();
    await new module.Inventory({ baseURL: `${server.url}/prod` }).health.health();
    for (const request of server.requests) {
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers['x-amz-date']).toBeUndefined();
    }
    expect(server.requests).toHaveLength(2);
  });
});

describe('the client', () => {
  it('rejects a call that needs the key without it, naming the options and variables', async () => {
    await expect(new module.Inventory({ baseURL: `${server.url}/prod` }).items.getItem('i1')).rejects.toThrow(
      'Inventory: no credentials. Pass accessKeyId and secretAccessKey (or set the environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY).',
    );
    expect(server.requests).toEqual([]);
  });

  it('refuses to be built for a host that names no region when none is given; an AWS host names its own', () => {
    expect(() => client({ region: null })).toThrow(`No AWS region to sign requests to 127.0.0.1 for: pass the region option (or set AWS_REGION).`);
    expect(() => client({ region: null, baseURL: 'https://abc.execute-api.eu-west-1.amazonaws.com/prod' })).not.toThrow();
  });

  it("refuses a region option that the base URL's AWS host contradicts; the variable gives way to the host", () => {
    const baseURL = 'https://abc.execute-api.eu-west-1.amazonaws.com/prod';
    expect(() => client({ baseURL, region: 'us-east-2' })).toThrow(
      "The region option is us-east-2, but the base URL's host abc.execute-api.eu-west-1.amazonaws.com is in eu-west-1, the region requests to it are signed for: pass a baseURL in us-east-2.",
    );
    process.env['AWS_REGION'] = 'us-east-2';
    expect(() => client({ baseURL, region: undefined })).not.toThrow();
  });

  it('never shows the secret or the session token, in logs, errors or JSON.stringify', async () => {
    reply = () => ({ status: 403, body: JSON.stringify({ message: `bad signature for ${KEY.secretAccessKey} with temporary/token=` }) });
    const logs = captureLogs();
    const inventory = client({ sessionToken: 'temporary/token=', logLevel: 'debug', logger: logs.logger });
    await expect(inventory.items.getItem('i1')).rejects.toThrow('403 bad signature for *** with ***');
    expect(logs.text()).toContain('GET http://127.0.0.1');
    for (const secret of [KEY.secretAccessKey, 'temporary/token=']) expect(logs.text()).not.toContain(secret);
    expect(JSON.stringify(inventory)).not.toContain(KEY.secretAccessKey);
  });

  it('warns of nothing about the scheme, which the client sends', () => {
    expect(warnings).not.toContain('security-scheme-unsupported');
  });

  it("leaves out the header parameters the signer writes, with a located warning, and keeps X-Amz-Content-Sha256", () => {
    expect(warnings).toContain('header-param-ignored');
    expect(warnings).toMatch(/openapi\.yaml:\d+:\d+ .*the header parameter X-Amz-Date is ignored, the SigV4 signer sets it on every attempt/);
    expect(warnings).toMatch(/the header parameter X-Amz-Security-Token is ignored, the SigV4 signer sets it from the session token option/);
    const items = readFileSync(join(out, 'src/resources/items.ts'), 'utf8');
    expect(items).not.toMatch(/X-Amz-Date|X-Amz-Security-Token/i);
    expect(items).toContain("'X-Amz-Content-Sha256'");
  });

  it('keeps them as parameters of an operation the signer does not sign', () => {
    const doc = parse(readFileSync('test/fixtures/aws-sigv4/openapi.yaml', 'utf8')) as { paths: Record<string, Record<string, Record<string, unknown>>> };
    doc.paths['/health']!['get']!['parameters'] = [{ $ref: '#/components/parameters/X-Amz-Date' }];
    const { api, warnings: found } = buildApi(loadFromMemory({ 'openapi.yaml': stringify(doc) }));
    expect(api.operations.find((op) => op.operationId === 'health')!.parameters.map((p) => p.name)).toEqual(['X-Amz-Date']);
    expect(api.operations.find((op) => op.operationId === 'getItem')!.parameters.map((p) => p.name).sort()).toEqual(['X-Amz-Content-Sha256', 'fields', 'id']);
    // Located where each is declared: once for the component, however many operations name it.
    expect(found.filter((w) => w.code === 'header-param-ignored').map((w) => w.location.pointer)).toEqual(['/components/parameters/X-Amz-Date', '/components/parameters/X-Amz-Security-Token']);
  });

  it('types the options, and documents the signing in the README', () => {
    const body = ["new Inventory({ accessKeyId: 'a', secretAccessKey: 's', region: 'eu-west-1' });", "new Inventory({ accessKeyId: 'a', secretAccessKey: 's', region: 1 });"];
    expect(consumerErrors(out, `import { Inventory } from './src/index.js';`, body.join('\n'))).toEqual(['TS2322 line 2']);
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('### AWS Signature Version 4');
    expect(readme).toMatch(/\| `region` +\| `process\.env\['AWS_REGION'\]` +\| Unless a `baseURL` is given, requests go to the default server in this region \(`https:\/\/\{apiId\}\.execute-api\.\{region\}\.amazonaws\.com\/prod`\)\. The AWS region requests are signed for/);
    expect(readme).toContain("region: 'us-east-1', // the default server in that region");
    expect(readme).toContain('The AWS key is never sent: it signs each request.');
  });
});

describe('the region picks the default server', () => {
  interface Regional extends Inventory { baseURL: string; withOptions(overrides: object): Regional }
  const regional = (options: object = {}): Regional => new module.Inventory({ ...KEY, ...options }) as unknown as Regional;
  const inRegion = (region: string) => `https://abc123.execute-api.${region}.amazonaws.com/prod`;

  it("fills the server's {region} with the region option, else AWS_REGION, else its default", () => {
    expect(regional().baseURL).toBe(inRegion('eu-west-1'));
    expect(regional({ region: 'us-west-2' }).baseURL).toBe(inRegion('us-west-2'));
    process.env['AWS_REGION'] = 'us-east-1';
    expect(regional().baseURL).toBe(inRegion('us-east-1'));
    expect(regional({ region: 'us-west-2' }).baseURL).toBe(inRegion('us-west-2'));
  });

  it('sends a region the spec does not list yet as asked', () => {
    expect(regional({ region: 'eu-south-2' }).baseURL).toBe(inRegion('eu-south-2'));
  });

  it('leaves a base URL given alone, and signs for the region there', async () => {
    await client({ region: 'us-west-2' }).items.getItem('i1');
    expect(server.requests[0]!.headers.authorization).toBe(expectedAuthorization(server.requests[0]!, 'us-west-2'));
  });

  it('moves a derived client to the region asked for, unless its base URL was given; other overrides keep it', async () => {
    const moved = regional().withOptions({ region: 'us-west-2' });
    expect([moved.baseURL, moved.withOptions({ timeout: 1000 }).baseURL]).toEqual([inRegion('us-west-2'), inRegion('us-west-2')]);
    expect(regional({ baseURL: `${server.url}/prod`, region: 'eu-west-1' }).withOptions({ region: 'us-west-2' }).baseURL).toBe(`${server.url}/prod`);
    const sent: { url: string; authorization: string }[] = [];
    const fetch = async (url: string, init: { headers: Record<string, string> }) => (sent.push({ url, authorization: init.headers['authorization']! }), new Response(String(item.body), { status: 200, headers: { 'content-type': 'application/json' } }));
    await regional({ fetch }).withOptions({ region: 'us-west-2' }).items.getItem('i1');
    expect(sent[0]!.url).toBe(`${inRegion('us-west-2')}/items/i1`);
    expect(sent[0]!.authorization).toMatch(/Credential=AKIDEXAMPLE\/\d{8}\/us-west-2\/execute-api\/aws4_request/);
  });
});
