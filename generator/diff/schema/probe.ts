/**
 * Answers to "do these two schemas compare the same?" (pairing `oneOf` branches by content), kept per pair
 * of documents: a schema shared by many operations is probed once per place it is paired, which on
 * Cloudflare's 2023 and 2024 specs was 19,331 probes of 6,664 pairs.
 *
 * A walk cuts a cycle where it meets a pair already on its stack, and stops below 64 levels, so a probe's
 * answer can depend on the pairs being compared around it. An answer is kept only when no pair it walked
 * was on that stack and it never reached the depth limit, and reused only under the same conditions:
 * then the walk would be step for step the same.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { perDocumentPair } from './pair-memo.js';

/** What a probing walk records as it goes: every pair it met and its deepest stack. */
export interface Probe {
  readonly visited: Set<string>;
  deepest: number;
}

export interface Answer {
  readonly same: boolean;
  readonly visited: ReadonlySet<string>;
  /** Levels below the probed pair. */
  readonly depth: number;
}

/** Deeper than this, a schema walk stops (`diffSchema`). */
export const MAX_STACK = 64;

const answersFor = perDocumentPair<Answer>();

function meets(visited: ReadonlySet<string>, stack: ReadonlySet<string>): boolean {
  for (const key of stack) if (visited.has(key)) return true;
  return false;
}

/** The kept answer for `key` (the pair and what the walk's checks read), if it holds under `stack`. */
export function knownAnswer(base: LoadedSpec, revision: LoadedSpec, key: string, stack: ReadonlySet<string>): Answer | undefined {
  const answer = answersFor(base, revision).get(key);
  return !answer || stack.size + answer.depth > MAX_STACK || meets(answer.visited, stack) ? undefined : answer;
}

export function keepAnswer(base: LoadedSpec, revision: LoadedSpec, key: string, stack: ReadonlySet<string>, probe: Probe, same: boolean): Answer {
  const answer = { same, visited: probe.visited, depth: probe.deepest - stack.size };
  if (probe.deepest <= MAX_STACK && !meets(probe.visited, stack)) answersFor(base, revision).set(key, answer);
  return answer;
}

/** A probe inside a probe: the outer answer depends on every pair the inner one walked. */
export function includeAnswer(outer: Probe, inner: Answer, stack: ReadonlySet<string>): void {
  for (const key of inner.visited) outer.visited.add(key);
  outer.deepest = Math.max(outer.deepest, stack.size + inner.depth);
}
