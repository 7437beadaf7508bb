/**
 * Servers on 127.0.0.1 for consumer tests: an API that records requests and answers CORS preflights
 * (so a page from another origin can call it), and a static file server for the browser page.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

export interface Running {
  readonly url: string;
  readonly requests: SeenRequest[];
  close(): Promise<void>;
}

/** An API answering every non-OPTIONS request with `status` and `body` as JSON. */
export function startApi(status: number, body: unknown): Promise<Running> {
  return listen((req, res, requests) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const origin = req.headers.origin;
    const cors: Record<string, string> = origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
    if (req.method === 'OPTIONS') {
      // The preflight: allow the method and whatever headers the page asked to send.
      const asked = req.headers['access-control-request-headers'];
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
        ...(asked ? { 'access-control-allow-headers': asked } : {}),
        'access-control-max-age': '600',
      });
      res.end();
      return;
    }
    res.writeHead(status, { ...cors, 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
}

/** Serves `files` (path → content type and text); anything else is a 404. */
export function startStatic(files: Readonly<Record<string, { type: string; body: string }>>): Promise<Running> {
  return listen((req, res, requests) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    const file = files[new URL(req.url ?? '/', 'http://localhost').pathname];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    res.end(file?.body ?? 'not found');
  });
}

type Handler = (req: IncomingMessage, res: ServerResponse, requests: SeenRequest[]) => void;

async function listen(handle: Handler): Promise<Running> {
  const requests: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => handle(req, res, requests));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
