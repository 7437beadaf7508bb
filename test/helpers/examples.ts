/**
 * The `@example` of every generated method, taken out of its JSDoc and type-checked under --strict against
 * the package it came from: the code users copy must compile. Many packages share one tsc run.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  /** tsc's error lines on this package's sources and its examples, '' when they all compile. */
  readonly errors: string;
}

/** How many examples the package at `packageDir` has, and tsc's errors on them and on the package. */
export function typeCheckExamples(packageDir: string): ExampleCheck {
  return typeCheckAllExamples([packageDir])[0]!;
}

/**
 * The same for several packages, in one tsc run; results in the order of `packageDirs`. `moreCode`: calls
 * to check beside each package's examples, counted with them (the corpus bench's calls with every
 * parameter, which the package must type as it does the documented ones). The run compiles
 * each package's sources under the package's own tsconfig.json too, which its examples compile with: a
 * second run for the package alone would check its sources again (a third of the time on a large spec).
 */
export function typeCheckAllExamples(packageDirs: readonly string[], moreCode: readonly (readonly string[])[] = []): ExampleCheck[] {
  const dir = scratchDir('jsdoc-examples-');
  try {
    return typeCheckIn(dir, packageDirs, moreCode);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The code of every `@example` in the package at `packageDir`: its methods', then its client class's. */
export function packageExamples(packageDir: string): string[] {
  return [...resourceFiles(join(packageDir, 'src/resources')), join(packageDir, 'src/client.ts')].flatMap(examplesIn);
}

function typeCheckIn(dir: string, packageDirs: readonly string[], moreCode: readonly (readonly string[])[]): ExampleCheck[] {
  const counts = packageDirs.map((packageDir, p) => {
    const examples = [...packageExamples(packageDir), ...(moreCode[p] ?? [])];
    const imports = clientImport(packageDir);
    examples.forEach((code, i) => writeFileSync(join(dir, `example-${p}-${i}.ts`), `${imports}\n\ndeclare const client: Client;\n\n${code}\n\nexport {};\n`));
    return examples.length;
  });
  const include = [...packageDirs.map((packageDir) => join(packageDir, 'src/**/*.ts')), 'example-*.ts'];
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: sharedSettings(packageDirs), include }));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const errors = tscErrorLines(dir);
  const ownerOf = (file: string): number => {
    const example = /^example-(\d+)-\d+\.ts$/.exec(file);
    return example ? Number(example[1]) : packageDirs.findIndex((packageDir) => resolve(dir, file).startsWith(`${resolve(packageDir)}/`));
  };
  // An error of no package (in the settings) belongs to every package: none may pass over it.
  const owners = errors.map((e) => ownerOf(e.file));
  return counts.map((count, p) => ({ count, errors: errors.filter((_, i) => owners[i] === p || owners[i] === -1).map((e) => e.line).join('\n') }));
}

/**
 * The path of the tsconfig.json the packages share. The generator writes the same one into every
 * package, whatever the spec: compiling them all under the first one's compiles each under its own.
 */
function sharedSettings(packageDirs: readonly string[]): string {
  const [first, ...others] = packageDirs.map((packageDir) => join(packageDir, 'tsconfig.json'));
  const text = readFileSync(first!, 'utf8');
  const differing = others.find((file) => readFileSync(file, 'utf8') !== text);
  if (differing) throw new Error(`${differing} differs from ${first}: these packages cannot share one tsc run`);
  return first!;
}

/**
 * tsc's error lines for the project in `dir` (continuation lines left out), each with the file it names
 * as tsc gives it, relative to `dir`; an example's line starts with its file name.
 */
function tscErrorLines(dir: string): { file: string; line: string }[] {
  return tscOutput(dir, ['--pretty', 'false'], dir)
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s/.test(line))
    .map((line) => ({ file: /^(.*?)\(\d+,\d+\): /.exec(line)?.[1] ?? '', line }));
}
