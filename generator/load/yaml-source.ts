/**
 * Parses one YAML (or JSON) text into a plain value plus the line and column of every node, keyed by
 * JSON pointer. Positions are what make every later diagnostic and diff entry point at the spec.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Alias, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics.js';
import { joinPointer } from '../util/pointer.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface ParsedSource {
  readonly file: string;
  readonly value: unknown;
  /** Pointer → where the node starts; for a mapping entry, where its key starts. */
  readonly positions: ReadonlyMap<string, Position>;
  /**
   * For a document converted from an older format (Swagger 2.0): the pointer, in the file as written,
   * of what stands at a pointer of the converted value. `positions` are keyed by those pointers.
   */
  readonly origin?: ((pointer: string) => string) | undefined;
  /** The format the file was written in, when it was converted (`Swagger 2.0`). */
  readonly convertedFrom?: string | undefined;
  /** What its conversion found that breaks the rules of the format it was written in, located as written. */
  readonly conversionProblems?: readonly Diagnostic[] | undefined;
  /**
   * For a document an overlay changed: where what stands at a pointer (in the document as written) came
   * from, the document itself (at the pointer it had before) or the overlay that wrote it.
   */
  readonly trace?: ((pointer: string) => { readonly source: ParsedSource; readonly pointer: string }) | undefined;
}

export type ParseResult =
  | { readonly ok: true; readonly source: ParsedSource }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

export function parseYamlSource(file: string, text: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, merge: true });
  const positions = new Map<string, Position>();
  const at = (offset: number | undefined): Position => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  // Where the stack ran out decides how the parser words it: a collection it could not finish, or a
  // scalar's tag it could not resolve (`TAG_RESOLVE_FAILED`), the engine's message either way.
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION' || e.message.startsWith('Maximum call stack size exceeded'));
  if (exhausted) return { ok: false, diagnostics: [tooDeepToParse(file, doc, exhausted.pos[0], at)] };
  if (doc.errors.length > 0) {
    return { ok: false, diagnostics: doc.errors.map((e) => yamlDiagnostic(file, e, lineCounter)) };
  }
  const converter = new PlainConverter(doc, positions, at, aliasBudget(text));
  let value: unknown;
  try {
    value = converter.convert(doc.contents as Node | null, '');
  } catch (error) {
    if (!(error instanceof NodeProblem)) throw error;
    return { ok: false, diagnostics: [error.diagnostic(file)] };
  }
  if (!positions.has('')) positions.set('', { line: 1, column: 1 });
  return { ok: true, source: { file, value, positions } };
}

/**
 * How many values aliases may produce in all: a spec shares a response or a schema a few dozen times,
 * while aliases of aliases multiply (nine lines of nine aliases each make 387 million values, filling
 * the memory: the "billion laughs"). A bound that grows with the text keeps big specs that share much
 * readable; the `yaml` package's own `maxAliasCount` guard works the same way.
 */
export function aliasBudget(text: string): number {
  return Math.max(100_000, text.length);
}

/**
 * How deep values may nest in a document. Every step after loading walks the value recursively, and
 * past a few thousand levels one overflows the stack; a spec needs a few dozen (schemas may nest 100).
 */
export const MAX_NESTING = 500;

export const TOO_DEEP_MESSAGE = `values nest more than ${MAX_NESTING} levels deep here; no spec needs that many, and reading them would overflow the stack`;

/**
 * A node that cannot be read: an alias that contains itself or whose expansion passes the budget, or a
 * value nested too deep. Thrown out of the recursion, reported at the node.
 */
export class NodeProblem extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly pointer: string,
    readonly position: Position,
  ) {
    super(message);
  }

  diagnostic(file: string): Diagnostic {
    return { severity: 'error', code: this.code, message: this.message, location: { file, pointer: this.pointer, ...this.position } };
  }
}

/**
 * The error for a text nested so deep that the YAML parser ran out of stack composing it (a few hundred to
 * a few thousand levels, with the stack the process has left): the parser catches the `RangeError` and
 * reports it as a `RESOURCE_EXHAUSTION` error at the collection it could not finish, often once for each
 * level it then unwinds through, and would read as "not valid YAML: Maximum call stack size exceeded".
 * What it did compose (every level above that collection) is read as a spec is, so the error is the
 * usual `nesting-too-deep`, at the value where the limit is passed. Should the stack have run out before
 * that (the parser called from deep inside another recursion), the error stands at the collection the
 * parser stopped at, in the deepest value found there. Other errors in the text are not reported: after
 * the overflow, what the parser says of the rest is not to be trusted.
 */
function tooDeepToParse(file: string, doc: Document, offset: number, at: (offset: number | undefined) => Position): Diagnostic {
  const positions = new Map<string, Position>();
  try {
    new PlainConverter(doc, positions, at, Infinity).convert(doc.contents as Node | null, '');
  } catch (error) {
    if (error instanceof NodeProblem && error.code === 'nesting-too-deep') return error.diagnostic(file);
    if (!(error instanceof NodeProblem) && !(error instanceof RangeError)) throw error;
  }
  const position = at(offset);
  const pointer = deepestAt(positions, position);
  const message = `values nest too deep here for the YAML parser, which ran out of stack; no spec needs more than ${MAX_NESTING} levels`;
  return { severity: 'error', code: 'nesting-too-deep', message, location: { file, pointer, ...position } };
}

/** The pointer of the last node that starts at or before a position: the one holding that place. */
function deepestAt(positions: ReadonlyMap<string, Position>, position: Position): string {
  let best = { pointer: '', line: 0, column: 0 };
  for (const [pointer, p] of positions) {
    const before = p.line < position.line || (p.line === position.line && p.column <= position.column);
    const later = p.line > best.line || (p.line === best.line && p.column >= best.column);
    if (before && later) best = { pointer, ...p };
  }
  return best.pointer;
}

