/**
 * Whether the generated model types take the examples the spec gives its schemas: each named schema's
 * `example` (and 3.1's `examples`), and each of its properties', that ajv finds the schema accepts, is
 * written as a literal and assigned to the model's type (`Pet`), or to the field's (`Field<Pet, 'tag'>`),
 * and tsc must take it (`example-assignments.ts`). Published specs give examples on most fields
 * (Cloudflare's 2024 spec on 2,757): each is a value the type must allow.
 *
 * A model's type is its fields as declared (`readOnly` and `writeOnly` ones required as the schema says;
 * each direction has its own type), and ajv reads it so; models that change shape travelling one way
 * (`CategoryInput`) are left out.
 */
import type { ModelIR } from '../../generator/ir/types.js';
import { escape } from './body-schema-check.js';
import { assignmentFile, type AssignmentFile, type SpecContext, type TypedExample } from './example-assignments.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The name the assignments' file is compiled under. */
const SCHEMA_CHECK_FILE = 'schema-examples.check.ts';

/** The file assigning each example ajv accepts to its type; `modelsImport` imports the package's models as `Models`. */
export function schemaExampleFile({ document, api, entry }: SpecContext, modelsImport: string): AssignmentFile {
  const examples = api.models.flatMap((model) => modelExamples(document, model, entry));
  // A field of each member of a union (a discriminated base is the union of its subtypes); a field named
  // `1` is the key 1, not "1", to keyof.
  const field = 'type Field<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : K extends `${infer N extends number}` ? (N extends keyof T ? T[N] : never) : never) : never;';
  return assignmentFile(SCHEMA_CHECK_FILE, [modelsImport, field], examples, document, 'declared');
}

/** The examples of a model of the entry document, and of its own fields. */
function modelExamples(document: Node, model: ModelIR, entry: string): TypedExample[] {
  if (model.origin.file !== entry || model.directedNames !== undefined || model.shapeOf !== undefined) return [];
  const at = model.origin.pointer;
  const schema = pointed(document, at);
  // A model that is only a `$ref` is its target's name: the target's examples are checked as its own.
  if (!isNode(schema) || schema['$ref'] !== undefined) return [];
  const type = `Models.${model.name}`;
  const own = examplesOf(schema).map(({ name, value }) => ({ label: `${model.name} ${name}`, value, schema: at, type }));
  // Fields beside another type (wealthreader.com's `accounts`: `type: array` with `properties`) are of no value.
  const kind = schema['type'];
  const object = kind === undefined || kind === 'object' || (Array.isArray(kind) && kind.includes('object'));
  const properties = object && isNode(schema['properties']) ? schema['properties'] : {};
  const fields = Object.entries(properties).flatMap(([field, property]) => {
    if (!isNode(property) || property['$ref'] !== undefined) return [];
    const fieldType = `Field<${type}, ${JSON.stringify(field)}>`;
    return examplesOf(property).map(({ name, value }) => ({ label: `${model.name}.${field} ${name}`, value, schema: `${at}/properties/${escape(field)}`, type: fieldType }));
  });
  return [...own, ...fields];
}

/** A schema's `example`, and each of 3.1's `examples`. */
function examplesOf(schema: Node): { name: string; value: unknown }[] {
  const listed = Array.isArray(schema['examples']) ? schema['examples'].map((value, i) => ({ name: `examples/${i}`, value })) : [];
  return [...(schema['example'] !== undefined ? [{ name: 'example', value: schema['example'] }] : []), ...listed];
}

/** The value at a JSON pointer of the document. */
function pointed(document: Node, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, token) => (isNode(node) || Array.isArray(node) ? (node as Node)[token.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), document);
}
