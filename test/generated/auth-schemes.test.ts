/**
 * Credentials in every place OpenAPI lets a spec put them: an API key in a query parameter or a cookie,
 * HTTP basic, and a scheme the client cannot send (mutual TLS). Generated from `test/fixtures/auth`, run
 * against a loopback server, with the debug log captured to check that no form of a credential shows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { generateAndImport, generateFromSpec, scratchDir } from '../helpers/tree.js';
import { captureLogs } from '../runtime/helpers/logs.js';

type Vault = { secrets: { getSecret(name: string, params?: object): Promise<unknown> } };
type VaultClass = new (options: object) => Vault;

const FIXTURE = 'test/fixtures/auth/openapi.yaml';
let server: ApiServer;
let Vault: VaultClass;
let warnings: string;
let readme: string;

async function generate(spec: string): Promise<{ Vault: VaultClass; stderr: string; out: string }> {
  const { out, module, stderr } = await generateFromSpec<{ Vault: VaultClass }>(spec, 'auth-schemes-');
  return { Vault: module.Vault, stderr, out };
}

beforeAll(async () => {
  delete process.env['VAULT_QUERY_KEY'];
  const generated = await generate(FIXTURE);
  ({ Vault, stderr: warnings } = generated);
  readme = readFileSync(join(generated.out, 'README.md'), 'utf8');
  server = await startApiServer(() => ({ status: 200, body: '{"value":"v"}' }));
}, 60_000);

afterAll(() => server.close());

const client = (options: object) => new Vault({ baseURL: server.url, maxRetries: 0, ...options });
const lastRequest = () => server.requests.at(-1)!;

describe('credentials outside the Authorization header', () => {
  it('sends an API key in its query parameter, RFC 3986-encoded, beside the operation', async () => {
    await client({ queryKey: "k!ey'(1)*" }).secrets.getSecret('db');
    expect(lastRequest().url).toBe("/secrets/db?api_key=k%21ey%27%281%29%2A");
  });

  it('sends an API key in its cookie, together with the cookie parameters of the operation', async () => {
    await client({ cookieKey: 'c00kie;v' }).secrets.getSecret('db', { theme: 'dark' });
    expect(lastRequest().headers.cookie).toBe('vault_session=c00kie%3Bv; theme=dark');
    await client({ cookieKey: 'c00kie' }).secrets.getSecret('db');
    expect(lastRequest().headers.cookie).toBe('vault_session=c00kie');
  });

  it('sends basic credentials as the base64 of user:password, UTF-8 first', async () => {
    await client({ login: 'ada:pässwörd' }).secrets.getSecret('db');
    expect(lastRequest().headers.authorization).toBe(`Basic ${Buffer.from('ada:pässwörd', 'utf8').toString('base64')}`);
  });

  it('reads the query key from its environment variable', async () => {
    process.env['VAULT_QUERY_KEY'] = 'from-env-key';
    try {
      await client({}).secrets.getSecret('db');
    } finally {
      delete process.env['VAULT_QUERY_KEY'];
    }
    expect(lastRequest().url).toBe('/secrets/db?api_key=from-env-key');
  });

  it('shows no form of any credential in the debug log: raw, percent-encoded, or base64', async () => {
    const logs = captureLogs();
    const secrets = { queryKey: "k!ey'(1)*", cookieKey: 'c00kie;v', login: 'ada:pässwörd' };
    await client({ ...secrets, logLevel: 'debug', logger: logs.logger }).secrets.getSecret('db', { theme: 'dark' });
    const text = logs.text();
    expect(text).toContain('/secrets/db?api_key=***');
    const forms = [...Object.values(secrets).flatMap((s) => [s, encodeURIComponent(s)]), 'k%21ey%27%281%29%2A', Buffer.from(secrets.login).toString('base64')];
    for (const form of forms) expect(text, form).not.toContain(form);
  });
});

describe('a scheme the client cannot send', () => {
  it('is reported with its location, and the client is built without requiring another credential', () => {
    expect(warnings).toMatch(/auth\/openapi\.yaml:50:5 warning \[security-scheme-unsupported\] #\/components\/securitySchemes\/client_cert: security scheme "client_cert" \(type "mutualTLS"\) is not sent by the client/);
    expect(() => new Vault({})).not.toThrow();
  });

  it('without it, a client with no credential fails, naming every option and variable that would do', async () => {
    const dir = scratchDir('auth-schemes-spec-');
    const spec = join(dir, 'openapi.yaml');
    writeFileSync(spec, readFileSync(FIXTURE, 'utf8').replace('  - client_cert: []\n', ''));
    const strict = (await generate(spec)).Vault;
    expect(() => new strict({})).toThrow('Vault: no credentials. Pass queryKey (or set the environment variable VAULT_QUERY_KEY); or pass cookieKey; or pass login.');
  }, 60_000);
});

describe('the README', () => {
  it('says where each credential is sent', () => {
    expect(readme).toContain('Sent as the query parameter `api_key`.');
    expect(readme).toContain('Sent as the cookie `vault_session`.');
    expect(readme).toContain('Sent as `Authorization: Basic <base64>`, from the value `user:password`.');
  });
});

describe('an API key the operation also declares as an optional parameter of the same name', () => {
  // NYT Books declares its `api-key` query parameter on every operation as well as in its security scheme.
  const doc = {
    openapi: '3.0.3',
    info: { title: 'Books', version: '1.0.0' },
    servers: [{ url: 'https://books.example.com' }],
    components: {
      securitySchemes: {
        query_key: { type: 'apiKey', in: 'query', name: 'key', 'x-sdk-option': 'queryKey' },
        header_key: { type: 'apiKey', in: 'header', name: 'X-Key', 'x-sdk-option': 'headerKey' },
        cookie_key: { type: 'apiKey', in: 'cookie', name: 'ck', 'x-sdk-option': 'cookieKey' },
      },
    },
    security: [{ query_key: [], header_key: [], cookie_key: [] }],
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          tags: ['things'],
          parameters: [
            { name: 'key', in: 'query', schema: { type: 'string' } },
            { name: 'X-Key', in: 'header', schema: { type: 'string' } },
            { name: 'ck', in: 'cookie', schema: { type: 'string' } },
            { name: 'lang', in: 'query', schema: { type: 'string' } },
          ],
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  };
  type Books = new (options: object) => { things: { listThings(params?: object, options?: object): Promise<unknown> } };
  let Books: Books;
  const books = (options: object = {}) => new Books({ baseURL: server.url, maxRetries: 0, queryKey: 'q-secret', headerKey: 'h-secret', cookieKey: 'c-secret', ...options });

  beforeAll(async () => {
    Books = (await generateAndImport<{ default: Books }>(doc, 'auth-shadowed-')).module.default;
  }, 60_000);

  it('still sends each credential, and the defaultQuery, when the call leaves the parameters out', async () => {
    await books({ defaultQuery: { lang: 'en' } }).things.listThings();
    expect(lastRequest().url).toBe('/things?key=q-secret&lang=en');
    expect(lastRequest().headers['x-key']).toBe('h-secret');
    expect(lastRequest().headers.cookie).toBe('ck=c-secret');
  });

  it('sends the value the call gives instead, in the query, in the header and in the cookie', async () => {
    await books({ defaultQuery: { lang: 'en' } }).things.listThings({ key: 'given', 'X-Key': 'given-h', ck: 'given-c', lang: 'fr' });
    expect(lastRequest().url).toBe('/things?key=given&lang=fr');
    expect(lastRequest().headers['x-key']).toBe('given-h');
    expect(lastRequest().headers.cookie).toBe('ck=given-c');
  });

  it('sends the credential cookie once: a Cookie header the call or the client gives that names it wins, others go beside it', async () => {
    await books().things.listThings({}, { headers: { Cookie: 'theme=dark; ck=from-call' } });
    expect(lastRequest().headers.cookie).toBe('theme=dark; ck=from-call');
    await books({ defaultHeaders: { Cookie: 'ck=from-client' } }).things.listThings();
    expect(lastRequest().headers.cookie).toBe('ck=from-client');
    await books().things.listThings({}, { headers: { Cookie: 'theme=dark' } });
    expect(lastRequest().headers.cookie).toBe('ck=c-secret; theme=dark');
    await books().things.listThings({ ck: undefined }, { headers: { Cookie: undefined } });
    expect(lastRequest().headers.cookie).toBe('ck=c-secret');
  });

  it('sends no credential cookie where the call or the client sets Cookie to null, as Authorization: null removes a header credential', async () => {
    await books().things.listThings({}, { headers: { cookie: null } });
    expect(lastRequest().headers.cookie).toBeUndefined();
    expect(lastRequest().headers['x-key']).toBe('h-secret');
    await books({ defaultHeaders: { Cookie: null } }).things.listThings({ ck: 'given-c' });
    expect(lastRequest().headers.cookie).toBe('ck=given-c');
    await books({ defaultHeaders: { Cookie: null } }).things.listThings();
    expect(lastRequest().headers.cookie).toBeUndefined();
  });
});
