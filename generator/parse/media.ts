/** Choosing among the media types of a `content` map (request bodies, parameters, responses). */
import { isJsonMediaType, isPlainJson } from '../util/json-media.js';
import { asObject } from './context.js';

/**
 * Picks plain `application/json` when offered, else another JSON type (`hal+json`), else the first media
 * type (sorted, so the choice does not depend on key order).
 */
export function pickMedia(content: unknown): [string, Record<string, unknown>] | undefined {
  const map = asObject(content);
  if (!map) return undefined;
  const types = Object.keys(map).sort();
  const chosen = types.find(isPlainJson) ?? types.find(isJsonMediaType) ?? types[0];
  return chosen === undefined ? undefined : [chosen, asObject(map[chosen]) ?? {}];
}

