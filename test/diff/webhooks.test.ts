/**
 * A review of a change to an API's webhooks: the wire changes (the API sends them, so a field becoming
 * optional breaks receivers), and the `WebhookPayloads` changes traced to them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory } from '../helpers/spec.js';
import { tsLines } from './fixture-review.js';

const BASE = readFileSync('test/fixtures/webhooks/openapi.yaml', 'utf8');

/** The fixture with `price` optional, `it's-alive` removed and a webhook `pet.adopted` added. */
const REVISION = BASE.replace('required: [pet_id, price]', 'required: [pet_id]')
  .replace(/ {2}"it's-alive":\n(?: {4}.*\n)+/, '')
  .replace('components:\n', "  pet.adopted:\n    post:\n      summary: A pet found a home.\n      requestBody:\n        content:\n          application/json:\n            schema: { $ref: '#/components/schemas/Pet' }\n      responses: { '200': { description: received } }\ncomponents:\n");

describe('a review of webhook changes', () => {
  it('traces each change of WebhookPayloads to the webhook change that explains it', async () => {
    expect(REVISION).not.toContain("it's-alive");
    const r = await review(loadFromMemory({ 'base.yaml': BASE }), loadFromMemory({ 'revision.yaml': REVISION }), { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => `${c.operation} ${c.rule} ${c.verdict}`).sort()).toEqual([
      'webhook it\'s-alive webhook.removed breaking',
      'webhook pet.adopted webhook.added not-breaking',
      'webhook pet.sold POST schema.property.became-optional breaking',
    ]);
    expect(tsLines(r)).toEqual([
      'WebhookPayloads."it\'s-alive" removed breaking ← webhook.removed',
      "WebhookPayloads.'pet.adopted' added addition ← webhook.added",
      'WebhookPayloads.PetSold.price changed breaking ← schema.property.became-optional',
    ]);
  });
});

describe('a review of callback changes', () => {
  it("reads an operation's callbacks as outputs: a field added as required is an addition, an enum opened to any string breaks receivers; each traced to the callback", async () => {
    const revision = BASE.replace('schema: { type: object, required: [state], properties: { state: { type: string, enum: [up, down] } } }', 'schema: { type: object, required: [state, since], properties: { state: { type: string }, since: { type: string } } }');
    expect(revision).not.toBe(BASE);
    const r = await review(loadFromMemory({ 'base.yaml': BASE }), loadFromMemory({ 'revision.yaml': revision }), { base: 'base', revision: 'revision' });
    expect(tsLines(r)).toEqual([
      'SubscriptionsSubscribeCallbacks.StatusPost.since added addition ← schema.property.added.required',
      'SubscriptionsSubscribeCallbacks.StatusPost.state changed breaking ← schema.enum.removed',
    ]);
  });
});
