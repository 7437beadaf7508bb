/**
 * Whether the JSON bodies examples sent are ones their operation's request-body schema accepts, by ajv:
 * a JSON Schema validator written apart from the generator, which reads every keyword the spec wrote
 * (`required` at every depth, `oneOf`'s "exactly one", bounds beside a union) where the generator's model
 * of the spec could agree with its own mistake. The formats `value-constraints.ts` knows are asserted, as
 * servers that validate do: a `oneOf` of a `date` and a `date-time` string tells its branches by them.
 *
 * Read as OpenAPI 3.0 reads a schema for a request: a `readOnly` property is not required in one (the
 * server sets it), 3.0's boolean `exclusiveMinimum` is the bound itself, and `nullable` without a `type`
 * (which ajv refuses) is dropped: examples send no null. `schemaValidator` reads one for a response too
 * (a `writeOnly` property not required), for the spec's response examples (`response-example-types.ts`).
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { DATA_KEYS, withDiscriminatedUnions, withSubtypes } from './schema-polymorphism.js';
import { deref, fromLatin1, pathKeys, refKeys } from './wire-check.js';
import type { ExampleRun } from './run-examples.js';
import { asEcmaPattern } from '../../generator/util/foreign-pattern.js';
import { boundedRegExp, type RegExpLike } from './bounded-regexp.js';
import { FORMATS } from './value-constraints.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

export function bodySchemaViolations(spec: Node, runs: readonly ExampleRun[]): string[] {
  const validate = schemaValidator(spec, 'request');
  return runs.flatMap((run) => {
    const pointers = pathKeys(spec, run.example.path).flatMap((key) => bodySchemaPointer(spec, run.example.method, key) ?? []);
    if (pointers.length === 0) return [];
    return run.requests.flatMap((request) => {
      const body = parsed(request.body);
      if (body === undefined) return [];
      // A line several path keys share (their queries apart) is right if any of them takes the body.
      const refusals = pointers.map((pointer) => validate(pointer, body.value));
      if (refusals.some((refusal) => refusal === undefined)) return [];
      return [`${run.example.method} ${run.example.path}: ${refusals[0]}`];
    });
  });
}

/**
 * A request's body or a response's: what it does not need to hold, the server or the client sets; or a
 * value as the schema declares it (a model's type is its fields as declared, each direction's its own).
 */
export type Direction = 'request' | 'response' | 'declared';

/**
 * Validates a value against the schema at a JSON pointer of `spec`, read as `direction` reads it: why the
 * schema refuses it (`/id must match pattern …`), or `undefined` when it accepts it.
 */
export function schemaValidator(spec: Node, direction: Direction): (pointer: string, value: unknown) => string | undefined {
  const prepared = withSubtypes(withDiscriminatedUnions(forReading(structuredClone(spec), direction)));
  // Formats it does not know (`int32`, `password`) are left as annotations, without a warning each.
  const options = { strict: false, formats: FORMATS, logger: false, allErrors: false, discriminator: false, code: { regExp: tolerantRegExp } } as const;
  // OpenAPI 3.1's schemas are JSON Schema 2020-12; 3.0's and Swagger 2's are read as draft 7 reads them.
  const ajv = String(spec['openapi']).startsWith('3.1') ? new Ajv2020(options) : new Ajv(options);
  ajv.addSchema({ ...prepared, $id: 'spec' });
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string): ValidateFunction => {
    if (!validators.has(pointer)) validators.set(pointer, ajv.compile({ $ref: `spec#${pointer.split('/').map(encodeURIComponent).join('/')}` }));
    return validators.get(pointer)!;
  };
  return (pointer, value) => {
    const validate = validatorAt(pointer);
    if (validate(value)) return undefined;
    // The last error is the keyword that failed at the outermost level (a `oneOf`, not its branches' misses);
    // for a subtype's (see schema-polymorphism.ts), what the subtype refused.
    const error = validate.errors?.filter((e) => e.keyword !== 'if').at(-1);
    return `${error?.instancePath || '/'} ${error?.message ?? 'is refused'}`;
  };
}