function yamlDiagnostic(file: string, error: { message: string; pos: [number, number] }, lc: LineCounter): Diagnostic {
  const p = lc.linePos(error.pos[0]);
  const firstLine = error.message.split('\n')[0] ?? error.message;
  return {
    severity: 'error',
    code: 'yaml-syntax',
    message: `not valid YAML: ${firstLine.replace(/ at line \d+, column \d+:?$/, '')}`,
    location: { file, pointer: '', line: p.line, column: p.col },
  };
}

interface Expansion {
  readonly name: string;
  readonly pointer: string;
  readonly position: Position;
}

/** The document as plain values, every alias expanded, recording the position of each pointer on the way. */
class PlainConverter {
  /** The collections being converted, outermost first: an alias to one of them contains itself. */
  private readonly open = new Set<Node>();
  /** The alias (or merge key) written in the document whose expansion is under way: a problem is reported there. */
  private outerExpansion: Expansion | undefined;
  private expanded = 0;
  private depth = 0;

  constructor(
    private readonly doc: Document,
    private readonly positions: Map<string, Position>,
    private readonly at: (offset: number | undefined) => Position,
    private readonly budget: number,
  ) {}

  convert(node: Node | null, pointer: string): unknown {
    if (node === null || node === undefined) return null;
    if (!this.positions.has(pointer)) this.positions.set(pointer, this.at(node.range?.[0]));
    if (this.outerExpansion !== undefined) this.countExpanded();
    if (isAlias(node)) return this.expandAlias(node, pointer);
    if (isScalar(node)) return node.value;
    if (!isSeq(node) && !isMap(node)) return null;
    if (this.depth >= MAX_NESTING) throw new NodeProblem('nesting-too-deep', TOO_DEEP_MESSAGE, pointer, this.positions.get(pointer)!);
    this.open.add(node);
    this.depth++;
    try {
      return isSeq(node) ? this.sequence(node.items as Node[], pointer) : this.mapping(node.items, pointer);
    } finally {
      this.open.delete(node);
      this.depth--;
    }
  }

  private sequence(items: readonly Node[], pointer: string): unknown[] {
    return items.map((item, i) => this.convert(item, joinPointer(pointer, i)));
  }

  private mapping(pairs: readonly { key: unknown; value: unknown }[], pointer: string): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    // Merge keys first, so that the map's own keys (and their positions) win over merged ones.
    const merges = pairs.filter((pair) => isMergeKey(pair.key));
    for (const source of mergeSources(this.doc, merges)) {
      const at = this.at((merges[0]!.key as Node).range?.[0]);
      const merged = this.expanding({ name: 'the merge key (<<)', pointer, position: at }, () => this.convertAliased(source, pointer, 'a merge key (<<)', at));
      for (const key of Object.keys(merged as object)) define(out, key, (merged as Record<string, unknown>)[key]);
    }
    for (const pair of pairs.filter((p) => !isMergeKey(p.key))) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = joinPointer(pointer, key);
      if (isScalar(pair.key)) this.positions.set(child, this.at(pair.key.range?.[0]));
      define(out, key, this.convert(pair.value as Node | null, child));
    }
    return out;
  }

  private expandAlias(alias: Alias, pointer: string): unknown {
    const at = this.at(alias.range?.[0]);
    const name = `the alias *${alias.source}`;
    return this.expanding({ name, pointer, position: at }, () => this.convertAliased(alias.resolve(this.doc) as Node, pointer, name, at));
  }

  /** Runs `expand`, counting the values it produces against the budget of the outermost expansion. */
  private expanding<T>(expansion: Expansion, expand: () => T): T {
    const outermost = this.outerExpansion === undefined;
    if (outermost) this.outerExpansion = expansion;
    try {
      return expand();
    } finally {
      if (outermost) this.outerExpansion = undefined;
    }
  }

  /** A node reached through an alias or a merge key: one that is being converted would never end. */
  private convertAliased(node: Node, pointer: string, name: string, at: Position): unknown {
    if (this.open.has(node)) {
      throw new NodeProblem('yaml-alias-recursive', `${name} refers to a node that contains it, so its value would never end`, pointer, at);
    }
    return this.convert(node, pointer);
  }

  private countExpanded(): void {
    if (++this.expanded <= this.budget) return;
    const alias = this.outerExpansion!;
    const message = `YAML aliases expand to more than ${this.budget.toLocaleString('en-US')} values, passing the bound at ${alias.name} (aliases within aliases multiply, as in a "billion laughs"); write the shared parts out, or share less`;
    throw new NodeProblem('yaml-alias-limit', message, alias.pointer, alias.position);
  }
}

/** defineProperty, not assignment: a key named "__proto__" must stay a plain key. */
function define(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `<<`, YAML 1.1's merge key, which hand-written specs use to share parts (`<<: *common`). */
function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';
}

/**
 * The maps merged into one, last first: a merge key's value is a map (an alias to one) or a list of
 * them, and the earlier ones win (yaml.org/type/merge.html), so they are laid on last.
 */
function mergeSources(doc: Document, pairs: readonly { value: unknown }[]): Node[] {
  const resolve = (node: unknown): Node => (isAlias(node) ? (node.resolve(doc) as Node) : (node as Node));
  const sources = pairs.flatMap((pair) => {
    const value = resolve(pair.value);
    return isSeq(value) ? value.items.map(resolve) : [value];
  });
  return sources.filter((source) => isMap(source)).reverse();
}
