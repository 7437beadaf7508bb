/** The README's AWS parts: the options of a client that signs its requests (SigV4), and how it does. */
import type { ApiIR, CredentialOptionIR } from '../../../ir/types.js';
import { exampleRegion, regionalServer, regionDoc } from '../../aws-options.js';
import { awsScheme } from '../../credential-options.js';
import { jsLiteral } from '../../example.js';
import { blocks, code, codeBlock, heading } from '../markdown.js';

/** The options table's row for `region`. */
export function awsRows(api: ApiIR): string[][] {
  const aws = awsScheme(api)?.aws;
  return aws ? [[code(aws.region.option), code(`process.env[${jsLiteral(aws.region.env ?? '')}]`), regionDoc(api, aws)]] : [];
}

/** How requests are signed, for an API whose spec asks for SigV4. */
export function awsSection(api: ApiIR): string | undefined {
  const aws = awsScheme(api)?.aws;
  if (!aws) return undefined;
  const fromEnv = (c: CredentialOptionIR) => `process.env[${jsLiteral(c.env ?? '')}]`;
  const options = [
    `${aws.accessKeyId.option}: ${fromEnv(aws.accessKeyId)},`,
    `${aws.secretAccessKey.option}: ${fromEnv(aws.secretAccessKey)},`,
    `${aws.sessionToken.option}: ${fromEnv(aws.sessionToken)}, // temporary credentials only`,
    `${aws.region.option}: ${jsLiteral(exampleRegion(api))}, // ${regionalServer(api) ? 'the default server in that region' : 'when the host does not name one'}`,
  ];
  return blocks(
    heading(3, 'AWS Signature Version 4'),
    `The API wants each request signed with an AWS access key (the spec's ${code('x-amazon-apigateway-authtype: awsSigv4')}). The client signs every attempt itself, with Web Crypto, so it does wherever ${code('fetch')} runs (in a browser, on HTTPS pages and ${code('localhost')}, where ${code('crypto.subtle')} is):`,
    codeBlock('ts', `const client = new ${api.client.name}({\n  ${options.join('\n  ')}\n});`),
    [
      `Each attempt gets ${code('X-Amz-Date')}, ${code('X-Amz-Security-Token')} with a session token, and an ${code('Authorization')} signature over the method, the path, the query, the ${code('Host')}, ${code('Content-Type')} and ${code('X-Amz-*')} headers, and the body's SHA-256 (a form or a file is sent as the bytes signed).`,
      `The region and the service come from an AWS host (${code('sts.us-east-2.amazonaws.com')}, ${code('abc.execute-api.eu-west-1.amazonaws.com')}); for another host, the ${code(aws.region.option)} option and ${aws.service ? `the service ${code(aws.service)}` : `the service ${code('execute-api')} (API Gateway)`}.`,
      `The key never travels: the secret is masked in log lines and error messages like every credential, and the ${code('Authorization')} header is masked by name.`,
    ].join(' '),
  );
}
