/**
 * RFC 9535 JSONPath queries, the language an OpenAPI Overlay's `target` is written in: `$.info`,
 * `$.paths['/zones/{zone_id}'].get`, `$.paths.*.*[?@.operationId == 'zones-0-get']`, `$..parameters[0]`.
 * Every selector and segment of the RFC is read: names, wildcards, indexes, slices, filters with
 * comparisons, `&&`, `||`, `!`, existence tests and the five functions (`length`, `count`, `match`,
 * `search`, `value`). Each node found comes with its location, so an overlay can change it in place and a
 * diagnostic can say where. A query the RFC does not allow is a `JsonPathError` naming the character.
 *
 * This module is the whole interface; `json-path/` holds the model, the scanner and parser, and the evaluator.
 */
import { evaluate } from './json-path/evaluate.js';
import type { FoundNode } from './json-path/model.js';
import { Parser } from './json-path/parser.js';

export { JsonPathError, type FoundNode } from './json-path/model.js';

/**
 * The nodes `query` selects in `root`, in the order the RFC gives them. `unrun` hears of each pattern a
 * `match()` or `search()` could not run (and counted as no match), with the reason.
 */
export function queryNodes(root: unknown, query: string, unrun: (pattern: string, reason: string) => void = () => {}): FoundNode[] {
  const parsed = new Parser(query).query();
  return evaluate(parsed.segments, [{ value: root, location: [] }], { root, unrun });
}
