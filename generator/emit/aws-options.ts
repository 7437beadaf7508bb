/**
 * The client options of an API whose requests are signed with AWS Signature Version 4 (the access key's
 * parts and the region), their JSDoc, and the runtime `awsSigV4` placement that uses them.
 */
import type { MethodDeclarationStructure, OptionalKind, PropertyDeclarationStructure, PropertySignatureStructure } from 'ts-morph';
import type { ApiIR, AwsSigV4IR, ServerVariableIR } from '../ir/types.js';
import { templateURL } from '../ir/server-template.js';
import type { AwsSigV4Scheme } from '../runtime/aws-sigv4.js';
import { coreClientName } from '../normalize/names.js';
import { awsScheme, type AwsKeyPart } from './credential-options.js';
import { jsDoc } from './jsdoc.js';
import { codeJSON, propertyKey, stringLiteral } from './literals.js';
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
  return [{ name: aws.region.option, hasQuestionToken: true, type: 'string | null | undefined', docs: jsDoc([regionDoc(api, aws), `Defaults to \`process.env['${aws.region.env}']\`.`]) }];
}

export function regionDoc(api: ApiIR, aws: AwsSigV4IR): string {
  const server = regionalServer(api) ? `Unless a \`baseURL\` is given, requests go to the default server in this region (\`${serverPattern(api)}\`). ` : '';
  return `${server}The AWS region requests are signed for when their host does not name one (a custom domain). An AWS host names its own: a region passed here must be the same, or the constructor throws (one from the variable gives way). Signed for the service ${aws.service ? `\`${aws.service}\`` : "the host names, else `execute-api` (API Gateway)"}.`;
}

/**
 * The default server's `{region}` variable, for a client that signs its requests (AWS's specs:
 * `https://ec2.{region}.amazonaws.com`): the client's region fills it.
 */
export function regionalServer(api: ApiIR): ServerVariableIR | undefined {
  return awsScheme(api)?.aws ? api.serverTemplate?.variables.find((v) => v.name === 'region') : undefined;
}

/** The default server's URL with its variables written as `{name}`, for docs. */
function serverPattern(api: ApiIR): string {
  return (api.serverTemplate ? templateURL(api.serverTemplate) : '').replace(/`/g, "'");
}

/** A region to show in examples: one the variable lists other than its default, else `eu-west-1`. */
export function exampleRegion(api: ApiIR): string {
  const variable = regionalServer(api);
  return variable?.enum?.find((choice) => choice !== variable.default) ?? 'eu-west-1';
}

/** The pieces of a client class whose region picks its default server (see `regionalServer`). */
export interface RegionalClient {
  /** The constructor's statements, around `super(options, config)` (the config argument given). */
  readonly constructorStatements: (options: string) => string[];
  /** When `withOptions` forgets the base URL: a region is asked for and the base URL was the default. */
  readonly movesBaseURL: string;
  readonly properties: OptionalKind<PropertyDeclarationStructure>[];
  readonly methods: OptionalKind<MethodDeclarationStructure>[];
}

/**
 * For a client whose default server names a region: the constructor passes the runtime a config whose
 * default base URL is that server in the region asked for, and remembers it, so that a derived client
 * asked for another region (`withOptions({ region })`) moves there unless its base URL was given.
 */
export function regionalClient(api: ApiIR, scope: TypeScope): RegionalClient | undefined {
  const aws = awsScheme(api)?.aws;
  const variable = regionalServer(api);
  if (!aws || !variable) return undefined;
  scope.use('awsRegion');
  scope.use('environmentVariables');
  // Inside the core client's class body (the statics it declares).
  const name = coreClientName(api.client.name);
  // `options.region`, or `options['…']` for an option name that is not an identifier.
  const regionOf = (from: string) => (propertyKey(aws.region.option) === aws.region.option ? `${from}.${aws.region.option}` : `${from}[${stringLiteral(aws.region.option)}]`);
  const asked = `awsRegion(${stringLiteral(aws.region.option)}, ${regionOf('options')}, environmentVariables[${stringLiteral(aws.region.option)}])`;
  return {
    constructorStatements: (options) => [`const inRegion = ${name}.#inRegion(options);`, `super(${options}, inRegion);`, 'this.#defaultBaseURL = inRegion.defaultBaseURL;'],
    movesBaseURL: `(${regionOf('overrides')} != null && this.baseURL === this.#defaultBaseURL)`,
    properties: [{ name: '#defaultBaseURL', type: 'string', isReadonly: true, docs: jsDoc(['The base URL this client has when none is given: the default server, in its region.']) }],
    methods: [
      {
        name: '#inRegion',
        isStatic: true,
        parameters: [{ name: 'options', type: 'ClientOptions' }],
        returnType: 'ClientConfig',
        statements: [
          `const region = ${asked};`,
          // A region the spec's enum does not list yet (a new one) is sent as asked.
          `return region === undefined ? config : { ...config, defaultBaseURL: ${name}.serverURL(${variable.enum ? `{ region } as Parameters<typeof ${name}.serverURL>[0]` : '{ region }'}) };`,
        ],
        docs: jsDoc([`The config with the default server in the region asked for: the \`${aws.region.option}\` option, else \`${aws.region.env ?? ''}\`.`]),
      },
    ],
  };
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
  const fields = [...Object.entries(names).map(([name, value]) => `${name}: ${codeJSON(value)}`), `regionEnv: ${fromEnvironment(aws.region.option)}`];
  return [`placeCredentials: awsSigV4({ ${fields.join(', ')} })`];
}
