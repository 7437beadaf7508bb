/**
 * The review as Markdown for a pull-request comment: the verdict on one line, breaking changes first
 * (wire and TypeScript), then what cannot be decided, the TypeScript API diff, the other spec changes
 * (folded), and the version bump with its reason. A hidden marker lets CI update its one comment.
 *
 * One edit to a shared schema is a change in every operation that uses it: those rows are one row, with
 * the operations counted. GitHub refuses a comment over 65,536 characters, so tables are cut short until
 * the comment fits (`ROW_LIMITS`), each saying how many rows it leaves out (the JSON output has them all). A
 * long type's text is cut to the part that changed (`abridgeSides`), so one row cannot fill the comment.
 */
import { placeOf, type Diagnostic, type SourceLocation } from '../../diagnostics.js';
import type { Review } from '../review.js';
import { bumpLine } from '../review.js';
import type { TsChange } from '../ts/model.js';
import type { SpecChange } from '../model.js';
import { ruleById } from '../rules/index.js';
import { groupChanges, type ChangeGroup, type Grouped } from '../groups.js';
import { code as codeSpan, quotedText } from '../../emit/package/markdown.js';
import { abridgeSides } from './abridge.js';
import { grouped, plural } from '../../util/plural.js';

export const COMMENT_MARKER = '<!-- openapi-ts-sdkgen:spec-review -->';

const VERDICT_ICON = { breaking: '❌', undecidable: '⚠️', 'not-breaking': '✅' } as const;
const IMPACT_ICON = { breaking: '❌', addition: '➕', compatible: '✅' } as const;

/**
 * Spec text as table-cell text: on one line, its backslashes, pipes, backticks and `<` escaped, so a name
 * or an enum value can neither end the cell nor open a code span or an HTML element.
 */
function cell(text: string | undefined): string {
  return oneLine(text ?? '').replace(/[\\|`<]/g, (c) => `\\${c}`);
}

/**
 * Spec text as a code span in a table cell, exactly as written: a fence longer than any backtick run in it,
 * and its pipes escaped (GitHub's tables split on any other pipe, inside code spans too).
 */
function code(text: string | undefined): string {
  return text === undefined || text === '' ? '' : codeSpan(oneLine(text).replace(/\|/g, '\\|'));
}

/** A sentence of the review's as a table cell: the names it quotes as code spans (`quotedText`), its pipes escaped. */
function sentence(text: string): string {
  return quotedText(text).replace(/\|/g, '\\|');
}

/**
 * A spec change's message: the rule's summary is the review's own sentence, with names it quotes; what
 * follows it is the spec's text (`enum value added: a``b`), shown as written, every backtick escaped.
 */
function specMessage(c: SpecChange): string {
  const summary = ruleById(c.rule).summary;
  return c.message.startsWith(summary) ? `${sentence(summary)}${cell(c.message.slice(summary.length))}` : sentence(c.message);
}

function oneLine(text: string): string {
  return text.replace(/\r\n?|[\n\u2028\u2029]/g, ' ');
}

/**
 * `file:line:column`, as the generator's diagnostics and editors read it: a spec published as one line of
 * JSON (Cloudflare's) has every change on line 1, told apart only by the column.
 */
function at(loc: SourceLocation | undefined): string {
  return loc ? cell(placeOf(loc)) : '—';
}

/** The most comment a pull request takes, with room to spare (GitHub's limit is 65,536). */
export const MAX_COMMENT_CHARS = 60_000;
/**
 * Rows per table tried in turn until the comment fits: the tables a reviewer must read (what breaks, what
 * the spec cannot decide) keep all their rows while the others are cut to 10, then all are cut together.
 */
interface RowLimits {
  readonly mustRead: number;
  readonly others: number;
}
const ROW_LIMITS: readonly RowLimits[] = [
  ...[Infinity, 50, 10].map((others) => ({ mustRead: Infinity, others })),
  ...[200, 100, 50, 25, 10].map((mustRead) => ({ mustRead, others: 10 })),
  { mustRead: 5, others: 5 },
];

function specTable(groups: readonly ChangeGroup[], limit: number): string[] {
  if (groups.length === 0) return [];
  const rows = groups.slice(0, limit).map((g) => {
    const c = g.first;
    const note = c.note ? ` _(${cell(c.note)})_` : '';
    // Located in the schemas that differ; the edit was to the `$ref` that now names another one.
    const via = c.via?.revision ?? c.via?.base;
    const through = via ? ` _(through the \`$ref\` at ${at(via)})_` : '';
    const more = g.changes.length > 1 ? ` _(${grouped(g.changes.length)} places in ${plural(g.operations.length, 'operation', grouped)})_` : '';
    return `| ${VERDICT_ICON[c.verdict]} ${c.verdict} | \`${c.rule}\` | ${operationsCell(g.operations)} | ${cell(c.subject)}: ${specMessage(c)}${note}${through}${more} | ${at(c.base)} | ${at(c.revision)} | ${g.number} |`;
  });
  return ['| verdict | rule | operation | change | base | revision | # |', '|---|---|---|---|---|---|---|', ...rows, ...leftOut(groups.length, limit)];
}

function operationsCell(operations: readonly string[]): string {
  const shown = operations.slice(0, 2).map(cell).join(', ') || '—';
  return operations.length > 2 ? `${shown} and ${grouped(operations.length - 2)} more` : shown;
}

function leftOut(total: number, limit: number): string[] {
  return total > limit ? ['', `${grouped(total - limit)} more rows not shown: the comment has a size limit; \`--format json\` lists every change.`] : [];
}

function tsTable(changes: readonly TsChange[], groupOf: (index: number) => ChangeGroup, limit: number): string[] {
  if (changes.length === 0) return [];
  const rows = changes.slice(0, limit).map((c) => {
    const numbers = [...new Set(c.causes.map((i) => groupOf(i).number))];
    const causes = numbers.length > 0 ? numbers.map((n) => `#${n}`).join(', ') : 'no spec change (generator?)';
    const { before, after } = abridgeSides(c.before ?? '', c.after ?? '');
    return `| ${IMPACT_ICON[c.impact]} ${c.impact} | ${code(c.symbol)} | ${code(before)} | ${code(after)} | ${sentence(c.why)} | ${causes} |`;
  });
  return ['| impact | symbol | before | after | why | caused by |', '|---|---|---|---|---|---|', ...rows, ...leftOut(changes.length, limit)];
}

function section(title: string, body: string[], fold = false): string[] {
  if (body.length === 0) return [];
  if (!fold) return [`#### ${title}`, '', ...body, ''];
  return [`<details><summary>${title}</summary>`, '', ...body, '', '</details>', ''];
}

export function renderMarkdown(r: Review, maxChars = MAX_COMMENT_CHARS): string {
  const grouped = groupChanges(r.spec);
  let text = '';
  for (const limit of ROW_LIMITS) {
    text = renderWith(r, grouped, limit);
    if (text.length <= maxChars) break;
  }
  return text;
}

/** A side written as Swagger 2.0 is compared as the OpenAPI 3.0 it converts to: the reader should know. */
function conversionNote(r: Review): string[] {
  const sides = ([['base', r.base], ['revision', r.revision]] as const).filter(([side]) => r.convertedFrom[side] !== undefined);
  return sides.map(([side, label]) => `${code(label)} is ${r.convertedFrom[side]}: it is compared as the OpenAPI 3.0.3 it converts to, and located as written.`).flatMap((line) => [line, '']);
}

/** How many of the revision's new generation errors, and of its new warnings, the comment lists; the JSON output has them all. */
const MAX_GENERATION_PROBLEMS = 10;

/**
 * The revision's new errors that only `--lenient` reads (the pull request would fail `npm run generate`),
 * then its new warnings (generation goes on, but each is a slip the pull request brings).
 */
function generation(r: Review): string[] {
  const { newGenerationErrors: errors, newGenerationWarnings: warnings } = r;
  const refused = `⚠️ \`npm run generate\` refuses the revision: it has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} the base did not, which only \`--lenient\` reads. The comparison below reads them so.`;
  const warned = `The revision has ${warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`} the base did not; \`npm run generate\` prints ${warnings.length === 1 ? 'it' : 'them'} and goes on.`;
  const blocks = [errors.length > 0 && [refused, '', ...problemLines(errors)], warnings.length > 0 && [warned, '', ...problemLines(warnings)]];
  return blocks.filter((b): b is string[] => b !== false).flatMap((b, i) => (i === 0 ? b : ['', ...b]));
}

