/**
 * Whether the generated types take the responses the spec shows. Each example of a JSON success response
 * (a media type's `example` or `examples`, Swagger 2's response `examples`) that ajv finds its schema
 * accepts, read as a response is (a `writeOnly` field not required), is written as a literal and assigned
 * to what its method resolves to; tsc must accept it (`example-assignments.ts`). A type narrower than its
 * schema fails: a field required that the schema leaves optional, an enum short of a value, `null`
 * refused where the schema allows it, a union missing a branch.
 *
 * ajv reads the schema apart from the generator, so the two cannot share a mistake; an example ajv refuses
 * is the spec's own slip, listed apart and not held against the types.
 */
import type { OperationIR } from '../../generator/ir/types.js';
import { responseBody } from '../../generator/emit/response-body.js';
import { escape, refOr } from './body-schema-check.js';
import { assignmentFile, mediaExamples, methodType, type AssignmentFile, type SpecContext, type TypedExample } from './example-assignments.js';
import { deref, pathKeys } from './wire-check.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The name the assignments' file is compiled under. */
const RESPONSE_CHECK_FILE = 'response-examples.check.ts';

/**
 * The file assigning each response example ajv accepts to its method's type; `clientImport` imports the
 * client class, the package's default export, as `Client` (from where the file is compiled).
 */
export function responseExampleFile({ document, api }: SpecContext, clientImport: string): AssignmentFile {
  const examples = api.operations.flatMap((op) =>
    successExamples(document, op).map((example): TypedExample => ({ ...example, assigned: { value: resolvedValue(op, example.value) }, type: resolvedType(op) })),
  );
  return assignmentFile(RESPONSE_CHECK_FILE, [clientImport], examples, document, 'response');
}

/**
 * The examples of the operation's JSON success responses, as written in `document`: of the media type its
 * method reads (the runtime asks for it; another, such as GitHub's `application/vnd.github.v3.star+json`,
 * comes only to a caller who asks for it in `Accept`, and is no value of the method's type); none when
 * the method resolves to the raw `Response`.
 */
function successExamples(document: Node, op: OperationIR): Omit<TypedExample, 'type'>[] {
  // A method that resolves to the raw `Response` (a file, even one labelled JSON: LUIS's gzip packages) has no JSON value to compare.
  if (responseBody(op) === 'raw') return [];
  const read = new Map(op.responses.map((r) => [r.status.toUpperCase(), r.contentType?.toLowerCase()]));
  return pathKeys(document, op.path).flatMap((key) => {
    const at = `/paths/${escape(key)}/${op.method.toLowerCase()}`;
    const responses = deref(document, deref(document, deref(document, document['paths'])[key])[op.method.toLowerCase()])['responses'];
    if (!isNode(responses)) return [];
    return Object.keys(responses)
      .filter((status) => /^2(\d\d|XX)$/i.test(status))
      .flatMap((status) => {
        const type = read.get(status.toUpperCase());
        const label = `${op.method} ${key} ${status}`;
        return type === undefined || !isJson(type) ? [] : responseExamples(document, responses[status], type, `${at}/responses/${escape(status)}`, label);
      });
  });
}

/** The examples a response gives for the media type `type`. */
function responseExamples(document: Node, response: unknown, type: string, at: string, label: string): Omit<TypedExample, 'type'>[] {
  const found = deref(document, response);
  const base = refOr(response, at);
  const ofType = (holder: Node): string | undefined => Object.keys(holder).find((key) => key.toLowerCase() === type);
  // Swagger 2: one schema, and an example by media type.
  if (isNode(found['schema']) && isNode(found['examples'])) {
    const key = ofType(found['examples']);
    return key === undefined ? [] : [{ label: `${label} ${key}`, value: found['examples'][key], schema: `${base}/schema` }];
  }
  const content = deref(document, found['content']);
  const key = ofType(content);
  const media = key === undefined ? {} : deref(document, content[key]);
  if (media['schema'] === undefined) return [];
  // A Media Type Object may be a `$ref` (3.2's `components.mediaTypes`).
  const schema = `${refOr(content[key!], `${base}/content/${escape(key!)}`)}/schema`;
  const values = mediaExamples(document, media);
  return values.map(({ name, value }) => ({ label: `${label} ${key} ${name}`, value, schema }));
}

const isJson = (type: string): boolean => /^application\/(.+\+)?json\s*(;|$)/i.test(type);

/** The type the method resolves to: what its promise gives, a page's body for a method that pages. */
function resolvedType(op: OperationIR): string {
  // Every overload of a method resolves to the same type: the last one's, which ReturnType reads, will do.
  return `Awaited<ReturnType<${methodType(op)}>>`;
}

/** What the method gives for a body: the field it resolves to (`x-sdk.client.unwrap`), else the body. */
function resolvedValue(op: OperationIR, body: unknown): unknown {
  return op.unwrap !== undefined && isNode(body) ? body[op.unwrap.field] : body;
}
