/**
 * A real HTTP server on loopback, scripted per test: step i says what happens to the i-th connection.
 * Every response closes its connection, so each attempt of a client arrives on a new connection and
 * connection-level steps (a reset before the request is read) line up with attempts.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo, Socket } from 'node:net';

export type Step =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly body?: unknown }
  /** Reset the connection as soon as it is accepted: the client cannot have sent anything. */
  | { readonly action: 'reset-before-read' }
  /** Read the whole request, then destroy the connection without answering. */
  | { readonly action: 'reset-after-read' }
  /** Read the request and never answer. */
  | { readonly action: 'hang' }
  /** Send the status, headers and part of a JSON body, then stall. */
  | { readonly action: 'hang-body' };

export interface ReceivedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** `performance.now()` when the request arrived. */
  readonly at: number;
}

export interface ScriptedServer {
  readonly url: string;
  /** Connections accepted: one per attempt. */
  connections(): number;
  /** Requests read in full (a reset-before-read connection has none). */
  readonly requests: ReceivedRequest[];
  /** Arrival times of the attempts, for measuring the waits between them. */
  readonly attemptTimes: number[];
  close(): Promise<void>;
}

type SocketWithStep = Socket & { step?: Step };

export async function scriptedServer(steps: readonly Step[]): Promise<ScriptedServer> {
  const requests: ReceivedRequest[] = [];
  const attemptTimes: number[] = [];
  const sockets = new Set<Socket>();
  const stepFor = (i: number): Step => steps[Math.min(i, steps.length - 1)]!;
  const server = http.createServer((req, res) => void handle(req, res, requests));
  server.on('connection', (socket: SocketWithStep) => {
    const step = stepFor(attemptTimes.length);
    attemptTimes.push(performance.now());
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.step = step;
    if ('action' in step && step.action === 'reset-before-read') socket.resetAndDestroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => attemptTimes.length,
    requests,
    attemptTimes,
    close: () => closeServer(server, sockets),
  };
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, requests: ReceivedRequest[]): Promise<void> {
  const step = (req.socket as SocketWithStep).step!;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  requests.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: performance.now() });
  if ('action' in step) {
    if (step.action === 'reset-after-read') req.socket.destroy();
    if (step.action === 'hang-body') res.writeHead(200, { 'content-type': 'application/json' }).write('{"data":');
    return; // 'hang', 'hang-body': keep the socket open until the client gives up
  }
  const body = step.body === undefined ? '' : typeof step.body === 'string' ? step.body : JSON.stringify(step.body);
  const defaultType = typeof step.body === 'string' ? 'text/plain' : 'application/json';
  res.writeHead(step.status, { 'content-type': defaultType, connection: 'close', ...step.headers });
  res.end(step.status === 204 ? undefined : body);
}

async function closeServer(server: http.Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A loopback address where nothing listens: connecting is refused. */
export async function refusingAddress(): Promise<string> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** JSON of Cloudflare's error envelope. */
export function cloudflareError(code: number, message: string): unknown {
  return { success: false, errors: [{ code, message }], messages: [], result: null };
}
