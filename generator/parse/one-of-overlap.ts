/**
 * A `oneOf` whose branches cannot be told apart by the fields one of them requires: a value holding only
 * those fields matches another branch too, and `oneOf` takes a value exactly one branch matches, so a
 * validating server refuses it. GraphHopper's matrix request (two branches that require nothing: `{}`,
 * and every body, matches both), Vercel's domain (three closed branches, each taking `{method, name}`).
 * Authors mean "any of these", which the generated type reads (a union); said at the `oneOf`, so the
 * spec can write `anyOf`, or have each branch require a field that tells it apart.
 *
 * Decided only where it is sure: object branches of plain `properties`, `required` and
 * `additionalProperties` (or an `allOf` of such parts), fields whose every value the other branch's
 * field takes (the same type or a `$ref` to the same schema, an enum within the other's); branches of
 * another kind of value, one taking every value of another (two strings with only descriptions).
 * Anything else (`anyOf` inside, patterns, bounds, a discriminator) may tell the branches apart, and is
 * not reported.
 */
import { canonicalJson } from '../util/canonical-json.js';
import { jsonType } from '../util/json.js';
import { conjunction, withArticle } from '../util/plural.js';
import { asObject, deref, joinAt, report, typeList, typeTakes, type At, type ParseContext } from './context.js';

type Raw = Readonly<Record<string, unknown>>;

