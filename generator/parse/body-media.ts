/**
 * The media type a request body or a response is read in (§4.8.13, §4.8.17: its `content`), read through
 * the slips of hand-written specs, each with a located warning: Swagger 2.0's `schema` directly on the
 * body or response, which OpenAPI 3 puts under `content`; a `content` key that is not a media type
 * (`json`), read as the one it names when it names one; and a response whose `$ref` names a schema.
 */
import { asObject, joinAt, report, type At, type ParseContext } from './context.js';
import { mediaObjectAt, pickMedia, type MediaAt } from './media.js';
import { isSchemaPointer, keysByMediaType, mediaTypeMeant } from './media-slips.js';

/** The media type as the spec gives it or as a slip is read; for a `schema` outside `content`, `media` is the body or response itself. */
export type BodyMedia = MediaAt;

/**
 * A response whose `$ref` names a component schema (`'400': {$ref: '#/components/schemas/BadRequest'}`):
 * read as what its author meant, that schema as the response's JSON content. `here` is where the ref
 * leads; validation warns at the ref.
 */
export function schemaAsResponse(at: At, ref: unknown, here: At): BodyMedia | undefined {
  if (!isSchemaPointer(here.pointer)) return undefined;
  return { type: 'application/json', media: { schema: ref }, at };
}

/** `holder`: the Request Body or Response Object at `at`, its `$ref` followed. `what` names it in warnings. */
export function bodyMedia(ctx: ParseContext, at: At, holder: Record<string, unknown>, what: string): BodyMedia | undefined {
  const content = asObject(holder['content']);
  if (content) return pickContent(ctx, joinAt(at, 'content'), content);
  if (holder['schema'] === undefined) return undefined;
  const message = `\`schema\` directly on a ${what} is Swagger 2.0's form; OpenAPI 3 puts it under \`content\` (\`content: {application/json: {schema: …}}\`): read as application/json`;
  report(ctx, joinAt(at, 'schema'), 'schema-outside-content', message, 'warning');
  return { type: 'application/json', media: holder, at };
}

function pickContent(ctx: ParseContext, at: At, content: Record<string, unknown>): BodyMedia | undefined {
  const invalid: string[] = [];
  const keyOf = keysByMediaType(Object.keys(content), (key) => {
    const meant = readSlip(ctx, joinAt(at, key), key);
    if (meant === undefined) invalid.push(key);
    return meant;
  });
  if (invalid.length > 0) reportInvalid(ctx, at, invalid);
  const picked = pickMedia(Object.fromEntries([...keyOf].map(([type, key]) => [type, content[key]])));
  if (!picked) return undefined;
  const key = keyOf.get(picked[0])!;
  return mediaObjectAt(ctx, joinAt(at, key), picked[0], content[key]);
}

/** The media type a short name (`json`) plainly means, with a located warning; none for other keys. */
function readSlip(ctx: ParseContext, at: At, key: string): string | undefined {
  const meant = mediaTypeMeant(key);
  if (meant !== undefined) report(ctx, at, 'media-type-invalid', `${JSON.stringify(key)} is not a media type (type/subtype): read as ${meant}`, 'warning');
  return meant;
}

/**
 * Keys that name no media type, once per `content`: specs that list a body's fields there (`code`,
 * `message`) are common. They are left as they are, as before this warning.
 */
function reportInvalid(ctx: ParseContext, at: At, keys: readonly string[]): void {
  const shown = keys.slice(0, 5).map((key) => JSON.stringify(key)).join(', ') + (keys.length > 5 ? ` and ${keys.length - 5} more` : '');
  const message = `\`content\` is keyed by media types (type/subtype, as \`application/json\`), not ${shown}; fields belong in a schema under one: left as written`;
  report(ctx, at, 'media-type-invalid', message, 'warning');
}
