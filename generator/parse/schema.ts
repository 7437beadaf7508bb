/**
 * Schema Object (OpenAPI 3.1 §4.8.24, JSON Schema 2020-12; 3.0 §4.7.24) → `SchemaIR`. One function per
 * shape; `parseSchema` is the only switch. Refs to component schemas stay refs (named models); refs to
 * anything else are inlined, and a cycle through non-component schemas is cut with `unknown`.
 */
import type { EnumValueDoc, Primitive, PropertyIR, SchemaIR } from '../ir/types.js';
import { refTarget } from '../load/refs.js';
import { marksOpenEnum } from '../util/open-enum.js';
import { enumValueDocs } from '../util/enum-value-docs.js';
import { checkClosedBesideParts } from './closed-beside-parts.js';
import { checkClosedAllOfParts } from './closed-all-of-parts.js';
import { checkOneOfOverlap } from './one-of-overlap.js';
import { checkAllOfKinds } from './all-of-never.js';
import { checkOwnValues } from './example-fits.js';
import { checkPatternFaults } from './pattern-faults.js';
import { documentedConstants } from './documented-constants.js';
import { asObject, asString, deref, isComponentSchema, joinAt, locationOf, modelKey, report, typeList, type At, type ParseContext } from './context.js';
import { narrowedByDiscriminator } from './discriminator.js';
import { checkEnumOfOtherType } from './enum-of-other-type.js';
import { checkEnumOutsideConstraints } from './enum-outside-constraints.js';
import { checkKeywordKinds, checkRefKind } from './schema-keywords.js';
import { constraintsOf, defaultOf, exampleOf } from './constraints.js';
import { withRequiredAcrossParts, type RawPart } from './all-of-required.js';
import { withBinaryFormat } from '../util/byte-string.js';
import { entryDocument } from '../load/load-spec.js';
import { shapesBesideRef, shapingKeysBesideRef } from '../util/ref-siblings.js';
import { checkRequiredDeclared, requiredOnlyFields } from './required-declared.js';
import { withRequiredBesideUnion } from './required-beside-union.js';
import { withItemsBesideUnion } from './items-beside-union.js';
import { branchesOfTypeBeside } from './union-beside-type.js';
import { branchesBeside, listsItsExtensions, saysMoreBesideUnion, UNION_KEYS, unionAllowsTypeBeside, withoutUnions, type Branch, type UnionKey } from './union-beside-object.js';

type Raw = Record<string, unknown>;

/**
 * How deep schemas may nest within one model (a component schema's parts are models of their own, so
 * they start again). Every step of the generator after this one, prettier's printer last, recurses once
 * per level or more: nested arrays overflow its stack between 300 and 400 levels. Hand-written specs nest a
 * few dozen levels at most.
 */
export const MAX_SCHEMA_DEPTH = 100;

export function parseSchema(ctx: ParseContext, at: At, value: unknown, inlining: ReadonlySet<string> = new Set()): SchemaIR {
  if (ctx.schemaDepth >= MAX_SCHEMA_DEPTH) {
    const message = `schemas nest more than ${MAX_SCHEMA_DEPTH} levels deep here, more than the generated types can be printed with; make a part a component schema (#/components/schemas/…), which starts again`;
    report(ctx, at, 'schema-too-deep', message);
    return { kind: 'unknown', origin: locationOf(ctx, at) };
  }
  ctx.schemaDepth++;
  try {
    return parseSchemaValue(ctx, at, value, inlining);
  } finally {
    ctx.schemaDepth--;
  }
}

