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
import { deref } from './wire-check.js';
import type { ExampleRun } from './run-examples.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

export function bodySchemaViolations(spec: Node, runs: readonly ExampleRun[]): string[] {
  const prepared = forRequests(structuredClone(spec));
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: false, discriminator: false });
  ajv.addSchema({ ...prepared, $id: 'spec' });
  const validators = new Map<string, ValidateFunction | undefined>();
  return runs.flatMap((run) => {
    const pointer = bodySchemaPointer(prepared, run.example.method, run.example.path);
    if (pointer === undefined) return [];
    if (!validators.has(pointer)) validators.set(pointer, ajv.compile({ $ref: `spec#${pointer.split('/').map(encodeURIComponent).join('/')}` }));
    const validate = validators.get(pointer)!;
    return run.requests.flatMap((request) => {
      const body = parsed(request.body);
      if (body === undefined || validate(body.value)) return [];
      // The last error is the keyword that failed at the outermost level (a `oneOf`, not its branches' misses).
      const error = validate.errors?.at(-1);
      return [`${run.example.method} ${run.example.path}: ${error?.instancePath || '/'} ${error?.message ?? 'is refused'}`];
    });
  });
}

function parsed(text: string): { value: unknown } | undefined {
  if (text === '') return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** The JSON pointer of the JSON schema of the operation's request body, if it has one. */
function bodySchemaPointer(spec: Node, method: string, path: string): string | undefined {
  const paths = isNode(spec['paths']) ? spec['paths'] : {};
  // An operation's own server is written before the path template.
  const template = Object.keys(paths).find((p) => p === path) ?? Object.keys(paths).find((p) => /^https?:/.test(path) && path.endsWith(p));
  if (template === undefined) return undefined;
  const op = (paths[template] as Node)[method.toLowerCase()];
  if (!isNode(op) || op['requestBody'] === undefined) return undefined;
  const ref = isNode(op['requestBody']) ? op['requestBody']['$ref'] : undefined;
  const bodyAt = typeof ref === 'string' ? ref.slice(1) : `/paths/${escape(template)}/${method.toLowerCase()}/requestBody`;
  const content = deref(spec, op['requestBody'])['content'];
  const media = isNode(content) ? Object.keys(content).find((type) => /\bjson\b/i.test(type) && isNode(content[type]) && content[type]['schema'] !== undefined) : undefined;
  return media === undefined ? undefined : `${bodyAt}/content/${escape(media)}/schema`;
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
