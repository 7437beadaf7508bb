/**
 * The package's TypeScript settings, in tsconfig (JSON) form. One base serves two readers: the emitted
 * `tsconfig.json` (editors and `tsc --noEmit` in the package) and the build, which adds the module
 * format and the output folder for each of its two passes. No Node types: the package runs wherever
 * `fetch` does, and a stray Node built-in must fail to compile rather than fail in a browser.
 */
import { LAYOUT, type ModuleFormat } from './layout.js';

export type CompilerOptionsJson = Readonly<Record<string, unknown>>;

/** ES2022: class fields and top-level features every supported runtime has (Node 20, browsers, Workers). */
export const BASE_COMPILER_OPTIONS: CompilerOptionsJson = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: [],
  strict: true,
  isolatedModules: true,
  skipLibCheck: true,
  forceConsistentCasingInFileNames: true,
  newLine: 'lf',
};

/** The options of one build pass: where it writes, and which module system it writes for. */
export function buildCompilerOptions(format: ModuleFormat): CompilerOptionsJson {
  const modules = format === 'esm' ? { module: 'ES2022', moduleResolution: 'Bundler' } : { module: 'CommonJS', moduleResolution: 'Node10' };
  return { ...BASE_COMPILER_OPTIONS, ...modules, rootDir: 'src', outDir: LAYOUT[format], declaration: true, noEmit: false };
}

export function tsconfigs(): [string, Record<string, unknown>][] {
  return [
    [
      'tsconfig.json',
      {
        compilerOptions: { ...BASE_COMPILER_OPTIONS, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true },
        include: ['src/**/*.ts'],
      },
    ],
  ];
}
