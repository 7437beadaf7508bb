/**
 * An API whose methods would not fit in a README (npm's registry keeps its first 64 KiB): the README lists
 * the resources, each linking to a page of its own in `docs/` that documents its methods as the README
 * would, and the package ships those pages. Checked on a generated package: sizes, links, every method
 * on its resource's page, the pages' examples and argument tables compiled against the package.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { methodPages } from '../../generator/emit/package/readme/methods.js';
import { README_BUDGET } from '../../generator/emit/package/readme.js';
import { headingsAt, outline } from '../package/helpers/markdown-outline.js';
import { methodDocs, tableChecks } from '../helpers/readme-tables.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';
import { consumerErrors } from '../helpers/tsc.js';
import { run, scratchDir } from '../helpers/tree.js';

const TAGS = ['Zones', 'DNS Records', 'Workers', 'Pages', 'Queues', 'Images', 'Stream', 'Tunnels'];
const VERBS = ['list', 'get', 'create', 'update', 'delete', 'purge', 'export', 'import', 'verify', 'rotate', 'pause', 'resume'];
const ABOUT = 'Long prose, as large APIs write it, explaining limits, permissions and what the call changes. '.repeat(5);

function operation(tag: string, verb: string): object {
  return {
    operationId: `${verb}${tag.replace(/\W/g, '')}`,
    tags: [tag],
    summary: `${verb} in ${tag}`,
    description: ABOUT,
    parameters: [
      { name: 'account_id', in: 'path', required: true, schema: { type: 'string', maxLength: 32 }, description: 'The account.' },
      { name: 'per_page', in: 'query', schema: { type: 'integer', minimum: 5, maximum: 50, default: 20 }, description: `Items a page. ${ABOUT}` },
      { name: 'kind', in: 'query', schema: { type: 'string', enum: ['a', 'b'] } },
    ],
    responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } } },
  };
}

const spec = {
  openapi: '3.1.0',
  info: { title: 'Big', version: '1.0.0' },
  servers: [{ url: 'https://big.example.com' }],
  paths: Object.fromEntries(TAGS.flatMap((tag) => VERBS.map((verb) => [`/accounts/{account_id}/${tag.replace(/\W/g, '')}/${verb}`, { get: operation(tag, verb) }]))),
};

let out: string;
let stderr: string;
const read = (path: string): string => readFileSync(join(out, path), 'utf8');
/** The README's links to pages, by the resource each names. */
const links = (): Map<string, string> => new Map([...read('README.md').matchAll(/^- \[`client\.([\w.]+)`\]\((docs\/[^)]+)\)/gm)].map((m) => [m[1]!, m[2]!]));

beforeAll(async () => {
  const dir = scratchDir('readme-pages-');
  out = join(dir, 'generated');
  const specPath = join(dir, 'openapi.json');
  writeFileSync(specPath, JSON.stringify(spec));
  const result = await run('generate', '--spec', specPath, '--out', out);
  if (result.code !== 0) throw new Error(result.stderr);
  stderr = result.stderr;
}, 60_000);

describe("the pages' links on npmjs.com", () => {
  it('warn, located, that npmjs.com opens them only through a repository the config does not name', () => {
    expect(stderr).toMatch(/openapi\.json:\d+:\d+ warning \[readme-pages-repository\] #\/info: the README links its 8 method pages in docs\/, .*set x-sdk\.package\.repository/);
  });

  it('do not warn when the config names the repository, which the manifest then carries', async () => {
    const dir = scratchDir('readme-pages-repo-');
    const specPath = join(dir, 'openapi.json');
    writeFileSync(specPath, JSON.stringify({ ...spec, 'x-sdk': { package: { name: 'big', repository: 'https://github.com/example/big' } } }));
    const result = await run('generate', '--spec', specPath, '--out', join(dir, 'generated'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'generated/package.json'), 'utf8')).repository).toEqual({ type: 'git', url: 'git+https://github.com/example/big.git' });
  }, 60_000);
});

describe('a README whose methods would not fit', () => {
  it('stays under the registry\'s 64 KiB, with its sections, and lists every resource once, linking to its page', () => {
    expect(Buffer.byteLength(read('README.md'))).toBeLessThan(65_536);
    expect(headingsAt(read('README.md'), 2)).toContain('Methods');
    expect(headingsAt(read('README.md'), 4)).toEqual([]);
    expect([...links().keys()].sort()).toEqual(['dnsRecords', 'images', 'pages', 'queues', 'stream', 'tunnels', 'workers', 'zones']);
    for (const page of links().values()) expect(existsSync(join(out, page))).toBe(true);
    expect(readdirSync(join(out, 'docs')).length).toBe(TAGS.length);
  });

  it('documents each method on its resource\'s page, under its summary, and the page links back to the README', () => {
    for (const [resource, page] of links()) {
      const tag = TAGS.find((t) => t.replace(/\W/g, '').toLowerCase() === resource.toLowerCase())!;
      expect(headingsAt(read(page), 2)).toEqual(VERBS.map((verb) => `${verb} in ${tag}`).sort());
      expect(headingsAt(read(page), 1)).toHaveLength(1);
      const back = /\[README\]\(([^)]+)\)/.exec(read(page))![1]!;
      expect(existsSync(join(out, dirname(page), back)) && back.endsWith('README.md')).toBe(true);
    }
  });

  it('has pages whose examples and argument tables compile against the package', () => {
    const pages = [...links().values()].map(read);
    const examples = pages.flatMap((page) => outline(page).codeBlocks.filter((b) => b.language === 'ts').map((b) => b.body));
    expect(examples).toHaveLength(TAGS.length * VERBS.length);
    const methods = pages.flatMap((page) => methodDocs(page, 2));
    expect(methods.map((m) => m.rows.length)).toEqual(examples.map(() => 3));
    const { header, body } = tableChecks(methods, 'BigClient');
    const calls = examples.map((example, i) => `export async function example${i}() {\n${example}\n}`);
    expect(consumerErrors(out, header, `${body}\n${calls.join('\n')}`)).toEqual([]);
  });

  it('writes a table wider than a line compact: one long description pads no other row', () => {
    const rows = [...links().values()].flatMap((page) => read(page).split('\n').filter((line) => line.startsWith('| ')));
    expect(rows.length).toBeGreaterThan(TAGS.length * VERBS.length * 3);
    expect(rows.filter((row) => /[^\s|] {2,}\|/.test(row))).toEqual([]);
  });

  it('ships the pages: the manifest\'s files list docs/', () => {
    expect(JSON.parse(read('package.json')).files).toContain('docs/');
  });
});

describe('a README whose methods fit', () => {
  it('documents them itself, with no pages and no docs/ in the manifest', () => {
    expect(existsSync('generated/docs')).toBe(false);
    expect(JSON.parse(readFileSync('generated/package.json', 'utf8')).files).not.toContain('docs/');
    expect(Buffer.byteLength(readFileSync('generated/README.md', 'utf8'))).toBeLessThan(README_BUDGET);
    expect(headingsAt(readFileSync('generated/README.md', 'utf8'), 4)).toHaveLength(4);
  });
});

describe('page names', () => {
  it('differ in more than case, since macOS and Windows would make them one file', () => {
    const op = (id: string, tag: string) => ({ get: { operationId: id, tags: [tag], responses: { '200': { description: 'ok' } } } });
    const api = apiOf(minimalDoc({ paths: { '/a': op('getA', 'fooBar'), '/b': op('getB', 'foobar') } }));
    expect([...methodPages(api).keys()]).toEqual(['docs/fooBar.md', 'docs/foobar-2.md']);
  });
});
