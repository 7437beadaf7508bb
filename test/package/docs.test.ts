/**
 * The generated documentation. The README has every section and every method; its TypeScript examples
 * type-check against the installed package and its CommonJS example runs; api.md names exactly what
 * the package exports. Hostile spec text cannot break the Markdown's structure.
 */
import { marked } from 'marked';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiReference } from '../../generator/emit/package/api-md.js';
import { readme } from '../../generator/emit/package/readme.js';
import { methodPath } from '../../generator/emit/package/signature.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';
import { installConsumer, runNode, typeCheck, writeFiles } from './helpers/consumer.js';
import { headingsAt, outline } from './helpers/markdown-outline.js';
import { NODE_TYPES } from './helpers/paths.js';
import { preparePackage, type PreparedPackage } from './helpers/prepare.js';

let prepared: PreparedPackage;
let consumer: string;
const file = (path: string): string => prepared.generated.files.get(path)!;
beforeAll(async () => {
  prepared = await preparePackage('docs');
  consumer = join(prepared.root, 'consumer');
  installConsumer(consumer, prepared.packed.tarball);
}, 120_000);
afterAll(() => prepared?.cleanup());

describe('the README', () => {
  it('has the sections users look for, in order', () => {
    expect(headingsAt(file('README.md'), 2)).toEqual(['Install', 'Usage', 'Client options', 'Methods', 'Request builders', 'Tree shaking', 'Errors', 'Retries', 'Timeouts', 'Raw responses', 'Logging', 'Runtimes', 'Versioning']);
  });

  it('documents every method under its summary, with an example that calls it', () => {
    const { api } = prepared.generated;
    expect(headingsAt(file('README.md'), 4)).toEqual(api.operations.map((op) => op.summary));
    const blocks = outline(file('README.md')).codeBlocks.map((b) => b.body);
    for (const op of api.operations) expect(blocks.some((b) => b.includes(`${methodPath(op)}(`))).toBe(true);
  });

  it('has TypeScript examples that type-check against the installed package', () => {
    const snippets = outline(file('README.md')).codeBlocks.filter((b) => b.language === 'ts');
    expect(snippets.length).toBeGreaterThan(8);
    const name = prepared.generated.api.package.name;
    const client = prepared.generated.api.client.name;
    const files = Object.fromEntries(snippets.map((s, i) => [`readme-${i}.ts`, asModule(s.body, name, client)]));
    const tsconfig = { compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, types: ['node'], typeRoots: [NODE_TYPES] }, files: Object.keys(files) };
    writeFiles(consumer, { ...files, 'tsconfig.readme.json': JSON.stringify(tsconfig) });
    expect(typeCheck(consumer, 'tsconfig.readme.json')).toBe('');
  });

  it('has a CommonJS example that runs', async () => {
    const [cjs] = outline(file('README.md')).codeBlocks.filter((b) => b.language === 'js');
    writeFiles(consumer, { 'readme-example.cjs': `${cjs!.body}\nconsole.log(typeof client.realtimeKit.activeSession.getActiveSession);\n` });
    const ran = await runNode(consumer, ['readme-example.cjs'], { CLOUDFLARE_API_TOKEN: 'token' });
    expect([ran.code, ran.stdout, ran.stderr]).toEqual([0, 'function\n', '']);
  });

  it('installs the package by its name', () => {
    expect(outline(file('README.md')).codeBlocks.filter((b) => b.language === 'sh')).toEqual([{ language: 'sh', body: `npm install ${prepared.generated.api.package.name}` }]);
  });
});

