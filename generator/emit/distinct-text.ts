/**
 * Another text for a list of unique items, told apart from the first: `name2`, `name3`; where the item's
 * `format` or `pattern` refuses that (a second uuid), the first with its last digit or hex letter moved
 * on, `…ab26e` to `…ab26f`. Undefined where neither fits: the list stays shorter rather than hold a value
 * its items refuse (iZettle's tax rates, unique `uuid`s, were sent `…ab26e2`).
 */
import { brokenConstraint } from '../ir/scalar-value.js';
import { brokenFormat } from '../ir/string-format.js';
import type { SchemaIR } from '../ir/types.js';

export function distinctText(first: string, n: number, item: SchemaIR | undefined): string | undefined {
  const fits = (text: string) => item === undefined || fitsString(text, item);
  return [`${first}${n + 1}`, movedOn(first, n)].find((text) => text !== undefined && fits(text));
}

function fitsString(text: string, item: SchemaIR): boolean {
  return brokenFormat(text, item.format) === undefined && brokenConstraint(text, item.constraints ?? {}) === undefined;
}

const DIGITS = '0123456789';
const HEX_LETTERS = 'abcdef';

/** The text with its last digit moved on `n` places among digits, or its last hex letter among hex letters. */
function movedOn(text: string, n: number): string | undefined {
  const at = Math.max(...[...DIGITS, ...HEX_LETTERS].map((c) => text.lastIndexOf(c)));
  if (at < 0) return undefined;
  const set = DIGITS.includes(text[at]!) ? DIGITS : HEX_LETTERS;
  const moved = set[(set.indexOf(text[at]!) + n) % set.length]!;
  return `${text.slice(0, at)}${moved}${text.slice(at + 1)}`;
}