function parseSchemaValue(ctx: ParseContext, at: At, value: unknown, inlining: ReadonlySet<string>): SchemaIR {
  if (value === true || value === undefined) return { kind: 'unknown', origin: locationOf(ctx, at) };
  // JSON Schema's `false` accepts no value: as a property, one that must be absent.
  if (value === false) return { kind: 'enum', values: [], origin: locationOf(ctx, at) };
  const raw = asObject(value);
  if (!raw) {
    report(ctx, at, 'schema-type', 'a schema must be a mapping');
    return { kind: 'unknown', origin: locationOf(ctx, at) };
  }
  if (typeof raw['$ref'] === 'string') return shapesBesideRef(raw) ? parseRefAndKeywords(ctx, at, raw, inlining) : parseRef(ctx, at, raw, inlining);
  checkKeywordKinds(ctx, at, raw);
  checkRequiredDeclared(ctx, at, raw);
  checkClosedBesideParts(ctx, at, raw);
  checkClosedAllOfParts(ctx, at, raw);
  checkOneOfOverlap(ctx, at, raw);
  checkPatternFaults(ctx, at, raw);
  checkOwnValues(ctx, at, raw);
  // 3.1 writes a file by its media type (`contentMediaType: image/png`), 3.0 as `format: binary`.
  const typed = withKnownTypes(ctx, at, withBinaryFormat(raw));
  const base = baseOf(ctx, at, typed);
  const shape = parseShape(ctx, at, typed, inlining);
  return withBase(shape, base);
}

const JSON_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null']);
/** Type names hand-written specs use that JSON Schema lacks, and the type each plainly means. */
const TYPE_SLIPS: Readonly<Record<string, Raw>> = {
  int: { type: 'integer' },
  int32: { type: 'integer', format: 'int32' },
  int64: { type: 'integer', format: 'int64' },
  long: { type: 'integer', format: 'int64' },
  float: { type: 'number', format: 'float' },
  double: { type: 'number', format: 'double' },
  decimal: { type: 'number' },
  bool: { type: 'boolean' },
  date: { type: 'string', format: 'date' },
  datetime: { type: 'string', format: 'date-time' },
  'date-time': { type: 'string', format: 'date-time' },
  // Swagger 2.0's file type, left in a 3.x document.
  file: { type: 'string', format: 'binary' },
};

/**
 * `raw` with a `type` JSON Schema does not have (`int`, `double`, `date`) read as the type it plainly
 * means, and any other as no type (any value): each a located warning, since the spec says something
 * else than the author meant.
 */
function withKnownTypes(ctx: ParseContext, at: At, raw: Raw): Raw {
  const declared = raw['type'];
  if (declared === undefined) return raw;
  const names: unknown[] = Array.isArray(declared) ? declared : [declared];
  if (names.every((t) => typeof t === 'string' && JSON_TYPES.has(t))) return raw;
  const read = { ...raw };
  const types: string[] = [];
  for (const name of names) {
    if (typeof name === 'string' && JSON_TYPES.has(name)) types.push(name);
    else if (typeof name === 'string') readSlip(ctx, at, name, read, types);
    else report(ctx, joinAt(at, 'type'), 'schema-type-unknown', `type ${JSON.stringify(name)} is not a type name (a string: ${[...JSON_TYPES].join(', ')}): left out`, 'warning');
  }
  if (types.length === 0) delete read['type'];
  else read['type'] = Array.isArray(declared) ? types : types[0];
  return read;
}

function readSlip(ctx: ParseContext, at: At, name: string, read: Raw, types: string[]): void {
  const meant = Object.hasOwn(TYPE_SLIPS, name.toLowerCase()) ? TYPE_SLIPS[name.toLowerCase()] : undefined;
  const reading = meant ? `read as ${meant['type'] as string}${meant['format'] ? ` (format ${meant['format'] as string})` : ''}` : 'read as any value';
  report(ctx, joinAt(at, 'type'), 'schema-type-unknown', `type ${JSON.stringify(name)} is not a JSON Schema type (${[...JSON_TYPES].join(', ')}): ${reading}`, 'warning');
  if (!meant) return;
  types.push(meant['type'] as string);
  if (meant['format'] !== undefined && read['format'] === undefined) read['format'] = meant['format'];
}

