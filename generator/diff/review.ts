/**
 * A review of a spec change: the wire changes, the TypeScript API changes, the version bump, and the
 * one-line verdict that heads the pull-request comment. The loaded documents in, the review out; the only
 * other input is the generator's own runtime sources, which the TypeScript diff compiles with both sides.
 */
import type { Diagnostic } from '../diagnostics.js';
import { entryDocument, type LoadedSpec } from '../load/load-spec.js';
import { checkBump, type BumpCheck } from './bump.js';
import type { SpecChange } from './model.js';
import { groupChanges } from './groups.js';
import { newProblems } from './new-problems.js';
import { diffSpecs } from './spec-diff.js';
import { diffTypeScript, type TsDiff } from './ts/ts-diff.js';
import { grouped, plural } from '../util/plural.js';
import { isObject } from '../util/json.js';

export interface Review {
  readonly base: string;
  readonly revision: string;
  /** Sides written in a format compared as the OpenAPI it converts to (`{ base: 'Swagger 2.0' }`). */
  readonly convertedFrom: { readonly base?: string | undefined; readonly revision?: string | undefined };
  readonly spec: readonly SpecChange[];
  readonly typescript: TsDiff;
  readonly bump: BumpCheck;
  readonly verdict: string;
  /**
   * Errors of the revision that the base did not have and only `--lenient` reads: `npm run generate`
   * stops at them, though the review (lenient) could compare the packages.
   */
  readonly newGenerationErrors: readonly Diagnostic[];
  /**
   * Warnings of the revision the base did not have (a required name misspelt, a setting in the wrong
   * place): `npm run generate` goes on, but a reviewer should see the slip the pull request brings.
   */
  readonly newGenerationWarnings: readonly Diagnostic[];
  /** 0 fine, 1 a change that needs a bigger version bump than the revision declares. */
  readonly exitCode: 0 | 1;
}

/** `x-sdk.package.version`, else `info.version`. */
export function declaredVersion(spec: LoadedSpec): string | undefined {
  const doc = entryDocument(spec);
  const sdk = isObject(doc['x-sdk']) && isObject(doc['x-sdk']['package']) ? doc['x-sdk']['package']['version'] : undefined;
  const info = isObject(doc['info']) ? doc['info']['version'] : undefined;
  const version = sdk ?? info;
  return typeof version === 'string' || typeof version === 'number' ? String(version) : undefined;
}

export async function review(base: LoadedSpec, revision: LoadedSpec, labels: { base: string; revision: string }): Promise<Review> {
  const spec = diffSpecs(base, revision);
  const typescript = await diffTypeScript(base, revision, spec);
  const bump = checkBump(typescript, spec, declaredVersion(base), declaredVersion(revision));
  const convertedFrom = { base: formatOf(base), revision: formatOf(revision) };
  const newGenerationErrors = typescript.ok ? newProblems(typescript.lenientOnly.base, typescript.lenientOnly.revision) : [];
  const newGenerationWarnings = typescript.ok ? newProblems(typescript.warnings.base, typescript.warnings.revision) : [];
  const verdict = `${verdictLine(spec, typescript, bump)}${generationNote(newGenerationErrors)}`;
  return { ...labels, convertedFrom, spec, typescript, bump, verdict, newGenerationErrors, newGenerationWarnings, exitCode: bump.ok ? 0 : 1 };
}

/** Said in the verdict line too: a pull request that `npm run generate` refuses is the first thing to know. */
function generationNote(errors: readonly Diagnostic[]): string {
  return errors.length === 0 ? '' : ` ⚠️ ${plural(errors.length, 'new error')} stop${errors.length === 1 ? 's' : ''} npm run generate (see Generation).`;
}

function formatOf(spec: LoadedSpec): string | undefined {
  return spec.sources.get(spec.entry)?.convertedFrom;
}

/** ` (2 edits)` when the changes are fewer edits, each to a schema many operations share. */
function editsNote(changes: readonly SpecChange[], n: number): string {
  const edits = groupChanges(changes).groups.length;
  return edits < n ? ` (${plural(edits, 'edit', grouped)} to shared parts)` : '';
}

export function verdictLine(spec: readonly SpecChange[], ts: TsDiff, bump: BumpCheck): string {
  if (spec.length === 0 && (!ts.ok || ts.changes.length === 0)) {
    // The package may still differ (its documentation, its request code): then it needs its bump.
    return bump.required === 'none' ? 'No change: the spec and the generated API are the same.' : `No change to the spec or the generated API. ${bumpLine(bump)}`;
  }
  const wire = spec.filter((c) => c.verdict === 'breaking').length;
  const unsure = spec.filter((c) => c.verdict === 'undecidable').length;
  const tsBreaking = ts.ok ? ts.changes.filter((c) => c.impact === 'breaking').length : 0;
  const parts = [
    wire > 0 ? `${plural(wire, 'breaking wire change', grouped)}${editsNote(spec.filter((c) => c.verdict === 'breaking'), wire)}` : 'no breaking wire change',
    unsure > 0 ? `${plural(unsure, 'change', grouped)} that cannot be decided from the spec` : '',
    ts.ok ? (tsBreaking > 0 ? plural(tsBreaking, 'breaking TypeScript change', grouped) : 'no breaking TypeScript change') : 'TypeScript API not compared',
  ].filter((p) => p !== '');
  const head = wire > 0 || tsBreaking > 0 ? 'Breaking' : unsure > 0 ? 'Needs a look' : 'Not breaking';
  // Breaking on the wire and no bump reads as a contradiction unless the line says why.
  const version = bump.required === 'none' ? 'No version bump needed: the generated package is the same.' : bumpLine(bump);
  return `${head}: ${parts.join(', ')}. ${version}`;
}

export function bumpLine(b: BumpCheck): string {
  if (b.required === 'none') return 'No version bump needed.';
  const need = `Needs a ${b.required} bump${b.suggested ? ` (${b.baseVersion} → ${b.suggested})` : ''}`;
  if (b.declared === 'unknown') return `${need}; the declared version ${b.declaredVersion ?? '(none)'} cannot be checked.`;
  return b.ok ? `${need}: the revision declares ${b.declaredVersion}. ✅` : `${need}, but the revision declares ${b.declaredVersion}. ❌`;
}
