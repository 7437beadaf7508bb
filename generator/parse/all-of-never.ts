/**
 * An `allOf` whose parts allow different kinds of value (a string and an integer; Codat's bill currency,
 * `allOf: [$ref: Currency, {type: null}]`, a string and null): every part applies to the whole value, so
 * none can be all of them, and the type is `never`. Said, located at the `allOf`; a call with every
 * parameter leaves such a field out (`ir/takes-no-value.ts`). A part by `$ref` counts by its target's
 * `type`.
 */
import { valueFamily } from '../ir/value-family.js';
import type { RawPart } from './all-of-required.js';
import { asObject, deref, joinAt, report, typeList, type At, type ParseContext } from './context.js';

export function checkAllOfKinds(ctx: ParseContext, at: At, parts: readonly RawPart[]): void {
  const families = [...new Set(parts.map((part) => familyOfPart(ctx, part)).filter((f) => f !== undefined))];
  if (families.length < 2) return;
  // A null part is how an author says "or null", which `allOf` cannot: `anyOf` can.
  const hint = families.includes('null') ? ' (for a value that may be null, write `anyOf: [{…}, {type: null}]`)' : '';
  report(ctx, joinAt(at, 'allOf'), 'all-of-never', `allOf combines ${families.join(' and ')} parts, which no value can be: the type is never${hint}`, 'warning');
}

/** The one kind of value a part allows: an inline part's by its type, a `$ref`'s by its target's `type`. */
function familyOfPart(ctx: ParseContext, part: RawPart): string | undefined {
  if (part.parsed.kind !== 'ref') return valueFamily(part.parsed);
  const target = asObject(deref(ctx, part.at, part.value).value);
  if (target === undefined || target['nullable'] === true || SAYS_MORE.some((key) => target[key] !== undefined)) return undefined;
  const types = typeList(target);
  return types.length === 1 ? (types[0] === 'integer' ? 'number' : types[0]) : undefined;
}

/** Keywords beside a target's `type` that allow or combine other values: its `type` alone does not say. */
const SAYS_MORE = ['allOf', 'anyOf', 'oneOf', 'enum', 'const', '$ref'] as const;