function problemLines(problems: readonly Diagnostic[]): string[] {
  const shown = problems.slice(0, MAX_GENERATION_PROBLEMS).map((d) => `- ${at(d.location)} ${codeSpan(d.code)} ${code(`#${d.location.pointer}`)}: ${cell(d.message)}`);
  return problems.length > MAX_GENERATION_PROBLEMS ? [...shown, `- and ${problems.length - MAX_GENERATION_PROBLEMS} more (\`--format json\` lists them all)`] : shown;
}

function renderWith(r: Review, { groups, groupOf }: Grouped, limit: RowLimits): string {
  const ts = r.typescript.ok ? r.typescript.changes : [];
  const count = (v: string) => grouped(r.spec.filter((c) => c.verdict === v).length);
  const byVerdict = (v: string) => groups.filter((g) => g.first.verdict === v);
  const lines = [
    COMMENT_MARKER,
    `### Spec review: ${cell(r.verdict)}`,
    '',
    `${code(r.base)} → ${code(r.revision)} · wire: ${count('breaking')} breaking, ${count('undecidable')} undecidable, ${count('not-breaking')} not breaking · TypeScript: ${r.typescript.ok ? `${grouped(ts.filter((c) => c.impact === 'breaking').length)} breaking, ${grouped(ts.filter((c) => c.impact === 'addition').length)} additions, ${grouped(ts.filter((c) => c.impact === 'compatible').length)} compatible` : 'not compared'}`,
    '',
    ...conversionNote(r),
    ...section('Generation', generation(r)),
    ...section('Breaking on the wire', specTable(byVerdict('breaking'), limit.mustRead)),
    ...section('Breaking in the TypeScript API', tsTable(ts.filter((c) => c.impact === 'breaking'), groupOf, limit.mustRead)),
    ...section('Cannot be decided from the spec', specTable(byVerdict('undecidable'), limit.mustRead)),
    ...section('Other TypeScript API changes', tsTable(ts.filter((c) => c.impact !== 'breaking'), groupOf, limit.others)),
    ...(r.typescript.ok ? [] : section('TypeScript API', [`Not compared: ${cell(r.typescript.reason)}`])),
    ...section(`Other spec changes (${count('not-breaking')})`, specTable(byVerdict('not-breaking'), limit.others), true),
    '#### Version',
    '',
    cell(`${bumpLine(r.bump)} ${r.bump.reason.charAt(0).toUpperCase()}${r.bump.reason.slice(1)}.`),
    '',
  ];
  return lines.join('\n');
}
