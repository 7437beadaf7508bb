/**
 * Whether the JSON bodies examples sent are ones their operation's request-body schema accepts, by ajv:
 * a JSON Schema validator written apart from the generator, which reads every keyword the spec wrote
 * (`required` at every depth, `oneOf`'s "exactly one", bounds beside a union) where the generator's model
 * of the spec could agree with its own mistake. Formats are left to `value-constraints.ts`.
 *
 * Read as OpenAPI 3.0 reads a schema for a request: a `readOnly` property is not required in one (the
 * server sets it), 3.0's boolean `exclusiveMinimum` is the bound itself, and `nullable` without a `type`
 * (which ajv refuses) is dropped: examples send no null.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { deref, pathKeys } from './wire-check.js';
import type { ExampleRun } from './run-examples.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

export function bodySchemaViolations(spec: Node, runs: readonly ExampleRun[]): string[] {
  const prepared = forRequests(structuredClone(spec));
  const options = { strict: false, validateFormats: false, allErrors: false, discriminator: false, code: { regExp: tolerantRegExp } } as const;
  // OpenAPI 3.1's schemas are JSON Schema 2020-12; 3.0's and Swagger 2's are read as draft 7 reads them.
  const ajv = String(spec['openapi']).startsWith('3.1') ? new Ajv2020(options) : new Ajv(options);
  ajv.addSchema({ ...prepared, $id: 'spec' });
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string): ValidateFunction => {
    if (!validators.has(pointer)) validators.set(pointer, ajv.compile({ $ref: `spec#${pointer.split('/').map(encodeURIComponent).join('/')}` }));
    return validators.get(pointer)!;
  };
  return runs.flatMap((run) => {
    const pointers = pathKeys(prepared, run.example.path).flatMap((key) => bodySchemaPointer(prepared, run.example.method, key) ?? []);
    if (pointers.length === 0) return [];
    return run.requests.flatMap((request) => {
      const body = parsed(request.body);
      if (body === undefined) return [];
      // A line several path keys share (their queries apart) is right if any of them takes the body.
      const refusals = pointers.map(validatorAt).filter((validate) => !validate(body.value));
      if (refusals.length < pointers.length) return [];
      // The last error is the keyword that failed at the outermost level (a `oneOf`, not its branches' misses).
      const error = refusals[0]!.errors?.at(-1);
      return [`${run.example.method} ${run.example.path}: ${error?.instancePath || '/'} ${error?.message ?? 'is refused'}`];
    });
  });
}

/**
 * A pattern read with the `u` flag JSON Schema asks for (`\p{L}`), else without it, as many specs' need
 * (`\:`, `\000`), as value-constraints.ts reads them: a pattern the flag refuses says nothing of the body.
 */
const tolerantRegExp = Object.assign(
  (pattern: string, flags: string): RegExp => {
    try {
      return new RegExp(pattern, flags);
    } catch {
      return new RegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'tolerantRegExp' },
);

function parsed(text: string): { value: unknown } | undefined {
  if (text === '') return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * The JSON pointer of the JSON schema of the operation's request body, if it has one: its `requestBody`'s
 * JSON media type's, or Swagger 2's `in: body` parameter's (the operation's, else its path item's).
 */
function bodySchemaPointer(spec: Node, method: string, template: string): string | undefined {
  const pathItem = (spec['paths'] as Node)[template];
  const op = isNode(pathItem) ? pathItem[method.toLowerCase()] : undefined;
  if (!isNode(op)) return undefined;
  const opAt = `/paths/${escape(template)}/${method.toLowerCase()}`;
  if (op['requestBody'] === undefined) return bodyParameterPointer(spec, op, opAt) ?? bodyParameterPointer(spec, pathItem as Node, `/paths/${escape(template)}`);
  const content = deref(spec, op['requestBody'])['content'];
  const media = isNode(content) ? Object.keys(content).find((type) => /\bjson\b/i.test(type) && isNode(content[type]) && content[type]['schema'] !== undefined) : undefined;
  return media === undefined ? undefined : `${refOr(op['requestBody'], `${opAt}/requestBody`)}/content/${escape(media)}/schema`;
}

function bodyParameterPointer(spec: Node, holder: Node, holderAt: string): string | undefined {
  const parameters = Array.isArray(holder['parameters']) ? holder['parameters'] : [];
  const at = parameters.findIndex((p) => deref(spec, p)['in'] === 'body' && deref(spec, p)['schema'] !== undefined);
  return at === -1 ? undefined : `${refOr(parameters[at], `${holderAt}/parameters/${at}`)}/schema`;
}

/** Where a node is: the target of its local `$ref`, else `at`. */
function refOr(node: unknown, at: string): string {
  const ref = isNode(node) ? node['$ref'] : undefined;
  return typeof ref === 'string' && ref.startsWith('#/') ? decodeURIComponent(ref.slice(1)) : at;
}

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The spec, its schemas read as a request reads them (see the file's comment), changed in place. */
function forRequests(spec: Node): Node {
  const seen = new Set<Node>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isNode(node) || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node['required'])) withoutNames(node, readOnlyNames(spec, node, new Set()));
    // A part of an `allOf` may require what another part declares readOnly.
    if (Array.isArray(node['allOf'])) {
      const readOnly = readOnlyNames(spec, node, new Set());
      for (const part of node['allOf']) withoutNames(deref(spec, part), readOnly);
    }
    for (const bound of ['exclusiveMinimum', 'exclusiveMaximum'] as const) {
      const limit = node[bound === 'exclusiveMinimum' ? 'minimum' : 'maximum'];
      if (node[bound] === true && typeof limit === 'number') node[bound] = limit;
      if (typeof node[bound] === 'boolean') delete node[bound];
    }
    if (node['nullable'] !== undefined && node['type'] === undefined) delete node['nullable'];
    Object.values(node).forEach(visit);
  };
  visit(spec);
  return spec;
}

/** `readOnly` on the schema, or on a part of its `allOf` (Cloudflare's `id: {allOf: [$ref: RulesetId, {readOnly: true}]}`). */
function isReadOnly(spec: Node, schema: unknown, depth: number): boolean {
  const found = deref(spec, schema);
  if (found['readOnly'] === true) return true;
  return depth < 8 && Array.isArray(found['allOf']) && found['allOf'].some((part) => isReadOnly(spec, part, depth + 1));
}

function withoutNames(node: Node, names: ReadonlySet<string>): void {
  if (Array.isArray(node['required'])) node['required'] = node['required'].filter((name) => !names.has(name as string));
}

/**
 * The names a schema declares `readOnly`: in its properties, those of its `allOf` parts and of its
 * `oneOf`/`anyOf` branches (a `required` beside a union names their fields), `$ref`s followed.
 */
function readOnlyNames(spec: Node, node: Node, seen: Set<Node>): Set<string> {
  const names = new Set<string>();
  if (seen.has(node)) return names;
  seen.add(node);
  const properties = isNode(node['properties']) ? node['properties'] : {};
  for (const [name, property] of Object.entries(properties)) if (isReadOnly(spec, property, 0)) names.add(name);
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const parts = Array.isArray(node[key]) ? node[key] : [];
    for (const part of parts) for (const name of readOnlyNames(spec, deref(spec, part), seen)) names.add(name);
  }
  return names;
}
