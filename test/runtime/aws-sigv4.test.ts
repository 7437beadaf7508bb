/**
 * AWS Signature Version 4, checked against AWS's published test vector and, request by request, against
 * `aws4`, an independent implementation, given the same request, date and key.
 */
import { createHash } from 'node:crypto';
import aws4 from 'aws4';
import { describe, expect, it } from 'vitest';
import { awsSigV4, signRequest, type OutgoingRequest } from '../../generator/runtime/aws-sigv4.js';

const KEY = { accessKeyId: 'AKIDEXAMPLE', secret: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', sessionToken: undefined };
const NOW = new Date('2015-08-30T12:36:00Z');

/** What `aws4` signs for the request as we sent it: the same headers besides the host, the same body bytes. */
function aws4Authorization(sent: Pick<OutgoingRequest, 'headers' | 'body'>, request: OutgoingRequest, where: { region: string; service: string }, sessionToken?: string): string {
  const url = new URL(request.url);
  // The headers we signed (aws4 signs every header it is given, and adds the host and the token itself).
  const names = /SignedHeaders=([^,]+),/.exec(sent.headers['authorization']!)![1]!.split(';');
  const headers = Object.fromEntries(Object.entries(sent.headers).filter(([name]) => names.includes(name) && name !== 'host' && name !== 'x-amz-security-token'));
  const body = sent.body == null ? undefined : typeof sent.body === 'string' ? sent.body : Buffer.from(sent.body as Uint8Array);
  const options = { host: url.host, path: `${url.pathname}${url.search}`, method: request.method, headers, body, ...where, extraHeadersToIgnore: { 'content-length': true } };
  aws4.sign(options, { accessKeyId: KEY.accessKeyId, secretAccessKey: KEY.secret, ...(sessionToken ? { sessionToken } : {}) });
  return (options.headers as Record<string, string>)['Authorization']!;
}

describe('SigV4', () => {
  it("gives AWS's published signature for the get-vanilla request", async () => {
    const signed = await signRequest({ method: 'GET', url: 'https://example.amazonaws.com/', headers: {}, body: null }, KEY, { region: 'us-east-1', service: 'service' }, NOW);
    expect(signed.headers['x-amz-date']).toBe('20150830T123600Z');
    expect(signed.headers['authorization']).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31',
    );
  });

  it.each([
    ['a global endpoint: us-east-1, the service from the host', 'https://sts.amazonaws.com/?Version=2011-06-15&Action=GetCallerIdentity', {}, { region: 'us-east-1', service: 'sts' }],
    ['a regional endpoint', 'https://sts.us-gov-west-1.amazonaws.com/', {}, { region: 'us-gov-west-1', service: 'sts' }],
    ['API Gateway', 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/items', {}, { region: 'eu-west-1', service: 'execute-api' }],
    ['a custom domain: the region given, execute-api', 'https://api.example.com/items', { region: 'ap-south-1' }, { region: 'ap-south-1', service: 'execute-api' }],
    ["the spec's service wins over the host's", 'https://email.us-east-1.amazonaws.com/', { service: 'ses' }, { region: 'us-east-1', service: 'ses' }],
  ] as const)('scopes %s', async (_, url, where, expected) => {
    const request = { method: 'GET', url, headers: {}, body: null };
    const signed = await signRequest(request, KEY, where, NOW);
    expect(signed.headers['authorization']).toContain(`/20150830/${expected.region}/${expected.service}/aws4_request`);
    expect(signed.headers['authorization']).toBe(aws4Authorization(signed, request, expected));
  });

  it('encodes the path once more and sorts the query, as aws4 does', async () => {
    const request = { method: 'GET', url: "https://svc.us-east-1.amazonaws.com/a%20b/c:d/%E2%82%AC/it's?z=1&a=2&a=1&sp%20ace=x%2By&empty=&star=*", headers: { accept: 'application/json' }, body: null };
    const signed = await signRequest(request, KEY, {}, NOW);
    expect(signed.headers['authorization']).toContain('SignedHeaders=host;x-amz-date,');
    expect(signed.headers['authorization']).toBe(aws4Authorization(signed, request, { region: 'us-east-1', service: 'svc' }));
  });

  it('signs a JSON body, its type and x-amz- headers, and a session token; not the headers a browser may change', async () => {
    const request = {
      method: 'POST',
      url: 'https://dynamodb.eu-west-1.amazonaws.com/',
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables', 'user-agent': 'sdk/1', 'x-retry-count': '0' },
      body: '{"Limit":1,"name":"é"}',
    };
    const signed = await signRequest(request, { ...KEY, sessionToken: 'session/token=' }, {}, NOW);
    expect(signed.headers['x-amz-security-token']).toBe('session/token=');
    expect(signed.headers['authorization']).toContain('SignedHeaders=content-type;host;x-amz-date;x-amz-security-token;x-amz-target,');
    expect(signed.body).toBe(request.body);
    expect(signed.headers['authorization']).toBe(aws4Authorization(signed, request, { region: 'eu-west-1', service: 'dynamodb' }, 'session/token='));
  });

  it('sends a form as the bytes it signed, with the type fetch would have given it', async () => {
    const form = new FormData();
    form.append('name', 'n');
    form.append('file', new Blob(['bytes'], { type: 'text/plain' }), 'a.txt');
    const request = { method: 'PUT', url: 'https://abc.execute-api.us-east-2.amazonaws.com/upload', headers: {}, body: form };
    const signed = await signRequest(request, KEY, {}, NOW);
    expect(signed.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(signed.body).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(signed.body as Uint8Array).toString()).toContain('filename="a.txt"');
    expect(signed.headers['authorization']).toBe(aws4Authorization(signed, request, { region: 'us-east-2', service: 'execute-api' }));
  });

  it.each([
    ['a virtual-hosted bucket', 'https://my-bucket.s3.eu-west-1.amazonaws.com/photos/2024%20summer/caf%C3%A9+1~.jpg', { region: 'eu-west-1', service: 's3' }],
    ['the global endpoint, a path-style bucket', 'https://s3.amazonaws.com/my-bucket/a%2Fb/it%27s', { region: 'us-east-1', service: 's3' }],
    ['a legacy dash-region host', 'https://s3-ap-southeast-2.amazonaws.com/my-bucket/key', { region: 'ap-southeast-2', service: 's3' }],
  ] as const)('signs S3 its way (%s): the path encoded once, the body hash sent and signed, as aws4 does', async (_, url, expected) => {
    const request = { method: 'PUT', url: `${url}?x-id=PutObject`, headers: { 'content-type': 'image/jpeg' }, body: 'jpeg bytes' };
    const signed = await signRequest(request, KEY, {}, NOW);
    expect(signed.headers['x-amz-content-sha256']).toBe(createHash('sha256').update('jpeg bytes').digest('hex'));
    expect(signed.headers['authorization']).toContain(`/20150830/${expected.region}/s3/aws4_request, SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,`);
    // The URL sent (a key's + encoded) is the one signed.
    expect(signed.headers['authorization']).toBe(aws4Authorization(signed, { ...request, url: signed.url ?? request.url }, expected));
  });

  it("sends an S3 key's + encoded, since S3 reads a raw one as a space, and signs the URL it sends", async () => {
    const request = { method: 'GET', url: 'https://b.s3.eu-west-1.amazonaws.com/c%2B%2B/a+b.txt?list-type=2', headers: {}, body: null };
    const signed = await signRequest(request, KEY, {}, NOW);
    expect(signed.url).toBe('https://b.s3.eu-west-1.amazonaws.com/c%2B%2B/a%2Bb.txt?list-type=2');
    expect(signed.headers['authorization']).toBe(aws4Authorization(signed, { ...request, url: signed.url! }, { region: 'eu-west-1', service: 's3' }));
    const elsewhere = await signRequest({ ...request, url: 'https://svc.us-east-1.amazonaws.com/a+b' }, KEY, {}, NOW);
    expect(elsewhere.url).toBeUndefined();
  });

  it("is what the client's signing fetch sends: an S3 key's + goes encoded", async () => {
    const place = awsSigV4({ accessKeyId: 'accessKeyId', secretAccessKey: 'secretAccessKey', sessionToken: 'sessionToken', region: 'region' });
    const credentials = new Map([['accessKeyId', KEY.accessKeyId], ['secretAccessKey', KEY.secret]]);
    const sent: string[] = [];
    const signing = place(credentials, [], { baseURL: 'https://b.s3.eu-west-1.amazonaws.com' }).signing!;
    await signing(async (url) => (sent.push(String(url)), new Response(null, { status: 204 })))('https://b.s3.eu-west-1.amazonaws.com/a+b', { method: 'GET', headers: {} });
    expect(sent).toEqual(['https://b.s3.eu-west-1.amazonaws.com/a%2Bb']);
  });

  it('keeps an S3 payload hash the caller set (UNSIGNED-PAYLOAD), and signs it', async () => {
    const request = { method: 'PUT', url: 'https://b.s3.us-west-2.amazonaws.com/k', headers: { 'content-type': 'text/plain', 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' }, body: 'streamed' };
    const signed = await signRequest(request, KEY, {}, NOW);
    expect(signed.headers['x-amz-content-sha256']).toBe('UNSIGNED-PAYLOAD');
    expect(signed.headers['authorization']).toBe(aws4Authorization(signed, request, { region: 'us-west-2', service: 's3' }));
  });

  it('refuses to guess the region of a host that does not name one', async () => {
    await expect(signRequest({ method: 'GET', url: 'https://api.example.com/', headers: {}, body: null }, KEY, {}, NOW)).rejects.toThrow(
      'No AWS region to sign requests to api.example.com for: pass the region option (or set AWS_REGION).',
    );
  });
});
