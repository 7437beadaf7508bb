/**
 * The project's `x-sdk` extensions are checked like the rest of the spec: a misspelt setting is a
 * located warning naming the one meant, a value of the wrong kind a located error.
 */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { validate } from '../../generator/validate/validate.js';
import { apiOf, loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

function problems(extra: Record<string, unknown>): string[] {
  const spec = loadFromMemory({ 'spec.yaml': specText(minimalDoc(extra)) });
  return validate(spec).map((d) => `${d.severity} ${d.code} ${d.location.pointer}: ${d.message}`);
}

const operation = (op: Record<string, unknown>, path = '/a') => ({ paths: { [path]: { get: { operationId: 'getA', responses: { '204': { description: 'none' } }, ...op } } } });

describe('x-sdk settings', () => {
  it('accepts every documented setting', () => {
    const sdk = {
      package: { name: 'a', version: '1.0.0', description: 'd', license: 'MIT', repository: 'https://x', keywords: ['k'] },
      client: { name: 'A', baseURLEnv: 'A_URL', logLevelEnv: 'A_LOG' },
      pagination: [{ style: 'page' }],
      positionalPathParams: 'none',
    };
    const params = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, 'x-sdk-positional': false }];
    const op = { 'x-sdk-resource': 'a.b', 'x-sdk-method': 'get', 'x-sdk-idempotent': true, 'x-sdk-pagination': { style: 'page' }, parameters: params };
    const schemes = { securitySchemes: { token: { type: 'http', scheme: 'bearer', 'x-sdk-option': 'token', 'x-sdk-env': 'A_TOKEN' } } };
    expect(problems({ 'x-sdk': sdk, ...operation(op, '/a/{id}'), components: schemes, tags: [{ name: 't', 'x-sdk-resource': 't' }] })).toEqual([]);
  });

  it.each([
    ['a misspelt key', { package: { nmae: 'a' } }, '/x-sdk/package/nmae', 'did you mean x-sdk.package.name?'],
    ['a key in another case', { client: { baseUrlEnv: 'A' } }, '/x-sdk/client/baseUrlEnv', 'did you mean x-sdk.client.baseURLEnv?'],
    ['a nested key put one level up', { clientName: 'A' }, '/x-sdk/clientName', 'did you mean x-sdk.client.name?'],
    ['a key like none', { colour: 'red' }, '/x-sdk/colour', 'known: package, client, pagination, positionalPathParams'],
  ])('warns of %s, located, naming what was meant', (_name, sdk, pointer, hint) => {
    const [found, ...rest] = problems({ 'x-sdk': sdk });
    expect(rest).toEqual([]);
    expect(found).toMatch(new RegExp(`^warning sdk-config-unknown ${pointer}: .* is not a setting the generator knows, so it is ignored`));
    expect(found).toContain(hint);
  });

  it('warns of a misspelt extension on an operation, a tag or a parameter', () => {
    const params = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' }, 'x-sdk-postional': true }];
    expect(problems({ ...operation({ 'x-sdk-methd': 'get', parameters: params }, '/a/{id}'), tags: [{ name: 't', 'x-sdk-resources': 't' }] })).toEqual([
      'warning sdk-config-unknown /paths/~1a~1{id}/get/x-sdk-methd: x-sdk-methd is not a setting the generator knows, so it is ignored; did you mean x-sdk-method?',
      'warning sdk-config-unknown /paths/~1a~1{id}/get/parameters/0/x-sdk-postional: x-sdk-postional is not a setting the generator knows, so it is ignored; did you mean x-sdk-positional?',
      'warning sdk-config-unknown /tags/0/x-sdk-resources: x-sdk-resources is not a setting the generator knows, so it is ignored; did you mean x-sdk-resource?',
    ]);
  });

  it.each([
    ['a string for a boolean', operation({ 'x-sdk-idempotent': 'true' }), '/paths/~1a/get/x-sdk-idempotent: x-sdk-idempotent must be a boolean, got "true"'],
    ['a string for a list', { 'x-sdk': { package: { keywords: 'k' } } }, '/x-sdk/package/keywords: x-sdk.package.keywords must be a string list, got "k"'],
    ['a value outside the choices', { 'x-sdk': { positionalPathParams: 'some' } }, '/x-sdk/positionalPathParams: x-sdk.positionalPathParams must be one of all, none, got "some"'],
    ['a list for a mapping', { 'x-sdk': { client: ['A'] } }, '/x-sdk/client: x-sdk.client must be a mapping'],
    ['a package version npm refuses', { 'x-sdk': { package: { version: 'v1.2' } } }, '/x-sdk/package/version: x-sdk.package.version must be a semantic version npm takes (1.2.3, 2.0.0-beta.1), got "v1.2"'],
    [
      'a package name npm refuses',
      { 'x-sdk': { package: { name: 'Bank API' } } },
      '/x-sdk/package/name: x-sdk.package.name must be an npm package name (lower case, URL-safe, at most 214 characters, optionally @scope/), got "Bank API"',
    ],
  ])('refuses %s, located', (_name, extra, want) => {
    expect(problems(extra)).toEqual([`error sdk-config-type ${want}`]);
  });
});

describe('x-sdk.positionalPathParams', () => {
  const pathParams = (sdk: object) => {
    const params = [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }, { name: 'sub', in: 'path', required: true, schema: { type: 'string' }, 'x-sdk-positional': true }];
    const api = apiOf(minimalDoc({ 'x-sdk': sdk, ...operation({ parameters: params }, '/a/{id}/{sub}') }));
    return Object.fromEntries(api.operations[0]!.parameters.map((p) => [p.name, p.positional]));
  };

  it('makes path parameters positional by default', () => {
    expect(pathParams({})).toEqual({ id: true, sub: true });
  });

  it('with none, keeps them in params unless one says x-sdk-positional: true', () => {
    expect(pathParams({ positionalPathParams: 'none' })).toEqual({ id: false, sub: true });
  });
});

describe('the package version, when x-sdk.package.version gives none', () => {
  const versionOf = (version: string) => {
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ info: { title: 'A', version } })) }));
    return [api.package.version, ...warnings.map((w) => `${w.code} ${w.location.pointer} line ${w.location.line}`)];
  };

  it.each([
    ['1.4.2', '1.4.2'],
    ['2.0.0-beta.1', '2.0.0-beta.1'],
    ['1', '1.0.0'],
    ['v2.1', '2.1.0'],
  ])('is the API version %s as npm takes it: %s', (version, want) => {
    expect(versionOf(version)).toEqual([want]);
  });

  it.each(['2023-08-01', 'beta', '1.0.0.1', '01.2.3'])('is 0.0.0, with a warning located at info.version, for %s', (version) => {
    expect(versionOf(version)).toEqual(['0.0.0', 'package-version /info/version line 4']);
  });
});

describe('the package name made from the title', () => {
  it('is cut to the 214 characters npm allows', () => {
    const name = apiOf(minimalDoc({ info: { title: 'Long '.repeat(100), version: '1.0.0' } })).package.name;
    expect([name.length <= 214, name.startsWith('long-long'), name.endsWith('-')]).toEqual([true, true, false]);
  });
});
