/**
 * A union with a `discriminator` (§4.8.25): the value of one property says which variant a value is.
 * The variants' own schemas rarely say so (`petType: {type: string}` in both `Cat` and `Dog`), so a
 * TypeScript union of them could not be narrowed by that property. Each variant that names a model is
 * therefore joined with the property's values for it: `(Cat & { petType: 'cat' }) | (Dog & { petType: 'dog' })`,
 * and `switch (pet.petType)` tells them apart. A variant that lists its own values of the property
 * (`commentType: {enum: [text]}`) keeps those that agree with the discriminator's; where none agree
 * (the schema's name against an enum, as in specs that rely on the enum alone) it keeps its own: joined
 * with the discriminator's, no value could be it. The property is optional where no schema requires it
 * (GitHub's `user_view_type`, which its public user example leaves out): a value without it is one the
 * schemas allow, and `switch` still narrows by the values it may have.
 */
import type { SchemaIR } from '../ir/types.js';
import { lookup, refTarget } from '../load/refs.js';
import { escapeToken, splitPointer } from '../util/pointer.js';
import { asObject, asString, locationOf, modelKey, report, type At, type ParseContext } from './context.js';

/** `variants` with each model variant narrowed to its discriminator values, or as they are without a usable discriminator. */
export function narrowedByDiscriminator(ctx: ParseContext, at: At, discriminator: unknown, variants: readonly SchemaIR[]): readonly SchemaIR[] {
  const raw = asObject(discriminator);
  const propertyName = asString(raw?.['propertyName']);
  if (raw === undefined || propertyName === undefined) return variants;
  const valuesOf = discriminatorValues(ctx, at, raw);
  const origin = locationOf(ctx, { file: at.file, pointer: `${at.pointer}/discriminator` });
  return variants.map((variant) => {
    if (variant.kind === 'ref' && !mayBeObject(ctx, variant.model)) {
      // A list or a string has no property to read the value from (GitHub's directory listing is an array).
      report(ctx, { file: at.file, pointer: `${at.pointer}/discriminator` }, 'discriminator-not-object', `the variant ${variant.model.slice(variant.model.indexOf('#'))} is no object, so it has no ${JSON.stringify(propertyName)} to tell it by: it is left as it is`, 'warning');
      return variant;
    }
    if (variant.kind === 'ref' && !holdsText(ctx, variant.model, propertyName)) {
      report(ctx, { file: at.file, pointer: `${at.pointer}/discriminator` }, 'discriminator-not-text', notTextMessage(ctx, variant.model, propertyName, 'it is left as it is'), 'warning');
      return variant;
    }
    const values = variant.kind === 'ref' ? valuesOf(variant.model, propertyName) : undefined;
    if (variant.kind !== 'ref' || values === undefined) return variant;
    const tag: SchemaIR = { kind: 'enum', values, origin };
    // Present only where the schemas require it: a body without it is one the schema allows (GitHub's users).
    const required = requiresProperty(ctx, at, undefined, propertyName) || requiresProperty(ctx, atOfModel(variant.model), undefined, propertyName);
    const narrowing: SchemaIR = { kind: 'object', properties: [{ name: propertyName, required, schema: tag, origin }], origin };
    return { kind: 'intersection', parts: [variant, narrowing], nullable: variant.nullable, origin: variant.origin };
  });
}

/** Why a model is not told by a discriminator whose property it types as no text. */
export function notTextMessage(ctx: ParseContext, model: string, propertyName: string, consequence: string): string {
  const types = declaredTypes(ctx, atOfModel(model), propertyName) ?? [];
  return `${model.slice(model.indexOf('#'))} declares ${JSON.stringify(propertyName)} as ${types.join(' or ')}, which no discriminator value (a string) can be: ${consequence}`;
}

/** Whether a model's schema may be an object: it declares no `type`, or one that includes `object`. */
function mayBeObject(ctx: ParseContext, model: string): boolean {
  const type = asObject(followed(ctx, atOfModel(model)).value)?.['type'];
  const types = typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
  return types === undefined || types.includes('object');
}

