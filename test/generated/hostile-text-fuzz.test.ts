/**
 * Spec text made of the pieces that break generated code or Markdown (comment ends, template and string
 * quotes, backslashes, line and paragraph separators, control characters, zero-width and byte-order marks,
 * fences and table pipes, HTML comments), put together at random (seeded, so a failure replays) in every
 * place the spec holds text: titles, tags, operation ids, summaries and descriptions, parameter and property
 * names, enum values, defaults and examples, webhook names, a discriminator's property and keys. Each package
 * must compile under --strict with every name and value kept exactly (checked by the compiler), its examples
 * and README tables must compile, its headings and lists must show summaries as written, its code samples
 * overlay must target each operation and hold programs that compile, and its builders and client must put
 * every name and value on the wire as written. `HOSTILE_SEEDS=60` searches longer.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { query } from 'jsonpath-rfc9535';
import { marked, type Tokens } from 'marked';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { inProcessFormatter } from '../../generator/print/format-pool.js';
import { PRETTIER_OPTIONS } from '../../generator/print/print.js';
import { codeSamples } from '../../generator/samples/code-samples.js';
import { overlayDocument } from '../../generator/samples/overlay.js';
import { loadFromMemory } from '../helpers/spec.js';
import { compileSamples } from '../helpers/samples.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { packageTableChecks } from '../helpers/readme-tables.js';
import { generateAndImport } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';
import { random } from '../helpers/random.js';

const PIECES = ['*/', '/*', '/**', '`', '${', '\\', "'", '"', '\n', '\r\n', '\u2028', '\u2029', '<!--', '-->', '</script>', '|', '@param', '#', '## ',
  '```', '~~~', '<', '>', '&amp;', '{', '}', '$', '@', 'a', 'Z', '0', '9', ' ', '\t', 'constructor', '__proto__', 'default', 'null', 'é', '😀', '\u0000', '\u0007', '\u001b', '\u0085', '\u200b', '\ufeff'];

interface Operation {
  readonly path: string;
  readonly summary: string;
  readonly query: readonly string[];
  readonly properties: readonly string[];
  readonly values: readonly string[];
}

/** A spec of three operations and two webhooks with hostile text in every place, and what each declares. */
function hostileSpec(seed: number): { doc: object; operations: Operation[]; webhooks: { name: string; summary: string }[]; discriminator: { kind: string; cat: string; dog: string } } {
  const next = random(seed);
  const text = (min = 1) => Array.from({ length: min + Math.floor(next() * 5) }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
  // Names are unique within their object: a number keeps them apart.
  const names = (count: number, kind: string) => Array.from({ length: count }, (_, i) => `${text()}${kind}${i}${text(0)}`);
  // Query and body names apart, so the body is spread into params rather than kept whole as `body`.
  const operations: Operation[] = [0, 1, 2].map((i) => ({ path: `/op${i}/{id}`, summary: text(), query: names(2, 'q'), properties: names(3, 'p'), values: names(3, 'v') }));
  const paths = Object.fromEntries(operations.map((op, i) => [op.path, {
    post: {
      operationId: text(),
      tags: [text()],
      summary: op.summary,
      description: text(3),
      parameters: [
        { name: 'id', in: 'path', required: true, description: text(), schema: { type: 'string' } },
        ...op.query.map((name) => ({ name, in: 'query', description: text(), schema: { type: 'string', default: text(), example: text() } })),
      ],
      requestBody: {
        description: text(),
        content: { 'application/json': { schema: { $ref: `#/components/schemas/Body${i}` } } },
      },
      responses: { '200': { description: text(), content: { 'application/json': { schema: { $ref: `#/components/schemas/Body${i}` } } } } },
    },
  }]));
  // Models are named by their title first: hostile titles go to nested objects, whose type names are checked by compiling.
  const schemas = Object.fromEntries(operations.map((op, i) => [`Body${i}`, {
    description: text(2),
    type: 'object',
    properties: {
      ...Object.fromEntries(op.properties.map((name, j) => [name, j === 0
        ? { type: 'string', enum: op.values, description: text(), example: op.values[0] }
        : { type: 'string', description: text(), default: text(), pattern: '^[^\\n]*$', example: text() }])),
      // Named by their hostile titles: the type names are checked by compiling.
      nested: { title: text(), type: 'object', description: text(), properties: { [text()]: { title: text(), type: 'object' } } },
    },
  }]));
  const webhooks = names(2, 'w').map((name) => ({ name, summary: text(4) }));
  // A discriminated union whose property and mapping keys are hostile: each key a literal type of its variant.
  const [kind, cat, dog] = [text(), ...names(2, 'k')] as [string, string, string];
  const variant = () => ({ type: 'object', required: [kind], description: text(), properties: { [kind]: { type: 'string', description: text() } } });
  const union = {
    Pet: { oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }], discriminator: { propertyName: kind, mapping: { [cat]: '#/components/schemas/Cat', [dog]: '#/components/schemas/Dog' } } },
    Cat: variant(),
    Dog: variant(),
  };
  const doc = {
    openapi: '3.1.0',
    info: { title: `Hostile ${text()}`, version: '1.0.0', description: text(3) },
    servers: [{ url: 'http://127.0.0.1:1', description: text() }],
    tags: operations.map(() => ({ name: text(), description: text() })),
    paths,
    webhooks: Object.fromEntries(webhooks.map((w) => [w.name, {
      post: { summary: w.summary, requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Body0' } } } }, responses: { '200': { description: text() } } },
    }])),
    components: { schemas: { ...schemas, ...union } },
  };
  return { doc, operations, webhooks, discriminator: { kind, cat, dog } };
}

