/**
 * The SigV4 signature `aws4` (an independent implementation) computes for a request as a loopback server
 * received it, over the headers the request says it signed: what an AWS service would check.
 */
import aws4 from 'aws4';
import type { RecordedRequest } from './api-server.js';

export interface AwsKey {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

export function expectedAuthorization(request: RecordedRequest, key: AwsKey, region: string, service = 'execute-api'): string {
  const names = /SignedHeaders=([^,]+),/.exec(String(request.headers.authorization))![1]!.split(';');
  // aws4 adds the host and the session token itself.
  const headers = Object.fromEntries(names.filter((name) => name !== 'host' && name !== 'x-amz-security-token').map((name) => [name, String(request.headers[name])]));
  const options = { host: String(request.headers.host), path: request.url, method: request.method, headers, body: request.body || undefined, service, region, extraHeadersToIgnore: { 'content-length': true } };
  aws4.sign(options, key);
  return (options.headers as Record<string, string>)['Authorization']!;
}
