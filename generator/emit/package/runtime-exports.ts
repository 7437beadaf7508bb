/**
 * What the runtime's entry point (`core/index.ts`) exports, read from the runtime's sources with an
 * in-memory ts-morph project, so `api.md` lists exactly the runtime names the package re-exports.
 */
import { Node, Project, ts } from 'ts-morph';
import { compareCodeUnits } from '../../util/names.js';

export type ExportKind = 'class' | 'function' | 'type' | 'constant';

export interface RuntimeExport {
  readonly name: string;
  readonly kind: ExportKind;
  /** The first paragraph of its JSDoc, `''` when it has none. */
  readonly summary: string;
}

export function runtimeExports(runtime: ReadonlyMap<string, string>): RuntimeExport[] {
  if (!runtime.has('index.ts')) return [];
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, noLib: true },
  });
  for (const [name, text] of runtime) project.createSourceFile(`/core/${name}`, text);
  const index = project.getSourceFileOrThrow('/core/index.ts');
  return [...index.getExportedDeclarations()]
    .flatMap(([name, declarations]) => (declarations[0] ? [describe(name, declarations[0])] : []))
    .sort((a, b) => compareCodeUnits(a.name, b.name));
}

function describe(name: string, declaration: Node): RuntimeExport {
  return { name, kind: kindOf(declaration), summary: summaryOf(declaration) };
}

function kindOf(node: Node): ExportKind {
  if (Node.isClassDeclaration(node)) return 'class';
  if (Node.isFunctionDeclaration(node)) return 'function';
  if (Node.isInterfaceDeclaration(node) || Node.isTypeAliasDeclaration(node)) return 'type';
  return 'constant';
}

function summaryOf(node: Node): string {
  const holder = Node.isVariableDeclaration(node) ? node.getVariableStatement() : node;
  // A file's header comment attaches to its first declaration; it describes the file, not the declaration.
  const docs = (holder && Node.isJSDocable(holder) ? holder.getJsDocs() : []).filter((d) => d.getStart() > 0);
  const text = docs.at(-1)?.getDescription().trim() ?? '';
  return text.split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ') ?? '';
}
