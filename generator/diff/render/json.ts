/** The review as JSON for machines: every spec change with its oasdiff id, the TypeScript changes, the bump. */
import { oasdiffId } from '../oasdiff-map.js';
import type { Review } from '../review.js';

export function renderJson(r: Review): string {
  const value = {
    base: r.base,
    revision: r.revision,
    convertedFrom: r.convertedFrom,
    verdict: r.verdict,
    exitCode: r.exitCode,
    specChanges: r.spec.map((c, i) => ({ index: i + 1, ...c, oasdiff: oasdiffId(c) })),
    typescript: r.typescript.ok
      ? { compared: true, changes: r.typescript.changes.map((c) => ({ ...c, causes: c.causes.map((i) => i + 1) })), filesChanged: r.typescript.filesChanged }
      : { compared: false, reason: r.typescript.reason },
    bump: r.bump,
    newGenerationErrors: r.newGenerationErrors,
    newGenerationWarnings: r.newGenerationWarnings,
  };
  return `${JSON.stringify(value, null, 2)}\n`;
}
