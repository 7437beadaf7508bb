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
  /**
   * A method declared by overloads: the parameters of each overload after the first, whose are `params`
   * (every overload the generator writes returns `type`).
   */
  readonly otherParams?: readonly (readonly TsParam[])[];
}

export type Surface = ReadonlyMap<string, TsSymbol>;

/** What a qualified name belongs to: `A.B` for `A.B.c` (a class, an interface or a namespace), `''` at the top. */
export function ownerOf(name: string): string {
  return name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : '';
}

/** A qualified name's last part: `c` for `A.B.c`. */
export function lastPart(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/**
 * A type as comparable text: the same however it was laid out. Spacing, a union's leading `|` (prettier
 * breaks a long union so) and parentheses are normalized, so a package run through prettier and the same
 * package as emitted (the review skips prettier) declare the same text.
 */
export function text(t: string | undefined): string {
  const flat = outsideLiterals(t ?? 'unknown', (rest) => spacing(spacing(rest).replace(/(^|[<(\[:,=])( ?)[|&] /g, '$1$2')));
  // Only a type with parentheses or an intersection (parenthesized inside a union) can need the parser.
  return /[(&]/.test(flat.replace(STRING_LITERAL, '')) ? outsideLiterals(withNeededParens(flat), spacing) : flat;
}

function spacing(t: string): string {
  return t.replace(/\s+/g, ' ').replace(/[;,]\s*}/g, ' }').replace(/,\s*([)\]>])/g, '$1').replace(/([<(\[]) /g, '$1').replace(/ ([)\]>])/g, '$1').trim();
}

const STRING_LITERAL = /'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;

/** `edit` applied to the text outside string literals, whose content is the type's (`'a  b'` is not `'a b'`). */
export function outsideLiterals(t: string, edit: (rest: string) => string): string {
  const literals: string[] = [];
  const rest = t.replace(STRING_LITERAL, (literal) => `\u0000${literals.push(literal) - 1}\u0000`);
  return edit(rest).replace(/\u0000(\d+)\u0000/g, (_, i: string) => literals[Number(i)]!);
}

/**
 * A type printed with only the parentheses its meaning needs: each parenthesized type is taken out, and
 * TypeScript's factory puts back those a parent requires (`(A | B)[]`) as it rebuilds the parent, and
 * those around an intersection in a union, as prettier does. Text that is not one type (a method's
 * signature) is returned as it was.
 */
function withNeededParens(t: string): string {
  const file = ts.createSourceFile('type.ts', `type T = ${t};`, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const [alias] = file.statements;
  const diagnostics = (file as unknown as { parseDiagnostics: readonly unknown[] }).parseDiagnostics;
  if (file.statements.length !== 1 || !alias || !ts.isTypeAliasDeclaration(alias) || diagnostics.length > 0) return t;
  const unwrap = (context: ts.TransformationContext) => {
    const visit = (node: ts.Node): ts.Node => {
      const rebuilt = ts.visitEachChild(node, visit, context);
      if (ts.isParenthesizedTypeNode(rebuilt)) return rebuilt.type;
      // Created anew, not updated: an update that changes no member keeps the node as written.
      return ts.isUnionTypeNode(rebuilt) ? context.factory.createUnionTypeNode(rebuilt.types) : rebuilt;
    };
    return (node: ts.TypeNode) => visit(node) as ts.TypeNode;
  };
  const [type] = ts.transform(alias.type, [unwrap]).transformed;
  return ts.createPrinter({ removeComments: true }).printNode(ts.EmitHint.Unspecified, type!, file);
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
    // Callers see the overloads, not the implementation's signature.
    const [first = m, ...others] = m.getOverloads();
    const otherParams = others.map((o) => o.getParameters().map(paramOf));
    add({ name: `${name}.${m.getName()}`, kind: 'method', file, params: first.getParameters().map(paramOf), type: text(first.getReturnTypeNode()?.getText()), ...(otherParams.length > 0 && { otherParams }) });
  }
  for (const p of d.getProperties().filter((x) => isPublic(x) && !/^[_#]/.test(x.getName()))) {
    add({ name: `${name}.${p.getName()}`, kind: 'property', file, type: text(p.getTypeNode()?.getText() ?? p.getInitializer()?.getText().replace(/^new (\w+)\(.*$/, '$1')) });
  }
}
