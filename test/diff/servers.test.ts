/** A review of a change to the servers: listed on the wire, and the client's environments traced to it. */
import { describe, expect, it } from 'vitest';
import { review } from '../../generator/diff/review.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';
import { tsLines } from './fixture-review.js';

const spec = (sandbox: string) =>
  specText(
    minimalDoc({
      'x-sdk': { client: { name: 'Bank' } },
      servers: [{ url: 'https://api.bank.test', description: 'Production' }, { url: sandbox, description: 'Sandbox' }],
      paths: { '/accounts': { get: { operationId: 'listAccounts', tags: ['accounts'], responses: { '204': { description: 'none' } } } } },
    }),
  );

describe('a review of a server change', () => {
  it('lists the URLs on both sides, and traces the changed environment to it', async () => {
    const r = await review(loadFromMemory({ 'base.yaml': spec('https://sandbox.bank.test') }), loadFromMemory({ 'revision.yaml': spec('https://test.bank.test') }), { base: 'base', revision: 'revision' });
    expect(r.spec.map((c) => [c.rule, c.verdict, c.message])).toEqual([
      ['document.servers.changed', 'not-breaking', 'servers changed: the default base URL or the environments: https://api.bank.test, https://sandbox.bank.test → https://api.bank.test, https://test.bank.test'],
    ]);
    expect(tsLines(r)).toEqual([expect.stringMatching(/^BankCore\.environments changed \w+ ← document\.servers\.changed$/)]);
  });
});
