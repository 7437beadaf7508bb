/**
 * Requests the API sends, typed by their bodies: the webhooks' payloads as one interface, by webhook name
 * (a handler types its body as `WebhookPayloads['newPet']`), and an operation's callbacks as one interface
 * beside its other types (`SubscriptionsCreateCallbacks['onEvent']`). Inline payload objects become their
 * nested types (`WebhookPayloads.NewPet`).
 */
import type { StatementStructures } from 'ts-morph';
import type { ApiIR, OperationIR, PropertyIR, WebhookIR } from '../ir/types.js';
import { callbacksTypeName } from '../normalize/names.js';
import { jsLiteral } from './example.js';
import { declareInterface } from './type-declarations.js';
import { directed, type TypeScope } from './scope.js';

export function webhookDeclarations(api: ApiIR, scope: TypeScope): StatementStructures[] {
  if (api.webhooksName === undefined || api.webhooks.length === 0) return [];
  const doc = `The bodies of the requests the API sends to your server (its webhooks), by webhook name: type a handler's body as \`${api.webhooksName}[${jsLiteral(api.webhooks[0]!.name)}]\`.`;
  return payloadsInterface(api.webhooksName, api.webhooks, doc, scope);
}

export function callbackDeclarations(op: OperationIR, scope: TypeScope): StatementStructures[] {
  if (!op.callbacks) return [];
  const name = callbacksTypeName(op);
  const method = [...op.resourcePath, op.methodName].join('.');
  const doc = `The bodies of the requests the API sends back to your server after \`${method}\` (its callbacks), by callback name: type a handler's body as \`${name}[${jsLiteral(op.callbacks[0]!.name)}]\`.`;
  return payloadsInterface(name, op.callbacks, doc, scope);
}

function payloadsInterface(name: string, requests: readonly WebhookIR[], doc: string, scope: TypeScope): StatementStructures[] {
  const byName = new Map(requests.map((w) => [w.name, w]));
  const members: PropertyIR[] = requests.map((w) => ({ name: w.name, required: true, schema: { ...w.payload, deprecated: w.deprecated ?? w.payload.deprecated }, origin: w.origin }));
  // The API sends them: fields it only receives (`writeOnly`) are not in them.
  return declareInterface(name, members, undefined, [doc], directed(scope, 'response'), (p) => payloadDoc(byName.get(p.name)!));
}

function payloadDoc(request: WebhookIR): string | undefined {
  const text = [request.summary, request.description].filter((t) => t !== undefined && t.trim() !== '');
  return text.length > 0 ? text.join('\n\n') : undefined;
}
