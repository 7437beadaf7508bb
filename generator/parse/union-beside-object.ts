/**
 * A `oneOf` or `anyOf` written beside an object's own fields (`properties`, `patternProperties`, a map's
 * `additionalProperties`) or beside an `allOf`. JSON Schema applies every keyword to the whole value: it
 * is that object and one of the branches. Specs lean on this to say "one of these fields is required":
 * Cloudflare's Magic app (`properties: {name, type, hostnames, ip_subnets}, anyOf: [{required: [hostnames]},
 * {required: [ip_subnets]}]`), GitHub's Pages and check-run updates, ShipEngine's rate requests
 * (`allOf: [RateOptions], oneOf: [ByShipmentId, ByShipment]`). Read as the union alone, the fields beside
 * it were lost, and a branch that only lists required names said nothing (`unknown | unknown`).
 *
 * The type is the object and the union of the branches (`Base & (A | B)`). A branch requiring a name the
 * object declares gets that declaration, required (`{ hostnames: Array<string> }`). Slips get located
 * warnings: a branch of another kind of value than an object matches no value beside the object's fields
 * and is left out; a union listing the schemas of the object's own properties (Cloudflare's list item) is
 * read as "one of these properties"; a required name nothing declares holds any value.
 */
import type { PropertyIR, SchemaIR } from '../ir/types.js';
import { withArticle } from '../util/plural.js';
import { asObject, deref, joinAt, locationOf, report, type At, type ParseContext } from './context.js';
import type { ParseAt } from './all-of-required.js';
import { declarationOf } from './declaration-of.js';

type Raw = Record<string, unknown>;

export const UNION_KEYS = ['oneOf', 'anyOf'] as const;
export type UnionKey = (typeof UNION_KEYS)[number];

/**
 * Whether a schema with a `oneOf`/`anyOf` says more beside it: fields of its own, or an `allOf`. A bare
 * `type: object` or `required` list beside a union only restates what its branches say.
 */
export function saysMoreBesideUnion(ctx: ParseContext, at: At, raw: Raw, keys: readonly UnionKey[]): boolean {
  if (keys.length === 0 || keys.some((key) => (raw[key] as unknown[]).some((branch) => extendsHolder(ctx, at, branch)))) return false;
  return Array.isArray(raw['allOf']) || declaresFields(raw);
}

function declaresFields(raw: Raw): boolean {
  const properties = asObject(raw['properties']);
  return (properties !== undefined && Object.keys(properties).length > 0) || asObject(raw['patternProperties']) !== undefined || asObject(raw['additionalProperties']) !== undefined;
}

/**
 * A discriminated base whose union lists the schemas that extend it (`Pet: {discriminator, properties,
 * oneOf: [Cat, Dog]}`, `Cat: {allOf: [Pet, …]}`): the union says again what the inheritance says, and is
 * read that way (discriminator-inheritance.ts): the base's shape, which its variants extend, and the union
 * of its variants, which every other reference means. Read as a union, each variant would contain itself.
 */
export function listsItsExtensions(ctx: ParseContext, at: At, raw: Raw): boolean {
  const keys = UNION_KEYS.filter((key) => Array.isArray(raw[key]));
  if (keys.length === 0 || asObject(raw['discriminator']) === undefined) return false;
  return keys.every((key) => (raw[key] as unknown[]).every((branch) => extendsHolder(ctx, at, branch)));
}

/**
 * A branch that is a `$ref` to a schema extending the holder (`Pet: {properties, oneOf: [Cat, Dog]}`,
 * `Cat: {allOf: [Pet, …]}`): the branches already hold the fields beside, and the discriminator's
 * inheritance reading (discriminator-inheritance.ts) makes the holder their union.
 */
function extendsHolder(ctx: ParseContext, at: At, branch: unknown): boolean {
  if (typeof asObject(branch)?.['$ref'] !== 'string') return false;
  const target = deref(ctx, at, branch);
  const parts = asObject(target.value)?.['allOf'];
  if (!Array.isArray(parts)) return false;
  return parts.some((part) => {
    if (typeof asObject(part)?.['$ref'] !== 'string') return false;
    const found = deref(ctx, target.at, part);
    return found.at.file === at.file && found.at.pointer === at.pointer;
  });
}

/** Keywords that constrain a value other than an object (or any value): a branch with none of them allows every such value. */
const CONSTRAINS_OTHER_VALUES = [
  ...['type', 'enum', 'const', '$ref', 'allOf', 'oneOf', 'anyOf', 'not', 'x-extensible-enum'],
  ...['items', 'prefixItems', 'contains', 'minItems', 'maxItems', 'uniqueItems'],
  ...['minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'],
];

