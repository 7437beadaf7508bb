/** The RFC's five functions (RFC 9535 2.4): `length`, `count`, `match`, `search` and `value`. */
import { searchAutomaton, wholeAutomaton, type Automaton } from '../../../util/regex/automaton.js';
import { parseRegex } from '../../../util/regex/parse.js';
import { MAX_CODE_POINT } from '../../../util/regex/ranges.js';
import { accepts } from '../../../util/regex/run.js';
import { isObject } from '../../../util/json.js';
import { NOTHING, type FoundNode } from './model.js';

/** A call's arguments as the function reads them: a value (or Nothing, or a logical result), or a query's nodes. */
export interface Arguments {
  value(i: number): unknown;
  nodes(i: number): readonly FoundNode[];
  /** A pattern `match()` or `search()` could not run, and why: each gave false. */
  unrun(pattern: string, reason: string): void;
}

/** A function's result: a value, Nothing, or a logical result (boolean). */
export function callFunction(name: string, args: Arguments): unknown {
  switch (name) {
    case 'length': {
      const v = args.value(0);
      if (typeof v === 'string') return [...v].length;
      if (Array.isArray(v)) return v.length;
      return isObject(v) ? Object.keys(v).length : NOTHING;
    }
    case 'count':
      return args.nodes(0).length;
    case 'value': {
      const found = args.nodes(0);
      return found.length === 1 ? found[0]!.value : NOTHING;
    }
    case 'match':
    case 'search': {
      const [text, pattern] = [args.value(0), args.value(1)];
      if (typeof text !== 'string' || typeof pattern !== 'string') return false;
      const compiled = iRegexp(pattern, name === 'match');
      if ('unrun' in compiled) {
        args.unrun(pattern, compiled.unrun);
        return false;
      }
      return accepts(compiled.automaton, text, true);
    }
    default:
      return NOTHING;
  }
}

const compiled = new Map<string, { automaton: Automaton } | { unrun: string }>();

/**
 * An I-Regexp (RFC 9485) as an automaton over code points, run in time linear in the text: the pattern is
 * the spec author's, and JavaScript's backtracking `RegExp` takes exponential time on some of them
 * (`(a+)+$` on thirty `a`s and a `!` runs for minutes), which would hang the generator.
 *
 * What `new RegExp(pattern, 'u')` refuses is no regular expression at all: false, as RFC 9535 (2.4.6,
 * 2.4.7) says for a pattern that is not an I-Regexp. ECMAScript syntax beyond I-Regexp that describes a
 * regular language (`\d`, `(?:…)`, `^` and `$` as anchors, as other implementations read them) is run too.
 * What the automaton cannot run is false as well, and named in a warning (`unrun`) rather than handed to
 * `RegExp`: lookarounds, backreferences and `\b` (no I-Regexp has them), and counts above 1000 or
 * automata of more than 20,000 states (`a{5000}`). `RegExp` is not safe even for those without nested
 * quantifiers: `.*.*.*x` takes time the cube of the text's length.
 */
function iRegexp(pattern: string, whole: boolean): { automaton: Automaton } | { unrun: string } {
  const key = `${whole ? 'match' : 'search'}:${pattern}`;
  let known = compiled.get(key);
  if (!known) {
    known = compile(pattern, whole);
    compiled.set(key, known);
  }
  return known;
}

function compile(pattern: string, whole: boolean): { automaton: Automaton } | { unrun: string } {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { unrun: `not a regular expression (${(error as Error).message})` };
  }
  const tree = parseRegex(pattern, 'i-regexp');
  if (!tree) return { unrun: 'it uses a lookaround, a backreference, a word boundary or a count above 1000, which the generator does not run' };
  const automaton = whole ? wholeAutomaton(tree) : searchAutomaton(tree, [[0, MAX_CODE_POINT]]);
  return automaton ? { automaton } : { unrun: 'it is too large to run (more than 20,000 states)' };
}
