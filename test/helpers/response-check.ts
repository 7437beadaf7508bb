/**
 * The response side of a generated package, checked from the spec: for each operation, each declared
 * response (`200`, `4XX`, `default`…) and each of its media types, a loopback server answers with that
 * status, that `Content-Type` and a body (the spec's example, else a sample of the schema), and the
 * method must give it back: the JSON value, the text, the bytes in the raw `Response`, a `Stream` of the
 * events or lines; an error status must reject with the status's class, carrying the status, the headers
 * and the parsed body. `withResponse()` must agree, and `asResponse()` must give the status and the bytes.
 *
 * The calls run in a child process (node, on the package's sources bundled by esbuild), as the examples do
 * (`run-examples.ts`); the expectations are computed here from the spec alone, not from the generator's
 * choices, so a method that reads a body another way than its media type says is a problem.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { build } from 'esbuild';
import { exampleArguments, invocationCode } from '../../generator/emit/example.js';
import { exampleValue } from '../../generator/emit/example-value.js';
import type { OperationIR } from '../../generator/ir/types.js';
import { readFromDisk } from '../../generator/io/fs-read.js';
import { entryDocument, loadSpec } from '../../generator/load/load-spec.js';
import { buildApi } from '../../generator/pipeline.js';
import { clientImport } from './examples.js';
import { deref as derefNode } from './wire-check.js';
import { scratchDir } from './tree.js';

/** A PNG signature, then bytes that are not UTF-8: read as text, they would not survive. */
export const BINARY_SAMPLE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28]);
const EVENTS = 'event: message\ndata: {"a":1}\n\n: a comment\ndata: {"b":\ndata: 2}\n\n';
const LINES = '{"a":1}\n{"b":[2]}\n';

/** What the method should give for one served response. */
export type Expected =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'bytes' }
  | { readonly kind: 'empty' }
  | { readonly kind: 'events' }
  | { readonly kind: 'lines' }
  | { readonly kind: 'error'; readonly className: string; readonly status: number; readonly body: unknown };

/** What a call gave, as the child process describes it. */
export type Outcome =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'undefined' }
  | { readonly kind: 'response'; readonly status: number; readonly bytes: string }
  | { readonly kind: 'stream'; readonly format: string; readonly items: unknown[] }
  | { readonly kind: 'error'; readonly name: string; readonly status?: number; readonly contentType: string | null; readonly body?: unknown; readonly message: string };

export interface ResponseCase {
  /** `GET /pets/{id} 404 application/problem+json`. */
  readonly label: string;
  readonly call: number;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Base64. */
  readonly body: string;
  readonly expected: Expected;
}

const ERROR_CLASSES: Readonly<Record<number, string>> = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  403: 'PermissionDeniedError',
  404: 'NotFoundError',
  409: 'ConflictError',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
};
const errorClass = (status: number): string => ERROR_CLASSES[status] ?? (status >= 500 ? 'InternalServerError' : 'APIError');

type MediaKind = 'json' | 'events' | 'lines' | 'text' | 'binary';

/** How a media type's body is meant to be read, by its essence (parameters left aside). */
function mediaKind(type: string, schema: Record<string, unknown> | undefined): MediaKind {
  const essence = type.split(';')[0]!.trim().toLowerCase();
  if (essence === 'text/event-stream') return 'events';
  if (/^application\/(x-)?(ndjson|jsonl|jsonlines|json-seq)$/.test(essence)) return 'lines';
  if (schema?.['type'] === 'string' && schema['format'] === 'binary') return 'binary';
  if (essence === '*/*' || /^application\/((.+\+)?json|x-amz-json-1\.[01])$/.test(essence)) return 'json';
  if (/^text\/|[/+](xml|javascript|yaml|x-yaml|csv|html)$/.test(essence)) return 'text';
  return 'binary';
}

/** The statuses a response key is served with: its own, the first of its range, 500 for `default` beside a 2XX (200 too without one). */
function statusesOf(key: string, hasSuccess: boolean): number[] {
  if (/^[2-5]\d\d$/.test(key)) return [Number(key)];
  if (/^[2-5]XX$/i.test(key)) return [Number(key[0]) * 100];
  if (key === 'default') return hasSuccess ? [500] : [200, 500];
  return [];
}

