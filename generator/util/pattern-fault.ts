/**
 * What keeps a spec's `pattern` from holding the values it was written for: it is no ECMA-262 regular
 * expression (akeneo's `(?P<product_ref>.*)`, Python's named group), one no string matches (AWS Chime's
 * `^[-_a-zA-Z0-9]*$\{2,64\}$`; PeerTube's `/^[a-z0-9]$/`, a regular expression literal whose slashes are
 * read as characters), one escaped a second time (AWS Amplify's `\(\?s\).*`), or a regular expression
 * literal some string matches, which then must hold its slashes (linode's `/[a-z0-9-]+/`). A validating server
 * refuses the values meant there, so the parser warns, and example checks do not hold values against it
 * (`ir/scalar-value.ts`).
 */
import { ecmaReading } from './pattern-matcher.js';
import { searchAutomaton } from './regex/automaton.js';
import { acceptsNothing } from './regex/matches-nothing.js';
import { parseRegex, type RegexNode } from './regex/parse.js';
import { ANY, MAX_CODE_POINT } from './regex/ranges.js';

export type PatternFault =
  | { readonly kind: 'invalid'; readonly reason: string }
  /**
   * `anchors`: the pattern matches strings once its `^` and `$` are read as nothing; `escaped`: as for
   * `escaped-twice`, where the pattern is also that (SageMaker's `^\([\p\{L\}…]*\)$\{1,256\}`).
   */
  | { readonly kind: 'matches-nothing'; readonly anchors: boolean; readonly escaped?: string }
  /** `escaped`: the first of its own constructs the pattern escapes, as written (`\(\?`). */
  | { readonly kind: 'escaped-twice'; readonly escaped: string }
  /**
   * A regular expression literal some string matches, slashes and all (linode's `/[a-z0-9-]+/`, AWS
   * Kendra's `/arn:aws…:function:…(\/[0-9a-f]{8}…)?/`): `inner`, the pattern meant; `flags`, those after it.
   */
  | { readonly kind: 'literal'; readonly inner: string; readonly flags: string };

const faults = new Map<string, PatternFault | undefined>();

/** `source` in ECMA-262's syntax, read with the `u` flag where it reads so, else without (as `pattern-matcher.ts` does). */
export function patternFault(source: string): PatternFault | undefined {
  if (!faults.has(source)) faults.set(source, faultOf(source));
  return faults.get(source);
}

function faultOf(source: string): PatternFault | undefined {
  const reading = ecmaReading(source);
  if ('error' in reading) return { kind: 'invalid', reason: reading.error.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '') };
  const empty = emptiness(source, reading.unicode);
  const escaped = ESCAPED_CONSTRUCT.exec(source)?.[0];
  if (empty !== undefined) return escaped === undefined ? empty : { ...empty, escaped };
  if (escaped !== undefined) return { kind: 'escaped-twice', escaped };
  return literalOf(source);
}

/** A regular expression literal: `/^[a-z]+$/i`. */
export const LITERAL = /^\/(.+)\/([dgimsuvy]*)$/s;

/**
 * The pattern inside a regular expression literal's slashes, where nothing inside is an unescaped slash:
 * `/users/[0-9]+/` asks for a path's text, `/[a-z0-9-]+/` was copied from code with its delimiters.
 */
function literalOf(source: string): PatternFault | undefined {
  const literal = LITERAL.exec(source);
  if (literal === null || /(?<!\\)(?:\\\\)*\//.test(literal[1]!)) return undefined;
  return { kind: 'literal', inner: literal[1]!, flags: literal[2]! };
}

function emptiness(source: string, unicode: boolean): Extract<PatternFault, { kind: 'matches-nothing' }> | undefined {
  // Read as more strings than the pattern matches (lookarounds as nothing), so none matching is none matching.
  const tree = parseRegex(source, unicode ? 'ecma-unicode' : 'ecma', 'superset');
  const any = unicode ? [[0, MAX_CODE_POINT] as const] : ANY;
  const automaton = tree && searchAutomaton(tree, any);
  if (tree === undefined || automaton === undefined || !acceptsNothing(automaton)) return undefined;
  const loose = searchAutomaton(withoutAnchors(tree), any);
  return { kind: 'matches-nothing', anchors: loose !== undefined && !acceptsNothing(loose) };
}

/**
 * A group's `(?`, a property's `\p{`, a count's `{2,64}`, each escaped (`\(\?s\).*`, `\p\{L\}`,
 * `[0-9]\{12\}`): text no value holds, so the pattern was escaped a second time on its way into the
 * spec (AWS's: 123 places in 10 of APIs.guru's specs). It matches only strings holding that text.
 */
const ESCAPED_CONSTRUCT = /\\\(\\\?|\\p\\\{|\\\{\d+(?:,\d*)?\\\}/;

const NOTHING: RegexNode = { kind: 'sequence', items: [] };

function withoutAnchors(node: RegexNode): RegexNode {
  switch (node.kind) {
    case 'start':
    case 'end':
      return NOTHING;
    case 'sequence':
      return { kind: 'sequence', items: node.items.map(withoutAnchors) };
    case 'either':
      return { kind: 'either', options: node.options.map(withoutAnchors) };
    case 'repeat':
      return { ...node, node: withoutAnchors(node.node) };
    case 'chars':
      return node;
  }
}
