/**
 * Runs the `@example` of every generated method against a loopback server and records the requests each
 * one sends: what a user who copies the example puts on the wire. Type-checking an example proves that it
 * compiles; only running it shows where its arguments go (path, query, headers, body).
 *
 * The examples run in a child process (node, on the package's TypeScript sources bundled by esbuild),
 * one after another, with a client whose `baseURL` is the server and whose credential options hold a
 * placeholder.
 * Operations with a server of their own run too: a client given a `baseURL` sends every request there.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { exampleArguments, invocationCode, type ExampleArguments } from '../../generator/emit/example.js';
import type { ApiIR, OperationIR } from '../../generator/ir/types.js';
import { bodyEncoding } from '../../generator/emit/body-encoding.js';
import { bodyChoice, flatBodyWithoutClash } from '../../generator/emit/operation-shape.js';
import { httpLine } from '../../generator/emit/operation-path.js';
import { readFromDisk } from '../../generator/io/fs-read.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { buildApi } from '../../generator/pipeline.js';
import { clientImport, exampleCode, resourceFiles } from './examples.js';
import { scratchDir } from './tree.js';

/** One method's example, with the HTTP line its JSDoc gives (`POST /pets/{petId}`). */
export interface MethodExample {
  readonly method: string;
  /** The spec's path template, or the operation's own server URL followed by it. */
  readonly path: string;
  readonly code: string;
  /** Where it was found: `src/resources/pets.ts #3`. */
  readonly where: string;
  /** The scalar each parameter was given, where the call is built here (not read from the docs). */
  readonly given?: readonly GivenParameter[];
  /** The body the call gives, where the call is built here and its body is sent as JSON or as a form. */
  readonly givenBody?: { readonly value: unknown };
}

type Scalar = string | number | boolean;

/**
 * A path, query, header or cookie parameter, by its name in the spec, and the scalar or list of scalars
 * the call gives it; or, for a query parameter, an object whose values are scalars.
 */
export interface GivenParameter {
  readonly in: string;
  readonly name: string;
  readonly value: Scalar | readonly Scalar[] | Readonly<Record<string, Scalar>>;
}

export interface SentRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

export interface ExampleRun {
  readonly example: MethodExample;
  readonly requests: readonly SentRequest[];
  /** What the call rejected with, if it did (after sending, the server's `{}` may not be what it parses). */
  readonly error?: string;
}

/**
 * `GET /pets/{id}`, on a line of its own; any method OpenAPI 3.2 allows (`COPY`, `QUERY`); a path may
 * hold spaces.
 */
const HTTP_LINE = /^\s*\* `([A-Z][A-Z-]*) (\/[^`]*|https?:\/\/[^`]+)`$/gm;

/** The JSDoc blocks of `file` that hold both an HTTP line and an example. */
function examplesIn(file: string, where: string): MethodExample[] {
  const blocks = readFileSync(file, 'utf8').match(/\/\*\*[\s\S]*?\*\//g) ?? [];
  return blocks.flatMap((block, i) => {
    // The generator writes the method's own line after its description, which may quote others (the
    // tags after it, `@param`, too, but never on a line of their own).
    const line = [...block.matchAll(HTTP_LINE)].at(-1);
    const [code] = exampleCode(block);
    return line && code !== undefined ? [{ method: line[1]!, path: line[2]!, code, where: `${where} #${i}` }] : [];
  });
}

/** Every method example of the package generated in `packageDir`. */
export function methodExamples(packageDir: string): MethodExample[] {
  const resources = join(packageDir, 'src/resources');
  return resourceFiles(resources).flatMap((file) => examplesIn(file, relative(packageDir, file)));
}

/**
 * The client's credential options, each to be given a placeholder: the `string` options of `ClientOptions`
 * but those the client trades for a token itself (OAuth 2 client credentials, a refresh token), which would
 * make it call the token URL first.
 */
function credentialOptions(packageDir: string): string[] {
  const client = readFileSync(join(packageDir, 'src/client.ts'), 'utf8');
  const options = /export interface ClientOptions extends CoreClientOptions \{([\s\S]*?)\n\}/.exec(client)?.[1] ?? '';
  const traded = new Set([...client.matchAll(/option: '(\w+)'[^}]*scheme: 'oauth2-client'/g)].map((m) => m[1]));
  return [...options.matchAll(/^\s*(\w+)\?: string \| null \| undefined;/gm)].map((m) => m[1]!).filter((name) => !traded.has(name));
}

/**
 * A call of every method on the client's server with every parameter filled, optional ones too (the
 * documented examples give only the required ones): built from the spec by the generator's own pipeline,
 * as `generate` builds the package in `--lenient` mode, so the names match the package's.
 */
export function everyParameterExamples(specFile: string, overlays: readonly string[] = []): MethodExample[] {
  const loaded = loadSpec(specFile, readFromDisk, { lenient: true, overlays });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const { api } = buildApi(loaded.spec, { lenient: true });
  return api.operations.map((op) => {
    // At the first space only: a path may hold spaces (`/Your Pull DOC Request API Path`).
    const line = httpLine(op);
    const space = line.indexOf(' ');
    const [method, path] = [line.slice(0, space), line.slice(space + 1)];
    const args = exampleArguments(api, op, true);
    const body = givenBody(api, op, args);
    return { method, path, code: `await ${invocationCode(op, args)};`, where: op.operationId, given: givenParameters(op, args), ...(body && { givenBody: body }) };
  });
}

/**
 * The value the call's body members make, as the user wrote them: the flattened fields (or those of one
 * of a body's sets of fields) as one object, or the whole body's value. None for a body sent neither as JSON nor as a form (URL-encoded or multipart),
 * nor for a GET or HEAD (`fetch` sends none).
 */
function givenBody(api: ApiIR, op: OperationIR, args: ExampleArguments): { value: unknown } | undefined {
  if (!op.requestBody || !['json', 'form', 'multipart'].includes(bodyEncoding(op)) || op.method === 'GET' || op.method === 'HEAD') return undefined;
  const lookup = (key: string) => api.models.find((m) => m.key === key)?.schema;
  const paramNames = new Set(op.parameters.filter((p) => !p.positional).map((p) => p.argName));
  const fields = args.members.filter((m) => m.member.source === 'body');
  if (flatBodyWithoutClash(op, lookup, paramNames) || bodyChoice(op, lookup)) return { value: Object.fromEntries(fields.map((m) => [m.member.name, m.value])) };
  return fields.length === 1 ? { value: fields[0]!.value } : undefined;
}

/**
 * The scalars, lists of scalars and (in a query) objects of scalars the call gives parameters sent as
 * they are: not a label or matrix path segment, nor JSON text, whose wire form the checker would have to
 * rebuild.
 */
function givenParameters(op: OperationIR, args: ExampleArguments): GivenParameter[] {
  const byMember = (name: string, source: string) => op.parameters.find((p) => !p.positional && p.argName === name && p.in === source);
  const pairs = [
    ...args.positional.map((a) => [a.parameter, a.value] as const),
    ...args.members.flatMap((m) => {
      const parameter = byMember(m.member.name, m.member.source);
      return parameter ? [[parameter, m.value] as const] : [];
    }),
  ];
  return pairs.flatMap(([p, value]) => {
    const flatObject = p.in === 'query' && typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isScalar);
    const given = isScalar(value) || (Array.isArray(value) && value.every(isScalar)) || flatObject;
    return given && p.pathStyle === undefined && !p.json ? [{ in: p.in, name: p.name, value: value as GivenParameter['value'] }] : [];
  });
}