/**
 * A pattern read with the `u` flag JSON Schema asks for (`\p{L}`), else without it, as many specs' need
 * (`\:`, `\000`), Java's classes and Ruby's anchors as their dialects read them (`\p{Alnum}`, `\A`), as
 * value-constraints.ts and the generator read them: a pattern the flag refuses says nothing of the body.
 * Run as `boundedRegExp` runs them, so no pattern backtracks for minutes.
 */
const tolerantRegExp = Object.assign(
  (written: string, flags: string): RegExpLike => {
    const pattern = asEcmaPattern(written);
    try {
      return boundedRegExp(pattern, flags);
    } catch {
      return boundedRegExp(pattern, flags.replace('u', ''));
    }
  },
  { code: 'tolerantRegExp' },
);

/** A body as the loopback server keeps it, one character per byte (`run-examples.ts`): JSON is UTF-8. */
function parsed(bytes: string): { value: unknown } | undefined {
  if (bytes === '') return undefined;
  try {
    return { value: JSON.parse(fromLatin1(bytes)) as unknown };
  } catch {
    return undefined;
  }
}

/**
 * The JSON pointer of the JSON schema of the operation's request body, if it has one: its `requestBody`'s
 * JSON media type's, or Swagger 2's `in: body` parameter's (the operation's, else its path item's).
 */
export function bodySchemaPointer(spec: Node, method: string, template: string): string | undefined {
  const pathItem = (spec['paths'] as Node)[template];
  const op = isNode(pathItem) ? pathItem[method.toLowerCase()] : undefined;
  if (!isNode(op)) return undefined;
  const opAt = `/paths/${escape(template)}/${method.toLowerCase()}`;
  if (op['requestBody'] === undefined) return bodyParameterPointer(spec, op, opAt) ?? bodyParameterPointer(spec, pathItem as Node, `/paths/${escape(template)}`);
  const content = deref(spec, op['requestBody'])['content'];
  // A Media Type Object may be a `$ref` (3.2's `components.mediaTypes`).
  const media = isNode(content) ? Object.keys(content).find((type) => /\bjson\b/i.test(type) && deref(spec, content[type])['schema'] !== undefined) : undefined;
  if (media === undefined) return undefined;
  return `${refOr((content as Node)[media], `${refOr(op['requestBody'], `${opAt}/requestBody`)}/content/${escape(media)}`)}/schema`;
}

function bodyParameterPointer(spec: Node, holder: Node, holderAt: string): string | undefined {
  const parameters = Array.isArray(holder['parameters']) ? holder['parameters'] : [];
  const at = parameters.findIndex((p) => deref(spec, p)['in'] === 'body' && deref(spec, p)['schema'] !== undefined);
  return at === -1 ? undefined : `${refOr(parameters[at], `${holderAt}/parameters/${at}`)}/schema`;
}

/** Where a node is: the target of its local `$ref`, else `at`. */
export function refOr(node: unknown, at: string): string {
  const ref = isNode(node) ? node['$ref'] : undefined;
  return typeof ref === 'string' && ref.startsWith('#/') ? decodeURIComponent(ref.slice(1)) : at;
}

export const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The spec, its schemas read as `direction` reads them (see the file's comment; a response need not hold a
 * `writeOnly` field, as a request need not a `readOnly` one), changed in place.
 */
