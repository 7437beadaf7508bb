/**
 * `required` beside a `oneOf`/`anyOf`, with no fields of its own: Cloudflare's page-rule target
 * (`required: [target, constraint], oneOf: [$ref: UrlTarget]`, whose branch declares both optional) and
 * its DNS record (`required: [id, type, name, …], oneOf: [ARecord, AAAARecord, …]`). JSON Schema applies
 * it to the whole value, whichever branch the value matches; read as the union alone, each such field
 * stayed optional, and an example call left it out.
 *
 * Each branch that declares a name gets it required, as an `allOf`'s parts do (all-of-required.ts): an
 * inline branch in place, a `$ref`'d one (a shared model, which stays as it is) by declaring it again,
 * required, beside it. A name no branch declares is left out of the type, with a located warning unless
 * a branch may hold it some other way (a union of its own, a schema for other keys).
 */
import type { SchemaIR } from '../ir/types.js';
import { mayHoldOtherKeys, requiringAcrossParts, type ParseAt } from './all-of-required.js';
import { joinAt, report, type At, type ParseContext } from './context.js';
import { leftOut } from './required-declared.js';
import type { Branch } from './union-beside-object.js';

/**
 * `union` (the union the branches were read as; one branch's schema when it had one) with the holder's
 * `required` names required in each variant. `branches` are the union's, without its `null` ones: one
 * per variant.
 */
export function withRequiredBesideUnion(ctx: ParseContext, holderAt: At, required: unknown, branches: readonly Branch[], union: SchemaIR, parse: ParseAt): SchemaIR {
  if (!Array.isArray(required) || required.length === 0) return union;
  const listedAt = joinAt(holderAt, 'required');
  const names = [...new Set(required.filter((name): name is string => typeof name === 'string'))];
  const variants = union.kind === 'union' ? union.variants : [union];
  if (variants.length !== branches.length) return union;
  const undeclaredIn = new Map(names.map((name) => [name, 0]));
  const requiring = variants.map((variant, i) => {
    const wanted = new Map(names.filter((name) => !requires(variant, name)).map((name) => [name, listedAt.pointer]));
    const found = requiringAcrossParts(ctx, holderAt, wanted, [{ ...branches[i]!, parsed: variant }], parse);
    for (const name of found.undeclared.get(listedAt.pointer) ?? []) undeclaredIn.set(name, undeclaredIn.get(name)! + 1);
    return joined(found.parts);
  });
  const nowhere = names.filter((name) => undeclaredIn.get(name) === variants.length);
  // A branch that is a union itself, or types other keys, may hold the name some other way.
  if (nowhere.length > 0 && !branches.some((b) => mayHoldOtherKeys(ctx, b.at, b.value, 0))) report(ctx, listedAt, 'required-undeclared', leftOut(nowhere.map((n) => JSON.stringify(n)), 'no branch of the union beside it declares'), 'warning');
  return union.kind === 'union' ? { ...union, variants: requiring } : requiring[0]!;
}

/** Whether the variant requires `name` already: as an object's field, or in an object part of its intersection. */
function requires(variant: SchemaIR, name: string): boolean {
  const objects = variant.kind === 'intersection' ? variant.parts : [variant];
  return objects.some((part) => part.kind === 'object' && part.properties.some((p) => p.name === name && p.required));
}

/** The variant, or the variant and the fields declared again beside it as one intersection (its nullability outside). */
function joined(parts: readonly SchemaIR[]): SchemaIR {
  const [first, ...added] = parts;
  if (added.length === 0) return first!;
  if (first!.kind === 'intersection') return { ...first!, parts: [...first!.parts, ...added] };
  return { kind: 'intersection', parts: [{ ...first!, nullable: undefined }, ...added], nullable: first!.nullable, origin: first!.origin };
}