/** Keywords that say nothing of which values a schema takes. */
const ANNOTATIONS: ReadonlySet<string> = new Set(['type', 'description', 'title', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly', 'nullable', 'externalDocs', 'xml', '$comment']);
/** Keywords of an object branch this check reads; any other may tell the branches apart. */
const OBJECT_KEYWORDS: ReadonlySet<string> = new Set([...ANNOTATIONS, 'properties', 'required', 'additionalProperties']);

interface Shape {
  readonly required: readonly string[];
  readonly fields: ReadonlyMap<string, Field>;
  /** What a field the branch does not declare must be: `false` refuses it, `undefined` takes anything. */
  readonly others: Field | false | undefined;
}

/** A field's schema, with where it is written, for its `$ref`s. */
interface Field {
  readonly at: At;
  readonly value: unknown;
  /** A field two `allOf` parts declare: a value must match each part's schema (`value` is the first's). */
  readonly parts?: readonly Field[];
}

export function checkOneOfOverlap(ctx: ParseContext, at: At, raw: Raw): void {
  const branches = raw['oneOf'];
  if (!Array.isArray(branches) || branches.length < 2) return;
  const oneOfAt = joinAt(at, 'oneOf');
  const fields = branches.map((value, i): Field => ({ at: joinAt(oneOfAt, i), value }));
  const found = objectsOverlap(ctx, at, raw, fields) ?? valuesOverlap(ctx, fields);
  if (found !== undefined) report(ctx, oneOfAt, 'one-of-overlap', found, 'warning');
}

/** Object branches: a value holding only the fields one requires (and the holder beside the `oneOf`) that another takes. */
function objectsOverlap(ctx: ParseContext, at: At, raw: Raw, branches: readonly Field[]): string | undefined {
  const holder = shapeOf(at, raw, new Set([...OBJECT_KEYWORDS, 'oneOf']));
  if (holder === undefined) return undefined;
  const shapes = branches.map((branch) => branchShape(ctx, branch, 0));
  for (const [i, shape] of shapes.entries()) {
    if (shape === undefined) continue;
    const smallest = [...new Set([...holder.required, ...shape.required])];
    const alike = shapes.flatMap((other, j) => (j !== i && other !== undefined && takesSmallest(ctx, other, shape, holder, smallest) && !taggedApart(ctx, shape, other) ? [j] : []));
    const fields = smallest.length === 0 ? 'none: `{}`' : smallest.map((name) => `\`${name}\``).join(', ');
    if (alike.length > 0) return `a value with only the fields branch ${i} requires (${fields}) matches ${branchList(alike)} too, ${REFUSED}: write \`anyOf\`, or have each branch require a field that tells it apart`;
  }
  return undefined;
}

/**
 * Branches of another kind of value than an object, one taking every value another takes (Cloudflare's
 * ACL subnets: `oneOf: [IpAddress, Cidr]`, each a string with only a description): that value matches both.
 */
function valuesOverlap(ctx: ParseContext, branches: readonly Field[]): string | undefined {
  for (const [i, branch] of branches.entries()) {
    const types = kindsOf(deref(ctx, branch.at, branch.value).value);
    if (types.length === 0 || types.includes('object')) continue;
    const alike = branches.flatMap((other, j) => (j !== i && within(ctx, branch, other) ? [j] : []));
    if (alike.length > 0) return `every value branch ${i} takes (${conjunction(types.map(withArticle), 'or')}) matches ${branchList(alike)} too, ${REFUSED}: write \`anyOf\`, or tell the branches apart (a \`format\`, a \`pattern\`, an \`enum\`)`;
  }
  return undefined;
}

/** The `type`s a branch declares, else those of the values its `enum` or `const` lists (`{enum: [a, b]}`: strings). */
function kindsOf(schema: unknown): readonly string[] {
  const declared = typeList(schema);
  const raw = asObject(schema);
  if (declared.length > 0 || raw === undefined) return declared;
  const listed = 'const' in raw ? [raw['const']] : Array.isArray(raw['enum']) ? raw['enum'] : [];
  return [...new Set(listed.map(jsonType).filter((type) => type !== 'null'))];
}

const REFUSED = 'and `oneOf` refuses a value more than one branch matches';

function branchList(indexes: readonly number[]): string {
  return indexes.length === 1 ? `branch ${indexes[0]}` : `branches ${indexes.slice(0, -1).join(', ')} and ${indexes.at(-1)}`;
}

/** Depth of `allOf`s within `allOf`s a branch is read through. */
const MAX_PARTS_DEPTH = 4;

/**
 * A branch's fields as this check reads them, through its `$ref` and an `allOf` of object parts
 * (Cloudflare's bot management configs: `allOf: [BaseConfig, {properties: …}]`, none requiring a field).
 * A field two parts declare holds to both (Cloudflare's identity providers: a base's `config: {type:
 * object}` and each provider's own); a part that says what undeclared fields may be is left unread.
 */
function branchShape(ctx: ParseContext, branch: Field, depth: number): Shape | undefined {
  const { at, value } = deref(ctx, branch.at, branch.value);
  const schema = asObject(value);
  if (schema === undefined) return undefined;
  const parts = schema['allOf'];
  if (!Array.isArray(parts)) return shapeOf(at, schema, OBJECT_KEYWORDS);
  if (depth >= MAX_PARTS_DEPTH) return undefined;
  const own = shapeOf(at, Object.fromEntries(Object.entries(schema).filter(([key]) => key !== 'allOf')), OBJECT_KEYWORDS);
  const partShapes = parts.map((part, i) => branchShape(ctx, { at: joinAt(joinAt(at, 'allOf'), i), value: part }, depth + 1));
  return merged([own, ...partShapes]);
}

function merged(shapes: readonly (Shape | undefined)[]): Shape | undefined {
  const read = shapes.filter((shape) => shape !== undefined);
  if (read.length < shapes.length || read.some((shape) => shape.others !== undefined)) return undefined;
  const fields = new Map<string, Field>();
  for (const [name, field] of read.flatMap((shape) => [...shape.fields])) {
    const before = fields.get(name);
    fields.set(name, before === undefined ? field : { ...before, parts: [...partsOf(before), field] });
  }
  return { required: [...new Set(read.flatMap((shape) => shape.required))], fields, others: undefined };
}

/** An object schema's fields as this check reads them; `undefined` where it says more than it reads. */
function shapeOf(at: At, schema: Raw, keywords: ReadonlySet<string>): Shape | undefined {
  if ((schema['type'] !== undefined && schema['type'] !== 'object') || Object.keys(schema).some((key) => !keywords.has(key) && !key.startsWith('x-'))) return undefined;
  const properties = asObject(schema['properties']) ?? {};
  const required = Array.isArray(schema['required']) ? schema['required'].filter((name): name is string => typeof name === 'string') : [];
  const fields = new Map(Object.entries(properties).map(([name, value]): [string, Field] => [name, { at: joinAt(joinAt(at, 'properties'), name), value }]));
  const extra = schema['additionalProperties'];
  const others = extra === false ? false : extra === undefined || extra === true ? undefined : { at: joinAt(at, 'additionalProperties'), value: extra };
  return { required, fields, others };
}

/**
 * Whether `other` takes every value holding only `smallest` (the fields `shape` and the holder require),
 * of the schemas `shape` (else the holder) gives them: it requires no field beyond them, and takes each.
 */
function takesSmallest(ctx: ParseContext, other: Shape, shape: Shape, holder: Shape, smallest: readonly string[]): boolean {
  if (other.required.some((name) => !smallest.includes(name))) return false;
  return smallest.every((name) => {
    const given = shape.fields.get(name) ?? holder.fields.get(name);
    const taking = other.fields.get(name) ?? other.others;
    if (taking === false) return false;
    return taking === undefined || (given !== undefined && within(ctx, given, taking));
  });
}

/**
 * Whether a field both branches declare takes values the other's does not (`target: {enum: [ip]}`
 * and `{enum: [ip6]}`, Cloudflare's firewall rules): a tag, which every real value carries though
 * neither requires it, and which the example calls give.
 */
function taggedApart(ctx: ParseContext, shape: Shape, other: Shape): boolean {
  return [...shape.fields].some(([name, field]) => {
    const [mine, theirs] = [valuesOf(ctx, field), valuesOf(ctx, other.fields.get(name))];
    return mine !== undefined && theirs !== undefined && !mine.some((v) => theirs.includes(v));
  });
}

function partsOf(field: Field): readonly Field[] {
  return field.parts ?? [field];
}

/**
 * The values a field's `enum` or `const` allows; `undefined` where it has neither. Of a field two parts
 * declare, those every part that lists values lists (a base's `type: {enum: [github, google]}` and a
 * provider's `{enum: [github]}`).
 */
function valuesOf(ctx: ParseContext, field: Field | undefined): readonly unknown[] | undefined {
  if (field?.parts !== undefined) {
    const listed = field.parts.map((part) => valuesOf(ctx, part)).filter((values) => values !== undefined);
    return listed.length === 0 ? undefined : listed.reduce((kept, values) => kept.filter((v) => values.includes(v)));
  }
  const schema = field === undefined ? undefined : asObject(deref(ctx, field.at, field.value).value);
  if (schema === undefined) return undefined;
  if ('const' in schema) return [schema['const']];
  return Array.isArray(schema['enum']) ? schema['enum'] : undefined;
}

/**
 * A schema without the keywords that only describe it, as text with its keys in order: two fields written
 * out alike in each branch (portfoliooptimizer's `benchmarkReturns`, a list of at least two numbers, with
 * its own description) take the same values. Nested schemas compare whole, and `$ref`s as written.
 */
function constraintsOf(schema: Raw): string {
  const kept = Object.entries(schema).filter(([key]) => !DESCRIBING.has(key));
  return canonicalJson(Object.fromEntries(kept));
}

/** Annotations that change no value taken (`type` does, and `nullable`, which takes `null`). */
const DESCRIBING: ReadonlySet<string> = new Set([...ANNOTATIONS].filter((key) => key !== 'type' && key !== 'nullable'));

/**
 * Whether every value `inner` takes, `outer` takes: decided only where that is plain, else `false`. A
 * field of parts takes what each part takes: within every part of `outer`, and within one where one part
 * of `inner` is.
 */
function within(ctx: ParseContext, inner: Field, outer: Field): boolean {
  if (outer.parts !== undefined) return outer.parts.every((part) => within(ctx, inner, part));
  if (inner.parts !== undefined) return inner.parts.some((part) => within(ctx, part, outer));
  const [a, b] = [deref(ctx, inner.at, inner.value), deref(ctx, outer.at, outer.value)];
  if (a.at.file === b.at.file && a.at.pointer === b.at.pointer) return true;
  const [x, y] = [asObject(a.value), asObject(b.value)];
  if (x === undefined || y === undefined) return false;
  if (Object.keys(y).every((key) => ANNOTATIONS.has(key) && key !== 'type')) return true;
  if (a.at.file === b.at.file && constraintsOf(x) === constraintsOf(y)) return true;
  const enumY = Array.isArray(y['enum']) ? y['enum'] : undefined;
  if (Object.keys(y).some((key) => !ANNOTATIONS.has(key) && key !== 'enum')) return false;
  const enumX = Array.isArray(x['enum']) ? x['enum'] : undefined;
  if (enumY !== undefined) return enumX !== undefined && enumX.every((v) => enumY.includes(v));
  const [typesX, typesY] = [kindsOf(x), typeList(y)];
  return typesY.length === 0 || (typesX.length > 0 && typesX.every((t) => typeTakes(typesY, t)));
}
