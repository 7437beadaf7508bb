/**
 * Whether the generated `params` types take the request bodies the spec shows. Each example of an
 * operation's JSON request body (a media type's `example` or `examples`) that ajv finds its schema accepts,
 * read as a request is (a `readOnly` field not required), goes into `params` as the method takes it: its
 * fields beside the parameters when the body is flattened, else whole as `body`; the other required
 * members get the method's own example values. tsc must take the result (`example-assignments.ts`).
 * A body of several alternatives (`bodyChoice`) goes in field by field, as a flattened one does. Bodies
 * that are not JSON are left out.
 */
import { bodyEncoding } from '../../generator/emit/body-encoding.js';
import { exampleArguments } from '../../generator/emit/example.js';
import { bodyChoice, flatBodyWithoutClash, paramsMembers, wholeBodyMember } from '../../generator/emit/operation-shape.js';
import type { ApiIR, OperationIR } from '../../generator/ir/types.js';
import { modelByKey } from '../../generator/ir/model-lookup.js';
import { bodySchemaPointer } from './body-schema-check.js';
import { assignmentFile, mediaExamples, methodType, type AssignmentFile, type SpecContext, type TypedExample } from './example-assignments.js';
import { deref, pathKeys } from './wire-check.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The name the assignments' file is compiled under. */
const REQUEST_CHECK_FILE = 'request-examples.check.ts';

/** The file assigning each request example ajv accepts to its method's `params`; `clientImport` imports the client class as `Client`. */
export function requestExampleFile({ document, api }: SpecContext, clientImport: string): AssignmentFile {
  const examples = api.operations.flatMap((op) => operationExamples(document, api, op));
  // The first overload's parameters: a method whose params are optional has a second, taking the request
  // options in their place, which `Parameters` would give.
  const firstParams = 'type FirstParams<F> = F extends { (...a: infer A1): unknown; (...a: infer A2): unknown; (...a: infer A3): unknown } ? A1 : never;';
  return assignmentFile(REQUEST_CHECK_FILE, [clientImport, firstParams], examples, document, 'request');
}

function operationExamples(document: Node, api: ApiIR, op: OperationIR): TypedExample[] {
  const lookup = (key: string) => modelByKey(api, key)?.schema;
  if (op.requestBody === undefined || bodyEncoding(op) !== 'json') return [];
  const others = exampleArguments(api, op).members.filter((m) => m.member.source !== 'body');
  const named = new Set(paramsMembers(op, lookup).filter((m) => m.source !== 'body').map((m) => m.name));
  // A body of several alternatives (`bodyChoice`) goes in `params` field by field too, as one of them.
  const flat = flatBodyWithoutClash(op, lookup, named) !== undefined || bodyChoice(op, lookup) !== undefined;
  const given = Object.fromEntries(others.map((m) => [m.member.name, m.value]));
  const type = `NonNullable<FirstParams<${methodType(op)}>[${op.parameters.filter((p) => p.positional).length}]>`;
  return bodyExamples(document, op).map((example) => {
    // A flattened body's example that is no object has no fields to give: the spec's slip, which ajv refuses.
    const params = flat ? (isNode(example.value) ? { ...given, ...example.value } : example.value) : { ...given, [wholeBodyMember(op)]: example.value };
    return { ...example, type, assigned: { value: params } };
  });
}

/** The examples of the operation's JSON request body, as written in `document`, with its schema's pointer. */
function bodyExamples(document: Node, op: OperationIR): Omit<TypedExample, 'type'>[] {
  return pathKeys(document, op.path).flatMap((key) => {
    const schema = bodySchemaPointer(document, op.method, key);
    if (schema === undefined || !schema.endsWith('/schema')) return [];
    const media = deref(document, { $ref: `#${schema.slice(0, -'/schema'.length)}` });
    const values = mediaExamples(document, media);
    return values.map(({ name, value }) => ({ label: `${op.method} ${key} ${name}`, value, schema }));
  });
}