type Builder = (id: string, params: Record<string, unknown>) => { method: string; path: string; query: Record<string, unknown>; body: unknown };

// Four in every run; `HOSTILE_SEEDS=200` runs seeds 1 to 200 (a longer search, by hand).
const SEEDS = Array.from({ length: Number(process.env['HOSTILE_SEEDS'] ?? 4) }, (_, i) => i + 1);

describe.each(SEEDS)('hostile spec text, seed %i', (seed) => {
  const { doc, operations, webhooks, discriminator } = hostileSpec(seed);
  let out: string;
  let module: Record<string, unknown>;
  let server: ApiServer;

  beforeAll(async () => {
    ({ out, module } = await generateAndImport<Record<string, unknown>>(doc, `hostile-${seed}-`));
    server = await startApiServer((req) => ({ status: 200, body: req.body || '{}' }));
  });

  afterAll(() => server?.close());

  it('compiles under --strict, every property name, enum value, webhook name and discriminator key kept exactly', () => {
    const uses = operations.flatMap((op, i) => [
      ...op.properties.map((name) => `void ((body: Body${i}) => body[${JSON.stringify(name)}]);`),
      ...op.values.map((value) => `export const value${i}_${op.values.indexOf(value)}: NonNullable<Body${i}[${JSON.stringify(op.properties[0])}]> = ${JSON.stringify(value)};`),
      `// @ts-expect-error a value the enum does not list`,
      `export const outside${i}: NonNullable<Body${i}[${JSON.stringify(op.properties[0])}]> = ${JSON.stringify(`${op.values[0]}!`)};`,
    ]);
    const hooks = webhooks.map((w, i) => `export const hook${i}: Body0 = {} as WebhookPayloads[${JSON.stringify(w.name)}];`);
    const [kind, cat, dog] = [discriminator.kind, discriminator.cat, discriminator.dog].map((x) => JSON.stringify(x));
    const narrowing = [
      `export const keys: Array<Pet[${kind}]> = [${cat}, ${dog}];`,
      '// @ts-expect-error a key the mapping does not have',
      `export const stray: Pet[${kind}] = ${JSON.stringify(`${discriminator.cat}${discriminator.dog}`)};`,
    ];
    const types = [...operations.map((_, i) => `Body${i}`), 'WebhookPayloads', 'Pet'];
    writeFileSync(join(out, 'src/hostile-uses.ts'), `import type { ${types.join(', ')} } from './index.js';\n${[...uses, ...hooks, ...narrowing].join('\n')}\n`);
    expect(tscErrors(join(out, 'tsconfig.json'), ['--noEmit', '--strict'])).toBe('');
  });

  it('has examples and README tables that compile, and headings and lists that show summaries as written', () => {
    const examples = typeCheckExamples(out);
    expect(examples.count).toBe(operations.length);
    expect(examples.errors).toBe('');
    // A summary is plain text: its heading shows it as written, whatever Markdown it looks like; a blank
    // one gives way to the method's path.
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    const summaries = operations.map((op) => shownControls(op.summary.replace(/\s+/g, ' ').trim()));
    const headings = shownHeadings(readme, 4);
    expect(headings.filter((h) => !h.startsWith('client.')).sort()).toEqual(summaries.filter((x) => x !== '').sort());
    expect(headings.filter((h) => h.startsWith('client.'))).toHaveLength(summaries.filter((x) => x === '').length);
    // In api.md too, and a webhook's summary beside its name.
    const reference = shownText(marked.parse(readFileSync(join(out, 'api.md'), 'utf8')) as string);
    for (const summary of [...operations, ...webhooks].map((x) => shownControls(firstSentence(x.summary))).filter((x) => x !== '')) expect(reference).toContain(`: ${summary}\n`);
    const tables = packageTableChecks(out);
    expect(tables.methods).toBe(operations.length);
    writeFileSync(join(out, 'src/readme-tables.check.ts'), tables.text);
    expect(tscErrors(join(out, 'tsconfig.json'), ['--noEmit', '--strict'])).toBe('');
  });

  it('gives each operation a code sample that its overlay target selects, read back exactly, and that compiles', async () => {
    const { api } = buildApi(loadFromMemory({ 'spec.yaml': stringify(doc) }));
    const formatter = inProcessFormatter(PRETTIER_OPTIONS);
    const set = await codeSamples(api, 'spec.yaml', doc, (code) => formatter.format(code, 'typescript'));
    const actions = (parse(overlayDocument(api, set.samples)) as { actions: { target: string; update: { 'x-codeSamples': { source: string }[] } }[] }).actions;
    expect(actions.map((a) => (query(doc as Parameters<typeof query>[0], a.target) as { operationId: string }[]).map((op) => op.operationId))).toEqual(set.samples.map((s) => [s.operation.operationId]));
    const sources = actions.map((a) => a.update['x-codeSamples'][0]!.source);
    expect(sources).toEqual(set.samples.map((s) => s.entry.source));
    // Each program as a reader pastes it, its import pointed at the package's sources.
    expect(compileSamples(out, sources)).toBe('');
  });

  it('builds requests with every query name and body field as the spec wrote them, and sends them so', async () => {
    const builders = Object.entries(module).filter(([name]) => /^build\w*Request$/.test(name)).map(([, f]) => f as Builder);
    expect(builders).toHaveLength(operations.length);
    for (const build of builders) {
      const probe = build('x', {});
      const op = operations.find((o) => probe.path === o.path.replace('{id}', 'x'))!;
      const query = Object.fromEntries(op.query.map((name, i) => [name, `${name}=${i}`]));
      const body = Object.fromEntries(op.properties.map((name, i) => [name, i === 0 ? op.values[1] : `${name}:${i}`]));
      const id = `${op.values[2]}/?#%`;
      const built = build(id, { ...query, ...body });
      expect(built.query).toEqual(query);
      expect(built.body).toEqual(body);
      const url = new URL(`${server.url}${built.path}`);
      expect(decodeURIComponent(url.pathname.split('/')[2]!)).toBe(id);
    }
  });

  it('sends every query name and body field through the client, and reads the answer back', async () => {
    const Client = module['default'] as new (options: object) => Record<string, unknown>;
    const client = new Client({ baseURL: server.url, maxRetries: 0 });
    const methods = Object.values(client).filter(isResource).flatMap((resource) =>
      Object.getOwnPropertyNames(Object.getPrototypeOf(resource)).filter((m) => m !== 'constructor').map((m) => (resource[m] as Call).bind(resource)));
    expect(methods).toHaveLength(operations.length);
    for (const call of methods) {
      // Which operation the method sends, found by its path.
      await call('probe', {});
      const op = operations.find((o) => new URL(server.requests.at(-1)!.url, server.url).pathname === o.path.replace('{id}', 'probe'))!;
      const query = Object.fromEntries(op.query.map((name) => [name, `${name}?&=#`]));
      const body = { [op.properties[0]!]: op.values[0], [op.properties[1]!]: op.properties[1] };
      const answer = await call('y', { ...query, ...body });
      const sent = server.requests.at(-1)!;
      expect(Object.fromEntries(new URL(sent.url, server.url).searchParams)).toEqual(query);
      expect(JSON.parse(sent.body)).toEqual(body);
      expect(answer).toEqual(body);
    }
  });
});

type Call = (id: string, params: Record<string, unknown>) => Promise<unknown>;

function isResource(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) !== Object.prototype;
}

/** The text of each heading of `depth` as a reader sees it. */
function shownHeadings(markdown: string, depth: number): string[] {
  return marked.lexer(markdown).filter((t): t is Tokens.Heading => t.type === 'heading' && t.depth === depth).map((t) => shownText(marked.parser([t])).trim());
}

/** Rendered Markdown as a reader sees it: tags removed, entities decoded. */
function shownText(html: string): string {
  const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  return html.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]!);
}

/** What the docs show of a summary in a list: its first sentence, on one line (as `firstSentence` cuts it). */
/** How Markdown shows a control character (but tab and line breaks): as its escape, `\u0007`, never raw. */
function shownControls(text: string): string {
  return text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}
