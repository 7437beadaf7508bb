/**
 * A `discriminator` on a base schema that its variants extend with `allOf` (§4.8.25, the inheritance
 * style: `Cat: {allOf: [$ref: Pet, …]}`, `Pet: {discriminator: {propertyName: petType}}`). Each variant's
 * value of that property is fixed, by `mapping` or by its schema's name, yet its schema inherits the
 * base's `petType: string`, so `Cat | Dog` could not be narrowed by it. Each model that extends such a base
 * and that no model extends in turn (a concrete variant) is therefore joined with its value:
 * `PetBase & {…} & { petType: 'Cat' }`. A variant that lists its own values of the property keeps those
 * that agree, or all of its own when none does (see `discriminatorValues`).
 *
 * A model that is extended (the base, or a variant with variants of its own) is split: `PetBase` holds
 * its shape, which the variants extend, and `Pet` becomes `Cat | Dog`, which every other reference
 * (a response, a field, a body) means, so `switch (pet.petType)` narrows it. A variant with variants is
 * a member of its own union, with its value (`Dog` is `(DogBase & { petType: 'Dog' }) | Puppy`); the
 * base only when the discriminator names a value for it (`mapping`, or `x-ms-discriminator-value`).
 */
import type { ModelIR, PropertyIR, SchemaIR } from '../ir/types.js';
import { asObject, asString, locationOf, report, type ParseContext } from './context.js';
import { atOfModel, declaredValuesOf, discriminatorValues, explicitValues, followed, holdsText, notTextMessage, requiresProperty } from './discriminator.js';
import { listsItsExtensions } from './union-beside-object.js';

interface Base {
  readonly key: string;
  readonly propertyName: string;
  /** A model's values of the property (see `discriminatorValues`). */
  readonly valuesOf: (model: string, propertyName: string) => string[] | undefined;
  /** The values `mapping` or `x-ms-discriminator-value` give a model by name (see `explicitValues`). */
  readonly explicitOf: (model: string) => string[] | undefined;
  /** The values a model's schema lists for the property, its own or those it inherits (see `declaredValuesOf`). */
  readonly declaredOf: (model: string) => readonly unknown[] | undefined;
  /** Whether a model's schema (its `allOf` parts, the base among them) requires the property: else its value may be absent. */
  readonly requiredBy: (model: string) => boolean;
  readonly origin: SchemaIR['origin'];
}

/**
 * `models`, with each concrete variant of a discriminated base joined with its discriminator value, and
 * each extended model of such a hierarchy split in two: its shape, which its variants extend, and a union
 * of what a value of it can be, which every other reference means.
 */
export function withInheritedDiscriminators(ctx: ParseContext, models: readonly ModelIR[]): ModelIR[] {
  const bases = discriminatedBases(ctx, models);
  if (bases.size === 0) return [...models];
  const parents = new Map(models.map((m) => [m.key, extendedModels(m.schema)]));
  const children = childrenOf(parents);
  const inherited = (key: string) => inheritedBases(key, parents, bases);
  const polymorphic = new Set(models.map((m) => m.key).filter((key) => children.has(key) && (bases.has(key) || inherited(key).length > 0)));
  const claimedBesides = (base: Base, key: string) => claimedValues(base, models.map((m) => m.key).filter((other) => other !== key && (other === base.key || inherited(other).includes(base))));
  return models.flatMap((model) => {
    const schema = extendingShapes(model.schema, polymorphic);
    if (polymorphic.has(model.key)) return split({ ...model, schema }, children.get(model.key)!, selfTags(model.key, inherited(model.key), bases.get(model.key), claimedBesides));
    if (children.has(model.key)) return [{ ...model, schema }];
    const tags = inherited(model.key).flatMap((base) => tagOf(base, model.key));
    return [{ ...model, schema: tags.length === 0 ? schema : joined(schema, tags) }];
  });
}

/**
 * An extended model of a discriminated hierarchy as two: its key now names the union of its variants
 * (itself first, when it is a value: see `selfTags`), and a new model holds its shape. Other
 * references thus take one of the variants, which the discriminator tells apart, while the variants
 * extend the shape; a value of the bare base would otherwise be accepted where the API sends or expects
 * one of them, and could not be narrowed.
 */
function split(model: ModelIR, children: readonly string[], selfTags: readonly SchemaIR[] | undefined): ModelIR[] {
  const { description, deprecated, nullable, origin } = model.schema;
  const shape: ModelIR = { key: shapeKey(model.key), name: `${model.name}Base`, shapeOf: model.key, schema: { ...model.schema, nullable: undefined }, origin: model.origin };
  const ownShape: SchemaIR = { kind: 'ref', model: shape.key, origin };
  const self: SchemaIR[] = selfTags === undefined ? [] : [selfTags.length === 0 ? ownShape : joined(ownShape, selfTags)];
  const variants = [...self, ...children.map((child): SchemaIR => ({ kind: 'ref', model: child, origin }))];
  return [{ ...model, schema: { kind: 'union', variants, description, deprecated, nullable, origin } }, shape];
}

/**
 * How an extended model is a value itself: a variant with variants is one (Swagger 2.0: "the name of
 * this schema or any schema that inherits it"), with its value; the base only when the discriminator
 * names a value for it, since bases are abstract in the APIs that use the style. `undefined`: it is none.
 *
 * A variant with variants whose value is none of the values its schema lists (Azure's Service Map:
 * `MultipleMachinesMapRequest`, no `x-ms-discriminator-value`, under a base whose `kind` lists only its
 * variants' values) takes those listed values no other model of the hierarchy claims, and is no value
 * when they claim them all: with the whole list, `{kind: 'map:single-machine-dependency'}` would be
 * typed as one, the value of another variant, without the fields that variant requires.
 */
