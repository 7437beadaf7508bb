/**
 * `required` in an `allOf` that names properties another part declares. JSON Schema applies every part
 * to the whole value, so a name required anywhere must be present, whichever part declares it. Specs lean
 * on this: Cloudflare's DNS records require `type`, `name` and `content` on the `allOf` that holds their
 * declarations (`ARecord: {required: [...], allOf: [{properties: ...}, $ref: base]}`), and its ruleset
 * request requires `name`, `kind` and `phase`, which the `$ref`'d `Ruleset` declares as optional. Read
 * part by part, each such field was optional in the generated type.
 *
 * An inline part that declares the property gets it required; a property declared by a `$ref`'d part
 * (a shared model, which stays as it is) is declared again, required, from the same declaration, beside
 * an inline part's properties (or in a part of its own), so TypeScript's intersection makes it required. A name no part
 * declares is left out, as in an object that requires an undeclared property, with a located warning
 * (Cloudflare's queues list `result`'s fields in their envelope's `required`).
 */
import type { PropertyIR, SchemaIR } from '../ir/types.js';
import { asObject, deref, joinAt, locationOf, report, type At, type ParseContext } from './context.js';
import { declarationOf } from './declaration-of.js';
import { inComposition, leftOut, typesOtherKeys } from './required-declared.js';

type Raw = Record<string, unknown>;

export interface RawPart {
  readonly at: At;
  readonly value: unknown;
  readonly parsed: SchemaIR;
}

/** Parses a schema found at `at` (the caller's `parseSchema`, with its inlining state). */
export type ParseAt = (at: At, value: unknown) => SchemaIR;

/** The parts with every name the `allOf` requires made required, and a part declaring those only `$ref`'d parts declare. */
export function withRequiredAcrossParts(ctx: ParseContext, at: At, holder: Raw, parts: readonly RawPart[], parse: ParseAt): SchemaIR[] {
  const required = requiringAcrossParts(ctx, at, requiredNames(ctx, at, holder, parts), parts, parse);
  reportUndeclared(ctx, [{ at, value: holder }, ...parts], required.undeclared);
  return required.parts;
}

export interface RequiredAcross {
  readonly parts: SchemaIR[];
  /** The names no part declares, by the pointer of the `required` that lists them. */
  readonly undeclared: ReadonlyMap<string, readonly string[]>;
}

/**
 * `parts` with each of `names` required: in the inline part that declares it, else declared again,
 * required, from the declaration a `$ref`'d part holds. `names` maps each to where it is listed
 * (`undefined`: nowhere to say it is undeclared).
 */
export function requiringAcrossParts(ctx: ParseContext, at: At, names: ReadonlyMap<string, string | undefined>, parts: readonly RawPart[], parse: ParseAt): RequiredAcross {
  let out = parts.map((p) => p.parsed);
  const redeclared: PropertyIR[] = [];
  const undeclared = new Map<string, string[]>();
  for (const [name, listedAt] of names) {
    if (out.some((part) => part.kind === 'object' && part.properties.some((p) => p.name === name && p.required))) continue;
    const inline = out.findIndex((part, i) => isInline(parts[i]!.value) && part.kind === 'object' && part.properties.some((p) => p.name === name));
    if (inline >= 0) {
      out = out.map((part, i) => (i === inline ? requiring(part, name) : part));
      continue;
    }
    const declaration = parts.map((p) => declarationOf(ctx, p.at, p.value, name, 0)).find((d) => d !== undefined);
    if (declaration && !declaration.required) redeclared.push({ name, required: true, schema: parse(declaration.at, declaration.value), origin: locationOf(ctx, declaration.at) });
    if (!declaration && listedAt !== undefined) undeclared.set(listedAt, [...(undeclared.get(listedAt) ?? []), name]);
  }
  if (redeclared.length === 0) return { parts: out, undeclared };
  // Beside the properties of an inline part, when there is one that leaves other keys open; else a part of their own.
  const home = out.findIndex((part, i) => isInline(parts[i]!.value) && part.kind === 'object' && !part.closed && !part.nullable);
  if (home < 0) return { parts: [...out, { kind: 'object', properties: redeclared, origin: locationOf(ctx, at) }], undeclared };
  return { parts: out.map((part, i) => (i === home && part.kind === 'object' ? { ...part, properties: [...part.properties, ...redeclared] } : part)), undeclared };
}

