/**
 * An `enum` listing values that are not of the `type` beside it. JSON Schema takes a value only when both
 * do, so those values are never valid, and a validating server refuses them. When none is of the type
 * (probely's severity, `type: string` beside `enum: [10, 20, 30]`; Bungie's scopes, `type: integer`
 * beside `enum: ['1', '2', '4']`), no value is; when some are (remove.bg's `type_level`, `type: string`
 * beside `enum: [none, 1, 2, latest]`), the others are not. Which the author meant cannot be told; the
 * type is the listed values, as other generators read it, and a located warning says so. The example
 * calls send a value of the type where there is one (`EnumShape.otherType`).
 */
import type { Primitive } from '../ir/types.js';
import { jsonType } from '../util/json.js';
import { conjunction, plural, withArticle } from '../util/plural.js';
import { joinAt, report, typeList, typeTakes, type At, type ParseContext } from './context.js';

type Raw = Readonly<Record<string, unknown>>;

/** At most this many values are named in the message. */
const NAMED = 3;

/** What the IR keeps: the values of another type where some others are, or that none is of the type. */
export type OtherTypeValues = { readonly otherType?: readonly Primitive[]; readonly noneOfType?: true };

/** Warns of the listed values not of the `type` beside them. */
export function checkEnumOfOtherType(ctx: ParseContext, at: At, raw: Raw): OtherTypeValues {
  const values = Array.isArray(raw['enum']) ? (raw['enum'] as Primitive[]).filter((value) => value !== null) : [];
  const types = typeList(raw).filter((type) => type !== 'null');
  const other = types.length === 0 ? [] : values.filter((value) => !typeTakes(types, jsonType(value)));
  if (other.length === 0) return {};
  const kinds = conjunction(types.map(withArticle), 'or');
  if (other.length === values.length) {
    report(ctx, joinAt(at, 'enum'), 'enum-of-other-type', `\`enum\` lists ${named(other)}, none of them ${kinds} as \`type\` says, so no value is valid as written: typed as the listed values`, 'warning');
    return { noneOfType: true };
  }
  const verb = other.length === 1 ? 'is not' : 'are not';
  const message = `\`enum\` value${other.length === 1 ? '' : 's'} ${named(other)} ${verb} ${kinds} as \`type\` says, so never valid as written: typed as listed; example calls send another`;
  report(ctx, joinAt(joinAt(at, 'enum'), (raw['enum'] as unknown[]).indexOf(other[0])), 'enum-of-other-type', message, 'warning');
  return { otherType: other };
}

function named(values: readonly Primitive[]): string {
  const shown = values.slice(0, NAMED).map((value) => JSON.stringify(value));
  return values.length > NAMED ? `${shown.join(', ')}… (${plural(values.length, 'value')})` : conjunction(shown);
}