function parseRef(ctx: ParseContext, at: At, raw: Raw, inlining: ReadonlySet<string>): SchemaIR {
  const target = refTarget(at.file, raw['$ref'] as string);
  checkRefKind(ctx, at, target);
  checkTypeBesideRef(ctx, at, raw);
  const key = modelKey(target);
  const description = asString(raw['description']);
  const named = isComponentSchema(target.pointer) ? target : ctx.aliases.get(key);
  const nullable = nullableBesideRef(raw);
  if (named !== undefined) {
    if (!ctx.models.has(modelKey(named))) ctx.modelQueue.push(named);
    // OpenAPI 3.1 allows keywords beside a `$ref`: who sets the field is one a client must honour, and a
    // field retired while its type lives on (`{$ref: Plan, deprecated: true}`, 287 in 53 APIs.guru specs) is struck out.
    const access = { readOnly: raw['readOnly'] === true || undefined, writeOnly: raw['writeOnly'] === true || undefined };
    const deprecated = raw['deprecated'] === true || undefined;
    return { kind: 'ref', model: modelKey(named), description, ...stripUndefined({ ...access, nullable, deprecated, ...valuesBesideRef(ctx, at, raw) }), origin: locationOf(ctx, at) };
  }
  if (inlining.has(key)) return { kind: 'unknown', origin: locationOf(ctx, at) };
  const resolved = deref(ctx, at, raw);
  const parsed = parseSchema(ctx, resolved.at, resolved.value, new Set([...inlining, key]));
  return { ...parsed, ...stripUndefined({ nullable, ...valuesBesideRef(ctx, at, raw) }) };
}

/**
 * `{$ref: Currency, default: EUR}`: this field's default or example, where the named schema serves many
 * fields (27 in APIs.guru's specs); the documentation and the example calls say it before the schema's own.
 */
function valuesBesideRef(ctx: ParseContext, at: At, raw: Raw): Pick<SchemaIR, 'default' | 'example'> {
  const values = { default: defaultOf(raw), example: exampleOf(raw) };
  if (values.default !== undefined || values.example !== undefined) checkOwnValues(ctx, at, raw, asObject(deref(ctx, at, raw).value) ?? {});
  return values;
}

/**
 * `{$ref: ChangeEmailRequest, type: string}` where the schema named is an object (britbox's bodies, 9 in 5
 * APIs.guru specs): no value is both, as JSON Schema reads the two together. The generator reads the
 * `$ref` alone (3.0 ignores keywords beside it), and says so.
 */
function checkTypeBesideRef(ctx: ParseContext, at: At, raw: Raw): void {
  const beside = raw['type'];
  if (typeof beside !== 'string') return;
  const named = asObject(deref(ctx, at, raw).value)?.['type'];
  if (typeof named !== 'string' || beside === named) return;
  if ([beside, named].every((t) => t === 'integer' || t === 'number')) return;
  report(ctx, joinAt(at, 'type'), 'type-beside-ref', `\`type: ${beside}\` beside a \`$ref\` to a schema of type \`${named}\`: no value is both; read as the \`$ref\` alone`, 'warning');
}

/**
 * `{$ref: Droplets, required: [droplet_ids]}`: read as `allOf: [{$ref}, the rest]` (see
 * `shapesBesideRef`): a field required, fields added, more parts.
 */
function parseRefAndKeywords(ctx: ParseContext, at: At, raw: Raw, inlining: ReadonlySet<string>): SchemaIR {
  if (String(entryDocument(ctx.spec)['openapi']).startsWith('3.0')) refSiblingsIn30(ctx, at, raw);
  const { $ref, ...own } = raw;
  const ref: RawPart = { at, value: { $ref }, parsed: parseRef(ctx, at, raw, inlining) };
  checkKeywordKinds(ctx, at, own);
  const parts = Array.isArray(own['allOf']) ? own['allOf'] : [];
  return withBase(parseAllOf(ctx, at, { ...own, allOf: parts }, inlining, [ref]), baseOf(ctx, at, own));
}