function selfTags(key: string, inherited: readonly Base[], ownBase: Base | undefined, claimedBesides: (base: Base, key: string) => ReadonlySet<string>): SchemaIR[] | undefined {
  if (inherited.length === 0) {
    const named = ownBase !== undefined && ownBase.explicitOf(key) !== undefined;
    return named ? tagOf(ownBase, key) : undefined;
  }
  const tags: SchemaIR[] = [];
  for (const base of inherited) {
    const unclaimed = () => {
      const claimed = claimedBesides(base, key);
      return textValues(base.declaredOf(key)).filter((value) => !claimed.has(value));
    };
    const values = base.valuesOf(key, base.propertyName) ?? unclaimed();
    if (values.length === 0) return undefined;
    tags.push(tagWith(base, key, values));
  }
  return tags;
}

/**
 * The values of a base's property that the given models of its hierarchy are: each one's own (see
 * `discriminatorValues`), else the values its schema lists apart from the base's whole list; the base
 * itself only by the values the discriminator names for it.
 */
function claimedValues(base: Base, members: readonly string[]): Set<string> {
  const whole = textValues(base.declaredOf(base.key));
  const listedApart = (key: string) => {
    const listed = textValues(base.declaredOf(key));
    return listed.length === whole.length && listed.every((value) => whole.includes(value)) ? [] : listed;
  };
  const claimOf = (key: string) => (key === base.key ? base.explicitOf(key) ?? [] : base.valuesOf(key, base.propertyName) ?? listedApart(key));
  return new Set(members.flatMap(claimOf));
}

function textValues(values: readonly unknown[] | undefined): string[] {
  return (values ?? []).filter((value): value is string => typeof value === 'string');
}

/** A key no schema of the spec can have (`~b` is no JSON Pointer escape). */
function shapeKey(key: string): string {
  return `${key}/~base`;
}

/** A schema's references to the models it extends, moved to their shapes where those models were split. */
function extendingShapes(schema: SchemaIR, split: ReadonlySet<string>): SchemaIR {
  const toShape = (part: SchemaIR): SchemaIR => (part.kind === 'ref' && split.has(part.model) ? { ...part, model: shapeKey(part.model) } : part);
  if (schema.kind === 'ref') return toShape(schema);
  return schema.kind === 'intersection' ? { ...schema, parts: schema.parts.map(toShape) } : schema;
}

/** The models that extend each model, in the models' order. */
function childrenOf(parents: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const [child, extended] of parents) {
    for (const parent of new Set(extended)) (children.get(parent) ?? children.set(parent, []).get(parent)!).push(child);
  }
  return children;
}

/** The models whose own schema has a discriminator and no `oneOf`/`anyOf` (a union narrows its variants itself). */
function discriminatedBases(ctx: ParseContext, models: readonly ModelIR[]): Map<string, Base> {
  const bases = new Map<string, Base>();
  for (const model of models) {
    const own = followed(ctx, atOfModel(model.key));
    const raw = asObject(own.value) ?? {};
    const discriminator = asObject(raw['discriminator']);
    const propertyName = asString(discriminator?.['propertyName']);
    const union = Array.isArray(raw['oneOf']) || Array.isArray(raw['anyOf']);
    if (discriminator === undefined || propertyName === undefined || (union && !listsItsExtensions(ctx, own.at, raw))) continue;
    if (!holdsText(ctx, model.key, propertyName)) {
      report(ctx, { file: own.at.file, pointer: `${own.at.pointer}/discriminator` }, 'discriminator-not-text', notTextMessage(ctx, model.key, propertyName, 'the models extending it are left as they are'), 'warning');
      continue;
    }
    const valuesOf = discriminatorValues(ctx, own.at, discriminator);
    const explicitOf = explicitValues(ctx, own.at, discriminator);
    const requiredBy = (key: string) => requiresProperty(ctx, atOfModel(key), undefined, propertyName);
    const declaredOf = (key: string) => declaredValuesOf(ctx, key, propertyName);
    bases.set(model.key, { key: model.key, propertyName, valuesOf, explicitOf, declaredOf, requiredBy, origin: locationOf(ctx, { file: own.at.file, pointer: `${own.at.pointer}/discriminator` }) });
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
  return values === undefined ? [] : [tagWith(base, model, values)];
}

/** The property with the given values, as the model's schema requires it or not. */
function tagWith(base: Base, model: string, values: readonly string[]): SchemaIR {
  const tag: PropertyIR = { name: base.propertyName, required: base.requiredBy(model), schema: { kind: 'enum', values, origin: base.origin }, origin: base.origin };
  return { kind: 'object', properties: [tag], origin: base.origin };
}

function joined(schema: SchemaIR, tags: readonly SchemaIR[]): SchemaIR {
  if (schema.kind === 'intersection') return { ...schema, parts: [...schema.parts, ...tags] };
  const { description, deprecated, nullable, origin } = schema;
  const part = { ...schema, description: undefined, deprecated: undefined, nullable: undefined };
  return { kind: 'intersection', parts: [part, ...tags], description, deprecated, nullable, origin };
}
