/**
 * What the example-type checks share (`response-`, `request-` and `schema-example-types.ts`): the spec
 * read once, each example the spec gives that ajv finds its schema accepts written as a literal and
 * assigned to a type in a file, the files compiled with the package's sources in one tsc run, and tsc's
 * refusals read back as the examples they are about.
 *
 * Fields the schema does not declare are left to the schema: every object is written through `loose`,
 * which TypeScript's check of excess literal properties does not reach (a value may carry more than its
 * type names).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiIR, OperationIR } from '../../generator/ir/types.js';
import { readFromDisk } from '../../generator/io/fs-read.js';
import { loadSpec } from '../../generator/load/load-spec.js';
import { buildApi } from '../../generator/pipeline.js';
import { schemaValidator, type Direction } from './body-schema-check.js';
import { readSpecDocument } from './spec-documents.js';
import { scratchDir } from './tree.js';
import { tscOutput } from './tsc.js';
import { deref } from './wire-check.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The spec as written (every file in one document) and as the generator reads it. */
export interface SpecContext {
  readonly document: Node;
  readonly api: ApiIR;
  /** The entry file, as the IR's origins name it. */
  readonly entry: string;
}

/** The spec at `specFile`, read with `overlays` (the settings its package was generated with). */
export function specContext(specFile: string, overlays: readonly string[] = []): SpecContext {
  const loaded = loadSpec(specFile, readFromDisk, { lenient: true, overlays });
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return { document: readSpecDocument(specFile), api: buildApi(loaded.spec, { lenient: true }).api, entry: loaded.spec.entry };
}

/** An example, where its schema is, and the type it must be a value of. */
export interface TypedExample {
  /** `GET /pets/{id} 200 application/json examples/one`, `Pet.tag example`. */
  readonly label: string;
  readonly value: unknown;
  /** The JSON pointer of its schema. */
  readonly schema: string;
  /** A TypeScript type the file's imports name. */
  readonly type: string;
  /** What is assigned to the type, when not the example itself: the field of it a method resolves to. */
  readonly assigned?: { readonly value: unknown } | undefined;
}

/** The assignments to compile, and what they stand for. */
export interface AssignmentFile {
  /** The file's name, which tsc's lines about it end with. */
  readonly name: string;
  readonly text: string;
  /** The label of the example assigned on each line of the text from `firstLine` (1-based) on. */
  readonly labels: readonly string[];
  readonly firstLine: number;
  readonly examples: number;
  readonly refused: readonly string[];
}

export interface ExampleTypeCheck {
  /** The examples found, and how many of them ajv accepts (those assigned to the types). */
  readonly examples: number;
  readonly accepted: number;
  /** The examples ajv refuses, the spec's own slips: `label: pointer message`. */
  readonly refused: readonly string[];
  /** The accepted examples tsc refuses: `label: fields: tsc's innermost reason`. */
  readonly problems: readonly string[];
}

/** A media type's examples (`example`, and each of `examples` that holds its value), as written in `document`. */
export function mediaExamples(document: Node, media: Node): { name: string; value: unknown }[] {
  const named = isNode(media['examples']) ? Object.entries(media['examples']) : [];
  const examples = [
    ...(media['example'] !== undefined ? [{ name: 'example', value: media['example'] }] : []),
    // An example given by `externalValue` alone is not in the document; 3.2 writes the value as `dataValue`.
    ...named.flatMap(([name, example]) => {
      const found = deref(document, example);
      const key = 'dataValue' in found ? 'dataValue' : 'value' in found ? 'value' : undefined;
      return key === undefined ? [] : [{ name: `examples/${name}`, value: found[key] }];
    }),
  ];
  const text = deref(document, media['schema'])['type'] === 'string';
  return text ? examples : examples.map((example) => ({ ...example, value: jsonInText(example.value) }));
}

/**
 * An object or a list written as the text of its JSON (Atlassian's specs: 281 of Jira's 285 response
 * examples), read as that value where the schema is no string: the example the author meant.
 */
function jsonInText(value: unknown): unknown {
  if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return value;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null ? parsed : value;
  } catch {
    return value;
  }
}

/** The file `name` assigning each of `examples` that ajv, reading its schema as `direction` does, accepts. */
export function assignmentFile(name: string, imports: readonly string[], examples: readonly TypedExample[], document: Node, direction: Direction): AssignmentFile {
  const validate = schemaValidator(document, direction);
  const refused: string[] = [];
  const labels: string[] = [];
  const lines: string[] = [];
  for (const example of examples) {
    const error = validate(example.schema, example.value) ?? schemaInData(example.value, '');
    if (error !== undefined) refused.push(`${example.label}: ${error}`);
    else lines.push(`const e${labels.push(example.label)}: ${example.type} = ${literal((example.assigned ?? example).value)};`);
  }
  // Nothing assigned, nothing imported: a package of no models has no models.ts.
  const header = [...(lines.length > 0 ? imports : []), 'declare function loose<T>(value: T): T;'];
  return { name, text: [...header, ...lines, 'export {};', ''].join('\n'), labels, firstLine: header.length + 1, examples: examples.length, refused };
}

