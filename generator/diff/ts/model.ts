/** A change to the generated package's public TypeScript surface, and how it affects code that uses it. */
import type { Role } from './roles.js';

/**
 * - `breaking`: code that compiled against the old package may not compile (or may misbehave) now.
 * - `addition`: new surface; existing code is unaffected.
 * - `compatible`: a change existing code cannot notice (an input that accepts more, an output that
 *   promises more).
 */
export type TsImpact = 'breaking' | 'addition' | 'compatible';

export interface TsChange {
  /** `Session.status`, `ActiveSession.kickParticipants`, `Poll`. */
  readonly symbol: string;
  readonly change: 'added' | 'removed' | 'renamed' | 'changed';
  readonly impact: TsImpact;
  readonly roles: readonly Role[];
  readonly before?: string | undefined;
  readonly after?: string | undefined;
  readonly why: string;
  /** Indexes of the spec changes that explain it (set by `trace.ts`). */
  readonly causes: readonly number[];
}

const ORDER: readonly TsImpact[] = ['breaking', 'addition', 'compatible'];

export function worst(impacts: readonly TsImpact[]): TsImpact | undefined {
  return ORDER.find((i) => impacts.includes(i));
}
