/** Choosing among the media types of a `content` map (request bodies, parameters, responses). */
import { asObject } from './context.js';

/** `application/json` or any `+json` type, parameters allowed (`; charset=utf-8`); not `application/json-seq`. */
export function isJsonMediaType(type: string): boolean {
  return /^application\/(.+\+)?json\s*(;|$)/i.test(type);
}

/** Picks JSON when offered, else the first media type (sorted, so the choice does not depend on key order). */
export function pickMedia(content: unknown): [string, Record<string, unknown>] | undefined {
  const map = asObject(content);
  if (!map) return undefined;
  const types = Object.keys(map).sort();
  const chosen = types.find(isJsonMediaType) ?? types[0];
  return chosen === undefined ? undefined : [chosen, asObject(map[chosen]) ?? {}];
}

