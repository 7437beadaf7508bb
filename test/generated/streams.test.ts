/**
 * Streamed responses end to end: a package generated from a spec with `text/event-stream` and JSON Lines
 * responses, calling a loopback server that writes its events one at a time. The server holds back each event until
 * the client has read the one before, so a client that waited for the whole body would never finish.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { consumerErrors } from '../helpers/tsc.js';
import { generateFromSpec } from '../helpers/tree.js';

interface Quote { symbol: string; price: number }
interface Market {
  quotes: { watchQuotes(symbol: string, params?: { depth?: number }, options?: { signal?: AbortSignal }): Promise<AsyncIterable<Quote>> };
  logs: { tailLog(id: string, options?: { signal?: AbortSignal }): Promise<AsyncIterable<string>> };
  clock: { ticks(options?: { signal?: AbortSignal; headers?: Record<string, string> }): Promise<AsyncIterable<string> & { events(): AsyncIterable<{ event: string; data: string; id: string }> }> };
  trades: { exportTrades(): Promise<AsyncIterable<{ symbol: string; quantity: number }>>; importTrades(params: { body: object[] }): Promise<unknown>; importTradeSequence(params: { body: object[] }): Promise<unknown> };
  orders: {
    placeOrder(params: { symbol: string; quantity: number }): Promise<AsyncIterable<{ status: string }>>;
    listOrders(): AsyncIterable<string>;
  };
}
type MarketClass = new (options: object) => Market;
interface Module { Market: MarketClass; APIUserAbortError: new () => Error }

const FIXTURE = 'test/fixtures/streams/openapi.yaml';
let out: string;
let module: Module;
let server: Server;
let client: Market;
const seen: { method: string; url: string; accept: string | undefined; type: string | undefined; lastEventId: string | undefined; body: string }[] = [];
/** Resolved by the test once it has read the first quote; the server writes the rest only then. */
let firstQuoteRead: () => void;
let ticksClosed: Promise<void>;
let orderAttempts = 0;

function sse(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
}

async function answer(req: IncomingMessage, res: ServerResponse, body: string): Promise<void> {
  seen.push({ method: req.method!, url: req.url!, accept: req.headers.accept, type: req.headers['content-type'], lastEventId: req.headers['last-event-id'] as string | undefined, body });
  const path = req.url!.split('?')[0];
  if (path === '/quotes/ACME/live') {
    sse(res);
    const released = new Promise<void>((resolve) => (firstQuoteRead = resolve));
    res.write('data: {"symbol":"ACME","price":1.5}\n\n');
    await released;
    res.end(': done soon\ndata: {"symbol":"ACME","price":2}\n\ndata: [DONE]\n\n');
  } else if (path === '/logs/build-7') {
    sse(res);
    res.end('data: compiling\n\ndata: linking\ndata: done\n\n');
  } else if (path?.startsWith('/trades') && req.method === 'POST') {
    res.writeHead(204).end();
  } else if (path === '/trades') {
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    res.write('{"symbol":"ACME","quantity":3}\n{"symbol":');
    setTimeout(() => res.end('"INIT","quantity":1}\n'), 20);
  } else if (path === '/ticks') {
    sse(res);
    ticksClosed = new Promise((resolve) => res.on('close', resolve));
    let n = 0;
    const timer = setInterval(() => res.write(`event: tick\nid: ${++n}\ndata: ${n}\n\n`), 10);
    res.on('close', () => clearInterval(timer));
  } else if (path === '/orders' && req.method === 'POST') {
    if (++orderAttempts === 1) return void res.writeHead(503, { 'retry-after': '0' }).end();
    sse(res);
    res.end('data: {"status":"accepted"}\n\ndata: {"status":"filled","filled":3}\n\n');
  } else if (path === '/orders') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(req.url!.includes('cursor=') ? { orders: ['b'] } : { orders: ['a'], next: 'p2' }));
  } else res.writeHead(404).end();
}

