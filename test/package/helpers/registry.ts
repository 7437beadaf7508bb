/**
 * An npm registry on loopback, as much of one as `npm publish` and `npm install` use: a publish is a
 * `PUT /<name>` of the package document with the tarball attached, allowed with one token; an install
 * reads the document (`GET /<name>`) and the tarball its `dist.tarball` names. A version published once
 * cannot be published again (403, as the public registry answers).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface Published {
  readonly document: Record<string, unknown> & { versions: Record<string, unknown> };
  readonly tarballs: Map<string, Buffer>;
}

export interface LoopbackRegistry {
  /** `http://127.0.0.1:<port>/`, for `npm_config_registry`. */
  readonly url: string;
  /** Every request as `METHOD path`, with the `Authorization` header it carried. */
  readonly requests: readonly { readonly line: string; readonly authorization: string | undefined }[];
  /** The tarballs published, by file name (`cloudflare-realtimekit-0.2.0.tgz`). */
  tarball(file: string): Buffer | undefined;
  close(): Promise<void>;
}

interface PublishBody {
  readonly name: string;
  readonly versions: Record<string, unknown>;
  readonly 'dist-tags': Record<string, string>;
  readonly _attachments: Record<string, { readonly data: string }>;
}

export async function startRegistry(token: string): Promise<LoopbackRegistry> {
  const packages = new Map<string, Published>();
  const requests: { line: string; authorization: string | undefined }[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://registry').pathname).slice(1);
      requests.push({ line: `${req.method} /${path}`, authorization: req.headers.authorization });
      const answer = (status: number, body: unknown): void => void res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.method === 'PUT') {
        if (req.headers.authorization !== `Bearer ${token}`) return answer(401, { error: 'unauthorized: this token cannot publish' });
        const body = JSON.parse((await readBody(req)).toString('utf8')) as PublishBody;
        const known = packages.get(body.name) ?? { document: { name: body.name, 'dist-tags': {}, versions: {} }, tarballs: new Map<string, Buffer>() };
        const taken = Object.keys(body.versions).find((v) => Object.hasOwn(known.document.versions, v));
        if (taken !== undefined) return answer(403, { error: `You cannot publish over the previously published versions: ${taken}.` });
        Object.assign(known.document.versions, body.versions);
        Object.assign(known.document['dist-tags'] as Record<string, string>, body['dist-tags']);
        for (const [file, { data }] of Object.entries(body._attachments)) known.tarballs.set(file, Buffer.from(data, 'base64'));
        packages.set(body.name, known);
        return answer(201, { ok: true });
      }
      const tarball = /^(.+)\/-\/([^/]+\.tgz)$/.exec(path);
      const found = packages.get(tarball ? tarball[1]! : path);
      if (req.method !== 'GET' || !found) return answer(404, { error: 'not found' });
      if (!tarball) return answer(200, found.document);
      const bytes = found.tarballs.get(tarball[2]!);
      if (!bytes) return answer(404, { error: 'not found' });
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(bytes);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    tarball: (file) => [...packages.values()].map((p) => p.tarballs.get(file)).find((b) => b !== undefined),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