function forReading(spec: Node, direction: Direction): Node {
  const flag = direction === 'request' ? 'readOnly' : direction === 'response' ? 'writeOnly' : undefined;
  withRefsIntoDroppedCompositions(spec);
  const seen = new Set<Node>();
  const visit = (node: unknown, key: string): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, ''));
    if (!isNode(node) || seen.has(node) || DATA_KEYS.has(key)) return;
    seen.add(node);
    if (!NAME_MAPS.has(key)) {
      withoutObjectBranchesBeside(spec, node);
      withImpliedType(node);
      withPartFieldsBesideClosed(spec, node);
      withOpenAllOfParts(spec, node);
      // An enum of single values beside `type: array`, which no list equals: the items' values, as the generator reads it (`enum-beside-array`).
      if (node['type'] === 'array' && node['items'] !== undefined && Array.isArray(node['enum']) && !node['enum'].some(Array.isArray)) delete node['enum'];
      // A `type` none of the enum's values has (probely's `type: string` beside `enum: [10, 20, 30]`): the generator types the values (`enum-of-other-type`).
      if (Array.isArray(node['enum']) && enumOfOtherType(node['enum'], node['type'])) delete node['type'];
      // A `type` beside a `$ref` (`{$ref: ChangeEmailRequest, type: string}`, britbox's): the generator reads the `$ref` alone.
      if (typeof node['$ref'] === 'string') delete node['type'];
      // Data no schema is checked against: ajv would read a `$id` inside one as a schema's (Box's metadata examples).
      for (const data of EXAMPLE_DATA) delete node[data];
      // A composition that is no list, which the generator reads as absent (`keyword-kind`, dnd5eapi's `allOf: {…}`).
      for (const key of COMPOSITIONS) if (key in node && !Array.isArray(node[key])) delete node[key];
      // So is a constraint of the wrong kind (`schema-keyword-kind`: api.video's `pattern: 0`), which ajv would refuse to compile.
      for (const [key, kind] of CONSTRAINT_KINDS) if (key in node && typeof node[key] !== kind) delete node[key];
    }
    if (Array.isArray(node['required']) && flag) withoutNames(node, namesFlagged(spec, node, flag, new Set()));
    // A part of an `allOf` may require what another part flags.
    if (Array.isArray(node['allOf']) && flag) {
      const flagged = namesFlagged(spec, node, flag, new Set());
      for (const part of node['allOf']) withoutNames(deref(spec, part), flagged);
    }
    for (const bound of ['exclusiveMinimum', 'exclusiveMaximum'] as const) {
      const limit = node[bound === 'exclusiveMinimum' ? 'minimum' : 'maximum'];
      if (node[bound] === true && typeof limit === 'number') node[bound] = limit;
      if (typeof node[bound] === 'boolean') delete node[bound];
    }
    if (node['nullable'] !== undefined && node['type'] === undefined) delete node['nullable'];
    for (const [field, value] of Object.entries(node)) visit(value, field);
  };
  visit(spec, '');
  // The copies `withOpenAllOfParts` made while the walk went on, read too: a part it replaced by a `$ref`
  // to a copy is not met inline any more (just-eat's offers, `nullable` without a `type` inside).
  const opened = (): unknown[] => (Array.isArray(spec[OPENED]) ? spec[OPENED] : []);
  for (let i = 0; i < opened().length; i++) visit(opened()[i], '');
  return spec;
}

/** Whether no value an enum lists (but `null`) has one of the types `type` names: an integer is a number too. */
function enumOfOtherType(values: readonly unknown[], type: unknown): boolean {
  const types = (Array.isArray(type) ? type : [type]).filter((t) => typeof t === 'string' && t !== 'null');
  const typeOf = (v: unknown) => (Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v);
  const fits = (v: unknown) => types.includes(typeOf(v)) || (typeOf(v) === 'integer' && types.includes('number'));
  const listed = values.filter((v) => v !== null);
  return types.length > 0 && listed.length > 0 && !listed.some(fits);
}

const COMPOSITIONS = ['allOf', 'anyOf', 'oneOf'];

/**
 * A local `$ref` into a composition that is no list (dnd5eapi's monster: `allOf: {"3": {properties: …}}`
 * beside a `$ref`, and a field elsewhere naming `…/allOf/3/properties/actions/…`), which the walk drops:
 * the `$ref` becomes a copy of what it names, as the generator resolves it in the document as written.
 */
