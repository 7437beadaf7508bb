/**
 * The review as Markdown for a pull-request comment: the verdict on one line, breaking changes first
 * (wire and TypeScript), then what cannot be decided, the TypeScript API diff, the other spec changes
 * (folded), and the version bump with its reason. A hidden marker lets CI update its one comment.
 */
import type { SourceLocation } from '../../diagnostics.js';
import type { SpecChange } from '../model.js';
import type { Review } from '../review.js';
import { bumpLine } from '../review.js';
import type { TsChange } from '../ts/model.js';

export const COMMENT_MARKER = '<!-- openapi-ts-sdkgen:spec-review -->';

const VERDICT_ICON = { breaking: '❌', undecidable: '⚠️', 'not-breaking': '✅' } as const;
const IMPACT_ICON = { breaking: '❌', addition: '➕', compatible: '✅' } as const;

function cell(text: string | undefined): string {
  return (text ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string | undefined): string {
  return text === undefined || text === '' ? '' : `\`${cell(text).replace(/`/g, "'")}\``;
}

function at(loc: SourceLocation | undefined): string {
  return loc ? `${loc.file}:${loc.line}` : '—';
}

function specTable(changes: readonly SpecChange[], all: readonly SpecChange[]): string[] {
  if (changes.length === 0) return [];
  const rows = changes.map((c) => {
    const note = c.note ? ` _(${cell(c.note)})_` : '';
    return `| ${VERDICT_ICON[c.verdict]} ${c.verdict} | \`${c.rule}\` | ${cell(c.operation) || '—'} | ${cell(c.subject)}: ${cell(c.message)}${note} | ${at(c.base)} | ${at(c.revision)} | ${all.indexOf(c) + 1} |`;
  });
  return ['| verdict | rule | operation | change | base | revision | # |', '|---|---|---|---|---|---|---|', ...rows];
}

function tsTable(changes: readonly TsChange[]): string[] {
  if (changes.length === 0) return [];
  const rows = changes.map((c) => {
    const causes = c.causes.length > 0 ? c.causes.map((i) => `#${i + 1}`).join(', ') : 'no spec change (generator?)';
    return `| ${IMPACT_ICON[c.impact]} ${c.impact} | \`${cell(c.symbol)}\` | ${code(c.before)} | ${code(c.after)} | ${cell(c.why)} | ${causes} |`;
  });
  return ['| impact | symbol | before | after | why | caused by |', '|---|---|---|---|---|---|', ...rows];
}

function section(title: string, body: string[], fold = false): string[] {
  if (body.length === 0) return [];
  if (!fold) return [`#### ${title}`, '', ...body, ''];
  return [`<details><summary>${title}</summary>`, '', ...body, '', '</details>', ''];
}

export function renderMarkdown(r: Review): string {
  const ts = r.typescript.ok ? r.typescript.changes : [];
  const byVerdict = (v: string) => r.spec.filter((c) => c.verdict === v);
  const lines = [
    COMMENT_MARKER,
    `### Spec review: ${r.verdict}`,
    '',
    `\`${cell(r.base)}\` → \`${cell(r.revision)}\` · wire: ${byVerdict('breaking').length} breaking, ${byVerdict('undecidable').length} undecidable, ${byVerdict('not-breaking').length} not breaking · TypeScript: ${r.typescript.ok ? `${ts.filter((c) => c.impact === 'breaking').length} breaking, ${ts.filter((c) => c.impact === 'addition').length} additions, ${ts.filter((c) => c.impact === 'compatible').length} compatible` : 'not compared'}`,
    '',
    ...section('Breaking on the wire', specTable(byVerdict('breaking'), r.spec)),
    ...section('Breaking in the TypeScript API', tsTable(ts.filter((c) => c.impact === 'breaking'))),
    ...section('Cannot be decided from the spec', specTable(byVerdict('undecidable'), r.spec)),
    ...section('Other TypeScript API changes', tsTable(ts.filter((c) => c.impact !== 'breaking'))),
    ...(r.typescript.ok ? [] : section('TypeScript API', [`Not compared: ${cell(r.typescript.reason)}`])),
    ...section(`Other spec changes (${byVerdict('not-breaking').length})`, specTable(byVerdict('not-breaking'), r.spec), true),
    '#### Version',
    '',
    `${bumpLine(r.bump)} ${r.bump.reason.charAt(0).toUpperCase()}${r.bump.reason.slice(1)}.`,
    '',
  ];
  return lines.join('\n');
}