/** Tools that follow OpenAPI 3.0 ignore them: said, so a spec meant for them can write the `allOf` instead. */
function refSiblingsIn30(ctx: ParseContext, at: At, raw: Raw): void {
  const keys = shapingKeysBesideRef(raw).map((key) => `\`${key}\``).join(', ');
  const message = `${keys} beside a \`$ref\` is ignored by OpenAPI 3.0; read with it, as 3.1 does (write \`allOf: [{$ref: …}, {…}]\` for tools that follow 3.0)`;
  report(ctx, at, 'ref-siblings', message, 'warning');
}

/**
 * `{$ref: Owner, nullable: true}`: OpenAPI 3.0 ignores keywords beside a `$ref`, yet specs write this to
 * say the field may be null (Twilio's, on 1,049 fields of 44 APIs.guru specs), and servers send null
 * there: typed `Owner | null`, so a reader handles it, rather than `Owner`, which fails on the value.
 */
function nullableBesideRef(raw: Raw): true | undefined {
  return raw['nullable'] === true || raw['x-nullable'] === true || undefined;
}

type Base = Omit<SchemaIR, 'kind'>;

function baseOf(ctx: ParseContext, at: At, raw: Raw): Base {
  const types = typeList(raw);
  return {
    description: asString(raw['description']),
    deprecated: raw['deprecated'] === true || undefined,
    // AutoRest's `x-nullable` (2.0, converted on load) is also left in some specs written for 3.0.
    nullable: raw['nullable'] === true || raw['x-nullable'] === true || (types.includes('null') && types.length > 1) || undefined,
    readOnly: raw['readOnly'] === true || undefined,
    writeOnly: raw['writeOnly'] === true || undefined,
    format: asString(raw['format']),
    constraints: constraintsOf(raw),
    default: defaultOf(raw),
    example: exampleOf(raw),
    origin: locationOf(ctx, at),
  };
}

