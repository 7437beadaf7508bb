/** Servers of an operation or path item (§4.8.10): where its requests go, and what is reported. */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const GET = { operationId: 'listThings', responses: { '200': { description: 'ok' } } };

function build(documentServers: unknown[], operationServers: unknown[]) {
  const doc = minimalDoc({ servers: documentServers, paths: { '/things': { get: { ...GET, servers: operationServers } } } });
  const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }));
  return { serverURL: api.operations[0]!.serverURL, serverTemplate: api.operations[0]!.serverTemplate, warnings: warnings.filter((w) => w.code === 'server-relative').map((w) => w.message) };
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

  it('keeps its variables as a template, a relative one resolved against the document\'s server', () => {
    const region = { default: 'us', enum: ['us', 'eu'], description: 'Where files are kept.' };
    expect(build([{ url: 'https://api.example.test/v1' }], [{ url: 'https://{region}.uploads.example.test/{v}', variables: { region, v: { default: 'v2' } } }])).toMatchObject({
      serverURL: 'https://us.uploads.example.test/v2',
      serverTemplate: { parts: ['https://', 'region', '.uploads.example.test/', 'v', ''], variables: [{ name: 'region', default: 'us', enum: ['us', 'eu'], description: 'Where files are kept.' }, { name: 'v', default: 'v2' }] },
    });
    expect(build([{ url: 'https://api.example.test/v1' }], [{ url: '/{version}/up', variables: { version: { default: 'v3' } } }])).toMatchObject({
      serverURL: 'https://api.example.test/v3/up',
      serverTemplate: { parts: ['https://api.example.test/', 'version', '/up'] },
    });
    // No variable, or one without a default (left as written): no template.
    expect(build([{ url: 'https://api.example.test/v1' }], [{ url: 'https://uploads.example.test/{x}' }]).serverTemplate).toBeUndefined();
  });

  it('reports a relative one with where it resolved to', () => {
    expect(build([{ url: 'https://api.example.test/v1' }], [{ url: '/v2' }]).warnings).toEqual([
      'the server URL "/v2" is relative; resolved against the document\'s server "https://api.example.test/v1", requests of this operation go to "https://api.example.test/v2"',
    ]);
  });

  it('leaves a relative one to the client\'s baseURL when the document has no absolute server', () => {
    const { serverURL, warnings } = build([{ url: '/api' }], [{ url: '/v2' }]);
    expect(serverURL).toBeUndefined();
    expect(warnings).toEqual([
      'the server URL "/v2" is relative and the document has no absolute server to resolve it against; requests of this operation go to the client\'s baseURL',
      'the server URL "/api" is relative to where the document is served, which the client cannot know: in a browser it resolves against the page; elsewhere users pass an absolute `baseURL`',
    ]);
  });
});

describe('the document server', () => {
  const generated = async (text: string) => {
    const { generateInMemory } = await import('../../generator/pipeline.js');
    return generateInMemory(loadFromMemory({ 'spec.yaml': text }));
  };

  it('when relative, is a located warning, and the README tells users to pass an absolute baseURL', async () => {
    const text = specText(minimalDoc({ servers: [{ url: '/api' }] }));
    const { warnings, files } = await generated(text);
    const line = text.split('\n').findIndex((l) => l.includes('url: /api')) + 1;
    expect(warnings.map((w) => [w.code, w.location.pointer, w.location.line])).toEqual([['server-relative', '/servers/0/url', line]]);
    expect(files.get('README.md')).toMatch(/\| `baseURL` +\| `\/api` +\| Where requests go\. The spec's server is relative: in a browser it resolves against the page; elsewhere pass an absolute URL\. +\|/);
  });

  it('when absent, is no warning, and the README says baseURL is required', async () => {
    const { warnings, files } = await generated(specText(minimalDoc()));
    expect(warnings).toEqual([]);
    expect(files.get('README.md')).toMatch(/\| `baseURL` +\| +\| Where requests go\. Required: the spec names no server\. +\|/);
  });

  it('made of a Swagger 2.0 basePath alone, is located at basePath', async () => {
    const { warnings } = await generated('swagger: "2.0"\ninfo: { title: T, version: "1" }\nbasePath: /v2\npaths: {}\n');
    expect(warnings.map((w) => [w.location.pointer, w.location.line])).toEqual([['/basePath', 3]]);
  });
});