beforeAll(async () => {
  ({ out, module } = await generateFromSpec<Module>(FIXTURE, 'streams-'));
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => void answer(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  client = new module.Market({ baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logLevel: 'off' });
}, 60_000);

afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('a stream of JSON events', () => {
  it('gives each event as it arrives, asks for text/event-stream, and ends at [DONE]', { timeout: 10_000 }, async () => {
    const quotes: Quote[] = [];
    for await (const quote of await client.quotes.watchQuotes('ACME', { depth: 2 })) {
      quotes.push(quote);
      if (quotes.length === 1) firstQuoteRead();
    }
    expect(quotes).toEqual([{ symbol: 'ACME', price: 1.5 }, { symbol: 'ACME', price: 2 }]);
    expect(seen.find((r) => r.url.startsWith('/quotes/'))).toMatchObject({ url: '/quotes/ACME/live?depth=2', accept: 'text/event-stream' });
  });

  it('sends a POST body, and retries a 503 before the stream starts', async () => {
    const progress: { status: string }[] = [];
    for await (const step of await client.orders.placeOrder({ symbol: 'ACME', quantity: 3 })) progress.push(step);
    expect(progress).toEqual([{ status: 'accepted' }, { status: 'filled', filled: 3 }]);
    expect(orderAttempts).toBe(2);
    expect(seen.filter((r) => r.method === 'POST').map((r) => JSON.parse(r.body))).toEqual([{ symbol: 'ACME', quantity: 3 }, { symbol: 'ACME', quantity: 3 }]);
  });

  it('leaves pagination to the list beside it', async () => {
    const orders: string[] = [];
    for await (const order of client.orders.listOrders()) orders.push(order);
    expect(orders).toEqual(['a', 'b']);
  });
});

describe('a JSON Lines stream', () => {
  it('gives each line as a value, a line cut between two writes whole, asking for its media type', async () => {
    const trades: unknown[] = [];
    for await (const trade of await client.trades.exportTrades()) trades.push(trade);
    expect(trades).toEqual([{ symbol: 'ACME', quantity: 3 }, { symbol: 'INIT', quantity: 1 }]);
    expect(seen.find((r) => r.url === '/trades')?.accept).toBe('application/x-ndjson');
  });

  it('sends a JSON Lines request body: a list, one value per line', async () => {
    await client.trades.importTrades({ body: [{ symbol: 'ACME', quantity: 3 }, { symbol: 'INIT', quantity: 1 }] });
    expect(seen.at(-1)).toMatchObject({ method: 'POST', type: 'application/x-ndjson', body: '{"symbol":"ACME","quantity":3}\n{"symbol":"INIT","quantity":1}\n' });
  });

  it('sends a JSON text sequence request body (RFC 7464): a list, each value after a RS and ended by a LF', async () => {
    await client.trades.importTradeSequence({ body: [{ symbol: 'ACME', quantity: 3 }, { symbol: 'INIT', quantity: 1 }] });
    expect(seen.at(-1)).toMatchObject({ url: '/trades/sequence', type: 'application/json-seq', body: '\u001e{"symbol":"ACME","quantity":3}\n\u001e{"symbol":"INIT","quantity":1}\n' });
  });
});

describe('a stream of text events', () => {
  it('gives the data as text, lines joined', async () => {
    const lines: string[] = [];
    for await (const line of await client.logs.tailLog('build-7')) lines.push(line);
    expect(lines).toEqual(['compiling', 'linking\ndone']);
  });

  it('gives whole events with names and ids, resumes from an id as the README says, and closes the connection when the loop is left', async () => {
    const events: { event: string; data: string; id: string }[] = [];
    for await (const event of (await client.clock.ticks({ headers: { 'Last-Event-ID': '0' } })).events()) {
      events.push(event);
      if (events.length === 2) break;
    }
    expect(events).toEqual([{ event: 'tick', data: '1', id: '1', retry: undefined }, { event: 'tick', data: '2', id: '2', retry: undefined }]);
    expect(seen.at(-1)).toMatchObject({ url: '/ticks', lastEventId: '0' });
    await ticksClosed;
  });

  it("lets go of a long-lived signal once a stream ends or its loop is left: no listener per past stream", async () => {
    const controller = new AbortController();
    const added = vi.spyOn(controller.signal, 'addEventListener');
    const removed = vi.spyOn(controller.signal, 'removeEventListener');
    for (let i = 0; i < 3; i++) for await (const line of await client.logs.tailLog('build-7', { signal: controller.signal })) void line;
    for await (const tick of await client.clock.ticks({ signal: controller.signal })) if (tick === '1') break;
    await ticksClosed;
    expect(added.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(removed.mock.calls.length).toBe(added.mock.calls.length);
  });

  it('stops with APIUserAbortError when the signal given to the call aborts, and closes the connection', async () => {
    const controller = new AbortController();
    const read: string[] = [];
    const reading = (async () => {
      for await (const tick of await client.clock.ticks({ signal: controller.signal })) {
        read.push(tick);
        if (read.length === 2) controller.abort();
      }
    })();
    await expect(reading).rejects.toBeInstanceOf(module.APIUserAbortError);
    expect(read).toEqual(['1', '2']);
    await ticksClosed;
  });
});

describe('the types', () => {
  const header = "import Market, { type Stream, type QuotesWatchQuotesResponse } from './src/index.js';\nconst client = new Market();";

  it('type each event by the schema, a text stream as string, and whole events', () => {
    const body = [
      "const quotes: Stream<QuotesWatchQuotesResponse> = await client.quotes.watchQuotes('ACME');",
      'for await (const quote of quotes) { const price: number = quote.price; void price; }',
      "for await (const line of await client.logs.tailLog('x')) { const text: string = line; void text; }",
      'for await (const e of (await client.clock.ticks()).events()) { const name: string = e.event; void name; }',
      "for await (const step of await client.orders.placeOrder({ symbol: 'A', quantity: 1 })) { const s: 'accepted' | 'partial' | 'filled' = step.status; void s; }",
      'for await (const trade of await client.trades.exportTrades()) { const q: number = trade.quantity; void q; }',
      "await client.trades.importTrades({ body: [{ symbol: 'A', quantity: 1 }] });",
      'export {};',
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual([]);
  });

  it('refuses a field of the wrong type, and awaiting the events as one value', () => {
    const body = [
      "for await (const quote of await client.quotes.watchQuotes('ACME')) { const price: string = quote.price; void price; }",
      "const all: QuotesWatchQuotesResponse = await client.quotes.watchQuotes('ACME');",
      "await client.trades.importTrades({ body: [{ symbol: 'A' }] });",
      'export { all };',
    ];
    expect(consumerErrors(out, header, body.join('\n'))).toEqual(['TS2322 line 1', 'TS2739 line 2', 'TS2741 line 3']);
  });

  it('documents the stream in the README and api.md', () => {
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain('## Streams\n\n`client.clock.ticks`, `client.logs.tailLog`, `client.orders.placeOrder`, `client.quotes.watchQuotes` answer with server-sent events. `client.trades.exportTrades` answers with JSON Lines, one value per line.');
    expect(readme).toContain('const stream = await client.clock.ticks();\nfor await (const data of stream) {');
    expect(readme).toContain("const { data, response: raw } = await client.orders.listOrders().withResponse();");
    const api = readFileSync(join(out, 'api.md'), 'utf8');
    expect(api).toContain("`client.quotes.watchQuotes(symbol: string, params?: QuotesWatchQuotesParams, options?: RequestOptions): APIPromise<Stream<QuotesWatchQuotesResponse>>`");
    expect(api).toMatch(/- `Stream`/);
  });
});
