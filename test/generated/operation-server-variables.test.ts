/**
 * Variables of an operation's own server (§4.8.10, §4.8.6): sent with their defaults unless the client's
 * `serverVariables` option chooses others. Two loopback servers stand for two values of the port variable.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { minimalDoc } from '../helpers/spec.js';
import { generateAndImport } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

type Uploads = {
  baseURL: string;
  files: { upload(params?: object): Promise<unknown>; list(params?: object): Promise<unknown> };
  withOptions(overrides: object): Uploads;
};
type UploadsClass = new (options?: object) => Uploads;

let usual: ApiServer;
let other: ApiServer;
let api: ApiServer;
let Uploads: UploadsClass;
let out: string;

const portOf = (server: ApiServer) => new URL(server.url).port;

beforeAll(async () => {
  const answer = () => ({ status: 200, body: '{}' });
  [usual, other, api] = await Promise.all([startApiServer(answer), startApiServer(answer), startApiServer(answer)]);
  const spec = minimalDoc({
    'x-sdk': { client: { name: 'Uploads' } },
    servers: [{ url: 'https://api.example.test' }],
    paths: {
      '/files': {
        servers: [{
          url: 'http://127.0.0.1:{port}/{region}',
          variables: {
            port: { default: portOf(usual), description: 'The upload host\'s port.' },
            region: { default: 'us', enum: ['us', 'eu'] },
          },
        }],
        post: { operationId: 'upload', tags: ['files'], responses: { '200': { description: 'ok' } } },
        get: { operationId: 'list', tags: ['files'], servers: [{ url: 'http://127.0.0.1:{port}/listing', variables: { port: { default: portOf(usual) } } }], responses: { '200': { description: 'ok' } } },
      },
    },
  });
  let module: { Uploads: UploadsClass };
  ({ out, module } = await generateAndImport<{ Uploads: UploadsClass }>(spec, 'operation-server-variables-'));
  Uploads = module.Uploads;
}, 60_000);

afterAll(() => Promise.all([usual, other, api].map((s) => s?.close())));

const last = (server: ApiServer) => server.requests.at(-1);

describe('the variables of an operation\'s own server', () => {
  it('compiles under --strict, the option typed by the variables\' values', () => {
    expect(tscErrors(join(out, 'tsconfig.json'))).toBe('');
    expect(readFileSync(join(out, 'src/client.ts'), 'utf8')).toMatch(/serverVariables\?: \{ port\?: string \| undefined; region\?: 'us' \| 'eu' \| undefined \} \| undefined;/);
  });

  it('are their defaults when the client chooses none, as before', async () => {
    await new Uploads({ maxRetries: 0 }).files.upload();
    expect(last(usual)).toMatchObject({ method: 'POST', url: '/us/files' });
    await new Uploads({ maxRetries: 0, serverVariables: { region: undefined } }).files.list();
    expect(last(usual)).toMatchObject({ method: 'GET', url: '/listing/files' });
  });

  it('are those the serverVariables option chooses, a variable left out taking its default', async () => {
    const requests = usual.requests.length;
    await new Uploads({ maxRetries: 0, serverVariables: { port: portOf(other), region: 'eu' } }).files.upload();
    expect(last(other)).toMatchObject({ method: 'POST', url: '/eu/files' });
    // One name is one choice for every server that has the variable.
    await new Uploads({ maxRetries: 0, serverVariables: { port: portOf(other) } }).files.list();
    expect(last(other)).toMatchObject({ method: 'GET', url: '/listing/files' });
    await new Uploads({ maxRetries: 0, serverVariables: { region: 'eu' } }).files.upload();
    expect(last(usual)).toMatchObject({ method: 'POST', url: '/eu/files' });
    expect(usual.requests.length).toBe(requests + 1);
  });

  it('may be chosen again for a derived client', async () => {
    const client = new Uploads({ maxRetries: 0, serverVariables: { region: 'eu' } });
    await client.withOptions({ serverVariables: { port: portOf(other) } }).files.upload();
    expect(last(other)).toMatchObject({ method: 'POST', url: '/us/files' });
    await client.files.upload();
    expect(last(usual)).toMatchObject({ method: 'POST', url: '/eu/files' });
  });

  it('are not used when the client is given another baseURL, which then takes every request', async () => {
    await new Uploads({ maxRetries: 0, baseURL: api.url, serverVariables: { port: portOf(other) } }).files.upload();
    expect(last(api)).toMatchObject({ method: 'POST', url: '/files' });
  });

  it('are in the built request: the server with the defaults, and its template', () => {
    const source = readFileSync(join(out, 'src/resources/files.ts'), 'utf8');
    expect(source).toContain(`server: 'http://127.0.0.1:${portOf(usual)}/us',\n    serverTemplate: { url: 'http://127.0.0.1:{port}/{region}', defaults: { port: '${portOf(usual)}', region: 'us' } },`);
  });

  it('are documented in the README', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('### Operation server variables');
    expect(readme).toContain("const client = new Uploads({ serverVariables: { region: 'eu' } });");
    expect(readme).toMatch(/\| `region` +\| `us` +\| `us`, `eu` +\| +\|/);
  });
});

describe("an operation's own server, beside a spec server with variables", () => {
  type Regional = { files: { upload(params?: object): Promise<unknown> } };
  type RegionalClass = (new (options?: object) => Regional) & { serverURL(variables?: object): string };
  let Regional: RegionalClass;

  beforeAll(async () => {
    const spec = minimalDoc({
      'x-sdk': { client: { name: 'Regional' } },
      servers: [{ url: 'https://{region}.api.example.test/v1', variables: { region: { default: 'us', enum: ['us', 'eu.west'] } } }],
      paths: {
        '/files': { servers: [{ url: `http://127.0.0.1:${portOf(usual)}/own` }], post: { operationId: 'upload', tags: ['files'], responses: { '200': { description: 'ok' } } } },
      },
    });
    ({ module: { Regional } } = await generateAndImport<{ Regional: RegionalClass }>(spec, 'spec-server-variables-'));
  }, 60_000);

  it('is still used when the baseURL is the spec server with other values (Client.serverURL), not when it is another', async () => {
    await new Regional({ maxRetries: 0, baseURL: Regional.serverURL({ region: 'eu.west' }) }).files.upload();
    expect(last(usual)).toMatchObject({ method: 'POST', url: '/own/files' });
    await new Regional({ maxRetries: 0, baseURL: api.url }).files.upload();
    expect(last(api)).toMatchObject({ method: 'POST', url: '/files' });
  });

  it("takes a baseURL for the spec server only with the server's values, each written as a literal", async () => {
    const sentTo: string[] = [];
    const fetch = async (url: string | URL | Request) => {
      sentTo.push(String(url));
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    };
    const own = `http://127.0.0.1:${portOf(usual)}/own/files`;
    // `eu.west`'s dot is a dot: `euXwest` is another host; another path or a URL that only holds the server's is another server.
    const bases = ['https://us.api.example.test/v1', 'https://eu.west.api.example.test/v1', 'https://euXwest.api.example.test/v1', 'https://us.api.example.test/v2', 'https://evil.test/https://us.api.example.test/v1'];
    for (const baseURL of bases) await new Regional({ maxRetries: 0, baseURL, fetch }).files.upload();
    expect(sentTo).toEqual([own, own, 'https://euXwest.api.example.test/v1/files', 'https://us.api.example.test/v2/files', 'https://evil.test/https://us.api.example.test/v1/files']);
  });
});
