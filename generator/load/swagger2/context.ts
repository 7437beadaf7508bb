/** What every step of the Swagger 2.0 conversion shares: the original document, the moves, the `$ref`s to rewrite. */
import { child, Moves, type Site } from './moves.js';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export interface ConversionContext {
  /** The document as written. */
  readonly doc: Json;
  readonly moves: Moves;
  /** Objects holding a `$ref` written against Swagger 2.0's layout, rewritten once every move is known. */
  readonly refs: Json[];
  /** The document-wide media types, used where an operation names none. */
  readonly consumes: readonly string[];
  readonly produces: readonly string[];
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

/** Keeps a `$ref` for rewriting; returns the holder. */
export function refHolder(ctx: ConversionContext, ref: string, extra: Json = {}): Json {
  const holder: Json = { $ref: ref };
  for (const [key, value] of Object.entries(extra)) put(holder, key, value);
  ctx.refs.push(holder);
  return holder;
}

export function mediaTypes(value: unknown, fallback: readonly string[]): readonly string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string') ? value : fallback;
}
