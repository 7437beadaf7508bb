/** What a misspelt name most likely meant, among the names known there. */

/**
 * The known name `name` most likely meant: the same letters ignoring case and separators, or few edits
 * away (a letter added, dropped, changed, or two swapped): one for a name of up to four letters, two
 * for a longer one. Two edits in four letters make another word (`host` is not a misspelt `port`).
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  const plain = (s: string): string => s.toLowerCase().replace(/[-_.]/g, '');
  const allowed = plain(name).length <= 4 ? 1 : 2;
  const scored = known.map((k) => ({ k, d: plain(k) === plain(name) ? 0 : editDistance(plain(k), plain(name)) }));
  const best = scored.sort((a, b) => a.d - b.d)[0];
  return best && best.d <= allowed ? best.k : undefined;
}

/** Edits from `a` to `b`, a swap of two neighbouring letters counted as one (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const changed = rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      const swapped = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] ? rows[i - 2]![j - 2]! + 1 : Infinity;
      row[j] = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, changed, swapped);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}