/** The calls (`return client.pets.get(…)`, one per operation) and the responses to serve each. */
export function responseCases(specFile: string): { calls: string[]; cases: ResponseCase[]; operations: number } {
  const loaded = loadSpec(specFile, readFromDisk, { lenient: true });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const { api } = buildApi(loaded.spec, { lenient: true });
  const doc = entryDocument(loaded.spec);
  const lookup = (key: string) => api.models.find((m) => m.key === key)?.schema;
  // The object a value is, through its local `$ref`s; none where there is no object.
  const deref = (value: unknown): Record<string, unknown> | undefined => (typeof value === 'object' && value !== null ? derefNode(doc, value) : undefined);
  // OpenAPI 3 documents give every media type of a response; a converted Swagger 2 one, the IR's only.
  const rawResponses = (op: OperationIR) => (typeof doc['openapi'] === 'string' ? deref(deref(deref(doc['paths'])?.[op.path])?.[op.method.toLowerCase()])?.['responses'] : undefined);
  const calls: string[] = [];
  const cases: ResponseCase[] = [];
  for (const op of api.operations) {
    const call = calls.push(`return ${invocationCode(op, exampleArguments(api, op, false))};`) - 1;
    const raw = deref(rawResponses(op));
    const hasSuccess = op.responses.some((r) => r.status.startsWith('2'));
    for (const response of op.responses) {
      const content = deref(deref(raw?.[response.status])?.['content']);
      const media: [string, Record<string, unknown> | undefined][] = content ? Object.keys(content).map((type) => [type, deref(content[type])]) : response.contentType ? [[response.contentType, undefined]] : [['', undefined]];
      for (const status of statusesOf(response.status, hasSuccess)) {
        for (const [type, given] of media) {
          const schema = deref(given?.['schema']);
          const kind = type === '' ? 'json' : mediaKind(type, schema ?? (response.schema?.kind === 'string' ? { type: 'string', format: response.schema.format } : undefined));
          const empty = type === '' || op.method === 'HEAD' || status === 204 || status === 205 || status === 304;
          const picked = type === response.contentType;
          const example = given?.['example'] ?? deref(Object.values(deref(given?.['examples']) ?? {})[0])?.['value'] ?? (picked ? response.example : undefined);
          const json = () => JSON.stringify(example ?? (picked && response.schema ? exampleValue(response.schema, 'value', lookup) : undefined) ?? { sample: [1, 'two', null] });
          const text = empty ? '' : kind === 'json' ? json() : kind === 'events' ? EVENTS : kind === 'lines' ? LINES : kind === 'text' ? (typeof example === 'string' ? example : 'plain text, ü 🚀') : '';
          const body = kind === 'binary' && !empty ? BINARY_SAMPLE : new TextEncoder().encode(text);
          const expected = expectedOf(status, kind, empty ? undefined : text, op.unwrap?.field);
          // The wildcard is no type to send; a file declared as JSON (a converted Swagger 2 `type: file`) comes as bytes.
          const sent = kind === 'binary' && /^\s*(\*\/\*|application\/json)/i.test(type) ? 'application/octet-stream' : type === '*/*' ? 'application/json' : type;
          const headers: Record<string, string> = type === '' ? {} : { 'content-type': sent };
          cases.push({ label: `${op.method} ${op.path} ${response.status}→${status} ${type || '(no content)'}`, call, status, headers, body: Buffer.from(body).toString('base64'), expected });
        }
      }
    }
  }
  return { calls, cases, operations: api.operations.length };
}

/** What the method should give for a body of `text` (none: `undefined`) served with `status`. */
function expectedOf(status: number, kind: MediaKind, text: string | undefined, unwrap: string | undefined): Expected {
  if (status >= 300) return { kind: 'error', className: errorClass(status), status, body: text === undefined ? undefined : parsedOrText(text, kind) };
  if (text === undefined) return { kind: 'empty' };
  if (kind === 'json') return { kind: 'json', value: unwrapped(JSON.parse(text), unwrap) };
  if (kind === 'text') return { kind: 'text', value: text };
  return kind === 'binary' ? { kind: 'bytes' } : { kind };
}

