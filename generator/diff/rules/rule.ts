/**
 * A rule: one kind of change, with how it affects clients. The verdict follows from the rule's effect on
 * the set of valid messages and the direction of the message (the direction rule): a request may only
 * accept more, a response may only promise more.
 */
import type { Direction, Verdict } from '../model.js';

/**
 * - `narrows`: fewer messages are valid (a tighter constraint): breaks requests, not responses.
 * - `widens`: more messages are valid: breaks responses, not requests.
 * - `changes`: some become valid, others invalid: breaks both.
 * - `neutral`: the set of valid messages stays the same.
 * - an explicit verdict per direction, for what the spec alone cannot decide.
 */
export type Effect = 'narrows' | 'widens' | 'changes' | 'neutral' | ExplicitEffect;

export interface ExplicitEffect {
  readonly request?: Verdict;
  readonly response?: Verdict;
  readonly none?: Verdict;
}

/**
 * The matching oasdiff rule: a suffix after the site's prefix (`max-length-decreased` becomes
 * `request-body-max-length-decreased`), or, with a leading `=`, a whole id; per direction when they differ.
 */
export type OasdiffRef = string | { readonly request?: string; readonly response?: string; readonly none?: string };

export interface Rule {
  /** Stable id, `area.subject.change`. Never renamed: reviewers and suppressions refer to it. */
  readonly id: string;
  readonly effect: Effect;
  /** What happened, as a reviewer reads it: `maxLength decreased`. */
  readonly summary: string;
  readonly oasdiff?: OasdiffRef | undefined;
  /**
   * Set when the verdict follows oasdiff's convention rather than the direction rule alone, with why; the
   * reference table in docs/spec-diff.md shows it.
   */
  readonly convention?: string | undefined;
}

export function verdictOf(effect: Effect, direction: Direction): Verdict {
  if (typeof effect === 'object') return effect[direction] ?? 'not-breaking';
  switch (effect) {
    case 'narrows':
      return direction === 'request' ? 'breaking' : 'not-breaking';
    case 'widens':
      return direction === 'response' ? 'breaking' : 'not-breaking';
    case 'changes':
      return direction === 'none' ? 'not-breaking' : 'breaking';
    case 'neutral':
      return 'not-breaking';
  }
}

export function rule(id: string, effect: Effect, summary: string, oasdiff?: OasdiffRef, convention?: string): Rule {
  return { id, effect, summary, oasdiff, convention };
}
