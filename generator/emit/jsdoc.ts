/**
 * The one way spec text reaches a comment. `*​/` would end the comment early, and `/*` derails
 * ts-morph's writer (it tracks comment state and mangles what follows), so both are broken up with a
 * backslash. An `@` that begins a line would begin a tag (`@deprecated` would strike the method out in
 * editors; a Java `@Override` in a fenced example cut the description there), so it gets the backslash
 * Markdown escapes it with, and editors show `@`. A control character is shown as its escape (`\u0000`).
 * The rest is kept as written (JSDoc renders Markdown).
 */
import type { JSDocStructure, JSDocTagStructure, OptionalKind } from 'ts-morph';
import { StructureKind } from 'ts-morph';
import { showControlCharacters } from '../util/control-characters.js';

export function neutralizeComment(text: string): string {
  return showControlCharacters(text)
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .replace(/\r\n?/g, '\n')
    .replace(/^([ \t]*)@/gm, '$1\\@')
    .trimEnd();
}

export interface DocTag {
  readonly tagName: string;
  readonly text?: string | undefined;
}

/** A JSDoc block from paragraphs (empty ones dropped) and tags; `[]` when there is nothing to say. */
export function jsDoc(paragraphs: readonly (string | undefined)[], tags: readonly DocTag[] = []): OptionalKind<JSDocStructure>[] {
  const text = paragraphs
    .filter((p): p is string => p !== undefined && p.trim() !== '')
    .map(neutralizeComment)
    .join('\n\n');
  if (text === '' && tags.length === 0) return [];
  const tagStructures: OptionalKind<JSDocTagStructure>[] = tags.map((t) => ({
    kind: StructureKind.JSDocTag,
    tagName: t.tagName,
    text: t.text === undefined ? undefined : neutralizeComment(t.text),
  }));
  return [{ kind: StructureKind.JSDoc, description: text === '' ? undefined : text, tags: tagStructures }];
}
