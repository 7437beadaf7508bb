/**
 * The compiler's word on the type changes the text comparison can only call "type changed" (a response
 * now an alias of a renamed component that also changed inside, an intersection rebuilt): both packages
 * in one TypeScript program, and for each such type a probe that assigns the new type to the old (an
 * output: code that reads it still compiles when every new value is an old one) and the old to the new
 * (an input: values callers built still compile). Where TypeScript accepts every direction the type's
 * roles need, the change is compatible; where it refuses, its own reason says why. A probe that cannot
 * name both types, or that meets `any`, leaves the row as it was.
 */
import { Project, ts } from 'ts-morph';
import type { TsChange } from './model.js';
import type { Role } from './roles.js';
import { lastPart, ownerOf, type Surface } from './surface.js';

/** One side of the review: the generated package's files (`src/…`) and its surface. */
export interface CheckedSide {
  readonly files: ReadonlyMap<string, string>;
  readonly surface: Surface;
}

/** What the text comparison could not explain: a whole type, or one member of an interface, "type changed". */
const UNEXPLAINED = /^(items: )?type changed( \((input|output|input and output) type\))?$/;

interface Probe {
  readonly row: number;
  /** The type on each side, as the probe file writes it (`b3.Pet`, `a0.Pet['tags']`). */
  readonly before: string;
  readonly after: string;
  readonly roles: readonly Role[];
}

/**
 * `changes` with each unexplained breaking type change checked by TypeScript. `renames`: old qualified
 * name → new, as the comparison found them.
 */
export function checkTypeChanges(changes: readonly TsChange[], before: CheckedSide, after: CheckedSide, renames: ReadonlyMap<string, string>): TsChange[] {
  const verdicts = compilerVerdicts(changes, before, after, renames, (c) => c.impact === 'breaking' && UNEXPLAINED.test(c.why));
  return changes.map((c, row) => {
    const verdict = verdicts.get(row);
    if (verdict === undefined) return c;
    return verdict.refused === undefined ? { ...c, impact: 'compatible', why: `${c.why}, ${compatibleWhy(c.roles)} (checked by TypeScript)` } : { ...c, why: `${c.why}: ${verdict.refused}` };
  });
}

/**
 * TypeScript's verdict on each changed type or member that `select` picks, by row, where a probe could
 * read both types. The review asks about the rows the text comparison could not explain; a benchmark
 * asks about all of them, to see where the two disagree.
 */
export function compilerVerdicts(changes: readonly TsChange[], before: CheckedSide, after: CheckedSide, renames: ReadonlyMap<string, string>, select: (c: TsChange) => boolean): Map<number, Verdict> {
  const oldName = new Map([...renames].map(([from, to]) => [to, from]));
  const files = new ImportedFiles();
  const probes = changes.flatMap((c, row) => (c.change === 'changed' && select(c) ? (probeOf(row, c, before, after, oldName, files) ?? []) : []));
  return probes.length === 0 ? new Map() : runProbes(probes, files, before.files, after.files);
}

function compatibleWhy(roles: readonly Role[]): string {
  if (roles.length > 1) return 'but each type is assignable to the other';
  return roles[0] === 'output' ? 'but every new value is assignable to the old type: code that reads it still compiles' : 'but every old value is assignable to the new type: values callers build still compile';
}

/** The probe's aliases of the packages' files: `b0` for the base's `src/models.ts`. */
class ImportedFiles {
  readonly aliases = new Map<string, string>();
  alias(side: 'before' | 'after', file: string): string {
    const key = `/${side}/${file}`;
    let alias = this.aliases.get(key);
    if (alias === undefined) this.aliases.set(key, (alias = `${side[0]}${this.aliases.size}`));
    return alias;
  }
}

/** How the probe names the row's type on each side, or nothing when the row is not about a type. */
function probeOf(row: number, c: TsChange, before: CheckedSide, after: CheckedSide, oldName: ReadonlyMap<string, string>, files: ImportedFiles): Probe | undefined {
  const refer = (side: 'before' | 'after', s: CheckedSide, name: string): string | undefined => {
    const whole = s.surface.get(name);
    if (whole) return whole.kind === 'type' || whole.kind === 'interface' ? `${files.alias(side, whole.file)}.${name}` : undefined;
    // A member of an interface, or of the interface an alias names (compared member by member).
    const owner = s.surface.get(ownerOf(name));
    if (owner?.kind !== 'interface' && owner?.kind !== 'type') return undefined;
    return `${files.alias(side, owner.file)}.${ownerOf(name)}[${JSON.stringify(lastPart(name))}]`;
  };
  const owner = ownerOf(c.symbol);
  const was = oldName.get(c.symbol) ?? (owner !== '' && oldName.has(owner) ? `${oldName.get(owner)}.${lastPart(c.symbol)}` : c.symbol);
  const [b, a] = [refer('before', before, was), refer('after', after, c.symbol)];
  return b === undefined || a === undefined ? undefined : { row, before: b, after: a, roles: c.roles };
}

