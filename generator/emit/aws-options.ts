/**
 * The client options of an API whose requests are signed with AWS Signature Version 4 (the access key's
 * parts and the region), their JSDoc, and the runtime `awsSigV4` placement that uses them.
 */
import type { OptionalKind, PropertySignatureStructure } from 'ts-morph';
import type { ApiIR, AwsSigV4IR } from '../ir/types.js';
import type { AwsSigV4Scheme } from '../runtime/aws-sigv4.js';
import { awsScheme, type AwsKeyPart } from './credential-options.js';
import { jsDoc } from './jsdoc.js';
import type { TypeScope } from './scope.js';

/** What each part of the key is, in its option's JSDoc and the README. */
export function awsKeyDoc(aws: AwsSigV4IR, part: AwsKeyPart): string {
  if (part === 'sessionToken') return 'The session token of temporary credentials (an assumed role, SSO): sent as `X-Amz-Security-Token` and signed.';
  const other = part === 'accessKeyId' ? aws.secretAccessKey.option : aws.accessKeyId.option;
  return `The AWS access key's ${part === 'accessKeyId' ? 'id' : 'secret'}: with \`${other}\`, every request is signed (AWS Signature Version 4); the secret is never sent.`;
}

/** `region`: where requests are signed for when their host does not say. */
export function awsOptions(api: ApiIR): OptionalKind<PropertySignatureStructure>[] {
  const aws = awsScheme(api)?.aws;
  if (!aws) return [];
  return [{ name: aws.region.option, hasQuestionToken: true, type: 'string | null | undefined', docs: jsDoc([regionDoc(aws), `Defaults to \`process.env['${aws.region.env}']\`.`]) }];
}

export function regionDoc(aws: AwsSigV4IR): string {
  return `The AWS region requests are signed for when their host does not name one (a custom domain). An AWS host names its own: a region passed here must be the same, or the constructor throws (one from the variable gives way). Signed for the service ${aws.service ? `\`${aws.service}\`` : "the host names, else `execute-api` (API Gateway)"}.`;
}

/** `placeCredentials: awsSigV4({ accessKeyId: 'accessKeyId', … })`, for an API whose requests are signed. */
export function signingPlacement(api: ApiIR, scope: TypeScope, fromEnvironment: (key: string) => string): string[] | undefined {
  const aws = awsScheme(api)?.aws;
  if (!aws) return undefined;
  scope.use('environmentVariables');
  scope.use('awsSigV4');
  const names: Omit<AwsSigV4Scheme, 'regionEnv'> = {
    accessKeyId: aws.accessKeyId.option,
    secretAccessKey: aws.secretAccessKey.option,
    sessionToken: aws.sessionToken.option,
    region: aws.region.option,
    ...(aws.service ? { service: aws.service } : {}),
  };
  const fields = [...Object.entries(names).map(([name, value]) => `${name}: ${JSON.stringify(value)}`), `regionEnv: ${fromEnvironment(aws.region.option)}`];
  return [`placeCredentials: awsSigV4({ ${fields.join(', ')} })`];
}
