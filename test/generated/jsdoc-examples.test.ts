/**
 * Every method's `@example` in the generated JSDoc is code users copy: each one, taken out of the
 * comment, must type-check under --strict against the generated package.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { typeCheckAllExamples, typeCheckExamples } from '../helpers/examples.js';
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

  // The corpus tests rely on one run for both: a package that does not compile must not pass as one whose examples do.
  it("report an example that does not compile, and an error in a package's own sources, each to its package only", async () => {
    const root = scratchDir('jsdoc-examples-out-');
    const [good, badExample, badSource] = ['good', 'bad-example', 'bad-source'].map((name) => join(root, name));
    expect((await run('generate', '--spec', 'spec/openapi.yaml', '--out', good!)).code).toBe(0);
    cpSync(good!, badExample!, { recursive: true });
    cpSync(good!, badSource!, { recursive: true });
    const resource = 'src/resources/realtime-kit/active-session.ts';
    const text = readFileSync(join(badExample!, resource), 'utf8');
    writeFileSync(join(badExample!, resource), text.replace('activeSession.getActiveSession(', 'activeSession.getActiveSessions('));
    // A file no example imports: only compiling the package's own sources finds its error.
    writeFileSync(join(badSource!, 'src/lib/stray.ts'), "export const count: number = 'one';\n");
    const [ofGood, ofBadExample, ofBadSource] = typeCheckAllExamples([good!, badExample!, badSource!]);
    expect(ofGood).toEqual({ count: 4, errors: '' });
    expect(ofBadExample!.errors).toMatch(/^example-1-\d+\.ts\(\d+,\d+\): error TS2551: Property 'getActiveSessions' does not exist/);
    expect(ofBadExample!.errors.split('\n')).toHaveLength(1);
    expect(ofBadSource!.errors).toMatch(/bad-source\/src\/lib\/stray\.ts\(1,14\): error TS2322: Type 'string' is not assignable to type 'number'\.$/);
    expect(ofBadSource!.errors.split('\n')).toHaveLength(1);
  });

  it('compile packages together only when they share their tsconfig.json', async () => {
    const root = scratchDir('jsdoc-examples-out-');
    const [a, b] = ['a', 'b'].map((name) => join(root, name));
    expect((await run('generate', '--spec', 'spec/openapi.yaml', '--out', a!)).code).toBe(0);
    cpSync(a!, b!, { recursive: true });
    appendFileSync(join(b!, 'tsconfig.json'), ' ');
    expect(() => typeCheckAllExamples([a!, b!])).toThrow(`${join(b!, 'tsconfig.json')} differs from ${join(a!, 'tsconfig.json')}`);
  });
});
