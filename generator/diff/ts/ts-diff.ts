/**
 * The TypeScript API diff: both versions generated in memory, their public surfaces compared (the
 * changes the text cannot explain by the compiler, over both packages and the generator's own runtime
 * sources), and each change traced to the spec changes behind it. When a side cannot be generated (a spec the generator
 * refuses), the reason is returned instead and the review falls back to the wire verdicts.
 */
import { formatDiagnostic, SpecError, type Diagnostic } from '../../diagnostics.js';
import type { LoadedSpec } from '../../load/load-spec.js';
import { generateInMemory, isDegradable, type Generated } from '../../pipeline.js';
import type { SpecChange } from '../model.js';
import { compareSurfaces } from './compare.js';
import { checkTypeChanges, type CheckedSide } from './checked.js';
import { findRenames, type MayBeRenamed } from './renames.js';
import type { GivenRoles } from './roles.js';
import { runtimeFiles } from '../../emit/runtime-files.js';
import { readRuntimeSources } from '../../io/fs-read.js';
import type { TsChange } from './model.js';
import { extractSurface } from './surface.js';
import { operationOfSymbol, trace } from './trace.js';
import type { ApiIR } from '../../ir/types.js';
import { callbacksTypeName } from '../../normalize/names.js';

export type TsDiff =
  | {
      readonly ok: true;
      readonly changes: readonly TsChange[];
      readonly filesChanged: readonly string[];
      /**
       * Each side's errors that only `--lenient` reads (the review generates leniently, as published specs
       * need): `npm run generate` stops at them.
       */
      readonly lenientOnly: { readonly base: readonly Diagnostic[]; readonly revision: readonly Diagnostic[] };
      /** Each side's warnings, which `npm run generate` prints and goes on. */
      readonly warnings: { readonly base: readonly Diagnostic[]; readonly revision: readonly Diagnostic[] };
    }
  | { readonly ok: false; readonly reason: string };

export async function diffTypeScript(base: LoadedSpec, revision: LoadedSpec, specChanges: readonly SpecChange[]): Promise<TsDiff> {
  const compared = await compareSpecs(base, revision);
  if (typeof compared === 'string') return { ok: false, reason: compared };
  const { generated: [b, r], changes } = compared;
  const names = new Set([...b.files.keys(), ...r.files.keys()]);
  const filesChanged = [...names].filter((n) => b.files.get(n) !== r.files.get(n)).sort();
  const lenientOnly = { base: b.warnings.filter(isDegradable), revision: r.warnings.filter(isDegradable) };
  const warnings = { base: b.warnings.filter((w) => !isDegradable(w)), revision: r.warnings.filter((w) => !isDegradable(w)) };
  return { ok: true, changes: trace(changes, specChanges, [b.api, r.api]), filesChanged, lenientOnly, warnings };
}

/** Two packages compared, and what the comparison used: each side's files and surface, the renames. */
export interface ComparedPackages {
  readonly before: CheckedSide;
  readonly after: CheckedSide;
  readonly renames: ReadonlyMap<string, string>;
  readonly changes: TsChange[];
}

/** Both specs generated and their packages compared (untraced); the reason when a side cannot be generated. */
export async function compareSpecs(base: LoadedSpec, revision: LoadedSpec): Promise<(ComparedPackages & { readonly generated: readonly [Generated, Generated] }) | string> {
  const b = await generate(base, 'base');
  if (typeof b === 'string') return b;
  const r = await generate(revision, 'revision');
  if (typeof r === 'string') return r;
  const given = { read: [...sentByApi(b.api), ...sentByApi(r.api)], built: [...bodyModels(b.api), ...bodyModels(r.api)] };
  const compared = comparePackages(withRuntime(b.files), withRuntime(r.files), given, modelRenames(base, b.api, revision, r.api), sameOperation(b.api, r.api));
  return { ...compared, generated: [b, r] };
}

/**
 * Two packages' files compared: their surfaces by text, then what the text could only call "type
 * changed" by the compiler. `given`: roles of types no method's signature reaches; `known`: renames
 * known from the spec (old name → new); `mayBeRenamed`: which pairs of one shape may be renames (any, by default).
 */