/**
 * A union beside a `type` that is not an object, whose every branch only says what an object holds
 * (Cloudflare's lockdown `configurations`: `type: array, items: {anyOf: [Ip, Cidr]}, anyOf: [Ip, Cidr]`,
 * where `Ip` has `properties` and no `type`). JSON Schema applies those branches to objects only, so
 * every array matches them all: the union says nothing, and the type is the one beside it, with a
 * located warning (the branches likely belong in `items`). Read as the union alone, the field was typed
 * as one object where the API takes a list. A `$ref`'d branch is read through its `$ref`s.
 */
export function unionAllowsTypeBeside(ctx: ParseContext, at: At, raw: Raw, keys: readonly UnionKey[]): boolean {
  const type = raw['type'];
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string' && t !== 'null');
  if (types.length === 0 || types.includes('object')) return false;
  if (!keys.every((key) => (raw[key] as unknown[]).every((branch, i) => saysOnlyObjectFields(ctx, joinAt(joinAt(at, key), i), branch)))) return false;
  const kinds = types.map(withArticle).join(' or ');
  const hint = types.includes('array') ? ' (do the branches belong in `items`?)' : '';
  const message = `the branches of this ${keys.join(' and ')} only say what an object holds, and the schema beside it is ${kinds}, which every branch allows: the type is the ${types.length === 1 ? types[0]! : 'schema beside it'}${hint}`;
  report(ctx, joinAt(at, keys[0]!), 'union-branch-always', message, 'warning');
  return true;
}

function saysOnlyObjectFields(ctx: ParseContext, at: At, value: unknown): boolean {
  const raw = asObject(deref(ctx, at, value).value);
  return raw !== undefined && !CONSTRAINS_OTHER_VALUES.some((key) => key in raw);
}

/** The schema without its unions: what the branches are joined with. */
export function withoutUnions(raw: Raw): Raw {
  const own = { ...raw };
  for (const key of [...UNION_KEYS, 'discriminator']) delete own[key];
  return own;
}

export interface Branch {
  readonly at: At;
  readonly value: unknown;
}

/**
 * The branches of one union that a value beside the holder's fields can match, each parsed and given
 * the holder's declarations of the names it requires. `holder` is the schema without its unions.
 */
export function branchesBeside(ctx: ParseContext, holder: Branch, branches: readonly Branch[], parse: ParseAt): SchemaIR[] {
  const holderIsObject = declaresFields(asObject(holder.value) ?? {});
  const families = branches.map((branch) => (holderIsObject ? valueFamilyOf(ctx, branch.at, branch.value) : undefined));
  const properties = propertiesListedAsBranches(ctx, holder, branches, families);
  const kept: SchemaIR[] = [];
  for (const [i, branch] of branches.entries()) {
    const property = properties[i];
    if (property) kept.push({ kind: 'object', properties: [{ name: property.name, required: true, schema: parse(property.at, property.value), origin: locationOf(ctx, property.at) }], origin: locationOf(ctx, branch.at) });
    else if (isOtherValue(families[i])) report(ctx, branch.at, 'union-branch-never', `this branch is ${families[i] === 'array' ? 'an' : 'a'} ${families[i]!}, but the schema beside its union declares an object's fields: no value is both, so the branch is left out`, 'warning');
    else {
      const declared = withHolderDeclarations(ctx, holder, branch, parse(branch.at, branch.value), parse);
      if (declared) kept.push(declared);
    }
  }
  return kept;
}

function isOtherValue(family: string | undefined): boolean {
  return family !== undefined && family !== 'object' && family !== 'null';
}

interface Property {
  readonly name: string;
  readonly at: At;
  readonly value: unknown;
}

/**
 * The holder's properties that its union lists as branches, when one of those could never be the
 * holder itself (Cloudflare's list item: `properties: {ip: $ref ip, redirect: $ref redirect, …}, oneOf:
 * [$ref ip, $ref redirect, …]`, where `ip` is a string): the author meant "one of these properties is
 * there", and each such branch is read as requiring its property, with a located warning.
 */
