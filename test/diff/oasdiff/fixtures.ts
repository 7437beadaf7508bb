/**
 * oasdiff's fixtures and expectations (../shared/oasdiff, see its README): the manifest, the rule levels,
 * and each test's pair of documents loaded from disk, with the edits some Go tests make in code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec, type LoadedSpec } from '../../../generator/load/load-spec.js';
import { MUTATIONS } from './mutations.js';

export const OASDIFF_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'oasdiff');

export type Level = 'ERR' | 'WARN' | 'INFO';

export interface Expectation {
  readonly index: number;
  readonly test: string;
  readonly base: string;
  readonly revision: string;
  readonly config: 'single' | 'all';
  readonly single_check: string | null;
  readonly expected_ids: readonly string[];
  readonly not_expected_ids: readonly string[];
  readonly expect_no_changes: boolean;
  readonly expect_len: number | null;
  readonly until_level: Level | null;
}

export interface OasdiffRule {
  readonly id: string;
  readonly level: Level;
  readonly handler: string;
}

export function readManifest(): Expectation[] {
  const manifest = JSON.parse(readFileSync(join(OASDIFF_DIR, 'manifest.json'), 'utf8')) as { tests: Omit<Expectation, 'index'>[] };
  return manifest.tests.map((t, index) => ({ ...t, index }));
}

export function readRules(): Map<string, OasdiffRule> {
  const rules = JSON.parse(readFileSync(join(OASDIFF_DIR, 'rules.json'), 'utf8')) as OasdiffRule[];
  return new Map(rules.map((r) => [r.id, r]));
}

function load(file: string): LoadedSpec {
  const read = (f: string) => {
    const path = join(OASDIFF_DIR, f);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  const result = loadSpec(file, read);
  if (!result.ok) throw new Error(`cannot load ${file}: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.spec;
}

/** The pair a test compares; `reconstructed` when the Go test edits the documents in code. */
export function pairOf(t: Expectation): { base: LoadedSpec; revision: LoadedSpec; reconstructed: boolean } {
  const name = t.test.split(':')[1] ?? t.test;
  const mutation = MUTATIONS[name];
  if (!mutation) return { base: load(t.base), revision: load(t.revision), reconstructed: false };
  const base = load(mutation.base ?? t.base);
  const revision = load(mutation.revision ?? t.revision);
  return { base: mutation.edit ? edited(base, mutation.edit.base) : base, revision: mutation.edit ? edited(revision, mutation.edit.revision) : revision, reconstructed: true };
}

function edited(spec: LoadedSpec, edit: ((doc: Record<string, any>) => void) | undefined): LoadedSpec {
  if (!edit) return spec;
  const entry = spec.sources.get(spec.entry)!;
  const value = structuredClone(entry.value) as Record<string, any>;
  edit(value);
  return { entry: spec.entry, sources: new Map([...spec.sources, [spec.entry, { ...entry, value }]]) };
}
