/**
 * Webhooks: the requests the API sends to its users' servers (OpenAPI 3.1 `webhooks`, and `x-webhooks`,
 * where 3.0 specs such as GitHub's keep them). The client sends none of them, so there are no methods:
 * their payloads become types, the request body of each, by webhook name.
 */
import type { WebhookIR } from '../ir/types.js';
import { pathItemOperations, WEBHOOK_MAPS } from '../util/path-item.js';
import { asObject, asString, deref, joinAt, locationOf, type At, type ParseContext } from './context.js';
import { pickMediaAt } from './media.js';
import { parseSchema } from './schema.js';

export function parseWebhooks(ctx: ParseContext, doc: Record<string, unknown>): WebhookIR[] {
  const seen = new Set<string>();
  const webhooks: WebhookIR[] = [];
  for (const map of WEBHOOK_MAPS) {
    const at = { file: ctx.spec.entry, pointer: `/${map}` };
    for (const [name, value] of Object.entries(asObject(doc[map]) ?? {})) {
      // `webhooks` wins over `x-webhooks` for the same name: a spec moving to 3.1 may keep both.
      if (seen.has(name)) continue;
      seen.add(name);
      webhooks.push(...parseWebhook(ctx, joinAt(at, name), name, value));
    }
  }
  return webhooks;
}

/**
 * An operation's callbacks (§4.8.18): each callback's path items, by URL expression. One entry per
 * operation, named by the callback, then the expression when the callback has several, then the method
 * when a path item has several (`onEvent`, `onEvent {$request.body#/url} post`).
 */
export function parseCallbacks(ctx: ParseContext, at: At, value: unknown): WebhookIR[] {
  const callbacks = deref(ctx, at, value);
  return Object.entries(asObject(callbacks.value) ?? {}).flatMap(([name, raw]) => {
    const callback = deref(ctx, joinAt(callbacks.at, name), raw);
    const expressions = Object.entries(asObject(callback.value) ?? {}).filter(([key]) => !key.startsWith('x-'));
    return expressions.flatMap(([expression, item]) => parseWebhook(ctx, joinAt(callback.at, expression), expressions.length === 1 ? name : `${name} ${expression}`, item));
  });
}

/** One entry per operation of the path item; a name with several gets the method after it (`ping post`). */
function parseWebhook(ctx: ParseContext, at: At, name: string, value: unknown): WebhookIR[] {
  const item = deref(ctx, at, value);
  const ops = pathItemOperations(item.value).map(({ method, tokens, op }) => ({ method: method.toLowerCase(), op, at: tokens.reduce(joinAt, item.at) }));
  // Left out of the SDK's types by the spec's own choice, as an operation of `paths` is; the others are named as if it were there.
  return ops.flatMap(({ method, op, at: opAt }) => op['x-sdk-exclude'] === true ? [] : [{
    name: ops.length === 1 ? name : `${name} ${method}`,
    summary: asString(op['summary']),
    description: asString(op['description']),
    deprecated: op['deprecated'] === true || undefined,
    payload: payloadSchema(ctx, opAt, op),
    origin: locationOf(ctx, opAt),
  }]);
}

/** The request body's schema, JSON preferred; `unknown` when there is none. */
function payloadSchema(ctx: ParseContext, opAt: At, op: Record<string, unknown>): WebhookIR['payload'] {
  const body = deref(ctx, joinAt(opAt, 'requestBody'), op['requestBody']);
  const media = pickMediaAt(ctx, joinAt(body.at, 'content'), asObject(body.value)?.['content']);
  if (!media) return { kind: 'unknown', origin: locationOf(ctx, opAt) };
  return parseSchema(ctx, joinAt(media.at, 'schema'), media.media['schema']);
}
