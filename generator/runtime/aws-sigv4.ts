/**
 * AWS Signature Version 4: each attempt signed with the client's access key, as AWS services and API
 * Gateway's IAM authorization require (`x-amazon-apigateway-authtype: awsSigv4`). Web Crypto only, so it
 * runs wherever `fetch` does. Only the clients of APIs whose spec declares such a scheme import this module.
 */
import type { Fetch } from './attempt.js';
import { placeCredentials, type PlaceCredentials } from './credentials.js';
import { readEnv } from './env.js';
import { SDKError } from './errors.js';

/** The options that feed the signature, by name, and the signing name of the service when the spec gives one. */
export interface AwsSigV4Scheme {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  /** The option naming the region, and its environment variable (`AWS_REGION`). */
  readonly region: string;
  readonly regionEnv?: string | undefined;
  /** The service's signing name (`x-sdk-aws-service`); else read from the host, else `execute-api`. */
  readonly service?: string | undefined;
}

/** An attempt about to be sent, and what signing it gives: its headers, and its body as the bytes signed. */
export interface OutgoingRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** `RequestInit`'s, not `BodyInit`: declarations must compile without the DOM library (Node's types). */
  readonly body: NonNullable<RequestInit['body']> | null;
}

/**
 * AWS Signature Version 4 as a client's `placeCredentials`: the other credentials placed as usual, and,
 * with an access key's id and secret, `signing`: the attempts' `fetch` wrapped to sign each as it goes.
 */
export function awsSigV4(scheme: AwsSigV4Scheme): PlaceCredentials {
  return (credentials, specs, options) => {
    const placed = placeCredentials(credentials, specs);
    const accessKeyId = credentials.get(scheme.accessKeyId);
    const secret = credentials.get(scheme.secretAccessKey);
    if (accessKeyId === undefined || secret === undefined) return placed;
    const key: SigningKey = { accessKeyId, secret, sessionToken: credentials.get(scheme.sessionToken) };
    const given = checkRegion(scheme.region, options[scheme.region]);
    const region = awsRegion(scheme.region, options[scheme.region], scheme.regionEnv);
    const where = { region, service: scheme.service };
    // Said now, not at the first call: a base URL whose host names no region needs one given, and one
    // given that its host contradicts would be ignored (the variable may hold another project's default).
    const host = hostOf(options['baseURL']);
    const signed = host === undefined ? undefined : scope(host, where).region;
    if (given !== undefined && signed !== undefined && signed !== given) {
      throw new SDKError(`The ${scheme.region} option is ${given}, but the base URL's host ${host} is in ${signed}, the region requests to it are signed for: pass a baseURL in ${given}.`);
    }
    // The runtime's attempts carry their headers as a plain record (`mergeHeaders`).
    const signing = (fetch: Fetch): Fetch => async (url, init) => {
      const request = { method: init.method ?? 'GET', url, headers: init.headers as Record<string, string>, body: init.body ?? null };
      const { url: sentURL, ...signed } = await signRequest(request, key, where, new Date());
      return fetch(sentURL ?? url, { ...init, ...signed });
    };
    return { ...placed, signing };
  };
}

interface SigningKey {
  readonly accessKeyId: string;
  readonly secret: string;
  readonly sessionToken: string | undefined;
}

/**
 * The region a client is asked for: its option, else the option's environment variable (`AWS_REGION`).
 * It signs requests to a host that names none, and fills the default server's `{region}`
 * (`https://ec2.{region}.amazonaws.com`), so that `new EC2({ region })` sends there.
 */
export function awsRegion(option: string, value: unknown, env: string | undefined): string | undefined {
  return checkRegion(option, value) ?? checkRegion(option, readEnv(env));
}

/** `region`: a string, or unset. */
function checkRegion(option: string, value: unknown): string | undefined {
  if (value == null || value === '') return undefined;
  if (typeof value === 'string') return value.trim();
  throw new SDKError(`The ${option} option must be a string, got ${typeof value}.`);
}

/** The headers signed besides `x-amz-*`: the host and the body's type. Others may change on the way (a browser's). */
const SIGNED = new Set(['host', 'content-type']);

/**
 * The request with `x-amz-date`, `x-amz-security-token` when there is a session token, and `authorization`
 * (SigV4 over the method, the path encoded once more, the sorted query, the signed headers and the body's
 * SHA-256). A body that is not text or bytes (a form) is sent as the bytes that were signed. S3 signs its
 * own way: the path encoded once, and the body's SHA-256 sent and signed as `x-amz-content-sha256`.
 */