function propertiesListedAsBranches(ctx: ParseContext, holder: Branch, branches: readonly Branch[], families: readonly (string | undefined)[]): readonly (Property | undefined)[] {
  const own = Object.entries(asObject(asObject(holder.value)?.['properties']) ?? {});
  const propertiesAt = joinAt(holder.at, 'properties');
  const byTarget = new Map(own.filter(([, value]) => typeof asObject(value)?.['$ref'] === 'string').map(([name, value]) => [targetOf(ctx, joinAt(propertiesAt, name), value), { name, at: joinAt(propertiesAt, name), value }]));
  const listed = branches.map((branch) => (typeof asObject(branch.value)?.['$ref'] === 'string' ? byTarget.get(targetOf(ctx, branch.at, branch.value)) : undefined));
  if (!listed.some((property, i) => property !== undefined && isOtherValue(families[i]))) return branches.map(() => undefined);
  const names = listed.filter((p) => p !== undefined).map((p) => `\`${p.name}\``);
  report(ctx, parentOf(branches[0]!.at), 'union-branch-property', `the branches list the schemas of the properties ${names.join(', ')}, which a value of this object holds, not is: read as requiring one of those properties`, 'warning');
  return listed;
}

/** The union a branch is in. */
function parentOf(at: At): At {
  return { file: at.file, pointer: at.pointer.slice(0, at.pointer.lastIndexOf('/')) };
}

function targetOf(ctx: ParseContext, at: At, value: unknown): string {
  const found = deref(ctx, at, value).at;
  return `${found.file}#${found.pointer}`;
}

/**
 * `parsed` (an inline branch) with each name it requires but does not declare declared as the holder
 * declares it, required: `{required: [hostnames]}` becomes `{ hostnames: Array<string> }`. A name
 * nothing declares may hold any value, unless the holder allows no other field: then no value matches
 * the branch, which is left out (`undefined`).
 */
function withHolderDeclarations(ctx: ParseContext, holder: Branch, branch: Branch, parsed: SchemaIR, parse: ParseAt): SchemaIR | undefined {
  const raw = asObject(branch.value);
  if (!raw || typeof raw['$ref'] === 'string' || !Array.isArray(raw['required'])) return parsed;
  const own = asObject(raw['properties']) ?? {};
  const redeclared: PropertyIR[] = [];
  for (const name of new Set(raw['required'])) {
    if (typeof name !== 'string' || Object.hasOwn(own, name)) continue;
    const declaration = declarationOf(ctx, holder.at, holder.value, name, 0);
    if (declaration) {
      redeclared.push({ name, required: true, schema: parse(declaration.at, declaration.value), origin: locationOf(ctx, declaration.at) });
      continue;
    }
    const closed = isClosed(asObject(holder.value) ?? {});
    const reading = closed ? 'and that schema allows no other field: no value matches the branch, which is left out' : 'read as a field that may hold any value';
    report(ctx, joinAt(branch.at, 'required'), 'required-undeclared', `${JSON.stringify(name)} is required, but neither this branch nor the schema beside its union declares it; ${reading}`, 'warning');
    if (closed) return undefined;
    redeclared.push({ name, required: true, schema: { kind: 'unknown', origin: locationOf(ctx, branch.at) }, origin: locationOf(ctx, branch.at) });
  }
  if (redeclared.length === 0) return parsed;
  if (parsed.kind === 'unknown') return { kind: 'object', properties: redeclared, origin: locationOf(ctx, branch.at) };
  if (parsed.kind === 'object') return { ...parsed, properties: [...parsed.properties, ...redeclared] };
  return { kind: 'intersection', parts: [parsed, { kind: 'object', properties: redeclared, origin: locationOf(ctx, branch.at) }], origin: parsed.origin };
}

/** `additionalProperties: false` without `patternProperties`: no field beyond `properties`. */
function isClosed(raw: Raw): boolean {
  return raw['additionalProperties'] === false && asObject(raw['patternProperties']) === undefined;
}

const MAX_DEPTH = 16;

/**
 * The one kind of JSON value a branch allows, read from its `type`, `enum` or `const` (`$ref`s and
 * single-part `allOf`s followed), or `undefined` when it does not say one.
 */
export function valueFamilyOf(ctx: ParseContext, at: At, value: unknown, depth = 0): string | undefined {
  const found = deref(ctx, at, value);
  const raw = asObject(found.value);
  if (!raw || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(raw['allOf']) && raw['allOf'].length === 1) return valueFamilyOf(ctx, joinAt(joinAt(found.at, 'allOf'), 0), raw['allOf'][0], depth + 1);
  const type = raw['type'];
  if (typeof type === 'string') return type === 'integer' ? 'number' : type;
  const listed = Array.isArray(raw['enum']) ? raw['enum'] : 'const' in raw ? [raw['const']] : undefined;
  if (listed !== undefined) {
    const kinds = new Set(listed.map((v) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
  return undefined;
}
