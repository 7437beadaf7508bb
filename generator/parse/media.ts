/** Choosing among the media types of a `content` map (request bodies, parameters, responses). */
import { isJsonMediaType, isPlainJson } from '../util/json-media.js';
import { asObject, deref, joinAt, type At, type ParseContext } from './context.js';

/**
 * Picks plain `application/json` when offered, else another JSON type (`hal+json`, `merge-patch+json`),
 * else a JSON Patch, else the first media type (sorted, so the choice does not depend on key order). A
 * JSON Patch (RFC 6902) is a list of operations: Kubernetes offers it beside merge patches for each
 * PATCH, all typed by one object schema, which only a merge patch fits. A caller sends another with
 * `headers: { 'Content-Type': … }`.
 */
export function pickMedia(content: unknown): [string, Record<string, unknown>] | undefined {
  const map = asObject(content);
  if (!map) return undefined;
  const types = Object.keys(map).sort();
  const chosen = types.find(isPlainJson) ?? types.find((t) => isJsonMediaType(t) && !isJsonPatch(t)) ?? types.find(isJsonMediaType) ?? types[0];
  return chosen === undefined ? undefined : [chosen, asObject(map[chosen]) ?? {}];
}

/** A Media Type Object, its `$ref` followed (3.2's `components.mediaTypes`), and where it stands. */
export interface MediaAt {
  /** The media type (the `content` key). */
  readonly type: string;
  /** The Media Type Object. */
  readonly media: Record<string, unknown>;
  /** Where `media` stands in the spec: where its `$ref` leads, when it has one. */
  readonly at: At;
}

/** The media type `pickMedia` chooses in the `content` map at `contentAt`, read through its `$ref`. */
export function pickMediaAt(ctx: ParseContext, contentAt: At, content: unknown): MediaAt | undefined {
  const picked = pickMedia(content);
  return picked && mediaObjectAt(ctx, joinAt(contentAt, picked[0]), picked[0], picked[1]);
}

/** The Media Type Object at `at`: itself, or the one its `$ref` names (OpenAPI 3.2 lets one be shared). */
export function mediaObjectAt(ctx: ParseContext, at: At, type: string, value: unknown): MediaAt {
  const found = deref(ctx, at, value);
  return { type, media: asObject(found.value) ?? {}, at: found.at };
}

function isJsonPatch(type: string): boolean {
  return /^\s*application\/json-patch\+json\s*(;|$)/i.test(type);
}
