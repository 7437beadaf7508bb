/**
 * What the parse functions share: the loaded spec (read-only), the diagnostics they report and the
 * models found while following refs. The context lives for one `parseApi` call only.
 */
import { joinPointer } from '../util/pointer.js';
import type { Diagnostic, SourceLocation } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { entryDocument, locate } from '../load/load-spec.js';
import { lookup, refTarget, type RefTarget } from '../load/refs.js';
import type { ModelIR } from '../ir/types.js';

export interface ParseContext {
  readonly spec: LoadedSpec;
  readonly diagnostics: Diagnostic[];
  /** Models by key (`file#pointer`), filled as component schemas are met. */
  readonly models: Map<string, ModelIR | 'pending'>;
  /** Component schemas met through a ref but not parsed yet. */
  readonly modelQueue: RefTarget[];
  /**
   * Component schemas that are only a `$ref` to a schema elsewhere (`Pet: {$ref: 'definitions.yaml#/Pet'}`,
   * the layout of specs split into files), by the key of that target: a ref to the target names the model.
   */
  readonly aliases: ReadonlyMap<string, RefTarget>;
  /** What `report` has reported, so a problem met again (in a schema inlined twice) is reported once. */
  readonly reported: Set<string>;
  /** How many schemas enclose the one being parsed (a model's own schema is the first). */
  schemaDepth: number;
}

export interface At {
  readonly file: string;
  readonly pointer: string;
}

export function createContext(spec: LoadedSpec): ParseContext {
  return { spec, diagnostics: [], models: new Map(), modelQueue: [], aliases: componentAliases(spec), reported: new Set(), schemaDepth: 0 };
}

function componentAliases(spec: LoadedSpec): Map<string, RefTarget> {
  const aliases = new Map<string, RefTarget>();
  const schemas = asObject(asObject(entryDocument(spec)['components'])?.['schemas']) ?? {};
  for (const [name, schema] of Object.entries(schemas)) {
    const ref = asString(asObject(schema)?.['$ref']);
    if (ref === undefined) continue;
    const target = refTarget(spec.entry, ref);
    const key = modelKey(target);
    if (!isComponentSchema(target.pointer) && !aliases.has(key)) aliases.set(key, { file: spec.entry, pointer: joinPointer('/components/schemas', name) });
  }
  return aliases;
}

export function locationOf(ctx: ParseContext, at: At): SourceLocation {
  const source = ctx.spec.sources.get(at.file);
  return source ? locate(source, at.pointer) : { file: at.file, pointer: at.pointer, line: 0, column: 0 };
}

export function report(ctx: ParseContext, at: At, code: string, message: string, severity: 'error' | 'warning' = 'error'): void {
  // A schema inlined at several places is parsed at each: its problem is still one problem.
  const key = JSON.stringify([code, at.file, at.pointer, message]);
  if (ctx.reported.has(key)) return;
  ctx.reported.add(key);
  ctx.diagnostics.push({ severity, code, message, location: locationOf(ctx, at) });
}

export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The types a schema writes: `type: object`, or 3.1's list; none where it writes none. */
export function typeList(schema: unknown): string[] {
  const type = asObject(schema)?.['type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Whether a value of type `type` is one of `allowed`: an integer is a number too. */
export function typeTakes(allowed: readonly string[], type: string): boolean {
  return allowed.includes(type) || (type === 'integer' && allowed.includes('number'));
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string with something to read in it: a blank `description: ''` would otherwise hide the summary. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export interface Deref {
  readonly at: At;
  readonly value: unknown;
}

/** Follows `$ref`s until a non-ref value; the validate step has already rejected dangling refs. */
export function deref(ctx: ParseContext, at: At, value: unknown): Deref {
  let here: Deref = { at, value };
  for (let hops = 0; hops < 32; hops++) {
    const ref = asString(asObject(here.value)?.['$ref']);
    if (ref === undefined) return here;
    const target = refTarget(here.at.file, ref);
    here = { at: target, value: lookup(ctx.spec, target) };
  }
  report(ctx, at, 'ref-cycle', 'a chain of $refs never reaches a value');
  return { at, value: {} };
}

export const modelKey = (target: RefTarget): string => `${target.file}#${target.pointer}`;

/**
 * `#/components/schemas/Name` in any file, or a schema inside one (`…/Name/properties/owner`): such a
 * schema becomes a named model. Inlining the ones inside at every ref would copy each subtree once per
 * path to it: Azure's specs chain such refs until a 155 KB spec fills gigabytes.
 */
export function isComponentSchema(pointer: string): boolean {
  return /^\/components\/schemas\/[^/]+(\/.+)?$/.test(pointer);
}

/** The place `token` below `at`, in the same file. */
export function joinAt(at: At, token: string | number): At {
  return { file: at.file, pointer: joinPointer(at.pointer, token) };
}
