/**
 * Parses one YAML (or JSON) text into a plain value plus the line and column of every node, keyed by
 * JSON pointer. Positions are what make every later diagnostic and diff entry point at the spec.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
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
  if (doc.errors.length > 0) {
    return { ok: false, diagnostics: doc.errors.map((e) => yamlDiagnostic(file, e, lineCounter)) };
  }
  const positions = new Map<string, Position>();
  const at = (offset: number | undefined): Position => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const value = toPlain(doc, doc.contents as Node | null, '', positions, at);
  if (!positions.has('')) positions.set('', { line: 1, column: 1 });
  return { ok: true, source: { file, value, positions } };
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

function toPlain(
  doc: Document,
  node: Node | null,
  pointer: string,
  positions: Map<string, Position>,
  at: (offset: number | undefined) => Position,
): unknown {
  if (node === null || node === undefined) return null;
  if (!positions.has(pointer)) positions.set(pointer, at(node.range?.[0]));
  if (isAlias(node)) return toPlain(doc, node.resolve(doc) as Node, pointer, positions, at);
  if (isScalar(node)) return node.value;
  if (isSeq(node)) {
    return node.items.map((item, i) => toPlain(doc, item as Node, joinPointer(pointer, i), positions, at));
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    // Merge keys first, so that the map's own keys (and their positions) win over merged ones.
    for (const source of mergeSources(doc, node.items.filter((pair) => isMergeKey(pair.key)))) {
      const merged = toPlain(doc, source, pointer, positions, at) as Record<string, unknown>;
      for (const key of Object.keys(merged)) define(out, key, merged[key]);
    }
    for (const pair of node.items.filter((p) => !isMergeKey(p.key))) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const child = joinPointer(pointer, key);
      if (isScalar(pair.key)) positions.set(child, at(pair.key.range?.[0]));
      define(out, key, toPlain(doc, pair.value as Node | null, child, positions, at));
    }
    return out;
  }
  return null;
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
