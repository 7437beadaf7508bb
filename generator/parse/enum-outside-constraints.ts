/**
 * An `enum` value that a constraint beside it refuses (Adyen's gender: `enum: [MALE, FEMALE, UNKNOWN]`
 * beside `maxLength: 1`), or its `format` (see `formatRefuses`): JSON Schema takes a value only when
 * both do, so that value is never valid, and a validating server refuses it. Which side is the slip cannot be told; the type keeps the listed
 * values, the example calls send one the constraints take where there is one, and a located warning
 * says which value breaks which constraint.
 */
import { brokenConstraint, isScalar } from '../ir/scalar-value.js';
import { brokenFormat } from '../ir/string-format.js';
import { plural } from '../util/plural.js';
import { constraintsOf } from './constraints.js';
import { joinAt, report, type At, type ParseContext } from './context.js';

type Raw = Readonly<Record<string, unknown>>;

export function checkEnumOutsideConstraints(ctx: ParseContext, at: At, raw: Raw): void {
  const constraints = constraintsOf(raw);
  const format = typeof raw['format'] === 'string' ? raw['format'] : undefined;
  const values = Array.isArray(raw['enum']) ? raw['enum'] : [];
  if (constraints === undefined && format === undefined) return;
  const broken = values.flatMap((value, index) => {
    const text = isScalar(value) ? brokenConstraint(value, constraints ?? {}) ?? formatRefuses(value, format) : undefined;
    return text === undefined ? [] : [{ value, index, text }];
  });
  const first = broken[0];
  if (first === undefined) return;
  const others = broken.length > 1 ? `, as ${plural(broken.length - 1, 'other value')} ${broken.length > 2 ? 'are' : 'is'}` : '';
  const outcome = broken.length === values.filter(isScalar).length ? 'no value is valid as written' : `${broken.length > 1 ? 'they are' : 'it is'} never valid`;
  const message = `\`enum\` value ${JSON.stringify(first.value)} ${first.text}${others}: ${outcome}; typed as the listed values`;
  report(ctx, joinAt(joinAt(at, 'enum'), first.index), 'enum-outside-constraints', message, 'warning');
}

/**
 * A text value its `format` cannot read (SendGrid's send time: `enum: [now]` beside `format: date-time`,
 * whose description says "or the string now").
 */
function formatRefuses(value: unknown, format: string | undefined): string | undefined {
  return typeof value === 'string' ? brokenFormat(value, format) : undefined;
}
