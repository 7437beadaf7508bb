/**
 * A union with a `discriminator` (§4.8.25): the value of one property says which variant a value is.
 * The variants' own schemas rarely say so (`petType: {type: string}` in both `Cat` and `Dog`), so a
 * TypeScript union of them could not be narrowed by that property. Each variant that names a model is
 * therefore joined with the property's values for it: `(Cat & { petType: 'cat' }) | (Dog & { petType: 'dog' })`,
 * and `switch (pet.petType)` tells them apart.
 */
import type { SchemaIR } from '../ir/types.js';
import { refTarget } from '../load/refs.js';
import { escapeToken, splitPointer } from '../util/pointer.js';
import { asObject, asString, locationOf, modelKey, type At, type ParseContext } from './context.js';

/** `variants` with each model variant narrowed to its discriminator values, or as they are without a usable discriminator. */
export function narrowedByDiscriminator(ctx: ParseContext, at: At, discriminator: unknown, variants: readonly SchemaIR[]): readonly SchemaIR[] {
  const raw = asObject(discriminator);
  const propertyName = asString(raw?.['propertyName']);
  if (raw === undefined || propertyName === undefined) return variants;
  const valuesOf = discriminatorValues(ctx, at, raw);
  const origin = locationOf(ctx, { file: at.file, pointer: `${at.pointer}/discriminator` });
  return variants.map((variant) => {
    if (variant.kind !== 'ref') return variant;
    const tag: SchemaIR = { kind: 'enum', values: valuesOf(variant.model), origin };
    const narrowing: SchemaIR = { kind: 'object', properties: [{ name: propertyName, required: true, schema: tag, origin }], origin };
    return { kind: 'intersection', parts: [variant, narrowing], nullable: variant.nullable, origin: variant.origin };
  });
}

/**
 * The values a discriminator (at `at`'s schema) gives a model, by model key: those `mapping` lists for it,
 * else its schema's name.
 */
export function discriminatorValues(ctx: ParseContext, at: At, discriminator: Record<string, unknown>): (model: string) => string[] {
  const mapped = mappedValues(ctx, at, asObject(discriminator['mapping']) ?? {});
  return (model) => mapped.get(model) ?? [implicitValue(model)];
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

/** Without a mapping, a variant's value is its schema's name (`#/components/schemas/Cat` → `Cat`). */
function implicitValue(model: string): string {
  return splitPointer(model.slice(model.indexOf('#') + 1)).at(-1) ?? model;
}
