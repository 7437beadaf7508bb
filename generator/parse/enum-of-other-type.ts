/**
 * An `enum` none of whose values is of the `type` beside it (probely's severity, `type: string` beside
 * `enum: [10, 20, 30]`; Bungie's scopes, `type: integer` beside `enum: ['1', '2', '4']`): JSON Schema takes
 * a value only when both do, so no value is valid as written, and a validating server refuses every one.
 * Which the author meant cannot be told; the type is the listed values, as other generators read it, and
 * a located warning says so. 227 such enums in 23 of APIs.guru's 2,600 specs up to 1.5 MB.
 */
import { jsonType } from '../util/json.js';
import { conjunction, plural, withArticle } from '../util/plural.js';
import { joinAt, report, typeList, typeTakes, type At, type ParseContext } from './context.js';

type Raw = Readonly<Record<string, unknown>>;

/** At most this many values are named in the message. */
const NAMED = 3;

export function checkEnumOfOtherType(ctx: ParseContext, at: At, raw: Raw): void {
  const values = Array.isArray(raw['enum']) ? raw['enum'].filter((value) => value !== null) : [];
  const types = typeList(raw).filter((type) => type !== 'null');
  if (values.length === 0 || types.length === 0 || values.some((value) => typeTakes(types, jsonType(value)))) return;
  const named = values.slice(0, NAMED).map((value) => JSON.stringify(value));
  const listed = values.length > NAMED ? `${named.join(', ')}… (${plural(values.length, 'value')})` : conjunction(named);
  const message = `\`enum\` lists ${listed}, none of them ${conjunction(types.map(withArticle), 'or')} as \`type\` says, so no value is valid as written: typed as the listed values`;
  report(ctx, joinAt(at, 'enum'), 'enum-of-other-type', message, 'warning');
}
