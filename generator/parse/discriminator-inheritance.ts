/**
 * A `discriminator` on a base schema that its variants extend with `allOf` (§4.8.25, the inheritance
 * style: `Cat: {allOf: [$ref: Pet, …]}`, `Pet: {discriminator: {propertyName: petType}}`). Each variant's
 * value of that property is fixed, by `mapping` or by its schema's name, yet its schema inherits the
 * base's `petType: string`, so `Cat | Dog` could not be narrowed by it. Each model that extends such a base
 * and that no model extends in turn (a concrete variant) is therefore joined with its value:
 * `Pet & { petType: 'Cat' } & {…}`. A model extended further keeps the base's type: a literal there would
 * make the variants below it `never` (`'Pet' & 'Cat'`). A variant that lists its own values of the
 * property keeps those that agree, or all of its own when none does (see `discriminatorValues`).
 */
import type { ModelIR, PropertyIR, SchemaIR } from '../ir/types.js';
import { asObject, asString, locationOf, type ParseContext } from './context.js';
import { atOfModel, discriminatorValues, followed } from './discriminator.js';

interface Base {
  readonly propertyName: string;
  /** A model's values of the property (see `discriminatorValues`). */
  readonly valuesOf: (model: string, propertyName: string) => string[] | undefined;
  readonly origin: SchemaIR['origin'];
}

/** `models`, with each concrete variant of a discriminated base joined with its discriminator value. */
export function withInheritedDiscriminators(ctx: ParseContext, models: readonly ModelIR[]): ModelIR[] {
  const bases = discriminatedBases(ctx, models);
  if (bases.size === 0) return [...models];
  const parents = new Map(models.map((m) => [m.key, extendedModels(m.schema)]));
  const extended = new Set([...parents.values()].flat());
  return models.map((model) => {
    if (extended.has(model.key)) return model;
    const tags = inheritedBases(model.key, parents, bases).flatMap((base) => tagOf(base, model.key));
    return tags.length === 0 ? model : { ...model, schema: joined(model.schema, tags) };
  });
}

/** The models whose own schema has a discriminator and no `oneOf`/`anyOf` (a union narrows its variants itself). */
function discriminatedBases(ctx: ParseContext, models: readonly ModelIR[]): Map<string, Base> {
  const bases = new Map<string, Base>();
  for (const model of models) {
    const own = followed(ctx, atOfModel(model.key));
    const raw = asObject(own.value) ?? {};
    const discriminator = asObject(raw['discriminator']);
    const propertyName = asString(discriminator?.['propertyName']);
    if (discriminator === undefined || propertyName === undefined || Array.isArray(raw['oneOf']) || Array.isArray(raw['anyOf'])) continue;
    const valuesOf = discriminatorValues(ctx, own.at, discriminator);
    bases.set(model.key, { propertyName, valuesOf, origin: locationOf(ctx, { file: own.at.file, pointer: `${own.at.pointer}/discriminator` }) });
  }
  return bases;
}

/** The models a schema extends: its bare `$ref`, or the `$ref` parts of its `allOf`. */
function extendedModels(schema: SchemaIR): string[] {
  if (schema.kind === 'ref') return [schema.model];
  if (schema.kind !== 'intersection') return [];
  return schema.parts.flatMap((part) => (part.kind === 'ref' ? [part.model] : []));
}

/** The discriminated bases among a model's ancestors, nearest first, one per property name. */
function inheritedBases(key: string, parents: ReadonlyMap<string, readonly string[]>, bases: ReadonlyMap<string, Base>): Base[] {
  const found = new Map<string, Base>();
  const seen = new Set([key]);
  let level = parents.get(key) ?? [];
  while (level.length > 0) {
    const next: string[] = [];
    for (const ancestor of level) {
      if (seen.has(ancestor)) continue;
      seen.add(ancestor);
      const base = bases.get(ancestor);
      if (base !== undefined && !found.has(base.propertyName)) found.set(base.propertyName, base);
      next.push(...(parents.get(ancestor) ?? []));
    }
    level = next;
  }
  return [...found.values()];
}

/** The property with the model's values, none when the model's own values of it disagree with the base's. */
function tagOf(base: Base, model: string): SchemaIR[] {
  const values = base.valuesOf(model, base.propertyName);
  if (values === undefined) return [];
  const tag: PropertyIR = { name: base.propertyName, required: true, schema: { kind: 'enum', values, origin: base.origin }, origin: base.origin };
  return [{ kind: 'object', properties: [tag], origin: base.origin }];
}

function joined(schema: SchemaIR, tags: readonly SchemaIR[]): SchemaIR {
  if (schema.kind === 'intersection') return { ...schema, parts: [...schema.parts, ...tags] };
  const { description, deprecated, nullable, origin } = schema;
  const part = { ...schema, description: undefined, deprecated: undefined, nullable: undefined };
  return { kind: 'intersection', parts: [part, ...tags], description, deprecated, nullable, origin };
}
