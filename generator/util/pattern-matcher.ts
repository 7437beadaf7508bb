/**
 * A spec's `pattern` run on a string in time linear in the string (an automaton, `regex/run.ts`): the
 * generator tests its made-up example values against patterns, the review tests enum values.
 * JavaScript's backtracking `RegExp` takes time exponential in the string on some published patterns: a
 * gravatar URL's `^(https?:\/\/)?([\da-z\.-]+)\.([a-z\.]{2,6})([\/\w \.-]*)*\/?$` (in APIs.guru) ran
 * for minutes on 80 characters it does not match. Read with the `u` flag, as JSON Schema asks, where
 * that reads it, else without (`[\w-_]` and `\_` are errors under `u`, and common). A pattern outside
 * the regular part of the syntax (a lookaround, a backreference, `\b`) or too large for an automaton
 * is left to `RegExp`.
 */
import { searchAutomaton } from './regex/automaton.js';
import { parseRegex } from './regex/parse.js';
import { ANY, MAX_CODE_POINT } from './regex/ranges.js';
import { accepts } from './regex/run.js';

export interface PatternMatcher {
  /** Whether the pattern matches somewhere in the text, as JSON Schema reads a pattern (unanchored). */
  test(text: string): boolean;
}

const compiled = new Map<string, PatternMatcher | undefined>();

/** The matcher of an ECMA-262 pattern, with the `u` flag or else without; undefined when neither reading takes it. */
export function patternMatcher(source: string): PatternMatcher | undefined {
  if (!compiled.has(source)) compiled.set(source, compile(source));
  return compiled.get(source);
}

function compile(source: string): PatternMatcher | undefined {
  const reading = ecmaReading(source);
  if ('error' in reading) return undefined;
  const { unicode } = reading;
  const tree = parseRegex(source, unicode ? 'ecma-unicode' : 'ecma');
  const automaton = tree && searchAutomaton(tree, unicode ? [[0, MAX_CODE_POINT]] : ANY);
  return automaton ? { test: (text) => accepts(automaton, text, unicode) } : new RegExp(source, unicode ? 'u' : '');
}

/** How ECMAScript reads a pattern: with the `u` flag where that takes it, else without; else why it does not. */
export function ecmaReading(source: string): { readonly unicode: boolean } | { readonly error: string } {
  let error = '';
  for (const unicode of [true, false]) {
    try {
      new RegExp(source, unicode ? 'u' : '');
      return { unicode };
    } catch (thrown) {
      error = (thrown as Error).message;
    }
  }
  return { error };
}

/** Whether ECMAScript takes `pattern` with the `u` flag, the reading JSON Schema asks for. */
export function readsWithUnicodeFlag(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}