function parsedOrText(text: string, kind: MediaKind): unknown {
  if (kind === 'binary') return undefined; // compared by the class and status only: the text of bytes is no value
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function unwrapped(value: unknown, field: string | undefined): unknown {
  return field !== undefined && value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[field] : value;
}

/** What is wrong with one call's outcome; empty when nothing is. */
export function outcomeProblems(expected: Expected, got: Outcome, served: Uint8Array, servedType: string | undefined): string[] {
  const same = (bytes: string) => Buffer.from(bytes, 'base64').equals(Buffer.from(served));
  const show = (value: unknown) => JSON.stringify(value)?.slice(0, 120);
  if (expected.kind === 'error') {
    if (got.kind !== 'error') return [`resolved ${show(got)} for status ${expected.status}`];
    const problems: string[] = [];
    if (got.name !== expected.className) problems.push(`rejected with ${got.name}, not ${expected.className}`);
    if (got.status !== expected.status) problems.push(`status ${got.status}, not ${expected.status}`);
    if (got.contentType !== (servedType ?? null)) problems.push(`headers say ${got.contentType}, not ${servedType}`);
    if (expected.body !== undefined && !isDeepStrictEqual(got.body, expected.body)) problems.push(`body ${show(got.body)}, not ${show(expected.body)}`);
    return problems;
  }
  if (got.kind === 'error') return [`rejected with ${got.name}: ${got.message}`];
  switch (expected.kind) {
    case 'empty':
      return (got.kind === 'value' && got.value === null) || (got.kind === 'response' && got.bytes === '') ? [] : [`${show(got)} for an empty body`];
    case 'json':
      return got.kind === 'value' && isDeepStrictEqual(got.value, expected.value) ? [] : [`${show(got)}, not the JSON ${show(expected.value)}`];
    case 'text':
      // `text/plain` is what specs also write for JSON: a method whose schema is not a string parses it.
      return got.kind === 'value' && (got.value === expected.value || isDeepStrictEqual(got.value, parsedOrText(expected.value, 'text'))) ? [] : [`${show(got)}, not the text`];
    case 'bytes':
      return got.kind === 'response' && same(got.bytes) ? [] : [`the bytes came back as ${show(got)}`];
    case 'events':
      return got.kind === 'stream' && (isDeepStrictEqual(got.items, [{ a: 1 }, { b: 2 }]) || isDeepStrictEqual(got.items, ['{"a":1}', '{"b":\n2}'])) ? [] : [`the events came back as ${show(got)}`];
    case 'lines':
      return got.kind === 'stream' && isDeepStrictEqual(got.items, [{ a: 1 }, { b: [2] }]) ? [] : [`the lines came back as ${show(got)}`];
  }
}

interface CaseRun {
  readonly awaited: Outcome;
  readonly withResponse: Outcome | { readonly kind: 'with'; readonly data: Outcome; readonly status: number };
  readonly asResponse: Outcome | { readonly kind: 'raw'; readonly status: number; readonly bytes: string };
}

function runnerSource(packageDir: string, calls: readonly string[], casesFile: string, resultsFile: string): string {
  const client = readFileSync(join(packageDir, 'src/client.ts'), 'utf8');
  const options = /export interface ClientOptions extends CoreClientOptions \{([\s\S]*?)\n\}/.exec(client)?.[1] ?? '';
  const traded = new Set([...client.matchAll(/option: '(\w+)'[^}]*scheme: 'oauth2-client'/g)].map((m) => m[1]));
  const credentials = Object.fromEntries([...options.matchAll(/^\s*(\w+)\?: string \| null \| undefined;/gm)].map((m) => m[1]!).filter((name) => !traded.has(name)).map((name) => [name, 'placeholder-credential']));
  return `${clientImport(packageDir)}
import { createServer } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';

let reply: { status: number; headers: Record<string, string>; body: string };
const server = createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(reply.status, reply.headers);
    res.end(Buffer.from(reply.body, 'base64'));
  });
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
const client = new Client({ ...${JSON.stringify(credentials)}, baseURL: 'http://127.0.0.1:' + (server.address() as { port: number }).port, maxRetries: 0, timeout: 5_000, logLevel: 'off' } as never);
const calls: Array<() => any> = [
${calls.map((c) => `  () => { ${c} },`).join('\n')}
];
async function describe(value: any): Promise<unknown> {
  if (value instanceof Response) return { kind: 'response', status: value.status, bytes: Buffer.from(await value.arrayBuffer()).toString('base64') };
  if (value !== null && typeof value === 'object' && typeof value[Symbol.asyncIterator] === 'function' && 'format' in value) {
    const items: unknown[] = [];
    for await (const item of value) items.push(item);
    return { kind: 'stream', format: value.format, items };
  }
  return value === undefined ? { kind: 'undefined' } : { kind: 'value', value };
}
const failure = (e: any) => ({ kind: 'error', name: e?.name, status: e?.status, contentType: e?.headers?.get?.('content-type') ?? null, body: e?.error, message: String(e?.message).slice(0, 200) });
// A call that neither settles nor fails within the client's timeout hangs.
const bounded = <T,>(run: () => Promise<T>) => Promise.race([run(), new Promise<T>((_, reject) => setTimeout(() => reject({ name: 'Hang', message: 'no outcome in 8 s' }), 8_000).unref())]).catch(failure);
const results: unknown[] = [];
for (const c of JSON.parse(readFileSync(${JSON.stringify(casesFile)}, 'utf8'))) {
  reply = c;
  const awaited = await bounded(async () => describe(await calls[c.call]()));
  const withResponse = await bounded(async () => {
    const { data, response } = await calls[c.call]().withResponse();
    return { kind: 'with', data: await describe(data), status: response.status };
  });
  const asResponse = await bounded(async () => {
    const response = await calls[c.call]().asResponse();
    return { kind: 'raw', status: response.status, bytes: Buffer.from(await response.arrayBuffer()).toString('base64') };
  });
  results.push({ awaited, withResponse, asResponse });
}
server.close();
writeFileSync(${JSON.stringify(resultsFile)}, JSON.stringify(results));
`;
}

