/**
 * What the runtime's entry point (`core/index.ts`) exports, read from the runtime's sources, so `api.md`
 * lists exactly the runtime names the package re-exports. Each file is only parsed, not type-checked:
 * the entry point re-exports by name from the file that declares each (a compiler program took a
 * quarter to half a second of every generation).
 */
import { ts } from 'ts-morph';
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
  const parsed = new Map<string, ts.SourceFile>();
  const parse = (file: string): ts.SourceFile => {
    const text = runtime.get(file);
    if (text === undefined) throw new Error(`the runtime has no ${file}, which its exports name`);
    let source = parsed.get(file);
    if (source === undefined) parsed.set(file, (source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)));
    return source;
  };
  return reExports(parse('index.ts'))
    .map(({ name, original, from }) => describe(name, declarationOf(original, from, parse)))
    .sort((a, b) => compareCodeUnits(a.name, b.name));
}

interface ReExport {
  readonly name: string;
  /** Its name in the file it comes from (`export { a as b }`: `a`). */
  readonly original: string;
  readonly from: string;
}

/** `export { a, type B } from './x.js'`, each name with the file it names (`x.ts`). */
function reExports(source: ts.SourceFile): ReExport[] {
  return source.statements.flatMap((statement) => {
    if (!ts.isExportDeclaration(statement) || statement.moduleSpecifier === undefined || !ts.isStringLiteral(statement.moduleSpecifier)) return [];
    const from = runtimeFile(statement.moduleSpecifier.text);
    const clause = statement.exportClause;
    if (clause === undefined || !ts.isNamedExports(clause)) throw new Error(`${source.fileName}: \`export *\` from ${from} is not read; name each export`);
    return clause.elements.map((e) => ({ name: e.name.text, original: (e.propertyName ?? e.name).text, from }));
  });
}

/** The statement that declares `name` in `file`, following a re-export or an import to another file. */
function declarationOf(name: string, file: string, parse: (file: string) => ts.SourceFile): ts.Statement {
  const source = parse(file);
  const declared = source.statements.find((s) => declaredNames(s).includes(name));
  if (declared !== undefined) return declared;
  const passed = [...reExports(source), ...imports(source)].find((e) => e.name === name);
  if (passed === undefined) throw new Error(`the runtime's ${file} does not declare ${name}, which its exports name`);
  return declarationOf(passed.original, passed.from, parse);
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  const named = ts.isClassDeclaration(statement) || ts.isFunctionDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement) || ts.isEnumDeclaration(statement);
  return named && statement.name !== undefined ? [statement.name.text] : [];
}

function imports(source: ts.SourceFile): ReExport[] {
  return source.statements.flatMap((statement) => {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) return [];
    const bindings = statement.importClause?.namedBindings;
    if (bindings === undefined || !ts.isNamedImports(bindings)) return [];
    const from = runtimeFile(statement.moduleSpecifier.text);
    return bindings.elements.map((e) => ({ name: e.name.text, original: (e.propertyName ?? e.name).text, from }));
  });
}

/** The runtime file a relative specifier names: `./errors.js` → `errors.ts`. */
function runtimeFile(specifier: string): string {
  return specifier.replace(/^\.\//, '').replace(/\.js$/, '.ts');
}

function describe(name: string, declaration: ts.Statement): RuntimeExport {
  return { name, kind: kindOf(declaration), summary: summaryOf(declaration) };
}

function kindOf(node: ts.Statement): ExportKind {
  if (ts.isClassDeclaration(node)) return 'class';
  if (ts.isFunctionDeclaration(node)) return 'function';
  if (ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) return 'type';
  return 'constant';
}

function summaryOf(node: ts.Statement): string {
  // A file's header comment attaches to its first declaration; it describes the file, not the declaration.
  const docs = ts.getJSDocCommentsAndTags(node).filter((d): d is ts.JSDoc => ts.isJSDoc(d) && d.pos > 0);
  const text = ts.getTextOfJSDocComment(docs.at(-1)?.comment)?.trim() ?? '';
  return text.split(/\n\s*\n/)[0]?.replace(/\s+/g, ' ') ?? '';
}
