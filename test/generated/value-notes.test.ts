/**
 * What a schema says of its values beyond their type (bounds, lengths, patterns, formats, defaults, and
 * examples: a parameter's own or its schema's) reaches the documentation an editor shows: read here
 * through TypeScript's own checker, as hover text and JSDoc tags, from a package generated with hostile
 * patterns, defaults and examples, which must neither break out of their comment nor be shown as another
 * pattern or value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SchemaIR } from '../../generator/ir/types.js';
import { commentSafePattern, sentences, valueNote, valueTags } from '../../generator/emit/value-notes.js';
import { generateAndImport } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const HOSTILE_PATTERN = '^[a-z]*/x/*\n@y`z``$';
const HOSTILE_DEFAULT = '*/ end /* open';

// AWS MediaConnect's `allOf: [$ref: __string, {description, pattern}]`: what this field is, on a type of any text.
const FLOW_ARN = { allOf: [{ $ref: '#/components/schemas/Text' }, { description: 'The ARN of the flow.', pattern: '^arn:' }] };
const query = (name: string, schema: object, description?: string) => ({ name, in: 'query', schema, ...(description ? { description } : {}) });
const spec = {
  openapi: '3.0.3',
  info: { title: 'Things', version: '1.0.0' },
  servers: [{ url: 'https://things.example.com' }],
  paths: {
    '/things/{thing_id}': {
      get: {
        operationId: 'getThing',
        tags: ['things'],
        parameters: [
          { name: 'thing_id', in: 'path', required: true, 'x-sdk-positional': true, description: 'The thing', schema: { type: 'string', minLength: 1, maxLength: 64, pattern: HOSTILE_PATTERN } },
          { ...query('limit', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'Page size.'), example: 50 },
          query('ratio', { type: 'number', minimum: 0, exclusiveMinimum: true }),
          query('labels', { type: 'array', maxItems: 5, uniqueItems: true, items: { type: 'string', maxLength: 8, pattern: '/*' } }),
          query('comment', { type: 'string', default: HOSTILE_DEFAULT, example: `/*${HOSTILE_DEFAULT}` }),
          // What each value means, as openapi-generator's extension says it; one explanation tries to end the comment.
          query('state', { type: 'string', enum: ['open', 'x|y', 'shut'], 'x-enum-descriptions': ['Taking orders.', `Both. ${HOSTILE_DEFAULT}`, ''] }),
          // The same said as a oneOf of single values, each explained (how 3.1 writes it, with `const`).
          // A list of explained values: each item's values are the ones explained.
          query('states', { type: 'array', items: { type: 'string', enum: ['open', 'shut'], 'x-enum-descriptions': ['Taking orders.', 'Closed.'] } }),
          query('plan', { description: 'The plan.', oneOf: [{ type: 'string', enum: ['free'], description: 'No charge.' }, { type: 'string', enum: ['pro'], title: 'Professional' }] }),
        ],
        responses: { '200': { description: 'The thing.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Thing: { type: 'object', required: ['id'], properties: { id: { type: 'string', format: 'uuid', example: '6f1c2a5e-0b7d-4a0e-9d3c-2b8f1e4a7c90' }, size: { type: 'integer', multipleOf: 2 }, code: { $ref: '#/components/schemas/Code' }, old_code: { $ref: '#/components/schemas/Code', deprecated: true, description: 'Use code.' }, mode: { $ref: '#/components/schemas/Mode' }, modes: { type: 'array', items: { $ref: '#/components/schemas/Mode' } }, price_code: { $ref: '#/components/schemas/Code', default: 'USD', example: 'GBP' }, tier: { $ref: '#/components/schemas/Tier' }, flow_arn: FLOW_ARN } },
      Text: { type: 'string', description: 'Any text.', maxLength: 64 },
      // An example that is the default is said once.
      Code: { type: 'string', description: 'A currency code', pattern: '^[A-Z]{3}$', default: 'EUR', example: 'EUR' },
      // Integer values named (NSwag's extension) and explained (AutoRest's, whose names are often the values themselves).
      Mode: { type: 'integer', enum: [0, 1, 2], 'x-enumNames': ['Any', 'Only Selected', 'All Except\nSelected'], 'x-ms-enum': { name: 'Mode', values: [{ value: 0, description: 'Any project.' }, { value: 2, description: 'All but the\n  selected ones.' }] } },
      Tier: { type: 'string', enum: ['free', 'pro'], 'x-ms-enum': { name: 'Tier', modelAsString: true, values: [{ value: 'free', name: 'Free' }, { value: 'pro', name: 'Professional', description: 'Paid.' }] } },
    },
  },
};

interface Hover {
  readonly text: string;
  readonly tags: Record<string, string>;
}

/** What an editor shows for a declaration's symbol: its documentation and its tags. */
function hoverOf(symbol: ts.Symbol, checker: ts.TypeChecker): Hover {
  const tags = Object.fromEntries(symbol.getJsDocTags(checker).map((t) => [t.name, ts.displayPartsToString(t.text)]));
  return { text: ts.displayPartsToString(symbol.getDocumentationComment(checker)), tags };
}

