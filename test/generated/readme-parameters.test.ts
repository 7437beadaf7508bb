/**
 * The README's table of each method's arguments agrees with the generated declarations: every row's type
 * is the argument's type (compiled: each is checked equal, both ways, to the type TypeScript gives the
 * argument or the `params` member), `Required` is what the declaration says, and the rows name exactly
 * the method's positional arguments and its `params` members. Spec text cannot break a table's rows.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { readme } from '../../generator/emit/package/readme.js';
import { apiOf, minimalDoc, specText } from '../helpers/spec.js';
import { methodDocs, packageTableChecks, tableChecks } from '../helpers/readme-tables.js';
import { consumerErrors, tscErrors } from '../helpers/tsc.js';
import { run, scratchDir } from '../helpers/tree.js';

describe("the README's parameter tables", () => {
  it.each([
    ['spec/openapi.yaml', 'Cloudflare', 4],
    ['test/fixtures/edge/openapi.yaml', 'EdgeAPIClient', 10],
    ['test/fixtures/read-write-only/openapi.yaml', 'Shop', 3],
  ])('%s: every row is the declared argument, compiled', async (spec, client, tables) => {
    const out = join(scratchDir('readme-parameters-'), 'generated');
    expect((await run('generate', '--spec', spec, '--out', out)).code).toBe(0);
    const methods = methodDocs(readFileSync(join(out, 'README.md'), 'utf8'));
    expect(methods.filter((m) => m.rows.length > 0).length).toBeGreaterThanOrEqual(tables);
    const { header, body } = tableChecks(methods, client);
    expect(consumerErrors(out, header, body)).toEqual([]);
  }, 60_000);
});

describe('a model named like a global type', () => {
  it("is the package's in the table's type, as in the declaration", async () => {
    const dir = scratchDir('readme-global-name-');
    const file = { type: 'object', properties: { name: { type: 'string' }, content_path: { type: 'string', readOnly: true } } };
    const body = { type: 'object', required: ['files'], properties: { files: { type: 'array', items: { $ref: '#/components/schemas/File' } } } };
    const doc = minimalDoc({
      paths: { '/items': { post: { operationId: 'createItem', tags: ['items'], requestBody: { required: true, content: { 'application/json': { schema: body } } }, responses: { '204': { description: 'done' } } } } },
      components: { schemas: { File: file } },
    });
    writeFileSync(join(dir, 'openapi.yaml'), specText(doc));
    expect((await run('generate', '--spec', join(dir, 'openapi.yaml'), '--out', join(dir, 'generated'))).code).toBe(0);
    const checks = packageTableChecks(join(dir, 'generated'));
    expect(checks.text).toMatch(/^import \{[^}]*\btype File\b/);
    writeFileSync(join(dir, 'generated/src/readme-tables.check.ts'), checks.text);
    expect(tscErrors(join(dir, 'generated/tsconfig.json'), ['--noEmit'])).toBe('');
  });
});

describe('spec text in a parameter table', () => {
  const api = apiOf(
    minimalDoc({
      paths: {
        '/things/{thing_id}': {
          get: {
            operationId: 'getThing',
            tags: ['things'],
            parameters: [
              { name: 'thing_id', in: 'path', required: true, schema: { type: 'string' }, description: 'Which | thing\n\nsecond paragraph' },
              { name: 'a|b', in: 'query', schema: { type: 'integer', maximum: 5, default: 2 }, description: '<!-- opened' },
              { name: 'mo`de', in: 'query', schema: { type: 'string', enum: ['x|y', "it's"] }, deprecated: true },
            ],
            responses: { '200': { description: 'ok' } },
          },
        },
      },
    }),
  );

  it('shows a name a cell cannot hold as written quoted as the declarations quote it, and keeps unusual spaces', () => {
    const names = [' padded ', 'tab\tbed', 'line\u2028split', ' lead\u00a0', 'trail ', 'back\\|slash'];
    const quoted = apiOf(minimalDoc({
      paths: { '/q': { get: { operationId: 'q', parameters: [
        ...names.map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
        { name: 'marked', in: 'query', schema: { type: 'string', enum: ['\ufeffbom', 'no\u00a0break'] } },
      ], responses: { '204': { description: 'none' } } } } },
    }));
    const markdown = readme(quoted);
    const [method] = methodDocs(markdown);
    expect(method!.rows.map((r) => r.name).sort()).toEqual([...names, 'marked'].sort());
    // Only where a code span would trim or a row would break: ` lead\u00a0` and `trail ` are written as they are.
    for (const shown of ["`' padded '`", "`'tab\\tbed'`", "`'line\\u2028split'`", '` lead\u00a0`', '`trail `', "`'back\\\\\\|slash'`"]) expect(markdown).toContain(shown);
    // A byte order mark or a no-break space in a code span is kept, not collapsed into a space.
    expect(method!.rows.find((r) => r.name === 'marked')!.type).toBe(`'\ufeffbom' | 'no\u00a0break'`);
  });

  it('stays in its cell: one row per argument, five cells each', () => {
    const [method] = methodDocs(readme(api));
    expect(method!.rows.map((r) => [r.name, r.required])).toEqual([
      ['thingId', 'yes'],
      ['a|b', 'no'],
      ['mo`de', 'no'],
    ]);
    expect(method!.rows[2]!.type).toBe(`'x|y' | "it's"`);
  });

  it('says what the spec says of the value: description, bounds, default, deprecation', () => {
    const table = marked.lexer(readme(api)).find((t): t is Tokens.Table => t.type === 'table' && t.header[0]!.text === 'Name')!;
    expect(table.rows.map((cells) => cells[4]!.text)).toEqual(['Which | thing second paragraph', '<!-- opened. At most 5. Default: `2`.', '**Deprecated.**']);
  });
});
