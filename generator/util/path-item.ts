import { isObject } from "./json.js";

/**
 * The operations of a Path Item (OpenAPI 3.2 §4.8.9): its fixed fields `get` … `trace`, 3.2's `query`,
 * then 3.2's `additionalOperations`, whose keys are methods as they are sent (`COPY`, `LINK`). One list,
 * read by validation, the parser, webhooks and the spec review alike.
 */

/** The fixed fields of a Path Item that hold an operation. `query` is 3.2's; earlier documents do not use the key. */
export const FIXED_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'] as const;

/** Where a document keeps its webhooks' path items: 3.1's `webhooks`, and `x-webhooks` as 3.0 specs (GitHub's) keep them. */
export const WEBHOOK_MAPS = ['webhooks', 'x-webhooks'] as const;

export interface PathItemOperation {
  /** The method as it is sent: upper case for a fixed field (`GET`), as written for an additional one. */
  readonly method: string;
  /** The pointer tokens from the path item to the operation: `['get']`, `['additionalOperations', 'COPY']`. */
  readonly tokens: readonly string[];
  readonly op: Record<string, unknown>;
}

export function pathItemOperations(item: unknown): PathItemOperation[] {
  if (!isObject(item)) return [];
  const out: PathItemOperation[] = [];
  for (const key of FIXED_METHODS) {
    const op = item[key];
    if (isObject(op)) out.push({ method: key.toUpperCase(), tokens: [key], op });
  }
  const additional = item['additionalOperations'];
  for (const [method, op] of Object.entries(isObject(additional) ? additional : {})) {
    // A fixed method written here belongs in its own field (3.2 forbids it); read it there only.
    if (isObject(op) && !(FIXED_METHODS as readonly string[]).includes(method.toLowerCase())) out.push({ method, tokens: ['additionalOperations', method], op });
  }
  return out;
}
