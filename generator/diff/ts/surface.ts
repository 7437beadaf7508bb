/**
 * The public TypeScript surface of a generated package: every exported interface, type alias, class,
 * function and namespace member outside `src/core/` (the runtime, copied verbatim), read from the
 * generated text with ts-morph in memory. Types are compared as normalized text.
 */
import { createWrappedNode, Node, ts, type ClassDeclaration, type InterfaceDeclaration, type ParameterDeclaration, type SourceFile, type StatementedNode } from 'ts-morph';

export interface TsParam {
  readonly name: string;
  readonly optional: boolean;
  readonly type: string;
}

export interface TsMember {
  readonly name: string;
  readonly optional: boolean;
  readonly type: string;
}

export interface TsSymbol {
  /** Qualified name: `Session`, `ActiveSessionKickParticipantsResponse.Data`, `ActiveSession.kickParticipants`. */
  readonly name: string;
  readonly kind: 'interface' | 'type' | 'class' | 'method' | 'function' | 'property' | 'variable';
  readonly file: string;
  /** Interfaces: their properties (and `extends` as a member named `extends`). */
  readonly members?: readonly TsMember[];
  /** Type aliases, properties and variables: the type; methods and functions: the return type. */
  readonly type?: string;
  readonly params?: readonly TsParam[];
}

export type Surface = ReadonlyMap<string, TsSymbol>;

export function text(t: string | undefined): string {
  return (t ?? 'unknown').replace(/\s+/g, ' ').replace(/;\s*}/g, ' }').replace(/,\s*([)\]}>])/g, '$1').trim();
}

/**
 * Each file is parsed on its own (a syntax tree wrapped by ts-morph, no project and no type checker): the
 * surface is what the declarations say, which is all a generated package's public API is.
 */
export function extractSurface(files: ReadonlyMap<string, string>): Surface {
  const out = new Map<string, TsSymbol>();
  for (const [path, content] of files) {
    if (!path.startsWith('src/') || path.startsWith('src/core/') || !path.endsWith('.ts')) continue;
    const sf = createWrappedNode(ts.createSourceFile(`/${path}`, content, ts.ScriptTarget.Latest, true)) as SourceFile;
    collect(sf, '', path, out);
  }
  return out;
}

function collect(scope: StatementedNode, prefix: string, file: string, out: Map<string, TsSymbol>): void {
  const add = (s: TsSymbol) => out.set(s.name, s);
  for (const d of scope.getInterfaces().filter((x) => x.hasExportKeyword())) add({ name: prefix + d.getName(), kind: 'interface', file, members: membersOf(d) });
  for (const d of scope.getTypeAliases().filter((x) => x.hasExportKeyword())) add({ name: prefix + d.getName(), kind: 'type', file, type: text(d.getTypeNode()?.getText()) });
  for (const d of scope.getFunctions().filter((x) => x.hasExportKeyword())) {
    add({ name: prefix + (d.getName() ?? 'default'), kind: 'function', file, params: d.getParameters().map(paramOf), type: text(d.getReturnTypeNode()?.getText()) });
  }
  for (const d of scope.getClasses().filter((x) => x.hasExportKeyword())) classMembers(d, prefix, file, add);
  for (const v of scope.getVariableStatements().filter((x) => x.hasExportKeyword())) {
    for (const d of v.getDeclarations()) add({ name: prefix + d.getName(), kind: 'variable', file, type: text(d.getTypeNode()?.getText()) });
  }
  for (const m of scope.getModules().filter((x) => x.hasExportKeyword())) collect(m, `${prefix}${m.getName()}.`, file, out);
}

function membersOf(d: InterfaceDeclaration): TsMember[] {
  const members = d.getProperties().map((p) => ({ name: p.getName(), optional: p.hasQuestionToken(), type: text(p.getTypeNode()?.getText()) }));
  const methods = d.getMethods().map((m) => ({ name: m.getName(), optional: m.hasQuestionToken(), type: text(m.getText().slice(m.getName().length)) }));
  const index = d.getIndexSignatures().map((s) => ({ name: `[${s.getKeyName()}: ${text(s.getKeyTypeNode().getText())}]`, optional: false, type: text(s.getReturnTypeNode()?.getText()) }));
  const ext = d.getExtends().map((e) => ({ name: 'extends', optional: false, type: text(e.getText()) }));
  return [...members, ...methods, ...index, ...ext];
}

function paramOf(p: ParameterDeclaration): TsParam {
  return { name: p.getName(), optional: p.hasQuestionToken() || p.hasInitializer(), type: text(p.getTypeNode()?.getText()) };
}

const isPublic = (n: Node) => Node.isModifierable(n) && !n.hasModifier('private') && !n.hasModifier('protected');

function classMembers(d: ClassDeclaration, prefix: string, file: string, add: (s: TsSymbol) => void): void {
  const name = prefix + (d.getName() ?? 'default');
  add({ name, kind: 'class', file, members: d.getExtends() ? [{ name: 'extends', optional: false, type: text(d.getExtends()!.getText()) }] : [] });
  for (const c of d.getConstructors()) add({ name: `${name}.constructor`, kind: 'method', file, params: c.getParameters().map(paramOf), type: name });
  for (const m of d.getMethods().filter((x) => isPublic(x) && !/^[_#]/.test(x.getName()))) {
    add({ name: `${name}.${m.getName()}`, kind: 'method', file, params: m.getParameters().map(paramOf), type: text(m.getReturnTypeNode()?.getText()) });
  }
  for (const p of d.getProperties().filter((x) => isPublic(x) && !/^[_#]/.test(x.getName()))) {
    add({ name: `${name}.${p.getName()}`, kind: 'property', file, type: text(p.getTypeNode()?.getText() ?? p.getInitializer()?.getText().replace(/^new (\w+)\(.*$/, '$1')) });
  }
}
