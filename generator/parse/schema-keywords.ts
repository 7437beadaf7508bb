/**
 * The schema keywords the generator reads must hold the kind of value JSON Schema gives them (2020-12
 * Validation §6, OpenAPI 3.0 §4.7.24): one that does not is read as absent, which silently changes the
 * types (`required: name` leaves the property optional, `enum: red` allows any string), or the checks an
 * example goes through and the review's verdicts (`pattern: 0`, api.video's; `maxLength: "32"`). Each is a
 * located error; `--lenient` keeps that reading with a warning.
 */
import { lookup, type RefTarget } from '../load/refs.js';
import { joinPointer, splitPointer } from '../util/pointer.js';
import { report, type At, type ParseContext } from './context.js';

type Kind = 'list' | 'mapping' | 'boolean' | 'string' | 'number';

/** The kinds each keyword may hold; the first is the one the message names. */
const KEYWORD_KINDS: Readonly<Record<string, readonly Kind[]>> = {
  // A `$ref` that is a string is read as a reference before these checks.
  $ref: ['string'],
  enum: ['list'],
  // `required: true` on a property (Swagger 1's way) is read as meant, with a warning of its own.
  required: ['list', 'boolean'],
  allOf: ['list'],
  oneOf: ['list'],
  anyOf: ['list'],
  properties: ['mapping'],
  discriminator: ['mapping'],
  nullable: ['boolean'],
  readOnly: ['boolean'],
  writeOnly: ['boolean'],
  deprecated: ['boolean'],
  format: ['string'],
  pattern: ['string'],
  minLength: ['number'],
  maxLength: ['number'],
  minItems: ['number'],
  maxItems: ['number'],
  minProperties: ['number'],
  maxProperties: ['number'],
  multipleOf: ['number'],
  minimum: ['number'],
  maximum: ['number'],
  // OpenAPI 3.0's flag on `minimum`, 3.1's bound of its own.
  exclusiveMinimum: ['boolean', 'number'],
  exclusiveMaximum: ['boolean', 'number'],
  uniqueItems: ['boolean'],
};

export function checkKeywordKinds(ctx: ParseContext, at: At, raw: Readonly<Record<string, unknown>>): void {
  for (const [keyword, kinds] of Object.entries(KEYWORD_KINDS)) {
    const value = raw[keyword];
    if (value === undefined || (kinds as readonly string[]).includes(kindOf(value))) continue;
    const found = `\`${keyword}\` must be a ${kinds[0]!}, found ${describe(value)}; with --lenient, it is read as absent`;
    report(ctx, { file: at.file, pointer: joinPointer(at.pointer, keyword) }, 'schema-keyword-kind', found);
  }
}

function kindOf(value: unknown): Kind | 'other' {
  if (Array.isArray(value)) return 'list';
  if (value !== null && typeof value === 'object') return 'mapping';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  return typeof value === 'boolean' ? 'boolean' : 'other';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value === 'string' ? 'the string' : `the ${typeof value}`} ${JSON.stringify(value)}`;
}

/** The components that are not schemas, by their field under `components` (§4.8.7), and what each holds. */
const OTHER_COMPONENTS: Readonly<Record<string, string>> = {
  parameters: 'parameter',
  responses: 'response',
  requestBodies: 'request body',
  headers: 'header',
  securitySchemes: 'security scheme',
  examples: 'example',
  links: 'link',
  callbacks: 'callback',
  pathItems: 'path item',
};

/**
 * A schema's `$ref` to a whole component of another kind (`#/components/parameters/Id`, copied from a
 * parameter list) reads that object's fields as schema keywords, which typically allow any value. A ref
 * into such a component (`…/Id/schema`) is a schema and is fine. So is a ref to a whole file of its own
 * (`Pet.yaml`); one to a whole OpenAPI document (`#`, `''`) or a part of it that holds no schema itself
 * (`#/paths`, `#/components/schemas`) types the value as any value without a word.
 */
export function checkRefKind(ctx: ParseContext, at: At, target: RefTarget): void {
  const named = componentOfOtherKind(target.pointer) ?? (isOpenApiDocument(lookup(ctx.spec, { file: target.file, pointer: '' })) ? documentPart(target.pointer) : undefined);
  if (named === undefined) return;
  const message = `a schema's $ref names ${named}; with --lenient, its fields are read as the schema's`;
  report(ctx, { file: at.file, pointer: joinPointer(at.pointer, '$ref') }, 'schema-ref-kind', message);
}

function componentOfOtherKind(pointer: string): string | undefined {
  const kind = /^\/components\/([^/]+)\/[^/]+$/.exec(pointer)?.[1];
  if (kind === undefined || !Object.hasOwn(OTHER_COMPONENTS, kind)) return undefined;
  const itsSchema = kind === 'parameters' || kind === 'headers' ? `; its schema is #${pointer}/schema` : '';
  return `the ${OTHER_COMPONENTS[kind]!} #${pointer}, not a schema (#/components/schemas/…)${itsSchema}`;
}

/** The fields of an OpenAPI document (§4.8.1): none is a schema (an `x-` one may hold one). */
const DOCUMENT_FIELDS: ReadonlySet<string> = new Set(['openapi', 'info', 'jsonSchemaDialect', 'servers', 'paths', 'webhooks', 'components', 'security', 'tags', 'externalDocs']);

/** The whole document, one of its fields, or one of the maps under `components`. */
function documentPart(pointer: string): string | undefined {
  const tokens = splitPointer(pointer);
  const isPart = (tokens.length === 1 && DOCUMENT_FIELDS.has(tokens[0]!)) || (tokens.length === 2 && tokens[0] === 'components');
  const part = tokens.length === 0 ? 'the whole document #' : isPart ? `#${pointer}, a part of the document` : undefined;
  return part && `${part}, not a schema (#/components/schemas/…)`;
}

function isOpenApiDocument(root: unknown): boolean {
  return root !== null && typeof root === 'object' && ('openapi' in root || 'swagger' in root);
}
