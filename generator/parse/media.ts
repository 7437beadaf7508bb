/** Choosing among the media types of a `content` map (request bodies, parameters, responses). */
import { isJsonMediaType, isPlainJson } from '../util/json-media.js';
import { asObject } from './context.js';

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

function isJsonPatch(type: string): boolean {
  return /^\s*application\/json-patch\+json\s*(;|$)/i.test(type);
}
