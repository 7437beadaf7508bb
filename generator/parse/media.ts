/** Choosing among the media types of a `content` map (request bodies, parameters), and a body's schema. */
import { streamKindOf } from '../ir/success-response.js';
import { asObject, deref, type At, type ParseContext } from './context.js';
import { joinAt } from './schema.js';

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

/**
 * A response body's schema and where it is: its `schema`; for a stream, the schema of one item. An event
 * stream's items are the data of its events: OpenAPI 3.2's `itemSchema` describes one whole event
 * (`{ event, data, id, retry }`), so that is its `data`'s `contentSchema` (the JSON the data text
 * carries), else `{}` when the data is JSON of no given schema (`contentMediaType: application/json`),
 * else the `data` schema itself.
 */
export function bodySchema(ctx: ParseContext, mediaAt: At, type: string, media: Record<string, unknown>): { at: At; value: unknown } | undefined {
  const stream = streamKindOf(type);
  if (stream === 'json-lines') return jsonLineSchema(ctx, mediaAt, media);
  if (media['schema'] !== undefined) return { at: joinAt(mediaAt, 'schema'), value: media['schema'] };
  if (media['itemSchema'] === undefined || stream !== 'events') return undefined;
  const item = deref(ctx, joinAt(mediaAt, 'itemSchema'), media['itemSchema']);
  const declared = asObject(asObject(item.value)?.['properties'])?.['data'];
  if (declared === undefined) return undefined;
  const data = deref(ctx, joinAt(joinAt(item.at, 'properties'), 'data'), declared);
  const fields = asObject(data.value) ?? {};
  if (fields['contentSchema'] !== undefined) return { at: joinAt(data.at, 'contentSchema'), value: fields['contentSchema'] };
  if (typeof fields['contentMediaType'] === 'string' && isJsonMediaType(fields['contentMediaType'])) return { at: data.at, value: {} };
  return { at: joinAt(joinAt(item.at, 'properties'), 'data'), value: declared };
}

/**
 * One line of a JSON Lines body: 3.2's `itemSchema`; else `schema`, which specs write for one line, or
 * for the whole body as an array of its lines (then its `items`).
 */
function jsonLineSchema(ctx: ParseContext, mediaAt: At, media: Record<string, unknown>): { at: At; value: unknown } | undefined {
  if (media['itemSchema'] !== undefined) return { at: joinAt(mediaAt, 'itemSchema'), value: media['itemSchema'] };
  if (media['schema'] === undefined) return undefined;
  const at = joinAt(mediaAt, 'schema');
  const whole = deref(ctx, at, media['schema']);
  const fields = asObject(whole.value);
  if (fields?.['type'] === 'array' && fields['items'] !== undefined) return { at: joinAt(whole.at, 'items'), value: fields['items'] };
  return { at, value: media['schema'] };
}