/** Keys of a schema that names others: an object of only these, with a `$ref` in it, is no data. */
const SCHEMA_KEYS = new Set(['$ref', 'allOf', 'oneOf', 'anyOf']);

/**
 * Where an example holds a schema instead of data (`{allOf: [{$ref: …}]}`, Soundcloud's activities; `{$ref:
 * …}`, GitHub's): the spec's slip, refused as ajv's are. ajv takes it where an object requires nothing, and
 * TypeScript refuses it as a value sharing no field with the type.
 */
function schemaInData(value: unknown, at: string): string | undefined {
  if (Array.isArray(value)) return value.map((item, i) => schemaInData(item, `${at}/${i}`)).find((found) => found !== undefined);
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Node;
  const keys = Object.keys(record);
  if (keys.length > 0 && keys.every((key) => SCHEMA_KEYS.has(key)) && JSON.stringify(record).includes('"$ref":')) return `${at || '/'} holds a schema where data goes`;
  return Object.entries(record).map(([key, field]) => schemaInData(field, `${at}/${key}`)).find((found) => found !== undefined);
}

/** The type of an operation's method on the client class the file imports as `Client`: `Client["pets"]["get"]`. */
export function methodType(op: OperationIR): string {
  return `Client${[...op.resourcePath, op.methodName].map((name) => `[${JSON.stringify(name)}]`).join('')}`;
}

/** A TypeScript expression for a JSON value, each object through `loose` (see the file's comment). */
export function literal(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  // `__proto__: x` in a literal sets the prototype; the computed key is a field like any other.
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([key, field]) => `${key === '__proto__' ? '["__proto__"]' : JSON.stringify(key)}: ${literal(field)}`);
    return `loose({ ${fields.join(', ')} })`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The files, compiled with the package's sources under its tsconfig.json in one tsc run: each one's check. */
export function compileChecks(packageDir: string, files: readonly AssignmentFile[]): ExampleTypeCheck[] {
  if (files.every((file) => file.labels.length === 0)) return files.map((file) => checkOf(file, []));
  const dir = scratchDir('example-types-');
  try {
    for (const file of files) writeFileSync(join(dir, file.name), file.text);
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: join(packageDir, 'tsconfig.json'), include: [join(packageDir, 'src/**/*.ts'), ...files.map((file) => file.name)] }));
    const output = tscOutput(dir, ['--pretty', 'false'], dir).split('\n');
    return files.map((file) => checkOf(file, output));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A file's check from tsc's output lines (`--pretty false`; `path`, what tsc's lines about the file end
 * with, when other files of its name are compiled beside it): each error on it is an accepted example the
 * types refuse, but TypeScript's own refusal of a value sharing no field with a type whose fields are all
 * optional (a "weak type": GitHub's codespace and Copilot space examples give only fields their schema does
 * not declare), which is the language's rule, not a type narrower than its schema.
 */
export function checkOf(file: AssignmentFile, tscLines: readonly string[], path = file.name): ExampleTypeCheck {
  const problems = errorsIn(tscLines, path)
    .filter((error) => !/has no properties in common with type/.test(error.reason))
    .map(({ line, reason }) => `${file.labels[line - file.firstLine] ?? `line ${line}`}: ${reason}`);
  return { examples: file.examples, accepted: file.labels.length, refused: file.refused, problems };
}

/**
 * Each error tsc gives on the file at `path`: its line, and its last, innermost reason, after the fields that
 * lead to it (`owner.tags: Type 'null' is not assignable…`).
 */
function errorsIn(tscLines: readonly string[], path: string): { line: number; reason: string }[] {
  const errors: { line: number; fields: string[]; reason: string }[] = [];
  let ours = false;
  for (const text of tscLines) {
    const head = /^(.*?)\((\d+),\d+\): error TS\d+: (.*)$/.exec(text);
    if (head) ours = head[1]!.endsWith(path);
    const last = errors.at(-1);
    if (head && ours) errors.push({ line: Number(head[2]), fields: [], reason: head[3]! });
    else if (!ours || text.trim() === '' || last === undefined) continue;
    else if (/^Types of property '(.*)' are incompatible\.$/.test(text.trim())) last.fields.push(/'(.*)'/.exec(text)![1]!);
    else last.reason = text.trim();
  }
  return errors.map(({ line, fields, reason }) => ({ line, reason: fields.length === 0 ? reason : `${fields.join('.')}: ${reason}` }));
}
