/** Servers of an operation or path item (§4.8.10): where its requests go, and what is reported. */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const GET = { operationId: 'listThings', responses: { '200': { description: 'ok' } } };

function build(documentServers: unknown[], operationServers: unknown[]) {
  const doc = minimalDoc({ servers: documentServers, paths: { '/things': { get: { ...GET, servers: operationServers } } } });
  const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }));
  return { serverURL: api.operations[0]!.serverURL, warnings: warnings.filter((w) => w.code === 'server-relative').map((w) => w.message) };
}

describe('an operation server', () => {
  it.each([
    ['absolute, sent there', 'https://uploads.example.test', 'https://uploads.example.test'],
    ['the document\'s own, left to the client\'s baseURL', 'https://api.example.test/v1', undefined],
    ['relative to the host', '/v2', 'https://api.example.test/v2'],
    ['relative to the path', 'v2beta', 'https://api.example.test/v2beta'],
    ['relative, with a variable', { url: '/{version}', variables: { version: { default: 'v3' } } }, 'https://api.example.test/v3'],
    ['relative, naming the document\'s own', '/v1', undefined],
  ])('%s', (_name, server, want) => {
    expect(build([{ url: 'https://api.example.test/v1' }], [typeof server === 'string' ? { url: server } : server]).serverURL).toBe(want);
  });

  it('reports a relative one with where it resolved to', () => {
    expect(build([{ url: 'https://api.example.test/v1' }], [{ url: '/v2' }]).warnings).toEqual([
      'the server URL "/v2" is relative; resolved against the document\'s server "https://api.example.test/v1", requests of this operation go to "https://api.example.test/v2"',
    ]);
  });

  it('leaves a relative one to the client\'s baseURL when the document has no absolute server', () => {
    const { serverURL, warnings } = build([{ url: '/api' }], [{ url: '/v2' }]);
    expect(serverURL).toBeUndefined();
    expect(warnings).toEqual(['the server URL "/v2" is relative and the document has no absolute server to resolve it against; requests of this operation go to the client\'s baseURL']);
  });
});
