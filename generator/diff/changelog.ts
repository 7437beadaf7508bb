/**
 * A release's entry in the package's `CHANGELOG.md`, from the review of the spec it was released from
 * against the spec being released: what breaks for users of the package, what it adds, what else
 * changed, in the TypeScript API's terms (the wire's when that could not be compared).
 */
import type { SpecChange } from './model.js';
import type { Review } from './review.js';
import type { TsChange } from './ts/model.js';
import { code as markdownCode, quotedText } from '../emit/package/markdown.js';

/** Lines per section: Cloudflare's 2023 to 2024 spec changes thousands of symbols; the review lists them all. */
const MAX_LINES = 100;

export function changelogEntry(version: string, review: Review | undefined): string {
  const head = `## ${version}`;
  if (!review) return `${head}\n\nFirst entry: there is no earlier release to compare with.\n`;
  const intro = `Compared with ${review.base}: ${review.bump.reason}.`;
  const sections = review.typescript.ok ? [...typeScriptSections(review.typescript.changes), ...untraced(review.spec, review.typescript.changes)] : wireSections(review.spec);
  return [head, '', intro, '', ...sections].join('\n');
}

/**
 * Spec changes no TypeScript change comes from: what the package does differently with the same types
 * (an operation now sent without credentials, another server, a changed retry rule, a new description).
 */
function untraced(spec: readonly SpecChange[], changes: readonly TsChange[]): string[] {
  const traced = new Set(changes.flatMap((c) => c.causes));
  return section('Other changes in the spec', spec.filter((_, i) => !traced.has(i)).map(wireLine));
}

function typeScriptSections(changes: readonly TsChange[]): string[] {
  const of = (impact: TsChange['impact']) => changes.filter((c) => c.impact === impact).map(tsLine);
  return [...section('Breaking changes', of('breaking')), ...section('Additions', of('addition')), ...section('Other changes', of('compatible'))];
}

function tsLine(c: TsChange): string {
  const types = c.before !== undefined && c.after !== undefined ? ` (${code(c.before)} → ${code(c.after)})` : '';
  return `- ${code(c.symbol)}: ${quotedText(c.why)}${types}`;
}

/** When the TypeScript API could not be compared (a side the generator refuses): the wire verdicts. */
function wireSections(changes: readonly SpecChange[]): string[] {
  const of = (verdict: SpecChange['verdict']) => changes.filter((c) => c.verdict === verdict).map(wireLine);
  return [...section('Breaking on the wire', of('breaking')), ...section('To check', of('undecidable')), ...section('Other changes', of('not-breaking'))];
}

function wireLine(c: SpecChange): string {
  return `- ${c.operation ? `${code(c.operation)} ` : ''}${plain(c.subject)}: ${quotedText(c.message)}`;
}

function section(title: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [];
  const more = lines.length > MAX_LINES ? [`- … and ${lines.length - MAX_LINES} more (the spec review lists every one)`] : [];
  return [`### ${title}`, '', ...lines.slice(0, MAX_LINES), ...more, ''];
}

/** Spec text in a Markdown list item: one line, and no HTML the changelog's reader would render. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/</g, '&lt;').trim();
}

/** Types longer than this are cut: an object type can run to pages. */
const MAX_CODE = 120;

/** Text quoting the spec (an enum value, a description): no code span it could open either. */
function plain(text: string): string {
  return oneLine(text).replace(/`/g, '\\`');
}

/** Inline code that a backtick in the text cannot close early: a longer fence around it. */
function code(text: string): string {
  const whole = text.replace(/\s+/g, ' ').trim();
  const flat = whole.length > MAX_CODE ? `${whole.slice(0, MAX_CODE - 1)}…` : whole;
  return markdownCode(flat);
}

/**
 * `CHANGELOG.md` with `entry` as its newest: after the title and any text before the first entry,
 * replacing an entry of the same version (a release run again after it stopped), so running it twice
 * gives the same file.
 */
export function withEntry(changelog: string | undefined, version: string, entry: string): string {
  const parts = (changelog ?? '').replace(/^# Changelog\n/, '').split(/^(?=## )/m);
  const preamble = parts.filter((part) => !part.startsWith('## ') && part.trim() !== '');
  const entries = parts.filter((part) => part.startsWith('## ') && !part.startsWith(`## ${version}\n`));
  return `# Changelog\n\n${[...preamble, entry, ...entries].map((part) => part.trim()).join('\n\n')}\n`;
}
