/**
 * A `pattern` that holds no value meant (see `util/pattern-fault.ts`): no ECMA-262 regular expression,
 * one no string matches, one escaped a second time (AWS's `\(\?s\).*`), which only strings holding
 * its own syntax as text match, or a regular expression literal (linode's `/[a-z0-9-]+/`), which only
 * strings holding its slashes match. A server that checks it refuses what the client sends; the spec's author
 * means something else, which a located warning points at: the pattern inside a regular expression
 * literal's slashes, an anchor with text required beyond it, the escaped construct, the group syntax at fault.
 * So is a pattern that no value of the `format` beside it matches (seldon's base64 tensor content under
 * `.* maxLength: 2097152`, frankiefinancial's `date` under `YYYY-MM`): a server that checks both refuses
 * every value.
 */
import { formatShape } from '../ir/string-format.js';
import { asEcmaPattern } from '../util/foreign-pattern.js';
import { LITERAL, patternFault, type PatternFault } from '../util/pattern-fault.js';
import { sharedString } from '../util/regex/side-by-side.js';
import { joinAt, report, typeList, type At, type ParseContext } from './context.js';

type Raw = Readonly<Record<string, unknown>>;

const OUTCOME = {
  invalid: 'a server cannot check a value against it, and example values are not',
  'matches-nothing': 'a validating server refuses every value, and example values are not checked against it',
  'escaped-twice': 'a validating server refuses the values it was written for, and example values are not checked against it',
  literal: 'a validating server refuses the values it was written for, and example values are not checked against it',
} as const;

export function checkPatternFaults(ctx: ParseContext, at: At, raw: Raw): void {
  const pattern = raw['pattern'];
  if (typeof pattern !== 'string') return;
  const fault = patternFault(asEcmaPattern(pattern));
  if (fault === undefined) return checkOutsideFormat(ctx, at, raw, pattern);
  report(ctx, joinAt(at, 'pattern'), `pattern-${fault.kind}`, `${said(pattern, fault)}: ${OUTCOME[fault.kind]}`, 'warning');
}

/** A `format` whose values the pattern beside it all refuses: example values then meet the pattern only. */
function checkOutsideFormat(ctx: ParseContext, at: At, raw: Raw, pattern: string): void {
  const shape = formatShape(typeof raw['format'] === 'string' ? raw['format'] : undefined);
  const types = typeList(raw);
  if (shape === undefined || (types.length > 0 && !types.includes('string')) || sharedString(shape.pattern, asEcmaPattern(pattern)) !== null) return;
  const message = `no string that reads as ${shape.name} matches \`pattern\` ${JSON.stringify(pattern)}: a server that checks both refuses every value, and example values meet the pattern only`;
  report(ctx, joinAt(at, 'pattern'), 'pattern-outside-format', message, 'warning');
}

function said(pattern: string, fault: PatternFault): string {
  const shown = JSON.stringify(pattern);
  if (fault.kind === 'escaped-twice') return `\`pattern\` ${shown} ${escapedTwice(fault.escaped)}, which a value must then hold`;
  if (fault.kind === 'literal') return `\`pattern\` ${shown} is a regular expression literal, whose slashes are read as characters a value must hold (the pattern inside is ${JSON.stringify(fault.inner)}${noFlags(fault.flags)})`;
  if (fault.kind === 'invalid') return `\`pattern\` ${shown} is no ECMA-262 regular expression (${fault.reason.toLowerCase()}${groupHint(pattern)})`;
  const literal = LITERAL.exec(pattern);
  if (literal) {
    return `\`pattern\` ${shown} is a regular expression literal, whose slashes are read as characters to match, so no string matches it (the pattern inside is ${JSON.stringify(literal[1])}${noFlags(literal[2]!)})`;
  }
  const anchors = fault.anchors ? ', which asks for text before its `^` or after its `$`' : '';
  return `no string matches \`pattern\` ${shown}${anchors}${fault.escaped === undefined ? '' : `, and ${escapedTwice(fault.escaped)}`}`;
}

function noFlags(flags: string): string {
  return flags ? `, and a pattern takes no flags such as \`${flags}\`` : '';
}

function escapedTwice(escaped: string): string {
  return `escapes its own syntax a second time: ${JSON.stringify(escaped)} is the text ${JSON.stringify(escaped.replace(/\\(.)/g, '$1'))}`;
}

/** Python's and PCRE's named group, which ECMA-262 writes without the `P`. */
function groupHint(pattern: string): string {
  return pattern.includes('(?P<') ? '; ECMA-262 names a group `(?<name>…)`' : '';
}
