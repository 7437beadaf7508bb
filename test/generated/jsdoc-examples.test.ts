/**
 * Every method's `@example` in the generated JSDoc is code users copy: each one, taken out of the
 * comment, must type-check under --strict against the generated package.
 */
import { appendFileSync, cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../../generator/print/print.js';
import { packageExamples, typeCheckAllExamples, typeCheckExamples } from '../helpers/examples.js';
import { methodExamples, runExamples } from '../helpers/run-examples.js';
import { minimalDoc } from '../helpers/spec.js';
import { generateAndImport, run, scratchDir } from '../helpers/tree.js';

/** The code as prettier writes it with the generator's settings. */
const formatted = (code: string): Promise<string> => prettier.format(code, { ...PRETTIER_OPTIONS, parser: 'typescript' });

describe('JSDoc @example of every generated method and static', () => {
  it.each([
    ['spec/openapi.yaml', 4],
    // Besides its methods', the client class's sign-in statics have an example each.
    ['test/fixtures/edge/openapi.yaml', 23],
    ['test/fixtures/oauth/openapi.yaml', 5],
    // An OpenID Connect scheme: its method's, and the two sign-in statics'.
    ['test/fixtures/oidc/openapi.yaml', 3],
  ])('%s: all %i type-check, written as prettier writes them', async (specPath, want) => {
    const out = join(scratchDir('jsdoc-examples-out-'), 'generated');
    expect((await run('generate', '--spec', specPath, '--out', out)).code).toBe(0);
    const { count, errors } = typeCheckExamples(out);
    expect(errors).toBe('');
    expect(count).toBe(want);
    for (const code of packageExamples(out)) expect(await formatted(code)).toBe(`${code}\n`);
  });
});

// Calls longer than a line: prettier breaks the line after `=` and the arguments, or an object too wide.
const WIDE = ['common_name_of_the_certificate_authority', 'organizational_unit_of_the_certificate_authority'];
const LONG_CALLS = minimalDoc({
  paths: {
    '/certificate-authorities/{authority_id}/client-certificates/{certificate_id}': {
      get: {
        operationId: 'getClientCertificateOfCertificateAuthorityForZone',
        tags: ['apiShieldClientCertificatesForAZone'],
        parameters: ['authority_id', 'certificate_id', 'zone_identifier'].map((name) => ({ name, in: name === 'zone_identifier' ? 'query' : 'path', required: true, schema: { type: 'string' } })),
        responses: { '204': { description: 'none' } },
      },
    },
    '/certificate-authorities': {
      post: {
        operationId: 'createCertificateAuthorityForTheZone',
        tags: ['apiShieldClientCertificatesForAZone'],
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', required: ['settings'], properties: { settings: { type: 'object', required: WIDE, properties: Object.fromEntries(WIDE.map((name) => [name, { type: 'string' }])) } } } } },
        },
        responses: { '204': { description: 'none' } },
      },
    },
  },
});

// prettier formats a file's code but not the code in its comments, so the generator formats the examples itself.
describe('the JSDoc @example of a call longer than a line', () => {
  it("is written as prettier writes it, and as the method's README section shows it", async () => {
    const { out } = await generateAndImport(LONG_CALLS, 'jsdoc-examples-out-');
    const examples = methodExamples(out).map((e) => e.code);
    const readme = readFileSync(join(out, 'README.md'), 'utf8');
    expect(examples).toHaveLength(2);
    for (const code of examples) {
      expect(await formatted(code)).toBe(`${code}\n`);
      expect(readme).toContain(`\`\`\`ts\n${code}\n\`\`\``);
      expect(code.split('\n').every((line) => line.length <= (PRETTIER_OPTIONS.printWidth ?? 80))).toBe(true);
    }
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