/**
 * The values a discriminator (at `at`'s schema) gives a model, by model key: those `mapping` lists for it,
 * else its `x-ms-discriminator-value`, else its schema's name; of those, the ones the model's own schema
 * allows for the property. `undefined` when it allows none of them: the model's own values then stand,
 * with a warning, since a validator that reads the discriminator refuses every value of the model
 * (vrni's `UCSManagerDataSourceRequest`, named by its schema's name, whose `entity_type` lists only
 * `UCSManagerDataSource` and its siblings).
 */
export function discriminatorValues(ctx: ParseContext, at: At, discriminator: Record<string, unknown>): (model: string, propertyName: string) => string[] | undefined {
  const explicit = explicitValues(ctx, at, discriminator);
  return (model, propertyName) => {
    const given = explicit(model);
    const values = given ?? [implicitValue(model)];
    const declared = declaredValuesOf(ctx, model, propertyName);
    const agreeing = declared === undefined ? values : values.filter((v) => declared.includes(v));
    if (agreeing.length > 0) return agreeing;
    const source = given === undefined ? "its schema's name" : 'as the spec names it';
    const message = `${model.slice(model.indexOf('#'))} is told by ${values.map((v) => JSON.stringify(v)).join(', ')} (${source}), which its ${JSON.stringify(propertyName)} does not list: a validator that reads the discriminator refuses every such value; typed by the values it lists`;
    report(ctx, { file: at.file, pointer: `${at.pointer}/discriminator` }, 'discriminator-value-unlisted', message, 'warning');
    return undefined;
  };
}

/** The values a discriminator gives a model by name: those `mapping` lists for it, else its `x-ms-discriminator-value`. */
export function explicitValues(ctx: ParseContext, at: At, discriminator: Record<string, unknown>): (model: string) => string[] | undefined {
  const mapped = mappedValues(ctx, at, asObject(discriminator['mapping']) ?? {});
  return (model) => {
    const named = namedValue(ctx, model);
    return mapped.get(model) ?? (named === undefined ? undefined : [named]);
  };
}

/** Where a model's schema is, from its key (`file#pointer`). */
export function atOfModel(key: string): At {
  const hash = key.indexOf('#');
  return { file: key.slice(0, hash), pointer: key.slice(hash + 1) };
}

/**
 * The values a model's schema allows for a property: those every list of it (`enum` or `const`) has, in
 * the schema's own `properties` and in those of its `allOf` parts, refs followed; `undefined` when none
 * lists any. A variant's own list narrows the list of the base it extends (`Lizard`'s `[lizard, gecko]`
 * within `Pet`'s every kind), whichever part comes first.
 */
export function declaredValuesOf(ctx: ParseContext, model: string, propertyName: string): readonly unknown[] | undefined {
  const lists = everyAnswer(ctx, atOfModel(model), undefined, propertyName, listedValues, new Set());
  return lists.length === 0 ? undefined : lists.reduce((kept, list) => kept.filter((value) => list.includes(value)));
}

/**
 * The types a schema declares for a property (its `type`, as a list), where it or one of its `allOf` parts
 * does, refs followed; `undefined` when none does.
 */
export function declaredTypes(ctx: ParseContext, at: At, propertyName: string): readonly unknown[] | undefined {
  const typesOf = (raw: Record<string, unknown> | undefined) => {
    const type = raw?.['type'];
    return typeof type === 'string' ? [type] : Array.isArray(type) ? type : undefined;
  };
  return everyAnswer(ctx, at, undefined, propertyName, typesOf, new Set())[0];
}

/**
 * Whether a discriminator's values, which are text, can be the property as a model declares it: a
 * property typed as a list or a number (zalando's `content: {type: array}`, a slip) could hold none, and
 * joining the model with one would make a type no value has.
 */
export function holdsText(ctx: ParseContext, model: string, propertyName: string): boolean {
  const types = declaredTypes(ctx, atOfModel(model), propertyName);
  return types === undefined || types.includes('string');
}

