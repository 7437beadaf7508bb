/**
 * A model renamed though nothing changed in its own schema, its key qualified by a namespace: the
 * component schemas added or removed whose keys end as its own does (`io.k8s.api.core.v2.Pod` added
 * beside `…v1.Pod`, which is then `V1Pod`: normalize/qualified-names.ts). They competed for its name;
 * without them the review says the rename has no spec change behind it.
 */
import { splitPointer } from '../../util/pointer.js';
import type { SpecChange } from '../model.js';

/** The indexes of `changes` that compete for the name of the model at `pointer` (in the base). */
export function nameCompetitors(pointer: string, changes: readonly SpecChange[]): number[] {
  const tail = qualifiedTail(pointer);
  if (tail === undefined) return [];
  return changes.flatMap((c, i) => {
    const at = c.rule === 'component.schema.added' ? c.revision?.pointer : c.rule === 'component.schema.removed' ? c.base?.pointer : undefined;
    return at !== undefined && at !== pointer && qualifiedTail(at) === tail ? [i] : [];
  });
}

/** The last segment of a component key qualified by a namespace (`Pod` of `io.k8s.api.core.v1.Pod`), lower-cased. */
function qualifiedTail(pointer: string): string | undefined {
  const segments = (splitPointer(pointer).at(-1) ?? '').split('.');
  return segments.length >= 3 ? segments.at(-1)!.toLowerCase() : undefined;
}