export interface Verdict {
  /** TypeScript's reason for refusing an assignment the roles need; none: it accepts them all. */
  readonly refused?: string;
}

/**
 * One program, one probe file: after the imports, each check a declaration of the source type and, on
 * the next line, its assignment to the target type.
 */
function runProbes(probes: readonly Probe[], files: ImportedFiles, before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Map<number, Verdict> {
  const lines = [...files.aliases].map(([path, alias]) => `import type * as ${alias} from '${path.replace(/\.ts$/, '.js')}';`);
  // An output's new value must be an old one; an input's old value must be a new one.
  const checks = probes.flatMap((probe) => probe.roles.map((role): [Probe, string, string, Role] => (role === 'output' ? [probe, probe.after, probe.before, role] : [probe, probe.before, probe.after, role])));
  for (const [n, [, source, target]] of checks.entries()) lines.push(`declare const s${n}: ${source};`, `const t${n}: ${target} = s${n};`);
  const program = programOf(new Map([...prefixed('/before/', before), ...prefixed('/after/', after), [PROBE, `${lines.join('\n')}\n`]]));
  // Lib files that did not load would leave `Array` and its kin `any`: nothing is decided then.
  if (program.getGlobalDiagnostics().length > 0 || program.getOptionsDiagnostics().length > 0) return new Map();
  const probeFile = program.getSourceFile(PROBE)!;
  const byLine = new Map<number, ts.Diagnostic[]>();
  for (const d of program.getSemanticDiagnostics(probeFile)) {
    const line = probeFile.getLineAndCharacterOfPosition(d.start ?? 0).line;
    byLine.set(line, [...(byLine.get(line) ?? []), d]);
  }
  const checker = program.getTypeChecker();
  const verdicts = new Map<number, Verdict | null>();
  for (const [n, [probe, , , role]] of checks.entries()) {
    const at = files.aliases.size + 2 * n;
    const assignment = byLine.get(at + 1) ?? [];
    const unreadable = byLine.has(at) || assignment.some((d) => !ASSIGNABILITY.has(d.code)) || [at, at + 1].some((i) => declaresAny(probeFile.statements[i], checker));
    const earlier = verdicts.get(probe.row);
    // One direction the probe cannot read leaves the row as it was; the first refusal is the reason.
    if (earlier === null || earlier?.refused !== undefined) continue;
    if (unreadable) verdicts.set(probe.row, null);
    else if (assignment.length > 0) verdicts.set(probe.row, { refused: reason(assignment[0]!) });
    else verdicts.set(probe.row, lostMember(checker, declaredType(probeFile, at, checker), declaredType(probeFile, at + 1, checker), role) ?? {});
  }
  return new Map([...verdicts].filter((e): e is [number, Verdict] => e[1] !== null));
}

const PROBE = '/probe.ts';

function declaredType(file: ts.SourceFile, line: number, checker: ts.TypeChecker): ts.Type {
  const statement = file.statements[line] as ts.VariableStatement;
  return checker.getTypeAtLocation(statement.declarationList.declarations[0]!);
}

/**
 * A member the old type had and the new one lacks, which assignability alone lets through: an optional
 * member dropped. The new type is still assignable to the old, yet code that reads the member (an
 * output) or an object literal that sets it (an input: TypeScript refuses unknown members there) no
 * longer compiles. `source` and `target` are the probe's: new and old for an output, old and new for an
 * input. Looks a few levels deep, through members both sides have.
 */
function lostMember(checker: ts.TypeChecker, source: ts.Type, target: ts.Type, role: Role): Verdict | undefined {
  const [before, after] = role === 'output' ? [target, source] : [source, target];
  const lost = lostPath(checker, before, after, role, 0, new Set());
  if (lost === undefined) return undefined;
  const effect = role === 'output' ? 'code that reads it no longer compiles' : 'object literals that set it no longer compile';
  return { refused: `member \`${lost.join('.')}\` is gone: ${effect}` };
}

const LOST_DEPTH = 4;

function lostPath(checker: ts.TypeChecker, before: ts.Type, after: ts.Type, role: Role, depth: number, seen: Set<ts.Type>): string[] | undefined {
  if (depth >= LOST_DEPTH || seen.has(before)) return undefined;
  // Items of a list are read and built as the list's members are.
  if (checker.isArrayType(before) && checker.isArrayType(after)) return lostPath(checker, itemType(checker, before), itemType(checker, after), role, depth + 1, seen);
  if (!isObjectLike(before, checker) || !isObjectLike(after, checker)) return undefined;
  seen.add(before);
  for (const member of checker.getPropertiesOfType(before)) {
    const name = member.getName();
    const kept = hasMember(checker, after, name, role);
    if (!kept) return [name];
    const inner = lostPath(checker, memberType(checker, before, name), memberType(checker, after, name), role, depth + 1, seen);
    if (inner !== undefined) return [name, ...inner];
  }
  return undefined;
}

/**
 * An output's member is readable where every member of a union has it (what `getPropertiesOfType`
 * gives); an input's object literal may set a member that any member of the union declares.
 */
function hasMember(checker: ts.TypeChecker, type: ts.Type, name: string, role: Role): boolean {
  const parts = role === 'input' && type.isUnion() ? type.types : [type];
  return parts.some((part) => checker.getPropertyOfType(part, name) !== undefined || checker.getIndexInfosOfType(part).length > 0);
}

function memberType(checker: ts.TypeChecker, type: ts.Type, name: string): ts.Type {
  const symbol = checker.getPropertyOfType(type, name);
  return symbol === undefined ? checker.getAnyType() : checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
}

function itemType(checker: ts.TypeChecker, list: ts.Type): ts.Type {
  return checker.getNonNullableType(checker.getTypeArguments(list as ts.TypeReference)[0] ?? checker.getAnyType());
}

/** Object types whose members are data: not arrays, whose members are the array's methods. */
function isObjectLike(type: ts.Type, checker: ts.TypeChecker): boolean {
  const parts = type.isUnionOrIntersection() ? type.types : [type];
  return parts.every((part) => (part.flags & ts.TypeFlags.Object) !== 0 && !checker.isArrayType(part) && !checker.isTupleType(part));
}

/** TypeScript's codes for "this value is not assignable to that type", and nothing else. */
const ASSIGNABILITY = new Set([2322, 2739, 2740, 2741, 2559, 2375, 2719]);

function declaresAny(statement: ts.Statement | undefined, checker: ts.TypeChecker): boolean {
  if (!statement || !ts.isVariableStatement(statement)) return true;
  const declaration = statement.declarationList.declarations[0]!;
  return (checker.getTypeAtLocation(declaration).flags & ts.TypeFlags.Any) !== 0;
}

function prefixed(prefix: string, files: ReadonlyMap<string, string>): [string, string][] {
  return [...files].filter(([path]) => path.endsWith('.ts')).map(([path, text]) => [`${prefix}${path}`, text]);
}

/**
 * A program over files held in memory. ts-morph's in-memory file system brings TypeScript's lib files
 * (without them `Array` would be `any`, and any change to an array would pass).
 */
function programOf(files: ReadonlyMap<string, string>): ts.Program {
  const project = new Project({ useInMemoryFileSystem: true, compilerOptions: OPTIONS });
  const fs = project.getFileSystem();
  for (const [path, text] of files) fs.writeFileSync(path, text);
  project.addSourceFileAtPath(PROBE);
  return project.getProgram().compilerObject;
}

const OPTIONS: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], skipLibCheck: true };

/** A step of TypeScript's elaboration into a property, the property named. */
const PROPERTY_STEP = /^Types of property '([^']+)' are incompatible\.$/;

/**
 * TypeScript's reason, in the package's names: where inside the type it fails (`result.meta`) and the
 * innermost message, without the probe's aliases of the packages' files.
 */
function reason(d: ts.Diagnostic): string {
  const chain = ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n').map((l) => l.trim());
  const path = chain.flatMap((l) => PROPERTY_STEP.exec(l)?.[1] ?? []);
  const innermost = chain.filter((l) => !PROPERTY_STEP.test(l)).at(-1) ?? chain[0]!;
  const plain = innermost.replace(/\b[ab]\d+\./g, '').replace(/import\("[^"]*"\)\./g, '').replace(/\.$/, '');
  return `${path.length > 0 ? `at \`${path.join('.')}\`, ` : ''}TypeScript says: ${plain}`;
}
