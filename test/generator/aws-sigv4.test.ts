/** Reading a SigV4 security scheme (`x-amazon-apigateway-authtype: awsSigv4`) into client options, from OpenAPI 3 and Swagger 2.0. */
import { describe, expect, it } from 'vitest';
import { credentialAlternatives, credentialOptions } from '../../generator/emit/credential-options.js';
import { buildApi } from '../../generator/pipeline.js';
import { apiOf, loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const op = { get: { operationId: 'listThings', responses: { '200': { description: 'ok' } } } };
const sigv4 = (extra: object = {}) => ({ type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4', ...extra });
const doc = (securitySchemes: object) => minimalDoc({ paths: { '/things': op }, components: { securitySchemes }, security: [Object.fromEntries(Object.keys(securitySchemes).map((k) => [k, []]))] });
const options = (api: ReturnType<typeof apiOf>) => credentialOptions(api).map((c) => `${c.option} ${c.env ?? ''} ${c.spec.scheme}`);

describe('a SigV4 scheme', () => {
  it("gives the AWS key's options with AWS's variables, the region, and one alternative: the id and the secret", () => {
    const api = apiOf(doc({ sigv4: sigv4() }));
    expect(api.securitySchemes[0]).toMatchObject({ type: 'aws-sigv4', aws: { region: { option: 'region', env: 'AWS_REGION' } } });
    expect(options(api)).toEqual(['accessKeyId AWS_ACCESS_KEY_ID aws-sigv4', 'secretAccessKey AWS_SECRET_ACCESS_KEY aws-sigv4', 'sessionToken AWS_SESSION_TOKEN aws-sigv4']);
    expect(credentialAlternatives(api)).toEqual([['accessKeyId', 'secretAccessKey']]);
  });

  it('takes its signing name from x-sdk-aws-service, and is matched whatever the case of awsSigv4', () => {
    const api = apiOf(doc({ sigv4: sigv4({ 'x-amazon-apigateway-authtype': 'AWSSIGV4', 'x-sdk-aws-service': ' lambda ' }) }));
    expect(api.securitySchemes[0]!.aws?.service).toBe('lambda');
  });

  it('is one per client: a second is left to the app, with a located warning', () => {
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(doc({ a: sigv4(), b: sigv4() })) }));
    expect(api.securitySchemes.map((s) => s.type)).toEqual(['aws-sigv4', 'other']);
    expect(warnings).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'security-scheme-unsupported', location: expect.objectContaining({ pointer: '/components/securitySchemes/b' }) })]));
  });

  it('is read from a Swagger 2.0 definition, as API Gateway exports it', () => {
    const swagger = { swagger: '2.0', info: { title: 'Old', version: '1' }, host: 'abc.execute-api.us-east-1.amazonaws.com', paths: { '/things': op }, securityDefinitions: { sigv4: sigv4() } };
    expect(apiOf(swagger).securitySchemes[0]!.type).toBe('aws-sigv4');
  });

  it('is an API key like any other without the extension', () => {
    expect(apiOf(doc({ key: sigv4({ 'x-amazon-apigateway-authtype': 'custom' }) })).securitySchemes[0]!.type).toBe('apiKey-header');
  });
});