function withBase(shape: SchemaIR, base: Base): SchemaIR {
  return { ...shape, ...stripUndefined(base), origin: base.origin, nullable: base.nullable || shape.nullable || undefined } as SchemaIR;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * An `enum` of single values beside `type: array` and its `items` (dracoon's OAuth `grantTypes`: the items'
 * own enum, repeated): no list equals a string, so no value is valid as written. The author means the
 * items' values: read as a list of them, with a located warning.
 */
function enumOfItemsBesideArray(raw: Raw): boolean {
  const values = raw['enum'];
  return Array.isArray(values) && raw['items'] !== undefined && typeList(raw).filter((t) => t !== 'null').join() === 'array' && !values.some(Array.isArray);
}

/** The schema without its `enum`, which goes to its inline `items` where they have none (see `enumOfItemsBesideArray`). */
function withEnumOnItems(ctx: ParseContext, at: At, raw: Raw): Raw {
  report(ctx, joinAt(at, 'enum'), 'enum-beside-array', '`enum` beside `type: array` lists single values, which no list equals, so no value is valid as written: read as the values of its `items`', 'warning');
  const items = asObject(raw['items']);
  const onItems = items !== undefined && typeof items['$ref'] !== 'string' && items['enum'] === undefined ? { ...raw, items: { ...items, enum: raw['enum'] } } : raw;
  return Object.fromEntries(Object.entries(onItems).filter(([key]) => key !== 'enum'));
}

function parseShape(ctx: ParseContext, at: At, raw: Raw, inlining: ReadonlySet<string>): SchemaIR {
  const origin = locationOf(ctx, at);
  if (enumOfItemsBesideArray(raw)) return parseShape(ctx, at, withEnumOnItems(ctx, at, raw), inlining);
  if (Array.isArray(raw['enum'])) {
    const ofOtherType = checkEnumOfOtherType(ctx, at, raw);
    checkEnumOutsideConstraints(ctx, at, raw);
    const parsed = parseEnum(raw['enum'] as unknown[], origin, marksOpenEnum(raw), enumValueDocs(raw, raw['enum']));
    return parsed.kind === 'enum' ? { ...parsed, ...ofOtherType } : parsed;
  }
  if (Array.isArray(raw['x-extensible-enum'])) return parseEnum(raw['x-extensible-enum'] as unknown[], origin, true);
  if ('const' in raw) return parseEnum([raw['const']], origin);
  if (listsItsExtensions(ctx, at, raw)) return parseShape(ctx, at, withoutUnions(raw), inlining);
  const unions = UNION_KEYS.filter((key) => Array.isArray(raw[key]));
  if (unions.length > 0 && unionAllowsTypeBeside(ctx, at, raw, unions)) return parseShape(ctx, at, withoutUnions(raw), inlining);
  if (saysMoreBesideUnion(ctx, at, raw, unions)) return parseBesideUnions(ctx, at, raw, unions, inlining);
  if (Array.isArray(raw['allOf'])) return parseAllOf(ctx, at, raw, inlining);
  if (unions[0] !== undefined) return parseUnionBeside(ctx, at, raw, unions[0], inlining);
  const types = typeList(raw).filter((t) => t !== 'null');
  if (types.length > 1) return { kind: 'union', variants: types.map((t) => parseShape(ctx, at, { ...raw, type: t }, inlining)), origin };
  const type = types[0] ?? (typeList(raw).includes('null') ? 'null' : inferType(raw));
  return parseTyped(ctx, at, raw, type, inlining);
}

function parseTyped(ctx: ParseContext, at: At, raw: Raw, type: string | undefined, inlining: ReadonlySet<string>): SchemaIR {
  const origin = locationOf(ctx, at);
  switch (type) {
    case 'object':
      return parseObject(ctx, at, raw, inlining);
    case 'array':
      return parseArray(ctx, at, raw, inlining);
    case 'string':
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return { kind: type, origin };
    default:
      return { kind: 'unknown', origin };
  }
}

function inferType(raw: Raw): string | undefined {
  if (asObject(raw['properties']) || raw['additionalProperties'] !== undefined || asObject(raw['patternProperties'])) return 'object';
  if (raw['items'] !== undefined || Array.isArray(raw['prefixItems'])) return 'array';
  return undefined;
}

/** `extensible`: the spec says other values may come (see `openedEnum`). */
function parseEnum(values: unknown[], origin: SchemaIR['origin'], extensible = false, valueDocs?: readonly EnumValueDoc[]): SchemaIR {
  const primitives = values.filter((v): v is Primitive => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  // A value listed twice is one member of the union (Stripe's spec, as APIs.guru publishes it, lists one 27 times).
  const nonNull = [...new Set(primitives.filter((v) => v !== null))];
  const listed: SchemaIR = { kind: 'enum', values: nonNull, nullable: primitives.includes(null) || undefined, ...(valueDocs ? { valueDocs } : {}), origin };
  const shaped = extensible ? openedEnum(listed) : listed;
  const kinds = jsonKinds(values, origin);
  if (kinds.length === 0) return shaped;
  const variants = nonNull.length > 0 || listed.nullable ? [shaped, ...kinds] : kinds;
  return variants.length === 1 ? variants[0]! : { kind: 'union', variants, origin };
}

/**
 * The lists and objects an enum lists (Cloudflare's `errors: {allOf: [Errors, {enum: [[]]}]}`), which no
 * literal type spells, typed by their kind so that the type admits them: left out, an enum of `[]` alone
 * would admit nothing (`never`).
 */
function jsonKinds(values: readonly unknown[], origin: SchemaIR['origin']): SchemaIR[] {
  const unknown: SchemaIR = { kind: 'unknown', origin };
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return [
    ...(values.some(Array.isArray) ? [{ kind: 'array', items: unknown, origin } as const] : []),
    ...(values.some(isObject) ? [{ kind: 'object', properties: [], additionalProperties: unknown, origin } as const] : []),
  ];
}

/** An enum the spec marks open, made so when it lists only strings (see `EnumShape.open`); any other schema as it is. */
export function openedEnum(schema: SchemaIR): SchemaIR {
  return schema.kind === 'enum' && schema.values.every((v) => typeof v === 'string') ? { ...schema, open: true } : schema;
}

/** The union `raw[key]`, with the names a `required` beside it lists required in each branch (required-beside-union.ts). */
function parseUnionBeside(ctx: ParseContext, at: At, raw: Raw, key: UnionKey, inlining: ReadonlySet<string>): SchemaIR {
  const unionAt = joinAt(at, key);
  const branches = branchesOfTypeBeside(ctx, raw, (raw[key] as unknown[]).map((value, i) => ({ at: joinAt(unionAt, i), value })));
  const parse = (where: At, value: unknown) => parseSchema(ctx, where, value, inlining);
  const parsed = withItemsBesideUnion(raw, at, branches.map((branch) => parse(branch.at, branch.value)), parse);
  const union = unionOf(ctx, unionAt, parsed, raw['discriminator']);
  const explained = documentedConstants(branches.map((branch) => branch.value), parsed, union);
  if (explained !== undefined) return explained;
  return withRequiredBesideUnion(ctx, at, raw['required'], branches.filter((_, i) => parsed[i]!.kind !== 'null'), union, parse);
}

function unionOf(ctx: ParseContext, at: At, parsed: readonly SchemaIR[], discriminator: unknown): SchemaIR {
  const nonNull = parsed.filter((v) => v.kind !== 'null');
  const nullable = nonNull.length < parsed.length || undefined;
  if (nonNull.length === 1) return { ...nonNull[0]!, nullable: nullable || nonNull[0]!.nullable };
  const parent = { file: at.file, pointer: at.pointer.slice(0, at.pointer.lastIndexOf('/')) };
  return { kind: 'union', variants: narrowedByDiscriminator(ctx, parent, discriminator, nonNull), nullable, origin: locationOf(ctx, at) };
}

/**
 * The object beside one or two unions, and each union of the branches a value beside it can match (see
 * union-beside-object.ts): `Base & (A | B)`. A union with a branch that constrains nothing constrains
 * nothing; a `null` branch makes the whole value nullable (`Base & (A | null)` would drop it).
 */
function parseBesideUnions(ctx: ParseContext, at: At, raw: Raw, keys: readonly UnionKey[], inlining: ReadonlySet<string>): SchemaIR {
  const own = withoutUnions(raw);
  const unions = keys.map((key) => unionBeside(ctx, { at, value: own }, at, raw, key, inlining));
  const constraining = unions.filter((u) => !constrainsNothing(u));
  const base = parseShape(ctx, at, own, inlining);
  const nullable = unions.some((u) => u.nullable) || undefined;
  const parts = [base, ...constraining.map((u) => ({ ...u, nullable: undefined }))].filter((p) => p.kind !== 'unknown');
  if (parts.length === 0) return { kind: 'unknown', origin: locationOf(ctx, at) };
  if (parts.length === 1) return { ...parts[0]!, nullable: parts[0]!.nullable || nullable };
  return { kind: 'intersection', parts, nullable, origin: locationOf(ctx, at) };
}

/** Any value (`unknown`), or a union with a branch that admits any value or with no branch left. */
function constrainsNothing(schema: SchemaIR): boolean {
  return schema.kind === 'unknown' || (schema.kind === 'union' && (schema.variants.length === 0 || schema.variants.some((v) => v.kind === 'unknown')));
}

/**
 * An inline `allOf` part that is only a union (`- anyOf: [{required: [breakout]}, {required: [priority]}]`,
 * as Cloudflare's Magic app configs write it): its branches get the declarations of the names they
 * require from the whole `allOf` (see union-beside-object.ts). `undefined` for any other part.
 */
function unionPartOfAllOf(ctx: ParseContext, holder: Branch, at: At, value: unknown, inlining: ReadonlySet<string>): SchemaIR | undefined {
  const raw = asObject(value);
  const keys = UNION_KEYS.filter((key) => Array.isArray(raw?.[key]));
  if (!raw || keys.length !== 1 || typeof raw['$ref'] === 'string' || Array.isArray(raw['allOf']) || Array.isArray(raw['enum']) || 'const' in raw || saysMoreBesideUnion(ctx, at, raw, keys)) return undefined;
  checkKeywordKinds(ctx, at, raw);
  return withBase(unionBeside(ctx, holder, at, raw, keys[0]!, inlining), baseOf(ctx, at, raw));
}

/** The union `raw[key]` of the schema at `at`, of the branches a value beside `holder`'s fields can match. */
function unionBeside(ctx: ParseContext, holder: Branch, at: At, raw: Raw, key: UnionKey, inlining: ReadonlySet<string>): SchemaIR {
  const unionAt = joinAt(at, key);
  const branches = (raw[key] as unknown[]).map((value, i) => ({ at: joinAt(unionAt, i), value }));
  const parse = (where: At, value: unknown) => parseSchema(ctx, where, value, inlining);
  return unionOf(ctx, unionAt, branchesBeside(ctx, holder, branches, parse), raw['discriminator']);
}

/** `leading`: parts before the `allOf`'s own, as a `$ref` beside it (see `parseRefAndKeywords`). */
function parseAllOf(ctx: ParseContext, at: At, raw: Raw, inlining: ReadonlySet<string>, leading: readonly RawPart[] = []): SchemaIR {
  const raws: RawPart[] = [...leading, ...(raw['allOf'] as unknown[]).map((value, i) => {
    const partAt = joinAt(joinAt(at, 'allOf'), i);
    return { at: partAt, value, parsed: unionPartOfAllOf(ctx, { at, value: raw }, partAt, value, inlining) ?? parseSchema(ctx, partAt, value, inlining) };
  })];
  if (asObject(raw['properties'])) raws.push({ at, value: { properties: raw['properties'], required: raw['required'] }, parsed: parseObject(ctx, at, raw, inlining) });
  const all = withRequiredAcrossParts(ctx, at, raw, raws, (where, value) => parseSchema(ctx, where, value, inlining));
  // A part that only annotates (`- description: more`) adds no type: it would render `& unknown`. Its
  // constraints still hold, on the whole value (AWS MediaConnect's `allOf: [$ref: __string, {pattern: …}]`),
  // and its description says what this value is, where the part it annotates says what its type is.
  const parts = all.filter((part) => !constrainsNothing(part));
  const ofWhole = { ...accessOfParts(all), ...carriedConstraints(all, parts), ...carriedDescription(all, parts) };
  if (parts.length === 0) return { kind: 'unknown', origin: locationOf(ctx, at), ...ofWhole };
  if (parts.length === 1) return { ...parts[0]!, ...ofWhole };
  checkAllOfKinds(ctx, at, raws.filter((part) => !constrainsNothing(part.parsed)));
  // `allOf: [Base, {nullable: true, properties: …}]`: the author means the value may be null, which `Base & ({…} | null)` would drop.
  const nullable = parts.some((part) => part.kind !== 'ref' && part.nullable) || undefined;
  return { kind: 'intersection', parts: parts.map((part) => (part.kind !== 'ref' && part.nullable ? { ...part, nullable: undefined } : part)), nullable, origin: locationOf(ctx, at), ...ofWhole };
}

/** The constraints of the parts left out as adding no type, over those of the one part kept, if any. */
function carriedConstraints(all: readonly SchemaIR[], kept: readonly SchemaIR[]): { constraints?: SchemaIR['constraints'] } {
  const carried = all.filter((part) => !kept.includes(part) && part.constraints !== undefined).map((part) => part.constraints);
  if (carried.length === 0) return {};
  return { constraints: Object.assign({}, kept.length === 1 ? kept[0]!.constraints : undefined, ...carried) };
}

/** The first description of the parts left out as adding no type: `allOf: [$ref: __string, {description: The ARN…}]`. */
function carriedDescription(all: readonly SchemaIR[], kept: readonly SchemaIR[]): { description?: string } {
  const description = all.find((part) => !kept.includes(part) && part.description !== undefined && part.description.trim() !== '')?.description;
  return description === undefined ? {} : { description };
}

/**
 * Who sets the value, said by any part: each part applies to the whole value, so `{allOf: [$ref: Id,
 * {readOnly: true}]}` (Cloudflare's ruleset ids) is read-only, and a request leaves it out.
 */
function accessOfParts(parts: readonly SchemaIR[]): { readOnly?: true; writeOnly?: true } {
  return {
    ...(parts.some((p) => p.readOnly === true) ? { readOnly: true as const } : {}),
    ...(parts.some((p) => p.writeOnly === true) ? { writeOnly: true as const } : {}),
  };
}

/** `items`, and 3.1's `prefixItems` (a tuple): how many of its items `minItems` requires, and whether `items: false` closes it. */
function parseArray(ctx: ParseContext, at: At, raw: Raw, inlining: ReadonlySet<string>): SchemaIR {
  const origin = locationOf(ctx, at);
  // Without prefixItems, `items: false` is an array that must be empty (`Array<never>`); after them, it closes the tuple.
  if (!Array.isArray(raw['prefixItems']) || raw['prefixItems'].length === 0) return { kind: 'array', items: parseSchema(ctx, joinAt(at, 'items'), raw['items'], inlining), origin };
  const closed = raw['items'] === false;
  const items = closed ? ({ kind: 'unknown', origin } as const) : parseSchema(ctx, joinAt(at, 'items'), raw['items'], inlining);
  const prefixItems = raw['prefixItems'].map((v, i) => parseSchema(ctx, joinAt(joinAt(at, 'prefixItems'), i), v, inlining));
  const minItems = typeof raw['minItems'] === 'number' ? Math.max(0, Math.floor(raw['minItems'])) : 0;
  return { kind: 'array', items, prefixItems, requiredPrefix: Math.min(minItems, prefixItems.length), closed: closed || undefined, origin };
}

function parseObject(ctx: ParseContext, at: At, raw: Raw, inlining: ReadonlySet<string>): SchemaIR {
  const required = new Set(Array.isArray(raw['required']) ? raw['required'].filter((r) => typeof r === 'string') : []);
  const props = asObject(raw['properties']) ?? {};
  const properties: PropertyIR[] = Object.entries(props).map(([name, value]) => {
    const propAt = joinAt(joinAt(at, 'properties'), name);
    const requiredHere = asObject(value)?.['required'] === true;
    // Swagger's parameter spelling on a property: JSON Schema lists required properties on the object.
    if (requiredHere) report(ctx, joinAt(propAt, 'required'), 'required-boolean', `\`required: true\` on a property is not JSON Schema (the object lists its required properties in \`required: [${name}]\`): read as required`, 'warning');
    return { name, required: required.has(name) || requiredHere, schema: parseSchema(ctx, propAt, value, inlining), origin: locationOf(ctx, propAt) };
  });
  properties.push(...requiredOnlyFields(ctx, at, raw, 'the object'));
  return { kind: 'object', properties, additionalProperties: extraKeys(ctx, at, raw, inlining), ...(raw['additionalProperties'] === false && !asObject(raw['patternProperties']) ? { closed: true } : {}), origin: locationOf(ctx, at) };
}

/**
 * What the keys `properties` does not name may hold: `additionalProperties`, and 3.1's `patternProperties`
 * (`"^x-": {type: string}`), which a TypeScript key cannot express, so any key may hold any of their values.
 */
function extraKeys(ctx: ParseContext, at: At, raw: Raw, inlining: ReadonlySet<string>): SchemaIR | undefined {
  const extra = raw['additionalProperties'];
  const additional = extra === undefined || extra === false ? [] : [parseSchema(ctx, joinAt(at, 'additionalProperties'), extra, inlining)];
  const patternsAt = joinAt(at, 'patternProperties');
  const patterns = Object.entries(asObject(raw['patternProperties']) ?? {}).map(([pattern, value]) => parseSchema(ctx, joinAt(patternsAt, pattern), value, inlining));
  const values = [...patterns, ...additional];
  if (values.length <= 1) return values[0];
  return { kind: 'union', variants: values, origin: locationOf(ctx, patternsAt) };
}
