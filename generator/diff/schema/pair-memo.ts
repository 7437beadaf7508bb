/**
 * A map kept per pair of loaded documents, dropped with them: what a review learns about one base and
 * revision (which schema pairs are the same text, what a probe answered) holds for them alone.
 */
import type { LoadedSpec } from '../../load/load-spec.js';

export function perDocumentPair<V>(): (base: LoadedSpec, revision: LoadedSpec) => Map<string, V> {
  const maps = new WeakMap<LoadedSpec, WeakMap<LoadedSpec, Map<string, V>>>();
  return (base, revision) => {
    let byRevision = maps.get(base);
    if (!byRevision) maps.set(base, (byRevision = new WeakMap()));
    let map = byRevision.get(revision);
    if (!map) byRevision.set(revision, (map = new Map()));
    return map;
  };
}