/**
 * The names the holder or a part requires that the same schema does not declare, each with the pointer
 * of the `required` that lists it first; `undefined` for a `$ref`'d part's (Cloudflare's Zaraz config:
 * `allOf: [$ref: ConfigBase, {properties: {tools}}]`, where the base requires `tools`), which is said
 * where that schema is, if anywhere, not here.
 */
function requiredNames(ctx: ParseContext, at: At, holder: Raw, parts: readonly RawPart[]): Map<string, string | undefined> {
  const names = new Map<string, string | undefined>();
  for (const { at: where, value } of [{ at, value: holder }, ...parts.filter((p) => isInline(p.value))]) {
    const raw = asObject(value) ?? {};
    const own = asObject(raw['properties']) ?? {};
    for (const name of Array.isArray(raw['required']) ? raw['required'] : []) {
      if (typeof name === 'string' && !Object.hasOwn(own, name) && !names.has(name)) names.set(name, joinAt(where, 'required').pointer);
    }
  }
  for (const part of parts.filter((p) => !isInline(p.value))) {
    for (const name of undeclaredRequired(ctx, part.at, part.value)) if (!names.has(name)) names.set(name, undefined);
  }
  return names;
}

/** The names a `$ref`'d schema requires and does not declare itself (in its properties or its `allOf`'s). */
function undeclaredRequired(ctx: ParseContext, at: At, value: unknown): string[] {
  const found = deref(ctx, at, value);
  const required = asObject(found.value)?.['required'];
  if (!Array.isArray(required)) return [];
  return required.filter((name): name is string => typeof name === 'string' && declarationOf(ctx, found.at, found.value, name, 0) === undefined);
}

/**
 * Names no part declares, by the `required` that lists them: left out of the type, as before, and said,
 * unless a part may hold them some other way (a union's branch, a schema for other keys).
 */
function reportUndeclared(ctx: ParseContext, parts: readonly { at: At; value: unknown }[], undeclared: ReadonlyMap<string, readonly string[]>): void {
  if (undeclared.size === 0 || inComposition(ctx, parts[0]!.at) || parts.some((p) => mayHoldOtherKeys(ctx, p.at, p.value, 0))) return;
  for (const [pointer, names] of undeclared) {
    const message = leftOut(names.map((n) => JSON.stringify(n)), 'no part of the `allOf` declares');
    report(ctx, { file: parts[0]!.at.file, pointer }, 'required-undeclared', message, 'warning');
  }
}

/** Deeper than this, `allOf` parts and `$ref`s are not followed (a chain that never ends). */
const MAX_DEPTH = 16;

/** A schema with a union, or a schema for keys `properties` does not name, at any depth of `allOf` and `$ref`. */
export function mayHoldOtherKeys(ctx: ParseContext, at: At, value: unknown, depth: number): boolean {
  if (depth > MAX_DEPTH) return true;
  const found = deref(ctx, at, value);
  const raw = asObject(found.value);
  if (!raw) return false;
  if (Array.isArray(raw['oneOf']) || Array.isArray(raw['anyOf']) || typesOtherKeys(raw)) return true;
  const parts = Array.isArray(raw['allOf']) ? raw['allOf'] : [];
  return parts.some((part, i) => mayHoldOtherKeys(ctx, joinAt(joinAt(found.at, 'allOf'), i), part, depth + 1));
}

function isInline(value: unknown): boolean {
  return typeof asObject(value)?.['$ref'] !== 'string';
}

function requiring(part: SchemaIR, name: string): SchemaIR {
  if (part.kind !== 'object') return part;
  return { ...part, properties: part.properties.map((p) => (p.name === name ? { ...p, required: true } : p)) };
}