function withRefsIntoDroppedCompositions(spec: Node): void {
  // `inlined`: the `$ref`s whose copies are being read, so a copy that names itself is not copied again.
  const visit = (node: unknown, inlined: ReadonlySet<string>): void => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item, inlined));
    if (!isNode(node)) return;
    const ref = node['$ref'];
    if (typeof ref === 'string' && !inlined.has(ref) && throughDroppedComposition(spec, ref)) {
      delete node['$ref'];
      Object.assign(node, structuredClone(deref(spec, { $ref: ref })));
      return visit(node, new Set([...inlined, ref]));
    }
    for (const value of Object.values(node)) visit(value, inlined);
  };
  visit(spec, new Set());
}

function throughDroppedComposition(spec: Node, ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let at: unknown = spec;
  for (const key of refKeys(ref)) {
    if (!isNode(at) && !Array.isArray(at)) return false;
    const next = (at as Record<string, unknown>)[key];
    if (isNode(at) && COMPOSITIONS.includes(key) && isNode(next)) return true;
    at = next;
  }
  return false;
}
const NUMERIC_CONSTRAINTS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties', 'multipleOf', 'minimum', 'maximum'];
const CONSTRAINT_KINDS: readonly (readonly [string, string])[] = [['pattern', 'string'], ['format', 'string'], ...NUMERIC_CONSTRAINTS.map((key) => [key, 'number'] as const)];
/** Keys whose value is an example: data, which validation never reads. */
const EXAMPLE_DATA = ['example', 'examples', 'x-example'];
/** Keys whose value maps names the spec chose to schemas or other objects (a property named `items` is no keyword). */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'schemas', 'dependentSchemas', 'paths', 'responses', 'parameters', 'headers', 'content', 'encoding', 'requestBodies', 'securitySchemes', 'links', 'callbacks', 'pathItems', 'webhooks', 'variables']);

/**
 * A `oneOf`/`anyOf` of branches that only describe objects, beside a `type` that is not `object`, says
 * nothing of the value (JSON Schema's `properties` pass any value that is no object): left out, before the
 * branches get their implied type (Cloudflare's lockdown `configurations`: an array, beside an `anyOf` of
 * two configuration objects, as the generator reads it, warning `union-branch-always`).
 */
function withoutObjectBranchesBeside(spec: Node, node: Node): void {
  if (typeof node['type'] !== 'string' || node['type'] === 'object') return;
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = node[key];
    if (!Array.isArray(branches) || branches.length === 0) continue;
    const objectOnly = branches.every((branch) => {
      const found = deref(spec, branch);
      return found['type'] === undefined && (isNode(found['properties']) || found['additionalProperties'] !== undefined);
    });
    if (objectOnly) delete node[key];
  }
}

/**
 * A schema that leaves out `type` has the one its keywords imply, `properties` an object's, `items` an
 * array's, as the generator reads it (and openapi-typescript): JSON Schema would take any other value,
 * Slack's user (`{items: {anyOf: […]}}`) an object among them, where the generated type is a list.
 */
function withImpliedType(node: Node): void {
  if (node['type'] !== undefined || node['$ref'] !== undefined) return;
  if (isNode(node['properties']) || node['additionalProperties'] !== undefined || isNode(node['patternProperties'])) node['type'] = 'object';
  else if (node['items'] !== undefined || Array.isArray(node['prefixItems'])) node['type'] = 'array';
}

/**
 * `additionalProperties: false` beside an `allOf`, `anyOf` or `oneOf` refuses the fields the parts declare (JSON Schema applies
 * it to the schema's own `properties`), so no body is valid; so does a schema there refuse those of other
 * types (Azure Data Factory's `{type: object}` beside a string `location`). The generator reads it as
 * allowing them (warning `closed-beside-parts`), and so does this: each such field declared beside it,
 * of any value (the parts still hold it to theirs).
 */
function withPartFieldsBesideClosed(spec: Node, node: Node): void {
  const parts = COMPOSITIONS.flatMap((key) => (Array.isArray(node[key]) ? node[key] : []));
  const extra = node['additionalProperties'];
  if (extra === undefined || extra === true || node['patternProperties'] !== undefined || parts.length === 0) return;
  const own = isNode(node['properties']) ? node['properties'] : {};
  node['properties'] = { ...Object.fromEntries([...partFieldNames(spec, parts, 0)].map((name) => [name, {}])), ...own };
}

