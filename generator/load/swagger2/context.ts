/** What every step of the Swagger 2.0 conversion shares: the file, the moves, the `$ref`s to rewrite. */
import type { Fragments, Media, Role } from './fragments.js';
import { child, Moves, type Site } from './moves.js';

export type Json = Record<string, unknown>;

export interface ConversionContext {
  /** The file being converted: a Swagger document, or a file of parts it refers to. */
  readonly file: string;
  readonly fragments: Fragments;
  readonly moves: Moves;
  /** Objects holding a `$ref` written against Swagger 2.0's layout, rewritten once every move is known. */
  readonly refs: Json[];
  /** The document-wide media types, used where an operation names none. */
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
  /** What breaks a rule of Swagger 2.0 the conversion has to pick a reading for, at pointers in the file as written. */
  readonly problems: ConversionProblem[];
}

export interface ConversionProblem {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  /** In the file as written: what the conversion met has no place in the converted document. */
  readonly original: string;
  readonly message: string;
}

/**
 * Reports a problem at `site` as the user wrote it, once: a form parameter shared by a path's operations,
 * or named once for the document, is converted into each of them.
 */
export function reportProblem(ctx: ConversionContext, site: Site, code: string, message: string, severity: 'error' | 'warning' = 'error'): void {
  if (ctx.problems.some((p) => p.code === code && p.original === site.original && p.message === message)) return;
  ctx.problems.push({ severity, code, original: site.original, message });
}

/** Sets a key without ever touching the prototype: a spec may name a property `__proto__`. */
export function put(target: Json, key: string, value: unknown): void {
  if (value === undefined) return;
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** A site whose content came from elsewhere in the original document; the move is recorded. */
export function movedSite(ctx: ConversionContext, pointer: string, original: string): Site {
  ctx.moves.record(pointer, original);
  return { pointer, original };
}

/** `site/tokens` now, fed from `from` in the original: records the move. */
export function movedChild(ctx: ConversionContext, site: Site, tokens: readonly (string | number)[], from: Site): Site {
  return movedSite(ctx, child(site, ...tokens).pointer, from.original);
}

/**
 * Keeps a `$ref` for rewriting, and has what it leads to converted in `role` when that is in a file of
 * parts; returns the holder.
 */
export function refHolder(ctx: ConversionContext, ref: string, role: Role, media: Media = ctx): Json {
  const holder: Json = { $ref: ref };
  ctx.refs.push(holder);
  ctx.fragments.mark(ctx.file, ref, role, media);
  return holder;
}

export function mediaTypes(value: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? value : fallback;
}
