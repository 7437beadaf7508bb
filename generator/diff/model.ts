/**
 * The spec diff's data model: one `SpecChange` per difference between two OpenAPI documents, each with a
 * stable rule id, where it is in both documents, and its wire verdict.
 */
import type { SourceLocation } from '../diagnostics.js';

/** Whether a change can break an existing client on the wire. */
export type Verdict = 'breaking' | 'not-breaking' | 'undecidable';

/**
 * Which way data flows where the change is: a request may only accept more, a response may only promise
 * more. `none` is for document-level changes (security schemes, webhooks, servers).
 */
export type Direction = 'request' | 'response' | 'none';

/** Where in an operation a schema sits; decides the verdict's direction and the oasdiff id prefix. */
export type Container = 'body' | 'parameter' | 'header';

/** Where a change is, beyond its direction. */
export interface Site {
  readonly direction: Direction;
  /** `operation`, `parameter`, `request-body`, `response`, … for changes outside schemas. */
  readonly area: string;
  /** For schema changes: the schema's container and whether the change is below its root. */
  readonly container?: Container | undefined;
  readonly nested?: boolean | undefined;
  /** For parameters: `path`, `query`, `header`, `cookie`. */
  readonly paramIn?: string | undefined;
  /** Parameters declared on the path item apply to all its operations ("default" parameters). */
  readonly pathLevel?: boolean | undefined;
  /** The media type of a body, when the change is inside one. */
  readonly mediaType?: string | undefined;
  /** Inside a read-only property (clients do not send it) or a write-only one (servers do not return it). */
  readonly readOnly?: boolean | undefined;
  readonly writeOnly?: boolean | undefined;
}

export interface SpecChange {
  /** Stable rule id, e.g. `schema.max-length.decreased`; see `rules.ts`. */
  readonly rule: string;
  readonly verdict: Verdict;
  readonly site: Site;
  /** `POST /pets`, or `''` for a document-level change. */
  readonly operation: string;
  /** What changed, in words a reviewer reads: `request body application/json: /name`. */
  readonly subject: string;
  readonly message: string;
  /** Where the changed node is (or would be) in each document. */
  readonly base?: SourceLocation | undefined;
  readonly revision?: SourceLocation | undefined;
  /** Why the verdict differs from the rule's usual one (a read-only property, a constraint with no effect). */
  readonly note?: string | undefined;
  /**
   * Where the `$ref`s are that took the two sides to different schemas, when the change is inside such
   * schemas (a property that named `simple-user` and now names `nullable-simple-user`, which differ in
   * `nullable`): the change is located in the schemas, and is the property's. Read by the trace.
   */
  readonly via?: { readonly base?: SourceLocation | undefined; readonly revision?: SourceLocation | undefined } | undefined;
}

export const VERDICT_ORDER: readonly Verdict[] = ['breaking', 'undecidable', 'not-breaking'];