export const isScalar = (value: unknown): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** The runner: a loopback server, a client pointed at it, then each example in turn; prints JSON. */
function runnerSource(packageDir: string, examples: readonly MethodExample[], runner: string): string {
  const imports = clientImport(packageDir);
  const credentials = Object.fromEntries(credentialOptions(packageDir).map((name) => [name, 'placeholder-credential']));
  const bodies = examples.map((e) => `  async () => {\n${e.code}\n  },`).join('\n');
  return `${imports}
import { createServer } from 'node:http';
import { writeFileSync } from 'node:fs';

const requests: unknown[] = [];
// Every parameter filled can make a request line longer than Node's 16 KB default allows (a 431).
const server = createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    requests.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('latin1') });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{}');
  });
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
const address = server.address() as { port: number };
const client = new Client({ ...${JSON.stringify(credentials)}, baseURL: 'http://127.0.0.1:' + address.port, maxRetries: 0, timeout: 10_000 } as never);

const examples: Array<() => Promise<unknown>> = [
${bodies}
];
const results: unknown[] = [];
for (const example of examples) {
  const from = requests.length;
  let error: string | undefined;
  try {
    await example();
  } catch (e) {
    error = e instanceof Error ? e.name + ': ' + e.message : String(e);
  }
  results.push({ requests: requests.slice(from), error });
}
server.close();
// A file, not stdout: examples print what they receive.
writeFileSync(${JSON.stringify(join(dirname(runner), 'results.json'))}, JSON.stringify(results));
`;
}

/** Runs every example of the package in `packageDir` and returns what each one sent. */
export async function runExamples(packageDir: string, examples = methodExamples(packageDir)): Promise<ExampleRun[]> {
  if (examples.length === 0) return [];
  const dir = scratchDir('run-examples-');
  try {
    const runner = join(dir, 'runner.ts');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(runner, runnerSource(packageDir, examples, runner));
    // Bundled here, by the esbuild this process has loaded, then run by plain node: a second a run less than
    // tsx, which starts esbuild afresh in each process. The corpus tests start one run per package.
    const bundle = join(dir, 'runner.mjs');
    await build({ entryPoints: [runner], outfile: bundle, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
    await promisify(execFile)(process.execPath, [bundle], { maxBuffer: 1 << 28, timeout: 600_000 });
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as { requests: SentRequest[]; error?: string }[];
    return results.map((r, i) => ({ example: examples[i]!, ...r }));
  } finally {
    // The benches call this once per spec of a corpus: a folder left each time adds up to gigabytes.
    rmSync(dir, { recursive: true, force: true });
  }
}