/**
 * An `allOf` part whose `additionalProperties` refuses the fields the other parts or the schema declare
 * (ShipEngine's closed response bodies, Azure Graph RBAC's `additionalProperties: {type: object}` beside a
 * boolean): the generator reads the fields together (warning `closed-all-of-part`), and so does this: the
 * part becomes a `$ref` to a copy that declares those fields too, of any value, kept under `OPENED` (a
 * `$ref`, as a copy inline would hold the schema inside itself where a field is the holder: Jira's
 * `templateEvent: {allOf: [NotificationEvent]}`).
 */
function withOpenAllOfParts(spec: Node, node: Node): void {
  const parts = node['allOf'];
  if (!Array.isArray(parts)) return;
  const declared = parts.map((part) => partFieldNames(spec, [part], 0));
  parts.forEach((part, i) => {
    const found = deref(spec, part);
    if (found['additionalProperties'] === undefined || found['additionalProperties'] === true || found['patternProperties'] !== undefined) return;
    const own = isNode(found['properties']) ? found['properties'] : {};
    const others = [...Object.keys(isNode(node['properties']) ? node['properties'] : {}), ...declared.flatMap((names, j) => (j === i ? [] : [...names]))].filter((name) => !Object.hasOwn(own, name));
    if (others.length === 0) return;
    const opened = (spec[OPENED] ??= []) as Node[];
    opened.push({ ...found, properties: { ...Object.fromEntries(others.map((name) => [name, {}])), ...own } });
    parts[i] = { $ref: `#/${OPENED}/${opened.length - 1}` };
  });
}

/** Where `withOpenAllOfParts` keeps its copies of the parts it opens. */
const OPENED = 'x-opened-parts';

function partFieldNames(spec: Node, parts: readonly unknown[], depth: number): Set<string> {
  const names = new Set<string>();
  for (const part of depth > 8 ? [] : parts) {
    const schema = deref(spec, part);
    for (const name of Object.keys(isNode(schema['properties']) ? schema['properties'] : {})) names.add(name);
    if (Array.isArray(schema['allOf'])) for (const name of partFieldNames(spec, schema['allOf'], depth + 1)) names.add(name);
  }
  return names;
}

type Flag = 'readOnly' | 'writeOnly';

/** The flag on the schema, or on a part of its `allOf` (Cloudflare's `id: {allOf: [$ref: RulesetId, {readOnly: true}]}`). */
function isFlagged(spec: Node, schema: unknown, flag: Flag, depth: number): boolean {
  const found = deref(spec, schema);
  if (found[flag] === true) return true;
  return depth < 8 && Array.isArray(found['allOf']) && found['allOf'].some((part) => isFlagged(spec, part, flag, depth + 1));
}

function withoutNames(node: Node, names: ReadonlySet<string>): void {
  if (Array.isArray(node['required'])) node['required'] = node['required'].filter((name) => !names.has(name as string));
}

/**
 * The names a schema declares `readOnly` (or `writeOnly`): in its properties, those of its `allOf` parts
 * and of its `oneOf`/`anyOf` branches (a `required` beside a union names their fields), `$ref`s followed.
 */
function namesFlagged(spec: Node, node: Node, flag: Flag, seen: Set<Node>): Set<string> {
  const names = new Set<string>();
  if (seen.has(node)) return names;
  seen.add(node);
  const properties = isNode(node['properties']) ? node['properties'] : {};
  for (const [name, property] of Object.entries(properties)) if (isFlagged(spec, property, flag, 0)) names.add(name);
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const parts = Array.isArray(node[key]) ? node[key] : [];
    for (const part of parts) for (const name of namesFlagged(spec, deref(spec, part), flag, seen)) names.add(name);
  }
  return names;
}