/**
 * The answers `pick` gives for the property in a schema's own `properties` (`value`, at `at`), then in its
 * `allOf` parts', depth first, refs followed: the first is the nearest declaration.
 */
function everyAnswer<T>(ctx: ParseContext, at: At, value: unknown, propertyName: string, pick: (raw: Record<string, unknown> | undefined) => T | undefined, seen: Set<string>): T[] {
  const schema = followed(ctx, at, value);
  const key = modelKey(schema.at);
  const raw = asObject(schema.value);
  if (raw === undefined || seen.has(key)) return [];
  seen.add(key);
  const property = asObject(raw['properties'])?.[propertyName];
  const own = property === undefined ? undefined : pick(asObject(followed(ctx, schema.at, property).value));
  const parts = Array.isArray(raw['allOf']) ? raw['allOf'] : [];
  const inherited = parts.flatMap((part, i) => everyAnswer(ctx, { file: schema.at.file, pointer: `${schema.at.pointer}/allOf/${i}` }, part, propertyName, pick, seen));
  return own === undefined ? inherited : [own, ...inherited];
}

/**
 * Whether a schema requires a property: its `required` lists it, or that of one of its `allOf` parts does,
 * refs followed. `value` is the schema at `at` (looked up when `undefined`).
 */
export function requiresProperty(ctx: ParseContext, at: At, value: unknown, propertyName: string, seen = new Set<string>()): boolean {
  const schema = followed(ctx, at, value);
  const key = modelKey(schema.at);
  const raw = asObject(schema.value);
  if (raw === undefined || seen.has(key)) return false;
  seen.add(key);
  if (Array.isArray(raw['required']) && raw['required'].includes(propertyName)) return true;
  const parts = Array.isArray(raw['allOf']) ? raw['allOf'] : [];
  return parts.some((part, i) => requiresProperty(ctx, { file: schema.at.file, pointer: `${schema.at.pointer}/allOf/${i}` }, part, propertyName, seen));
}

function listedValues(raw: Record<string, unknown> | undefined): readonly unknown[] | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw['enum'])) return raw['enum'];
  return 'const' in raw ? [raw['const']] : undefined;
}

/** The schema `value` (at `at`) names through its `$ref`s, without a report: the parse reports chains that never end. */
export function followed(ctx: ParseContext, at: At, value: unknown = lookup(ctx.spec, at)): { at: At; value: unknown } {
  let here = { at, value };
  for (let hops = 0; hops < 32; hops++) {
    const ref = asString(asObject(here.value)?.['$ref']);
    if (ref === undefined) break;
    const target = refTarget(here.at.file, ref);
    here = { at: target, value: lookup(ctx.spec, target) };
  }
  return here;
}

/** The discriminator values `mapping` gives each model, by model key. A value is a `$ref` or a component schema's name. */
function mappedValues(ctx: ParseContext, at: At, mapping: Record<string, unknown>): Map<string, string[]> {
  const byModel = new Map<string, string[]>();
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target !== 'string') continue;
    const ref = target.includes('#') || target.includes('/') ? target : `#/components/schemas/${escapeToken(target)}`;
    const resolved = refTarget(target === ref ? at.file : ctx.spec.entry, ref);
    const key = modelKey(ctx.aliases.get(modelKey(resolved)) ?? resolved);
    byModel.set(key, [...(byModel.get(key) ?? []), value]);
  }
  return byModel;
}

/**
 * The value a variant's own schema gives itself with `x-ms-discriminator-value`, as Azure's specs (and
 * AutoRest's converter from Swagger 2.0, which had no `mapping`) name each variant's value.
 */
function namedValue(ctx: ParseContext, model: string): string | undefined {
  return asString(asObject(followed(ctx, atOfModel(model)).value)?.['x-ms-discriminator-value']);
}

/** Without a mapping, a variant's value is its schema's name (`#/components/schemas/Cat` → `Cat`). */
function implicitValue(model: string): string {
  return splitPointer(atOfModel(model).pointer).at(-1) ?? model;
}
