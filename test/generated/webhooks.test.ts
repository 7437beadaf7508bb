/**
 * Webhooks: the requests an API sends to its users' servers (OpenAPI 3.1 `webhooks`, 3.0 `x-webhooks`)
 * become `WebhookPayloads`, one member per webhook. Checked by compiling handlers against the generated
 * package: correct ones compile, wrong ones fail where they are wrong.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { consumerErrors } from '../helpers/tsc.js';
import { run, scratchDir } from '../helpers/tree.js';

const FIXTURE = 'test/fixtures/webhooks/openapi.yaml';
let out: string;

beforeAll(async () => {
  out = join(scratchDir('webhooks-'), 'generated');
  const result = await run('generate', '--spec', FIXTURE, '--out', out);
  expect(result.code, result.stderr).toBe(0);
}, 60_000);

/** tsc's errors for a handler file compiled with the package (`TS2322 line 3`…); [] when it compiles. */
function compileHandler(source: string): string[] {
  return consumerErrors(out, "import type { SubscriptionsSubscribeCallbacks, WebhookPayloads, WebhookPayloads2 } from './src/index.js';", source);
}

describe('WebhookPayloads', () => {
  it('types each webhook body: by $ref, inline through a shared request body, and none', () => {
    const handlers = [
      "const pet: WebhookPayloads['newPet'] = { id: 1, name: 'Rex' };",
      "const sale: WebhookPayloads['pet.sold'] = { pet_id: 1, price: 9.5, buyer: { name: 'Ada' } };",
      "const buyer: WebhookPayloads.PetSold.Buyer | undefined = sale.buyer;",
      "const ping: WebhookPayloads[\"it's-alive\"] = undefined;",
      "const other: WebhookPayloads2 = 'the model keeps its own type';",
      'export { pet, sale, buyer, ping, other };',
    ];
    expect(compileHandler(handlers.join('\n'))).toEqual([]);
  });

  it('refuses a body without a required field, with a field of the wrong type, or a webhook that does not exist', () => {
    const handlers = [
      "export const a: WebhookPayloads['newPet'] = { id: 1 };",
      "export const b: WebhookPayloads['pet.sold'] = { pet_id: 1, price: '9.5' };",
      "export const c: WebhookPayloads['petAdopted'] = {};",
    ];
    expect(compileHandler(handlers.join('\n'))).toEqual(['TS2741 line 1', 'TS2322 line 2', 'TS2339 line 3']);
  });

  it('documents each member with its summary, escaped, and marks a deprecated webhook', () => {
    const models = readFileSync(join(out, 'src/models.ts'), 'utf8');
    expect(models).toContain('/** A pet was added to the store. *\\/ /\\* not the end of a comment */');
    expect(models).toMatch(/\/\*\*\n\s+\* A pet was sold\.\n\s+\* @deprecated\n\s+\*\/\n\s+'pet\.sold': WebhookPayloads\.PetSold;/);
  });

  it('lists the webhooks in api.md and shows a handler in the README', () => {
    const api = readFileSync(join(out, 'api.md'), 'utf8');
    expect(api).toContain("- `WebhookPayloads['newPet']`: A pet was added to the store.");
    expect(api).toContain("- `WebhookPayloads['it\\'s-alive']`: A check that the receiver is up; no body.");
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain("import type { WebhookPayloads } from 'pet-store';\n\nexport function handle(body: WebhookPayloads['newPet']): void {");
  });
});

describe('an operation\'s callbacks', () => {
  it('type each callback body by callback name, a $ref and a callback with two methods included', () => {
    const handlers = [
      "const changed: SubscriptionsSubscribeCallbacks['petChanged'] = { id: 1, name: 'Rex' };",
      "const up: SubscriptionsSubscribeCallbacks['status post'] = { state: 'up' };",
      "const put: SubscriptionsSubscribeCallbacks['status put'] = undefined;",
      'export { changed, up, put };',
    ];
    expect(compileHandler(handlers.join('\n'))).toEqual([]);
    const wrong = ["export const a: SubscriptionsSubscribeCallbacks['status post'] = { state: 'sideways' };", "export const b: SubscriptionsSubscribeCallbacks['status'] = {};"];
    expect(compileHandler(wrong.join('\n'))).toEqual(['TS2322 line 1', 'TS2339 line 2']);
  });

  it('document them escaped, list them in api.md and show a handler in the README', () => {
    const resource = readFileSync(join(out, 'src/resources/subscriptions.ts'), 'utf8');
    expect(resource).toContain('/** A pet changed. *\\/ /\\* not the end of a comment */');
    expect(readFileSync(join(out, 'api.md'), 'utf8')).toContain('- `SubscriptionsSubscribeCallbacks`');
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(readme).toContain("## Callbacks\n\nAfter `client.subscriptions.subscribe`, the API sends requests back to your server");
    expect(readme).toContain("export function handle(body: SubscriptionsSubscribeCallbacks['petChanged']): void {");
  });
});
