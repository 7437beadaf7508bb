/**
 * The `@example` of every generated method, taken out of its JSDoc and type-checked under --strict against
 * the package it came from: the code users copy must compile.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDir } from './tree.js';

/** The code of each ```ts block inside the JSDoc of `file`, with the comment's ` * ` prefixes removed. */
function examplesIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((m) => m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n'));
}

function resourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
}

/** How many examples the package at `packageDir` has, and tsc's errors on them ('' when they all compile). */
export function typeCheckExamples(packageDir: string): { count: number; errors: string } {
  const dir = scratchDir('jsdoc-examples-');
  const examples = resourceFiles(join(packageDir, 'src/resources')).flatMap(examplesIn);
  const entry = JSON.stringify(join(packageDir, 'src/index.js'));
  examples.forEach((code, i) => writeFileSync(join(dir, `example-${i}.ts`), `import Client from ${entry};\n\ndeclare const client: Client;\n\n${code}\n\nexport { response };\n`));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], lib: ['ES2022', 'DOM'] }, include: ['example-*.ts'] }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  try {
    execFileSync(process.execPath, ['--max-old-space-size=4096', resolve('node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    return { count: examples.length, errors: '' };
  } catch (error) {
    return { count: examples.length, errors: String((error as { stdout?: string }).stdout ?? error).split('\n').slice(0, 20).join('\n') };
  }
}