describe('api.md', () => {
  it('lists exactly the names the package exports', () => {
    const listed = new Set([...file('api.md').matchAll(/^- `([A-Za-z_$][\w$]*)[`(]/gm)].map((m) => m[1]!));
    const exported = exportsOf(join(prepared.dir, 'dist/esm/index.d.ts')).filter((n) => n !== 'default');
    expect([...listed].sort()).toEqual(exported.sort());
  });

  it('lists every method with its HTTP call', () => {
    const methods = [...file('api.md').matchAll(/^- `(client\.[\w.]+)\(/gm)].map((m) => m[1]);
    expect(methods).toEqual(prepared.generated.api.operations.map((op) => methodPath(op)));
  });
});

describe('hostile spec text', () => {
  const api = apiOf(
    minimalDoc({
      info: { title: 'T', version: '1.0.0', description: 'Opens a fence:\n```\nand never closes it' },
      paths: {
        '/x': {
          get: {
            operationId: 'getX',
            tags: ['things'],
            summary: 'Summary with ``` fences, | pipes\nand a line break',
            description: '```js\nunclosed',
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    }),
  );

  it.each([
    ['README.md', () => readme(api)],
    ['api.md', () => apiReference(api)],
  ])('cannot open a fence or a heading in %s', (_, render) => {
    const markdown = render();
    expect(outline(markdown).unclosedFence).toBe(false);
    expect(outline(markdown).headings.every((h) => !h.text.includes('\n'))).toBe(true);
  });

  it('keeps the summary as one heading, its Markdown characters escaped (a summary is plain text)', () => {
    expect(headingsAt(readme(api), 4)).toEqual(['Summary with \\`\\`\\` fences, \\| pipes and a line break']);
  });

  it.each([
    ['a fence', 'Opens a fence:\n```\nand never closes it'],
    ['a longer fence, a shorter one inside', '````\n```\nstill inside'],
    ['a tilde fence', '~~~\nunclosed'],
    ['an HTML comment', 'Note <br>\n<!-- left open'],
    ['a <pre> block', '<PRE>\nraw'],
  ])('closes %s a description leaves open, so no section after it is swallowed', (_, description) => {
    const plain = apiOf(minimalDoc({ info: { title: 'T', version: '1.0.0' } }));
    const hostile = apiOf(minimalDoc({ info: { title: 'T', version: '1.0.0', description } }));
    // Read by a CommonMark parser, as a registry or a code host would render it.
    const sections = (markdown: string) => marked.lexer(markdown).flatMap((t) => (t.type === 'heading' && t.depth === 2 ? [t.text] : []));
    expect(sections(readme(hostile))).toEqual(sections(readme(plain)));
    expect(readme(hostile)).toContain(description.split('\n').at(-1));
  });
});

describe('headings in spec descriptions', () => {
  const doc = (description: string | undefined, opDescription: string | undefined) =>
    minimalDoc({
      info: { title: 'T', version: '1.0.0', ...(description ? { description } : {}) },
      paths: { '/x': { get: { operationId: 'getX', tags: ['things'], summary: 'Get X', ...(opDescription ? { description: opDescription } : {}), responses: { '200': { description: 'ok' } } } } },
    });

  it('stay inside the section that holds them: no extra section, no extra method', () => {
    const plain = readme(apiOf(doc(undefined, undefined)));
    const headed = readme(apiOf(doc('# Welcome\n\n## Authentication', '#### Example in Node.js\n\nText')));
    expect(headingsAt(headed, 1)).toEqual(headingsAt(plain, 1));
    expect(headingsAt(headed, 2)).toEqual(headingsAt(plain, 2));
    // The intro's go below the title (3 and 4, before Install); the method's below the method (5).
    expect(headingsAt(headed, 3)[0]).toBe('Welcome');
    expect(headingsAt(headed, 4)).toEqual(['Authentication', 'Get X']);
    expect(headingsAt(headed, 5)).toEqual(['Example in Node.js']);
  });
});

describe('the Tree shaking example', () => {
  it.each(['default', 'client'])('names a resource called %s by a variable it can have', (tag) => {
    const api = apiOf(minimalDoc({ paths: { '/items': { get: { operationId: 'listItems', tags: [tag], responses: { '200': { description: 'ok' } } } } } }));
    const section = readme(api).split('## Tree shaking')[1]!.split('\n## ')[0]!;
    const example = /```ts\n([\s\S]*?)```/.exec(section)![1]!;
    const parsed = ts.transpileModule(example, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
    expect(parsed.diagnostics?.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    const declared = [...example.matchAll(/const (\S+) =/g)].map((m) => m[1]);
    expect(new Set(declared).size).toBe(declared.length);
    expect(example).toContain(`.listItems()`);
  });
});

describe('an API whose spec declares no security scheme', () => {
  it('tells how to send a credential anyway: defaultHeaders, masked in logs', () => {
    const markdown = readme(apiOf(minimalDoc({ info: { title: 'Open', version: '1.0.0' } })));
    expect(markdown).toContain('The spec declares no security scheme');
    expect(outline(markdown).codeBlocks.map((b) => b.body)).toContain("const client = new OpenClient({\n  defaultHeaders: { Authorization: `Bearer ${process.env['API_TOKEN']}` },\n});");
  });

  it('says nothing of it when the spec has a scheme', () => {
    expect(file('README.md')).not.toContain('declares no security scheme');
  });
});

/** Adds what a README snippet assumes: the import and, when it uses one without making one, a client. */
function asModule(body: string, packageName: string, client: string): string {
  const prelude = [];
  if (!body.includes(`from '${packageName}'`)) prelude.push(`import ${client} from '${packageName}';`);
  if (/\bclient\./.test(body) && !/const client\b/.test(body)) prelude.push(`declare const client: ${client};`);
  return `${prelude.join('\n')}\n${body}\nexport {};\n`;
}

/** The names a declaration file exports, as the TypeScript checker sees them. */
function exportsOf(declarationFile: string): string[] {
  const program = ts.createProgram([declarationFile], { noEmit: true, types: [], lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'] });
  const checker = program.getTypeChecker();
  const symbol = checker.getSymbolAtLocation(program.getSourceFile(declarationFile)!)!;
  return checker.getExportsOfModule(symbol).map((s) => s.getName());
}
