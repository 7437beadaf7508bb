/**
 * Converting the targets `Fragments` collected, file by file: each node in the role its `$ref` gave it,
 * set in place in a copy of the file (nothing is written back into the parsed value).
 */
import { getAtPointer, splitPointer } from '../../util/pointer.js';
import type { ParsedSource } from '../yaml-source.js';
import { type ConversionContext, type ConversionProblem, type Json } from './context.js';
import type { Fragments, Target } from './fragments.js';
import { Moves, type Site } from './moves.js';
import { convertPathItem } from './operations.js';
import { bodyRequest, convertParameter } from './parameters.js';
import { convertResponse } from './responses.js';
import { convertSchema } from './schema.js';
import { isObject } from '../../util/json.js';

export interface ConvertedPart {
  readonly value: unknown;
  readonly moves: Moves;
  readonly problems: readonly ConversionProblem[];
}

export function convertParts(sources: ReadonlyMap<string, ParsedSource>, fragments: Fragments): Map<string, ConvertedPart> {
  const edits = new Map<string, { moves: Moves; problems: ConversionProblem[]; replaced: { pointer: string; node: unknown }[] }>();
  for (let target = fragments.next(); target; target = fragments.next()) {
    const edit = edits.get(target.file) ?? { moves: new Moves(), problems: [], replaced: [] };
    edits.set(target.file, edit);
    const ctx: ConversionContext = { file: target.file, fragments, moves: edit.moves, refs: [], problems: edit.problems, ...target.media };
    const node = getAtPointer(sources.get(target.file)!.value, target.pointer);
    edit.replaced.push({ pointer: target.pointer, node: convertInRole(target, node, { pointer: target.pointer, original: target.pointer }, ctx) });
  }
  const parts = new Map<string, ConvertedPart>();
  for (const [file, { moves, problems, replaced }] of edits) {
    // Outer nodes first: a node inside one converted before is set again, converted on its own.
    const ordered = [...replaced].sort((a, b) => a.pointer.length - b.pointer.length);
    parts.set(file, { moves, problems, value: ordered.reduce((root, { pointer, node }) => setAt(root, splitPointer(pointer), node), sources.get(file)!.value) });
  }
  return parts;
}

function convertInRole(target: Target, node: unknown, site: Site, ctx: ConversionContext): unknown {
  if (target.role === 'schema') return convertSchema(node, site, ctx);
  if (!isObject(node)) return node;
  switch (target.role) {
    case 'parameter':
      return node['in'] === 'body' ? bodyRequest(node, site, ctx, ctx.consumes) : convertParameter(node, site, ctx);
    case 'body':
      return bodyRequest(node, site, ctx, ctx.consumes);
    case 'response':
      return convertResponse(node, site, ctx, ctx.produces);
    case 'pathItem':
      return convertPathItem(node, site, ctx);
  }
}

/** `root` with the node at `tokens` replaced, copying only the objects on the way (spread keeps a `__proto__` key a plain key). */
function setAt(root: unknown, tokens: readonly string[], node: unknown): unknown {
  if (tokens.length === 0) return node;
  const [head, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(root)) return root.map((item, i) => (String(i) === head ? setAt(item, rest, node) : item));
  if (!isObject(root)) return root;
  const copy: Json = { ...root };
  Object.defineProperty(copy, head, { value: setAt(root[head], rest, node), enumerable: true, writable: true, configurable: true });
  return copy;
}