/** The pattern a note shows, read back out of its code span. */
function shownPattern(text: string): string {
  const match = /Matches (`+) ?([\s\S]*?) ?\1\./.exec(text);
  if (!match) throw new Error(`no pattern in ${JSON.stringify(text)}`);
  return match[2]!;
}

const SAMPLES = ['', 'a/x/', 'ab/x//\n@y`z``', 'q/x\n@y`z``', '/', '//', 'x', '*', '/*', 'a*/b', '\\', '\n'];
const sameMatches = (a: string, b: string) => SAMPLES.map((s) => new RegExp(a).test(s)).join() === SAMPLES.map((s) => new RegExp(b).test(s)).join();

describe('value notes in the generated documentation', () => {
  let out: string;
  let checker: ts.TypeChecker;
  let program: ts.Program;
  beforeAll(async () => {
    ({ out } = await generateAndImport(spec, 'value-notes-'));
    program = ts.createProgram([join(out, 'src/index.ts')], { strict: true, noEmit: true, types: [], target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
    checker = program.getTypeChecker();
  });

  const exported = (name: string): ts.Symbol => {
    const entry = program.getSourceFile(join(out, 'src/index.ts'))!;
    const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(entry)!).find((s) => s.name === name);
    if (!symbol) throw new Error(`${name} is not exported`);
    return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  };
  const member = (type: string, name: string): Hover => hoverOf(checker.getDeclaredTypeOfSymbol(exported(type)).getProperty(name)!, checker);

  it('compiles under --strict', () => {
    expect(tscErrors(join(out, 'tsconfig.json'), ['--noEmit', '--strict'])).toBe('');
  });

  it('says bounds and defaults on the params an editor shows', () => {
    expect(member('ThingsGetThingParams', 'limit')).toEqual({ text: 'Page size.\n\nAt least 1 and at most 100.', tags: { default: '20', example: '50' } });
    expect(member('ThingsGetThingParams', 'ratio').text).toBe('Greater than 0.');
    expect(member('ThingsGetThingParams', 'labels').text).toBe('At most 5 items, no item twice. Each item: at most 8 characters. Matches `\\x2f*`.');
    const comment = member('ThingsGetThingParams', 'comment').tags;
    expect([JSON.parse(comment['default']!), JSON.parse(comment['example']!)]).toEqual([HOSTILE_DEFAULT, `/*${HOSTILE_DEFAULT}`]);
  });

  it('says formats and multiples on a model, and a pattern and default on an alias', () => {
    expect(member('Thing', 'id')).toEqual({ text: 'Format: `uuid`.', tags: { example: '"6f1c2a5e-0b7d-4a0e-9d3c-2b8f1e4a7c90"' } });
    expect(member('Thing', 'size').text).toBe('A multiple of 2.');
    expect(hoverOf(exported('Code'), checker)).toEqual({ text: 'A currency code\n\nMatches `^[A-Z]{3}$`.', tags: { default: '"EUR"' } });
  });

  it('lists what the spec says of each enum value, on the type, on each field of it and on a parameter', () => {
    const modes = '- `0` (Any): Any project.\n- `1` (Only Selected)\n- `2` (All Except Selected): All but the selected ones.';
    expect(hoverOf(exported('Mode'), checker).text).toBe(modes);
    expect(member('Thing', 'mode').text).toBe(modes);
    expect(member('Thing', 'modes').text).toBe(modes);
    expect(member('ThingsGetThingParams', 'states').text).toBe('- `open`: Taking orders.\n- `shut`: Closed.');
    // A name that is the value again (`Free` for `free`) is not said.
    expect(member('Thing', 'tier').text).toBe('- `pro` (Professional): Paid.');
    // The comment's end is written `*\/`, as in every description: the comment goes on.
    expect(member('ThingsGetThingParams', 'state').text).toBe('- `open`: Taking orders.\n- `x|y`: Both. *\\/ end /\\* open');
    expect(member('ThingsGetThingParams', 'plan').text).toBe('The plan.\n\n- `free`: No charge.\n- `pro` (Professional)');
    const plan = checker.getDeclaredTypeOfSymbol(exported('ThingsGetThingParams')).getProperty('plan')!;
    expect(checker.typeToString(checker.getTypeOfSymbol(plan))).toBe('"free" | "pro" | undefined');
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    // Descriptions are CommonMark: the asterisks are emphasis, which prettier writes with underscores.
    expect(readme).toContain('`open`: Taking orders. `shut`: Closed. |');
    expect(readme).toContain("| `state` | query | `'open' \\| 'x\\|y' \\| 'shut'` | no | `open`: Taking orders. `x\\|y`: Both. _/ end /_ open. |");
  });

  it("says what an allOf part that adds no type says of the field: its description and constraints, beside the named schema's", () => {
    expect(member('Thing', 'flow_arn').text).toBe('The ARN of the flow.\n\nAt most 64 characters. Matches `^arn:`.');
  });

  it('strikes out a field deprecated beside its $ref, the type it names not', () => {
    expect(member('Thing', 'old_code')).toEqual({ text: 'Use code.\n\nMatches `^[A-Z]{3}$`.', tags: { default: '"EUR"', deprecated: '' } });
    expect(member('Thing', 'code').tags).not.toHaveProperty('deprecated');
  });

  it("says a default and an example beside a $ref before the named schema's", () => {
    expect(member('Thing', 'price_code')).toEqual({ text: 'A currency code\n\nMatches `^[A-Z]{3}$`.', tags: { default: '"USD"', example: '"GBP"' } });
  });

  it('documents a positional argument with @param, its hostile pattern shown as the same pattern', () => {
    const method = checker.getDeclaredTypeOfSymbol(exported('Things')).getProperty('getThing')!;
    const declaration = method.declarations![0] as ts.MethodDeclaration;
    const argument = checker.getSymbolAtLocation(declaration.parameters[0]!.name)!;
    const text = ts.displayPartsToString(argument.getDocumentationComment(checker));
    expect(text).toMatch(/^The thing\. 1 to 64 characters\. Matches /);
    expect(shownPattern(text)).not.toMatch(/\/\*|\*\/|\n/);
    expect(sameMatches(shownPattern(text), HOSTILE_PATTERN)).toBe(true);
  });
});

describe('valueNote', () => {
  const origin = { file: 'openapi.yaml', pointer: '', line: 1, column: 1 };
  const note = (schema: Partial<SchemaIR>) => valueNote({ kind: 'string', origin, ...schema } as SchemaIR);

  it.each([
    [{ constraints: { minLength: 3, maxLength: 3 } }, 'Exactly 3 characters.'],
    [{ constraints: { minLength: 1 } }, 'At least 1 character.'],
    [{ constraints: { minLength: 0 } }, undefined],
    [{ constraints: { maxLength: 1 } }, 'At most 1 character.'],
    [{ kind: 'number', constraints: { maximum: 5, exclusiveMaximum: 4 } }, 'Less than 4.'],
    [{ kind: 'number', constraints: { minimum: -1 } }, 'At least -1.'],
    [{ kind: 'number', constraints: { minimum: 1, exclusiveMinimum: 0, maximum: 3, exclusiveMaximum: 3 } }, 'At least 1 and less than 3.'],
    [{ kind: 'array', constraints: { minItems: 1, maxItems: 2 }, items: { kind: 'ref', model: 'm', origin, constraints: { maxLength: 2 } } }, '1 to 2 items.'],
    [{ kind: 'array', constraints: { uniqueItems: true }, items: { kind: 'string', origin } }, 'No item twice.'],
    [{ kind: 'binary', format: 'binary' }, undefined],
    [{ kind: 'array', items: { kind: 'string', format: 'date-time', origin } }, 'Each item: format `date-time`.'],
    [{ kind: 'array', items: { kind: 'array', constraints: { minItems: 1 }, items: { kind: 'string', origin }, origin } }, undefined],
    [{ kind: 'object', properties: [], constraints: { uniqueItems: true, maxLength: 2 } }, undefined],
    [{ kind: 'string', constraints: { minimum: 1, maxItems: 2 } }, undefined],
    [{ kind: 'unknown', constraints: { maxLength: 2, maximum: 3 } }, 'At most 2 characters. At most 3.'],
    [{ kind: 'ref', model: 'm', constraints: { pattern: '^a' } }, 'Matches `^a`.'],
    [{ kind: 'ref', model: 'm' }, undefined],
  ] as const)('%j is %j', (schema, expected) => {
    expect(note(schema as Partial<SchemaIR>)).toBe(expected);
  });

  it('leaves a default or an example out when it would bury the description', () => {
    expect(valueTags({ kind: 'unknown', origin, default: { value: { list: 'x'.repeat(200) } }, example: { value: 'x'.repeat(200) } })).toEqual([]);
    expect(valueTags({ kind: 'unknown', origin, default: { value: null } })).toEqual([{ tagName: 'default', text: 'null' }]);
    expect(valueTags({ kind: 'unknown', origin, example: { value: false } })).toEqual([{ tagName: 'example', text: 'false' }]);
  });

  it('runs a description and a note together as sentences', () => {
    expect(sentences('The id', 'At most 2 characters.')).toBe('The id. At most 2 characters.');
    expect(sentences('The id:', undefined, ' ')).toBe('The id:');
  });
});

describe('commentSafePattern', () => {
  it.each(['a*/b', '/*', '[/*]', '\\*/', 'a\\/*', 'x\ny', 'x\\\ny', '\\\\/*', 'a\u2028b', '^/$'])('%j matches as before, and opens or closes no comment', (pattern) => {
    const safe = commentSafePattern(pattern);
    expect(safe).not.toMatch(/\/\*|\*\/|[\n\r\u2028\u2029]/);
    expect(sameMatches(safe, pattern)).toBe(true);
    expect(['u', 'v'].every((flag) => sameMatchesWith(safe, pattern, flag))).toBe(true);
  });
});

/** With a flag that makes the syntax strict: a pattern that compiles with it must stay one that does. */
function sameMatchesWith(a: string, b: string, flag: string): boolean {
  const compile = (p: string) => {
    try {
      return new RegExp(p, flag);
    } catch {
      return undefined;
    }
  };
  const [ra, rb] = [compile(a), compile(b)];
  if (rb === undefined) return true;
  return ra !== undefined && SAMPLES.every((s) => ra.test(s) === rb.test(s));
}
