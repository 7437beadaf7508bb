/**
 * The `@example` of every generated method, taken out of its JSDoc and type-checked under --strict against
 * the package it came from: the code users copy must compile. Many packages share one tsc run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './tree.js';
import { tscOutput } from './tsc.js';

/** The code of each ```ts block inside the JSDoc of `file`, with the comment's ` * ` prefixes removed. */
function examplesIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((m) => m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n'));
}

function resourceFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
  } catch {
    return []; // a package without resources (a spec with webhooks only)
  }
}

export interface ExampleCheck {
  readonly count: number;
  /** tsc's error lines on this package's examples, '' when they all compile. */
  readonly errors: string;
}

/** How many examples the package at `packageDir` has, and tsc's errors on them. */
export function typeCheckExamples(packageDir: string): ExampleCheck {
  return typeCheckAllExamples([packageDir])[0]!;
}

/** The same for several packages, in one tsc run; results in the order of `packageDirs`. */
export function typeCheckAllExamples(packageDirs: readonly string[]): ExampleCheck[] {
  const dir = scratchDir('jsdoc-examples-');
  const counts = packageDirs.map((packageDir, p) => {
    const clientFile = join(packageDir, 'src/client.ts');
    // The client class's statics (signing users in) name the class: it is imported by its name too.
    const className = /export \{ (\w+) as default \}/.exec(readFileSync(join(packageDir, 'src/index.ts'), 'utf8'))?.[1];
    const examples = [...resourceFiles(join(packageDir, 'src/resources')), clientFile].flatMap(examplesIn);
    const entry = JSON.stringify(join(packageDir, 'src/index.js'));
    // A client class named Client (a spec without a title) is already imported by that name.
    const imports = `import Client${className && className !== 'Client' ? `, { ${className} }` : ''} from ${entry};`;
    examples.forEach((code, i) => writeFileSync(join(dir, `example-${p}-${i}.ts`), `${imports}\n\ndeclare const client: Client;\n\n${code}\n\nexport {};\n`));
    return examples.length;
  });
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], lib: ['ES2022', 'DOM'] }, include: ['example-*.ts'] }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const output = tscLines(dir);
  // An error outside the examples (in a package itself) belongs to every package: none may pass over it.
  const elsewhere = output.filter((line) => !/^(example-|\s)/.test(line));
  return counts.map((count, p) => ({ count, errors: [...elsewhere, ...output.filter((line) => line.startsWith(`example-${p}-`))].join('\n') }));
}

/** tsc's lines for the project in `dir`, file names relative to it; none when it compiles. */
function tscLines(dir: string): string[] {
  return tscOutput(dir, ['--pretty', 'false'], dir)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/^.*?(example-\d+-\d+\.ts)/, '$1'));
}
