/**
 * readOnly and writeOnly fields (OpenAPI 3.1 §4.8.24): a request's types leave out what the server sets, a
 * response's what it never sends back, while the shared model keeps every field. Checked by compiling
 * calls against the generated package, and by a call to a loopback server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { consumerErrors } from '../helpers/tsc.js';
import { run, scratchDir } from '../helpers/tree.js';

let out: string;
let server: ApiServer;

beforeAll(async () => {
  out = join(scratchDir('read-write-only-'), 'generated');
  const result = await run('generate', '--spec', 'test/fixtures/read-write-only/openapi.yaml', '--out', out);
  expect(result.code, result.stderr).toBe(0);
  server = await startApiServer(() => ({ status: 200, body: '{"id":1,"items":[]}' }));
}, 60_000);

afterAll(() => server?.close());

/** tsc's errors for calls made with a client of the package (`TS2353 line 2`…); [] when they compile. */
function compile(source: string): string[] {
  const header = "import { Shop } from './src/index.js';\nimport type { Account, Item } from './src/index.js';\nconst client = new Shop({ baseURL: 'http://127.0.0.1:1' });";
  return consumerErrors(out, header, source);
}

describe('fields one side sets', () => {
  it('lets a request leave out the fields the server sets, and a response read every field it sends', () => {
    const calls = [
      "export const order = client.orders.createOrder({ since: 'x', items: [{ sku: 'a' }], note: 'n' });",
      "export const id: Promise<number> = order.then((o) => o.id + o.items[0]!.id);",
      "export const names = client.accounts.createAccount({ body: [{ name: 'ada', password: 'secret' }] }).then((list) => list.map((a) => `${a.id} ${a.name}`));",
      "export const full: Item = { id: 1, sku: 'a', created_at: '2025-01-01T00:00:00Z', serial: 'S1' };",
      "export const account: Account = { id: 1, name: 'n', password: 'p' };",
    ];
    expect(compile(calls.join('\n'))).toEqual([]);
  });

  it('refuses a field the server sets in a request, and a field it never sends in a response', () => {
    const calls = [
      "export const a = client.orders.createOrder({ since: 'x', items: [{ id: 1, sku: 'a' }] });",
      "export const b = client.orders.createOrder({ since: 'x', items: [], audit: { by: 'me' } });",
      "export const c = client.accounts.createAccount({ body: [{ id: 1, name: 'ada', password: 'p' }] });",
      'export const d = client.accounts.createAccount({ body: [] }).then((list) => list[0]!.password);',
    ];
    expect(compile(calls.join('\n'))).toEqual(['TS2353 line 1', 'TS2353 line 2', 'TS2353 line 3', 'TS2339 line 4']);
  });

  it('leaves the fields the server sets out at every depth: inside models held by models, through allOf, and in a model that holds itself', () => {
    const calls = [
      "export const a = client.orders.createOrder({ since: 'x', items: [], cart: { items: [{ sku: 'a' }] } });",
      "export const b = client.orders.createOrder({ since: 'x', items: [], gift: { sku: 'a', message: 'for you' } });",
      "export const c = client.orders.createOrder({ since: 'x', items: [], category: { name: 'toys', parent: { name: 'all' } } });",
      "export const d = client.orders.createOrder({ since: 'x', items: [], cart: { items: [{ id: 1, sku: 'a' }] } });",
      "export const e = client.orders.createOrder({ since: 'x', items: [], gift: { id: 1, sku: 'a', message: 'm' } });",
      "export const f = client.orders.createOrder({ since: 'x', items: [], category: { name: 'toys', parent: { id: 2, name: 'all' } } });",
      "export const g = client.orders.createOrder({ since: 'x', items: [], gift: { sku: 'a', message: 'm', wrapped_at: 'now' } });",
    ];
    expect(compile(calls.join('\n'))).toEqual(['TS2353 line 4', 'TS2353 line 5', 'TS2353 line 6', 'TS2353 line 7']);
    // An allOf is named as a request carries it, not written out wherever it is used; a part whose fields
    // all stay on the server's side adds nothing to that type, not `& {}`.
    const gift = /gift\?: ([^;]*);/.exec(readFileSync(join(out, 'src/resources/orders.ts'), 'utf8'))?.[1];
    expect(gift).toBe('GiftInput');
    const giftInput = /export type GiftInput = ([^;]*);/.exec(readFileSync(join(out, 'src/models.ts'), 'utf8'))?.[1];
    expect(giftInput).toBe("Omit<Item, 'id' | 'created_at' | 'serial'> & { message: string }");
    expect(readFileSync(join(out, 'src/models.ts'), 'utf8')).not.toContain('ReceiptInput');
  });

  it('keeps them out of a model that holds itself at every depth, both ways, through the types named for it', () => {
    const calls = [
      "export const a = client.orders.createOrder({ since: 'x', items: [], category: { name: 'a', parent: { name: 'b', parent: { name: 'c', parent: { name: 'd' } } } } });",
      "export const b = client.accounts.createAccount({ body: [{ name: 'a', password: 'p', referrer: { name: 'b', password: 'q', referrer: { name: 'c', password: 'r' } } }] });",
      "export const c = client.accounts.createAccount({ body: [] }).then((list) => list[0]!.referrer?.referrer?.id);",
      "export const d = client.orders.createOrder({ since: 'x', items: [], category: { name: 'a', parent: { name: 'b', parent: { id: 3, name: 'c' } } } });",
      "export const e = client.accounts.createAccount({ body: [{ name: 'a', password: 'p', referrer: { name: 'b', password: 'q', referrer: { id: 3, name: 'c', password: 'r' } } }] });",
      'export const f = client.accounts.createAccount({ body: [] }).then((list) => list[0]!.referrer?.referrer?.password);',
    ];
    expect(compile(calls.join('\n'))).toEqual(['TS2353 line 4', 'TS2353 line 5', 'TS2339 line 6']);
    const models = readFileSync(join(out, 'src/models.ts'), 'utf8');
    expect(models).toContain("export type CategoryInput = Omit<Category, 'id' | 'parent'> & { parent?: CategoryInput };");
    expect(models).toContain("export type AccountOutput = Omit<Account, 'password' | 'referrer'> & { referrer?: AccountOutput };");
  });

  it('writes examples that type-check, without the fields the server sets', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain("const response = await client.orders.createOrder({\n  since: '2019-12-27T18:11:19.117Z',\n  items: [{ sku: 'sku' }],\n});");
    expect(typeCheckExamples(out)).toEqual({ count: 3, errors: '' });
  });

  it('keeps every field in the shared models, and sends what the caller gives', async () => {
    const models = readFileSync(join(out, 'src/models.ts'), 'utf8');
    expect(models).toMatch(/export interface Account \{\n\s+id: number;\n\s+name: string;\n\s+password: string;/);
    const { Shop } = (await import(pathToFileURL(join(out, 'src/index.ts')).href)) as { Shop: new (o: object) => { orders: { createOrder(p: object): Promise<unknown> } } };
    await new Shop({ baseURL: server.url, maxRetries: 0 }).orders.createOrder({ since: 'now', items: [{ sku: 'a' }] });
    expect(server.requests.at(-1)!.url).toBe('/orders?since=now');
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ items: [{ sku: 'a' }] });
  });
});
