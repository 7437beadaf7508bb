/**
 * `pattern` compared by the strings each accepts (generator/diff/regex/), and, where the schema had an
 * enum, by the values it allowed: those are all a client could send, whatever the patterns accept.
 */
import { comparePatterns, type PatternDifference } from '../regex/compare.js';
import type { Verdict } from '../model.js';
import { child, str } from '../walk/node.js';
import type { SchemaView } from './view.js';
import { emit, type SchemaWalk } from './walk.js';
import { asEcmaPattern } from '../../util/foreign-pattern.js';
import { patternMatcher, type PatternMatcher } from '../../util/pattern-matcher.js';

interface Outcome {
  readonly rule: string;
  readonly verdict?: Verdict;
  readonly note?: string | undefined;
}

export function comparePattern(w: SchemaWalk, b: SchemaView, r: SchemaView): void {
  const bp = str(b.s['pattern']) || undefined;
  const rp = str(r.s['pattern']) || undefined;
  if (bp === rp) return;
  const nodes = [child(b.node, 'pattern'), child(r.node, 'pattern')] as const;
  const at = { before: bp, after: rp };
  if (rp === undefined) return emit(w, 'schema.pattern.removed', ...nodes, at);
  // A probe asks only whether anything differs, and any pattern change is reported: no comparison needed.
  if (w.ctx.probe) return emit(w, bp === undefined ? 'schema.pattern.added' : 'schema.pattern.changed', ...nodes, at);
  // Compared as the generator reads them: a Java class or a Ruby anchor as its dialect means it.
  const [before, after] = [bp === undefined ? undefined : asEcmaPattern(bp), asEcmaPattern(rp)];
  const byStrings = before === undefined ? patternSet(after) : patternChanged(before, after);
  const { rule, ...detail } = byEnum(b, r, before, after, byStrings.rule) ?? byStrings;
  emit(w, rule, ...nodes, { ...at, ...detail });
}

/** A pattern where there was none rejects some string (the shortest is named), unless it matches every one. */
function patternSet(pattern: string): Outcome {
  const rule = 'schema.pattern.added';
  const rejected = shortestRejected(pattern);
  if (rejected === undefined) return { rule };
  if (rejected === null) return { rule, verdict: 'not-breaking', note: 'it matches every string' };
  return { rule, note: `${example(rejected)} no longer matches` };
}

/** The shortest string `pattern` rejects; `null` when it matches every string; `undefined` when not decided. */
function shortestRejected(pattern: string): string | null | undefined {
  // The empty pattern matches every string, as no pattern does.
  const difference = comparePatterns('', pattern);
  return difference === undefined ? undefined : (difference.onlyBefore ?? null);
}

function patternChanged(before: string, after: string): Outcome {
  const difference = comparePatterns(before, after);
  if (difference === undefined) return { rule: 'schema.pattern.changed' };
  return { rule: patternRule(difference, after), note: patternNote(difference) };
}

/** Decided by the strings each pattern accepts: the same, more, fewer, or some of each. */
function patternRule({ onlyBefore, onlyAfter }: PatternDifference, after: string): string {
  if (onlyBefore !== undefined) return onlyAfter === undefined ? 'schema.pattern.narrowed' : 'schema.pattern.replaced';
  if (onlyAfter === undefined) return 'schema.pattern.rewritten';
  return shortestRejected(after) === null ? 'schema.pattern.generalized' : 'schema.pattern.widened';
}

/** A string that tells the patterns apart, each way there is one: what a reviewer can try. */
function patternNote({ onlyBefore, onlyAfter }: PatternDifference): string | undefined {
  const parts = [
    onlyBefore === undefined ? undefined : `${example(onlyBefore)} matched before and no longer does`,
    onlyAfter === undefined ? undefined : `${example(onlyAfter)} matches now and did not before`,
  ].filter((part) => part !== undefined);
  return parts.length === 0 ? 'both accept exactly the same strings' : parts.join('; ');
}

/**
 * With an enum before, the strings a client could send were its values (those the old pattern matched,
 * and still in the enum if it stays): the new pattern breaks exactly those it rejects. Tested with the
 * engine JSON Schema names (ECMA-262, as `RegExp` with the `u` flag where the pattern takes it). Cloudflare's Radar replaced its
 * `dateRange` enum by a pattern that rejects the enum's `"1dControl"` (it spells `control`).
 */
function byEnum(b: SchemaView, r: SchemaView, bp: string | undefined, rp: string, rule: string): Outcome | undefined {
  const before = enumStrings(b.s['enum']);
  const [oldRegex, newRegex] = [bp === undefined ? { test: () => true } : regex(bp), regex(rp)];
  if (before === undefined || oldRegex === undefined || newRegex === undefined) return undefined;
  const kept = enumStrings(r.s['enum']);
  const sent = before.filter((v) => oldRegex.test(v) && (kept === undefined || kept.includes(v)));
  const rejected = sent.filter((v) => !newRegex.test(v));
  if (rejected.length === 0) return { rule, verdict: 'not-breaking', note: 'every value the enum allowed before matches it' };
  const shown = rejected.slice(0, 3).map(example).join(', ') + (rejected.length > 3 ? ` and ${rejected.length - 3} more` : '');
  // The enum decides what the patterns alone could not.
  return { rule: rule === 'schema.pattern.changed' ? 'schema.pattern.narrowed' : rule, note: `${shown}, allowed by the enum before, no longer match${rejected.length === 1 ? 'es' : ''}` };
}

function enumStrings(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/**
 * `undefined` when the pattern is no valid ECMAScript regular expression; read as the generator reads it
 * (with the `u` flag where it takes it), run in linear time (`patternMatcher`).
 */
function regex(pattern: string): PatternMatcher | undefined {
  return patternMatcher(pattern);
}

/** As JSON, so a space, a line break or a quote shows; long ones cut, with their length. */
function example(text: string): string {
  const MAX = 40;
  return text.length <= MAX ? JSON.stringify(text) : `${JSON.stringify(text.slice(0, MAX))}… (${text.length} characters)`;
}
