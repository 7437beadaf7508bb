/**
 * A body's schema: a response's, as the type of what its method gives (the body's `schema`, or for a
 * stream the schema of one item, which OpenAPI 3.2 describes with `itemSchema`); a request's, where a
 * JSON Lines body is described by one line's schema too.
 */
import { streamKindOf } from '../ir/success-response.js';
import type { SchemaIR } from '../ir/types.js';
import { asObject, deref, joinAt, locationOf, type At, type ParseContext } from './context.js';
import { isJsonMediaType } from '../util/json-media.js';
import { isByteString } from '../util/byte-string.js';
import { requiredOnlyFields } from './required-declared.js';
import { parseSchema } from './schema.js';

export function bodySchema(ctx: ParseContext, mediaAt: At, type: string, media: Record<string, unknown>): SchemaIR | undefined {
  const stream = streamKindOf(type);
  if (stream === 'json-lines') return jsonLineSchema(ctx, mediaAt, media);
  if (media['schema'] !== undefined) return parseSchema(ctx, joinAt(mediaAt, 'schema'), media['schema']);
  return stream === 'events' && media['itemSchema'] !== undefined ? eventDataSchema(ctx, joinAt(mediaAt, 'itemSchema'), media['itemSchema']) : undefined;
}

/** A request body's schema: for JSON Lines, one line's; else the body's (`unknown` when it has none). */
export function requestBodySchema(ctx: ParseContext, mediaAt: At, type: string, media: Record<string, unknown>): SchemaIR {
  const at = joinAt(mediaAt, 'schema');
  const schema = streamKindOf(type) === 'json-lines' ? jsonLineSchema(ctx, mediaAt, media) : (requiredOnly(ctx, at, media['schema']) ?? parseSchema(ctx, at, media['schema']));
  return schema ?? { kind: 'unknown', origin: locationOf(ctx, mediaAt) };
}

/** Keywords that say nothing of a value's fields, beside a body's `required`. */
const ANNOTATIONS: ReadonlySet<string> = new Set(['required', 'type', 'description', 'title', 'example', 'examples']);

/**
 * A body that only lists the fields it requires (`schema: {required: [name, customer_gre_endpoint]}`,
 * as ten of Cloudflare's Magic, DNS and firewall bodies do), with or without `type: object`: an object
 * with those fields (`requiredOnlyFields`), rather than any value.
 */
function requiredOnly(ctx: ParseContext, at: At, value: unknown): SchemaIR | undefined {
  const raw = asObject(value);
  if (!raw || (raw['type'] !== undefined && raw['type'] !== 'object') || Object.keys(raw).some((key) => !ANNOTATIONS.has(key))) return undefined;
  const fields = requiredOnlyFields(ctx, at, raw, 'the body');
  if (fields.length === 0) return undefined;
  const described = typeof raw['description'] === 'string' ? { description: raw['description'] } : {};
  return { kind: 'object', properties: fields, origin: locationOf(ctx, at), ...described };
}

/**
 * One line of a JSON Lines body: 3.2's `itemSchema`; else `schema`, which specs write for one line, or
 * for the whole body as an array of its lines (then its `items`).
 */
function jsonLineSchema(ctx: ParseContext, mediaAt: At, media: Record<string, unknown>): SchemaIR | undefined {
  if (media['itemSchema'] !== undefined) return parseSchema(ctx, joinAt(mediaAt, 'itemSchema'), media['itemSchema']);
  if (media['schema'] === undefined) return undefined;
  const at = joinAt(mediaAt, 'schema');
  const whole = deref(ctx, at, media['schema']);
  const fields = asObject(whole.value);
  if (fields?.['type'] === 'array' && fields['items'] !== undefined) return parseSchema(ctx, joinAt(whole.at, 'items'), fields['items']);
  // A file, named through a `$ref` too: the body's lines already, sent as its bytes (see `bodyEncoding`).
  if (isByteString(fields)) return parseSchema(ctx, whole.at, whole.value);
  return parseSchema(ctx, at, media['schema']);
}

/**
 * What the data of an event stream's events is, from 3.2's `itemSchema`, which describes one whole event
 * (`{ event, data, id, retry }`): its `data`'s `contentSchema` (the JSON the data text carries), else
 * `unknown` JSON (`contentMediaType: application/json`), else the `data` schema itself. Events of several
 * kinds (a `oneOf` or `anyOf` of event schemas) give the union of their data; one without data (a `ping`)
 * is never given, as the stream skips events without data.
 */
function eventDataSchema(ctx: ParseContext, at: At, value: unknown): SchemaIR | undefined {
  const item = deref(ctx, at, value);
  const fields = asObject(item.value) ?? {};
  const kinds = (['oneOf', 'anyOf'] as const).find((key) => Array.isArray(fields[key]));
  if (kinds !== undefined) return unionOf(ctx, item.at, (fields[kinds] as unknown[]).map((variant, i) => eventDataSchema(ctx, joinAt(joinAt(item.at, kinds), i), variant)));
  const declared = asObject(fields['properties'])?.['data'];
  if (declared === undefined) return undefined;
  const dataAt = joinAt(joinAt(item.at, 'properties'), 'data');
  const data = deref(ctx, dataAt, declared);
  const dataFields = asObject(data.value) ?? {};
  if (dataFields['contentSchema'] !== undefined) return parseSchema(ctx, joinAt(data.at, 'contentSchema'), dataFields['contentSchema']);
  const json = typeof dataFields['contentMediaType'] === 'string' && isJsonMediaType(dataFields['contentMediaType']);
  return json ? { kind: 'unknown', origin: locationOf(ctx, data.at) } : parseSchema(ctx, dataAt, declared);
}

/**
 * The names an event stream's events can have, from 3.2's `itemSchema`: each kind's `event` property, a
 * `const` or an `enum` of strings. `undefined` when a kind leaves its name open: any name may come.
 */
export function eventNames(ctx: ParseContext, mediaAt: At, type: string, media: Record<string, unknown>): readonly string[] | undefined {
  if (streamKindOf(type) !== 'events' || media['itemSchema'] === undefined) return undefined;
  return namesOf(ctx, joinAt(mediaAt, 'itemSchema'), media['itemSchema']);
}

function namesOf(ctx: ParseContext, at: At, value: unknown): readonly string[] | undefined {
  const item = deref(ctx, at, value);
  const fields = asObject(item.value) ?? {};
  const kinds = (['oneOf', 'anyOf'] as const).find((key) => Array.isArray(fields[key]));
  if (kinds !== undefined) {
    const lists = (fields[kinds] as unknown[]).map((variant, i) => namesOf(ctx, joinAt(joinAt(item.at, kinds), i), variant));
    return lists.every((list) => list !== undefined) ? [...new Set(lists.flat())] : undefined;
  }
  const declared = asObject(fields['properties'])?.['event'];
  if (declared === undefined) return undefined;
  const event = asObject(deref(ctx, joinAt(joinAt(item.at, 'properties'), 'event'), declared).value) ?? {};
  if (typeof event['const'] === 'string') return [event['const']];
  const choices = event['enum'];
  return Array.isArray(choices) && choices.length > 0 && choices.every((choice) => typeof choice === 'string') ? choices : undefined;
}

function unionOf(ctx: ParseContext, at: At, variants: readonly (SchemaIR | undefined)[]): SchemaIR | undefined {
  const present = variants.filter((v): v is SchemaIR => v !== undefined);
  if (present.length <= 1) return present[0];
  return { kind: 'union', variants: present, origin: locationOf(ctx, at) };
}
