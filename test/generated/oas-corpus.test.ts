/**
 * A corpus of feature specs (`@readme/oas-examples`: every Swagger 2.0, OpenAPI 3.0 and 3.1 JSON example, from
 * callbacks and circular refs to parameter styles, polymorphism and server variables) goes through the
 * generator: each generates, every package compiles under --strict, and every method's example
 * type-checks, except where the spec itself cannot be satisfied.
 */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeCheckAllExamples } from '../helpers/examples.js';
import { run, scratchDir } from '../helpers/tree.js';
import { tscErrors } from '../helpers/tsc.js';

const CORPUS = resolve('node_modules/@readme/oas-examples');
const SPECS = ['2.0', '3.0', '3.1'].flatMap((version) =>
  readdirSync(join(CORPUS, version, 'json'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name: `${version}/${name}`, path: join(CORPUS, version, 'json', name) })),
);

/**
 * Examples no value can satisfy, because the schema cannot be: a `TreeNode` that requires a `parent`
 * `TreeNode` (no finite value), an `allOf` of a string and an integer (`never`, on purpose in that spec).
 */
const UNSATISFIABLE: Record<string, number> = { '3.0/circular-request-bodies.json': 1, '3.0/schema-types.json': 2, '3.1/schema-types.json': 2 };

const scratch = scratchDir('oas-corpus-');
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the @readme/oas-examples corpus', () => {
  it('has its 60 JSON specs of Swagger 2.0, OpenAPI 3.0 and 3.1 (pinned at 8.2.2)', () => {
    expect(SPECS.length).toBe(60);
  });

  it('generates every spec, compiles every package, and type-checks every example the spec allows', async () => {
    const outs: string[] = [];
    for (const [i, spec] of SPECS.entries()) {
      const out = join(scratch, String(i));
      const result = await run('generate', '--spec', spec.path, '--out', out);
      expect([spec.name, result.code, result.stderr.split('\n').filter((l) => l.includes(' error '))]).toEqual([spec.name, 0, []]);
      outs.push(out);
    }
    expect(compileAll(outs)).toBe('');
    const checks = typeCheckAllExamples(outs);
    const failing = Object.fromEntries(SPECS.flatMap((spec, i) => (checks[i]!.errors === '' ? [] : [[spec.name, checks[i]!.errors.split('\n').filter((l) => /error TS/.test(l)).length]])));
    expect(failing).toEqual(UNSATISFIABLE);
    expect(checks.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(500);
  }, 600_000);
});

/** One strict tsc run over the sources of every package; its errors, or ''. */
function compileAll(packageDirs: readonly string[]): string {
  const project = join(scratch, 'tsconfig.all.json');
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], lib: ['ES2022', 'DOM'], skipLibCheck: true };
  writeFileSync(project, JSON.stringify({ compilerOptions, include: packageDirs.map((dir) => join(dir, 'src/**/*.ts')) }));
  return tscErrors(project);
}