/** Serves every declared response of `specFile` to the package generated from it in `packageDir`; the problems found, one line each. */
export async function responseCheckPackage(specFile: string, packageDir: string): Promise<{ cases: number; problems: string[] }> {
  const { calls, cases } = responseCases(specFile);
  if (cases.length === 0) return { cases: 0, problems: [] };
  const dir = scratchDir('response-check-');
  try {
    const [casesFile, resultsFile, runner, bundle] = ['cases.json', 'results.json', 'runner.ts', 'runner.mjs'].map((name) => join(dir, name)) as [string, string, string, string];
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(casesFile, JSON.stringify(cases.map(({ expected: _, ...served }) => served)));
    writeFileSync(runner, runnerSource(packageDir, calls, casesFile, resultsFile));
    await build({ entryPoints: [runner], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
    await promisify(execFile)(process.execPath, [bundle], { maxBuffer: 1 << 28, timeout: 600_000 });
    const runs = JSON.parse(readFileSync(resultsFile, 'utf8')) as CaseRun[];
    const problems = cases.flatMap((c, i) => {
      const served = Buffer.from(c.body, 'base64');
      const type = c.headers['content-type'];
      const { awaited, withResponse, asResponse } = runs[i]!;
      const found = outcomeProblems(c.expected, awaited, served, type).map((p) => `await: ${p}`);
      if (withResponse.kind === 'with') {
        found.push(...outcomeProblems(c.expected, withResponse.data, served, type).map((p) => `withResponse().data: ${p}`));
        if (withResponse.status !== c.status) found.push(`withResponse().response.status ${withResponse.status}`);
      } else found.push(...outcomeProblems(c.expected, withResponse, served, type).map((p) => `withResponse(): ${p}`));
      if (asResponse.kind === 'raw') {
        if (c.expected.kind === 'error') found.push(`asResponse(): resolved for status ${c.status}`);
        else if (asResponse.status !== c.status || !Buffer.from(asResponse.bytes, 'base64').equals(c.status === 304 ? Buffer.alloc(0) : served)) found.push(`asResponse(): status ${asResponse.status}, other bytes than served`);
      } else if (c.expected.kind !== 'error') found.push(`asResponse(): rejected with ${asResponse.kind === 'error' ? asResponse.name : asResponse.kind}`);
      else found.push(...outcomeProblems(c.expected, asResponse, served, type).map((p) => `asResponse(): ${p}`));
      return found.map((p) => `${c.label}: ${p}`);
    });
    return { cases: cases.length, problems };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
