/**
 * Every method's `@example` in the generated JSDoc is code users copy: each one, taken out of the
 * comment, must type-check under --strict against the generated package.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, scratchDir } from '../helpers/tree.js';

/** The code of each ```ts block inside the JSDoc of `file`, with the comment's ` * ` prefixes removed. */
function examplesIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((m) => m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n'));
}

function resourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
}

async function typeCheckExamples(specPath: string): Promise<{ count: number; errors: string }> {
  const dir = scratchDir('jsdoc-examples-');
  const out = join(dir, 'generated');
  expect((await run('generate', '--spec', specPath, '--out', out)).code).toBe(0);
  const examples = resourceFiles(join(out, 'src/resources')).flatMap(examplesIn);
  const entry = JSON.stringify(join(out, 'src/index.js'));
  examples.forEach((code, i) => writeFileSync(join(dir, `example-${i}.ts`), `import Client from ${entry};\n\ndeclare const client: Client;\n\n${code}\n\nexport { response };\n`));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], lib: ['ES2022', 'DOM'] }, include: ['example-*.ts'] }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  try {
    execFileSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    return { count: examples.length, errors: '' };
  } catch (error) {
    return { count: examples.length, errors: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe('JSDoc @example of every generated method', () => {
  it.each([
    ['spec/openapi.yaml', 4],
    ['test/fixtures/edge/openapi.yaml', 11],
  ])('%s: all %i type-check', async (specPath, want) => {
    const { count, errors } = await typeCheckExamples(specPath);
    expect(errors).toBe('');
    expect(count).toBe(want);
  });
});
