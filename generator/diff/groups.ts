/**
 * Spec changes that are one edit seen from several places: an edit to a shared schema is reported for
 * every operation, status and media type that uses it, each time with the same rule, verdict, message and
 * locations. A reviewer reads it once, with the operations it reaches.
 */
import type { SpecChange } from './model.js';

export interface ChangeGroup {
  /** 1-based, in the order of each group's first change: the `#` the comment cites. */
  readonly number: number;
  readonly first: SpecChange;
  readonly changes: readonly SpecChange[];
  /** The distinct operations, in order; `''` (a document-level change) left out. */
  readonly operations: readonly string[];
}

export interface Grouped {
  readonly groups: readonly ChangeGroup[];
  /** The group of the change at `index` in the list given. */
  readonly groupOf: (index: number) => ChangeGroup;
}

export function groupChanges(changes: readonly SpecChange[]): Grouped {
  const byKey = new Map<string, { number: number; first: SpecChange; changes: SpecChange[]; operations: Set<string> }>();
  const indexToKey: string[] = [];
  for (const change of changes) {
    const key = keyOf(change);
    indexToKey.push(key);
    const group = byKey.get(key) ?? { number: byKey.size + 1, first: change, changes: [], operations: new Set<string>() };
    byKey.set(key, group);
    group.changes.push(change);
    if (change.operation !== '') group.operations.add(change.operation);
  }
  const groups = new Map([...byKey].map(([key, g]) => [key, { ...g, operations: [...g.operations] }]));
  return { groups: [...groups.values()], groupOf: (index) => groups.get(indexToKey[index]!)! };
}

/** What makes two changes one edit; a change without locations is its own. */
function keyOf(c: SpecChange): string {
  const at = (loc: SpecChange['base']) => (loc ? `${loc.file}#${loc.pointer}` : '');
  if (!c.base && !c.revision) return `${c.operation}|${c.subject}|${c.rule}|${c.message}`;
  return JSON.stringify([c.verdict, c.rule, c.message, c.note ?? '', at(c.base), at(c.revision)]);
}
