/**
 * Every method's `@example` in the generated JSDoc is code users copy: each one, taken out of the
 * comment, must type-check under --strict against the generated package.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCheckExamples } from '../helpers/examples.js';
import { run, scratchDir } from '../helpers/tree.js';

describe('JSDoc @example of every generated method and static', () => {
  it.each([
    ['spec/openapi.yaml', 4],
    // Besides its methods', the client class's sign-in statics have an example each.
    ['test/fixtures/edge/openapi.yaml', 23],
    ['test/fixtures/oauth/openapi.yaml', 5],
    // An OpenID Connect scheme: its method's, and the two sign-in statics'.
    ['test/fixtures/oidc/openapi.yaml', 3],
  ])('%s: all %i type-check', async (specPath, want) => {
    const out = join(scratchDir('jsdoc-examples-out-'), 'generated');
    expect((await run('generate', '--spec', specPath, '--out', out)).code).toBe(0);
    const { count, errors } = typeCheckExamples(out);
    expect(errors).toBe('');
    expect(count).toBe(want);
  });
});
