/**
 * The schema diff's entry point: every keyword check, run at each level of the walk. The order is the
 * order changes are reported in: the schema's own type and values first, then its structure.
 */
import type { DiffContext, Scope } from '../walk/context.js';
import type { Node } from '../walk/node.js';
import { checkBounds, checkSteps } from './bounds.js';
import { checkComposition } from './composition.js';
import { flattenRegroupedAllOf } from './flatten-all-of.js';
import { checkProperties } from './properties.js';
import { checkSubschemas } from './subschemas.js';
import { checkTypes } from './types.js';
import { checkValues } from './values.js';
import { anyOfWrapping, compareWithEachBranch } from './wrapped-any-of.js';
import { diffSchema, type Check, type SchemaWalk } from './walk.js';

const KEYWORD_CHECKS: readonly Check[] = [checkTypes, checkValues, checkBounds, checkSteps, checkProperties, checkSubschemas, checkComposition];

/** A schema wrapped in an `anyOf` of schemas (or unwrapped) is compared with the branches; any other, keyword by keyword. */
const checkLevel: Check = (w, b, r) => {
  const wrapping = anyOfWrapping(w, b, r);
  if (wrapping) compareWithEachBranch(w, b, r, wrapping);
  else for (const check of KEYWORD_CHECKS) check(w, b, r);
};

const CHECKS: readonly Check[] = [checkLevel];

export function schemaWalk(ctx: DiffContext, scope: Scope, mediaType?: string): SchemaWalk {
  const loose = mediaType !== undefined && !/json|\*/i.test(mediaType);
  return { ctx, scope, path: '', readOnly: false, writeOnly: false, loose, stack: new Set(), checks: CHECKS, prepare: flattenRegroupedAllOf };
}

/** Compares the schemas at `base` and `revision` (in their documents) as seen from `scope`. */
export function compareSchemas(ctx: DiffContext, scope: Scope, base: Node, revision: Node, mediaType?: string): void {
  diffSchema(schemaWalk(ctx, scope, mediaType), base, revision);
}
