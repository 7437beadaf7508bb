/**
 * Every method's `@example` in the generated JSDoc is code users copy: each one, taken out of the
 * comment, must type-check under --strict against the generated package.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCheckExamples } from '../helpers/examples.js';
import { runExamples } from '../helpers/run-examples.js';
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

describe('the example checks', () => {
  // The corpus benches run them once per spec of a sample: a folder left each time filled /tmp.
  it('leave no scratch folder behind', async () => {
    const out = join(scratchDir('jsdoc-examples-out-'), 'generated');
    expect((await run('generate', '--spec', 'spec/openapi.yaml', '--out', out)).code).toBe(0);
    const scratch = (): string[] => readdirSync(tmpdir()).filter((name) => /^(jsdoc-examples|run-examples)-(?!out-)/.test(name));
    const before = scratch();
    expect(typeCheckExamples(out).count).toBe(4);
    expect(await runExamples(out)).toHaveLength(4);
    expect(scratch()).toEqual(before);
  });
});
