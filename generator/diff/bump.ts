/**
 * The version bump the generated package needs, from its TypeScript change (semver; below 1.0.0 a
 * breaking change bumps the minor and anything else the patch), checked against the version the revision
 * declares: `x-sdk.package.version`, else `info.version`.
 */
import type { SpecChange } from './model.js';
import { worst } from './ts/model.js';
import type { TsDiff } from './ts/ts-diff.js';

export type Bump = 'none' | 'patch' | 'minor' | 'major';

const RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export interface BumpCheck {
  readonly required: Bump;
  readonly reason: string;
  readonly baseVersion?: string | undefined;
  readonly declaredVersion?: string | undefined;
  /** What the declared version is to the base one; `unknown` when either is not a semantic version. */
  readonly declared: Bump | 'lower' | 'unknown';
  /** The version the package needs at least, when the base version is a semantic version. */
  readonly suggested?: string | undefined;
  readonly ok: boolean;
}

type Semver = readonly [number, number, number];

export function parseVersion(text: string | undefined): Semver | undefined {
  const m = /^v?(\d+)(?:\.(\d+)(?:\.(\d+)(?:[-+][\w.+-]*)?)?)?$/.exec(text?.trim() ?? '');
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : undefined;
}

/** The bump from `a` to `b`, or `lower` when `b` is older. */
export function bumpBetween(a: Semver, b: Semver): Bump | 'lower' {
  for (const [i, kind] of [[0, 'major'], [1, 'minor'], [2, 'patch']] as const) {
    if (b[i] > a[i]) return kind;
    if (b[i] < a[i]) return 'lower';
  }
  return 'none';
}

/** What the change needs, in semver terms, and why. */
export function requiredBump(ts: TsDiff, spec: readonly SpecChange[], base: Semver | undefined): { bump: Bump; reason: string } {
  const initial = base !== undefined && base[0] === 0;
  if (!ts.ok) {
    const breaking = spec.filter((c) => c.verdict === 'breaking').length;
    if (breaking > 0) return { bump: initial ? 'minor' : 'major', reason: `${breaking} breaking wire change${breaking === 1 ? '' : 's'} (the TypeScript API could not be compared: ${ts.reason})` };
    return spec.length > 0 ? { bump: 'patch', reason: 'the spec changed without a breaking wire change (the TypeScript API could not be compared)' } : { bump: 'none', reason: 'nothing changed' };
  }
  const impact = worst(ts.changes.map((c) => c.impact));
  const count = (i: string) => ts.changes.filter((c) => c.impact === i).length;
  if (impact === 'breaking') {
    const why = `${count('breaking')} breaking TypeScript change${count('breaking') === 1 ? '' : 's'}`;
    return initial ? { bump: 'minor', reason: `${why}; below 1.0.0 a breaking change bumps the minor version` } : { bump: 'major', reason: why };
  }
  if (impact === 'addition') {
    const why = `${count('addition')} addition${count('addition') === 1 ? '' : 's'} to the TypeScript API`;
    return initial ? { bump: 'patch', reason: `${why}; below 1.0.0 only breaking changes bump the minor version` } : { bump: 'minor', reason: why };
  }
  // An input that accepts more (a new enum value a parameter takes) is new capability: a minor, as an addition is.
  const accepts = ts.changes.filter((c) => c.impact === 'compatible' && c.roles.includes('input')).length;
  if (impact === 'compatible' && accepts > 0) {
    const why = `${accepts} input type${accepts === 1 ? '' : 's'} of the TypeScript API accept${accepts === 1 ? 's' : ''} more`;
    return initial ? { bump: 'patch', reason: `${why}; below 1.0.0 only breaking changes bump the minor version` } : { bump: 'minor', reason: why };
  }
  if (impact === 'compatible') return { bump: 'patch', reason: 'the generated package changed without a breaking change or an addition to its API' };
  if (ts.filesChanged.length > 0) return { bump: 'patch', reason: `the generated package changed, but not its API (${listFiles(ts.filesChanged)})` };
  return spec.length > 0 ? { bump: 'none', reason: 'the spec changed but the generated package did not' } : { bump: 'none', reason: 'nothing changed' };
}

/** The files a reviewer opens to see what changed: their documentation, examples or request code. */
function listFiles(files: readonly string[]): string {
  const shown = files.slice(0, 3).join(', ');
  return files.length > 3 ? `${shown} and ${files.length - 3} more` : shown;
}

export function checkBump(ts: TsDiff, spec: readonly SpecChange[], baseVersion: string | undefined, declaredVersion: string | undefined): BumpCheck {
  const [base, declared] = [parseVersion(baseVersion), parseVersion(declaredVersion)];
  const { bump, reason } = requiredBump(ts, spec, base);
  const suggested = base ? next(base, bump) : undefined;
  if (!base || !declared) return { required: bump, reason, baseVersion, declaredVersion, declared: 'unknown', suggested, ok: true };
  const step = bumpBetween(base, declared);
  const ok = step !== 'lower' && RANK[step] >= RANK[bump];
  return { required: bump, reason, baseVersion, declaredVersion, declared: step, suggested, ok };
}

function next([major, minor, patch]: Semver, bump: Bump): string {
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}