export function comparePackages(
  before: ReadonlyMap<string, string>,
  after: ReadonlyMap<string, string>,
  given: GivenRoles = {},
  known: ReadonlyMap<string, string> = new Map(),
  mayBeRenamed?: MayBeRenamed,
): ComparedPackages {
  const sides = { before: { files: before, surface: extractSurface(before) }, after: { files: after, surface: extractSurface(after) } };
  const renames = findRenames(sides.before.surface, sides.after.surface, known, mayBeRenamed);
  const compared = compareSurfaces(sides.before.surface, sides.after.surface, given, renames);
  return { ...sides, renames, changes: checkTypeChanges(compared, sides.before, sides.after, renames) };
}

/**
 * A symbol of one operation is renamed only to a symbol of the same operation (or of none): an operation
 * removed and another added with the same shape are two changes, not a rename to follow. An operation is
 * the same when its endpoint is, or its id (a path the revision spells otherwise keeps its method).
 */
function sameOperation(before: ApiIR, after: ApiIR): MayBeRenamed {
  const [was, is] = [operationOfSymbol(before), operationOfSymbol(after)];
  return (old, now) => {
    const [from, to] = [was(old), is(now)];
    return from === undefined || to === undefined || from.endpoint === to.endpoint || from.operationId === to.operationId;
  };
}

/**
 * Schemas on both sides whose type the generator names otherwise: old name → new. A schema added with
 * the name another's title gave (GHES 3.19's `dependabot-alert-dismissal-request`) takes it, and the
 * other falls back to its key (`DependabotAlertDismissalRequestSimple`): a rename, and a new type under
 * the old name, not a change to every type that refers to the schema.
 */
function modelRenames(base: LoadedSpec, before: ApiIR, revision: LoadedSpec, after: ApiIR): Map<string, string> {
  const named = new Map(after.models.map((m) => [placeOf(m.key, revision.entry), m.name]));
  return new Map(
    before.models.flatMap((m) => {
      const now = named.get(placeOf(m.key, base.entry));
      return now !== undefined && now !== m.name ? [[m.name, now] as const] : [];
    }),
  );
}

/** A model's key (`file#pointer`) with the file told from its side's entry: the entry's own, or relative. */
function placeOf(key: string, entry: string): string {
  if (key.startsWith(`${entry}#`)) return key.slice(entry.length);
  const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
  return key.startsWith(dir) ? key.slice(dir.length) : key;
}

/**
 * The package's files with the runtime's, which the review generates without (they are the same on both
 * sides): a type that refers to one (a file upload's) must resolve for the compiler to compare it.
 */
function withRuntime(files: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...files, ...runtimeFiles(readRuntimeSources())]);
}

/**
 * The components request bodies name: the method takes their fields in its `…Params`, so callers build
 * values of them but never read one from the API.
 */
function bodyModels(api: ApiIR): string[] {
  const names = new Map(api.models.map((m) => [m.key, m.name]));
  return api.operations.flatMap((op) => {
    const schema = op.requestBody?.schema;
    return schema?.kind === 'ref' ? (names.get(schema.model) ?? []) : [];
  });
}

/** The types of the requests the API sends (webhooks, callbacks): the user's server reads them. */
function sentByApi(api: ApiIR): string[] {
  return [...(api.webhooksName === undefined ? [] : [api.webhooksName]), ...api.operations.filter((op) => op.callbacks).map(callbacksTypeName)];
}

/** Generation is pure, so a spec object reviewed twice (a base against several revisions) is generated once. */
const generated = new WeakMap<LoadedSpec, Promise<Generated>>();

async function generate(spec: LoadedSpec, side: string): Promise<Generated | string> {
  try {
    const pending = generated.get(spec) ?? generateInMemory(spec, new Map(), { lenient: true, format: false });
    generated.set(spec, pending);
    return await pending;
  } catch (error) {
    generated.delete(spec);
    if (!(error instanceof SpecError)) throw error;
    const first = error.diagnostics.slice(0, 3).map(formatDiagnostic).join('; ');
    return `the ${side} cannot be generated: ${first}${error.diagnostics.length > 3 ? ` (and ${error.diagnostics.length - 3} more)` : ''}`;
  }
}
