/**
 * The README's table of each method's arguments agrees with the generated declarations: every row's type
 * is the argument's type (compiled: each is checked equal, both ways, to the type TypeScript gives the
 * argument or the `params` member), `Required` is what the declaration says, and the rows name exactly
 * the method's positional arguments and its `params` members. Spec text cannot break a table's rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { readme } from '../../generator/emit/package/readme.js';
import { apiOf, minimalDoc } from '../helpers/spec.js';
import { consumerErrors } from '../helpers/tsc.js';
import { run, scratchDir } from '../helpers/tree.js';

interface Row {
  readonly name: string;
  readonly type: string;
  readonly required: string;
}

interface MethodDocs {
  readonly path: string;
  /** The arguments before `params` (or `options`), as the signature line names them. */
  readonly positional: number;
  readonly paramsType: string | undefined;
  readonly rows: readonly Row[];
}

/** The text inside a code span, as CommonMark reads it (one space each side stripped when both are there). */
function codeSpanText(cell: string): string {
  const match = /^(`+)([\s\S]*)\1$/.exec(cell.trim());
  if (!match) throw new Error(`not a code span: ${cell}`);
  const inner = match[2]!;
  return inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== '' ? inner.slice(1, -1) : inner;
}

/** Each method section of a README: its signature and the rows of its table, as a Markdown parser reads them. */
function methodDocs(markdown: string): MethodDocs[] {
  return markdown
    .split(/^#### /m)
    .slice(1)
    .map((section) => section.split(/^## /m)[0]!)
    .map((section) => {
      const signature = /^`(client\.[\w$.]+)\((.*)\): (?:APIPromise|PagePromise)/m.exec(section)!;
      const args = signature[2]!.split(/, (?=[\w$]+\??: )/);
      const params = args.find((a) => /^params\??: /.test(a));
      const tables = marked.lexer(section).filter((t): t is Tokens.Table => t.type === 'table' && t.header.map((h: Tokens.TableCell) => h.text).join() === 'Name,In,Type,Required,Description');
      expect(tables.length).toBeLessThanOrEqual(1);
      const rows = (tables[0]?.rows ?? []).map((cells) => {
        expect(cells).toHaveLength(5);
        return { name: codeSpanText(cells[0]!.text), type: codeSpanText(cells[2]!.text), required: cells[3]!.text };
      });
      return { path: signature[1]!, positional: args.findIndex((a) => /^(params|options)\??: /.test(a)), paramsType: params?.replace(/^params\??: /, ''), rows };
    });
}

/** `Same`, both ways assignable; `Args`, a method's first overload's arguments (the one the README shows). */
const HELPERS = [
  'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
  'type Args<F> = F extends { (...a: infer A): unknown; (...a: infer _B): unknown } ? A : never;',
].join('\n');

/** A property name as TypeScript keys it: `0` is a number. */
const keyLiteral = (name: string): string => (/^(0|[1-9][0-9]*)$/.test(name) ? name : JSON.stringify(name));

/** Type-level assertions for one method's rows; each line compiles only when the README is right. */
function assertions(method: MethodDocs, i: number): string[] {
  const fn = `typeof ${method.path.replace(/^client/, 'client')}`;
  const lines = method.rows.slice(0, method.positional).map((row, j) => `export const p${i}_${j}: Same<Args<${fn}>[${j}], ${row.type}> = true;`);
  const next = `Exclude<Args<${fn}>[${method.positional}], undefined>`;
  lines.push(`export const a${i}: Same<${next}, ${method.paramsType ?? 'RequestOptions'}> = true;`);
  const members = method.rows.slice(method.positional);
  if (method.paramsType === undefined) return [...lines, `export const n${i}: ${members.length} = 0;`];
  const P = method.paramsType;
  lines.push(`export const k${i}: Same<keyof ${P}, ${members.map((m) => keyLiteral(m.name)).join(' | ') || 'never'}> = true;`);
  members.forEach((m, j) => {
    const key = keyLiteral(m.name);
    lines.push(`export const m${i}_${j}: Same<Exclude<${P}[${key}], undefined>, Exclude<${m.type}, undefined>> = true;`);
    lines.push(`export const r${i}_${j}: {} extends Pick<${P}, ${key}> ? 'no' : 'yes' = ${JSON.stringify(m.required)};`);
  });
  return lines;
}

/** Every exported name a row's type or a signature mentions, imported from the package. */
function imports(methods: readonly MethodDocs[], client: string): string {
  const names = new Set<string>([client, 'RequestOptions']);
  const types = methods.flatMap((m) => [m.paramsType ?? '', ...m.rows.map((r) => r.type)]);
  // Capitalised words outside string literals (an enum's `'JSON'` is no type to import).
  const words = types.flatMap((text) => [...text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '').matchAll(/\b[A-Z][\w$]*/g)].map((m) => m[0]));
  for (const name of words) if (!['Array', 'Exclude', 'Omit', 'Object'].includes(name)) names.add(name);
  return `import { ${[...names].map((n) => (n === client ? n : `type ${n}`)).join(', ')} } from './src/index.js';`;
}

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
    const header = `${imports(methods, client)}\ndeclare const client: ${client};\n${HELPERS}`;
    expect(consumerErrors(out, header, methods.flatMap(assertions).join('\n'))).toEqual([]);
  }, 60_000);
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
