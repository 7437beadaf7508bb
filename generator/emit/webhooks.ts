/**
 * The webhooks' payloads as one interface, by webhook name: a handler types its body as
 * `WebhookPayloads['newPet']`. Inline payload objects become its nested types (`WebhookPayloads.NewPet`).
 */
import type { StatementStructures } from 'ts-morph';
import type { ApiIR, PropertyIR, WebhookIR } from '../ir/types.js';
import { jsLiteral } from './example.js';
import { declareInterface } from './type-declarations.js';
import { directed, type TypeScope } from './scope.js';

export function webhookDeclarations(api: ApiIR, scope: TypeScope): StatementStructures[] {
  if (api.webhooksName === undefined || api.webhooks.length === 0) return [];
  const byName = new Map(api.webhooks.map((w) => [w.name, w]));
  const members: PropertyIR[] = api.webhooks.map((w) => ({ name: w.name, required: true, schema: { ...w.payload, deprecated: w.deprecated ?? w.payload.deprecated }, origin: w.origin }));
  const docs = [`The bodies of the requests the API sends to your server (its webhooks), by webhook name: type a handler's body as \`${api.webhooksName}[${jsLiteral(api.webhooks[0]!.name)}]\`.`];
  // The API sends them: fields it only receives (`writeOnly`) are not in them.
  return declareInterface(api.webhooksName, members, undefined, docs, directed(scope, 'response'), (p) => webhookDoc(byName.get(p.name)!));
}

function webhookDoc(webhook: WebhookIR): string | undefined {
  const text = [webhook.summary, webhook.description].filter((t) => t !== undefined && t.trim() !== '');
  return text.length > 0 ? text.join('\n\n') : undefined;
}
