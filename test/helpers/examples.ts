/**
 * The `@example` of every generated method, taken out of its JSDoc and type-checked under --strict against
 * the package it came from: the code users copy must compile. Many packages share one tsc run.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from './tree.js';
import { tscOutput } from './tsc.js';

const EXAMPLE = /@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g;

/** The code of each ```ts block of an `@example` in `text`, with the comment's ` * ` prefixes removed. */
export function exampleCode(text: string): string[] {
  return [...text.matchAll(EXAMPLE)].map((m) => m[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n'));
}

const examplesIn = (file: string): string[] => exampleCode(readFileSync(file, 'utf8'));

/** The TypeScript files under `dir` (a package's `src/resources`), sorted; none when it has no resources. */
export function resourceFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).sort().map((f) => join(dir, f));
  } catch {
    return []; // a package without resources (a spec with webhooks only)
  }
}

/**
 * The line that imports the package in `packageDir` as examples use it: the client as `Client`, and by its
 * own name too, since its statics (signing users in) name the class.
 */
export function clientImport(packageDir: string): string {
  const className = /export \{ (\w+) as default \}/.exec(readFileSync(join(packageDir, 'src/index.ts'), 'utf8'))?.[1];
  const entry = JSON.stringify(join(packageDir, 'src/index.js'));
  // A client class named Client (a spec without a title) is already imported by that name.
  return `import Client${className && className !== 'Client' ? `, { ${className} }` : ''} from ${entry};`;
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
  try {
    return typeCheckIn(dir, packageDirs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function typeCheckIn(dir: string, packageDirs: readonly string[]): ExampleCheck[] {
  const counts = packageDirs.map((packageDir, p) => {
    const clientFile = join(packageDir, 'src/client.ts');
    const examples = [...resourceFiles(join(packageDir, 'src/resources')), clientFile].flatMap(examplesIn);
    const imports = clientImport(packageDir);
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
