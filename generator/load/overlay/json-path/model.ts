/**
 * A JSONPath query as read (RFC 9535's selectors, segments and filter expressions), and what running one
 * gives: the nodes found, each with its location.
 */

/** A node the query selected: its value and where it stands, from the root (names and array indexes). */
export interface FoundNode {
  readonly value: unknown;
  readonly location: readonly (string | number)[];
}

/** A query the RFC does not allow. */
export class JsonPathError extends Error {
  /** `index`: where in the query, counting from 0. */
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

export type Selector =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'wildcard' }
  | { readonly kind: 'index'; readonly index: number }
  | { readonly kind: 'slice'; readonly start?: number | undefined; readonly end?: number | undefined; readonly step?: number | undefined }
  | { readonly kind: 'filter'; readonly test: Expr };

export interface Segment {
  /** `..`: the selectors apply to the node and to every node below it. */
  readonly descendant: boolean;
  readonly selectors: readonly Selector[];
}

export interface Query {
  /** From the root (`$`), else from the node a filter tests (`@`). */
  readonly absolute: boolean;
  readonly segments: readonly Segment[];
}

export type Comparable = { readonly kind: 'literal'; readonly value: unknown } | { readonly kind: 'query'; readonly query: Query } | FunctionCall;

export interface FunctionCall {
  readonly kind: 'function';
  readonly name: string;
  readonly args: readonly (Comparable | Expr)[];
}

export type Expr =
  | { readonly kind: 'or' | 'and'; readonly parts: readonly Expr[] }
  | { readonly kind: 'not'; readonly expr: Expr }
  | { readonly kind: 'compare'; readonly op: string; readonly left: Comparable; readonly right: Comparable }
  | { readonly kind: 'exists'; readonly query: Query }
  | { readonly kind: 'test'; readonly call: FunctionCall };

/**
 * What a function takes and gives (RFC 9535 2.4.1): a value (ValueType), a query's nodes (NodesType), or a
 * logical result (LogicalType), which only a test reads and no comparison may take.
 */
export interface Signature {
  readonly params: readonly ('value' | 'nodes')[];
  readonly result: 'value' | 'logical';
}

/** The RFC's functions (section 2.4), by name, with their types. */
export const FUNCTIONS: Readonly<Record<string, Signature>> = {
  length: { params: ['value'], result: 'value' },
  count: { params: ['nodes'], result: 'value' },
  match: { params: ['value', 'value'], result: 'logical' },
  search: { params: ['value', 'value'], result: 'logical' },
  value: { params: ['nodes'], result: 'value' },
};

/** Nothing: what a singular query that selects no node gives in a comparison (RFC 9535 2.3.5.2.2). */
export const NOTHING: unique symbol = Symbol('nothing');

/** A query made of name and index selectors only, one per segment: it selects at most one node. */
export function singular(query: Query): boolean {
  return query.segments.every((s) => !s.descendant && s.selectors.length === 1 && (s.selectors[0]!.kind === 'name' || s.selectors[0]!.kind === 'index'));
}