export async function signRequest(request: OutgoingRequest, key: SigningKey, where: { region?: string | undefined; service?: string | undefined }, now: Date): Promise<Pick<OutgoingRequest, 'headers' | 'body'> & { url?: string }> {
  const url = new URL(request.url);
  const { bytes, contentType } = await bodyBytes(request.body);
  const amzDate = now.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const { region, service } = scope(url.hostname, where);
  const credentialScope = `${amzDate.slice(0, 8)}/${region}/${service}/aws4_request`;
  const headers: Record<string, string> = { ...request.headers, 'x-amz-date': amzDate };
  if (contentType !== undefined && headers['content-type'] === undefined) headers['content-type'] = contentType;
  if (key.sessionToken !== undefined) headers['x-amz-security-token'] = key.sessionToken;
  const s3 = service === 's3';
  // S3 reads a `+` in the path as a space: a key's own `+` must go encoded.
  const rewritten = s3 && url.pathname.includes('+') ? ((url.pathname = url.pathname.replace(/\+/g, '%2B')), url.href) : undefined;
  const bodyHash = hex(await sha256(bytes));
  // S3 wants the body's hash sent too, and signed (it may be `UNSIGNED-PAYLOAD` when the caller says so).
  if (s3) headers['x-amz-content-sha256'] ??= bodyHash;
  const signed: Record<string, string> = { ...pick(headers, (name) => SIGNED.has(name) || name.startsWith('x-amz-')), host: url.host };
  const names = Object.keys(signed).sort();
  const canonical = [
    request.method.toUpperCase(),
    s3 ? canonicalS3Path(url.pathname) : canonicalPath(url.pathname),
    canonicalQuery(url.searchParams),
    names.map((name) => `${name}:${signed[name]!.trim().replace(/\s+/g, ' ')}\n`).join(''),
    names.join(';'),
    s3 ? headers['x-amz-content-sha256']! : bodyHash,
  ].join('\n');
  const toSign = ['AWS4-HMAC-SHA256', amzDate, credentialScope, hex(await sha256(utf8(canonical)))].join('\n');
  const signature = hex(await hmac(await signingKey(key.secret, [amzDate.slice(0, 8), region, service]), toSign));
  headers['authorization'] = `AWS4-HMAC-SHA256 Credential=${key.accessKeyId}/${credentialScope}, SignedHeaders=${names.join(';')}, Signature=${signature}`;
  return { headers, body: typeof request.body === 'string' || request.body == null ? request.body : bytes, ...(rewritten === undefined ? {} : { url: rewritten }) };
}

/** The key of one day, region and service: the secret HMAC'd with each in turn, then `aws4_request`. */
async function signingKey(secret: string, scope: readonly string[]): Promise<Bytes> {
  let key = utf8(`AWS4${secret}`);
  for (const part of [...scope, 'aws4_request']) key = await hmac(key, part);
  return key;
}

/**
 * The region and service to sign for: an AWS host names them (`sts.us-gov-west-1.amazonaws.com`,
 * `abc.execute-api.eu-west-1.amazonaws.com`; a global endpoint, `sts.amazonaws.com`, is `us-east-1`);
 * another host (a custom domain, API Gateway's) takes the client's region and the spec's service.
 */
function scope(hostname: string, where: { region?: string | undefined; service?: string | undefined }): { region: string; service: string } {
  const labels = hostname.replace(/\.amazonaws\.com(?:\.cn)?$/, '').split('.');
  const aws = labels.join('.') !== hostname;
  const named = aws && labels.length > 1 && REGION.test(labels.at(-1)!) ? labels.pop() : undefined;
  // S3's older and dual-stack hosts: `s3-eu-west-1`, `bucket.s3-eu-west-1`, `s3.dualstack.eu-west-1`.
  const s3 = aws ? labels.find((label) => label === 's3' || /^s3-/.test(label)) : undefined;
  const s3Region = s3?.slice(3);
  const region = named ?? (s3Region && REGION.test(s3Region) ? s3Region : undefined) ?? where.region ?? (aws ? 'us-east-1' : undefined);
  if (region === undefined) throw new SDKError(`No AWS region to sign requests to ${hostname} for: pass the region option (or set AWS_REGION).`);
  return { region, service: where.service ?? (s3 ? 's3' : aws ? labels.at(-1)! : 'execute-api') };
}

/** The host of an absolute URL; none for a relative one (a browser's `/api`), which only the page resolves. */
function hostOf(url: unknown): string | undefined {
  try {
    return new URL(String(url)).hostname;
  } catch {
    return undefined;
  }
}

/** `us-east-1`, `us-gov-west-1`, `cn-north-1`, `ap-southeast-2`. */
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

/** Each segment of the path as sent, encoded once more (SigV4 for every service but S3). */
function canonicalPath(path: string): string {
  return path.split('/').map(encodeRFC3986).join('/') || '/';
}

/**
 * S3's canonical path: each segment of the path as sent, encoded once (RFC 3986), slashes kept, no dot
 * segments resolved. S3 reads a `+` in the path as a space, and signs it so (the client sends a key's `+` as `%2B`).
 */
function canonicalS3Path(path: string): string {
  return path.split('/').map((segment) => encodeRFC3986(decoded(segment)).replace(/%2F/g, '/')).join('/') || '/';
}

/** A segment's text (`+` a space, as S3 reads it); one with a stray `%` (a raw path) as it is. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment.replace(/\+/g, ' '));
  } catch {
    return segment;
  }
}

/** Every name and value encoded (RFC 3986), sorted by name, then value. */
function canonicalQuery(params: URLSearchParams): string {
  const pairs: (readonly [string, string])[] = [];
  params.forEach((value, name) => pairs.push([encodeRFC3986(name), encodeRFC3986(value)]));
  return pairs
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function encodeRFC3986(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The body's bytes, and the type `fetch` would have given a form or a typed blob. */
async function bodyBytes(body: OutgoingRequest['body']): Promise<{ bytes: Bytes; contentType?: string }> {
  if (body == null) return { bytes: new Uint8Array() };
  if (typeof body === 'string') return { bytes: utf8(body) };
  const response = new Response(body);
  const contentType = response.headers.get('content-type') ?? undefined;
  return { bytes: new Uint8Array(await response.arrayBuffer()), ...(contentType ? { contentType } : {}) };
}

function pick(headers: Record<string, string>, keep: (name: string) => boolean): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => keep(name)));
}

/** Bytes backed by a plain `ArrayBuffer`, as Web Crypto and `fetch` take them. */
type Bytes = Uint8Array<ArrayBuffer>;

function utf8(text: string): Bytes {
  return new TextEncoder().encode(text);
}

async function sha256(bytes: Bytes): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', bytes);
}

async function hmac(key: Bytes, text: string): Promise<Bytes> {
  const imported = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', imported, utf8(text)));
}

function hex(buffer: ArrayBuffer | Bytes): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
