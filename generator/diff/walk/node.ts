/** A value in one loaded document together with where it is: the unit every diff step compares. */
import type { SourceLocation } from '../../diagnostics.js';
import { locate, type LoadedSpec } from '../../load/load-spec.js';
import { followRefs } from '../../validate/context.js';
import { joinPointer } from '../../util/pointer.js';
import { isObject } from '../../util/json.js';

export interface Node {
  readonly file: string;
  readonly pointer: string;
  readonly value: unknown;
}

export type Obj = Record<string, unknown>;

export function rootOf(spec: LoadedSpec): Node {
  return { file: spec.entry, pointer: '', value: spec.sources.get(spec.entry)?.value };
}

/** The child at `tokens` (not following `$ref`s); its value is `undefined` when absent. */
export function child(node: Node, ...tokens: readonly (string | number)[]): Node {
  let value: unknown = node.value;
  for (const t of tokens) value = isObject(value) || Array.isArray(value) ? (value as Obj)[t as string] : undefined;
  return { file: node.file, pointer: joinPointer(node.pointer, ...tokens), value };
}

/** Follows a chain of `$ref`s (across files) to the value. */
export function deref(spec: LoadedSpec, node: Node): Node {
  return followRefs(spec, node.file, node.pointer, node.value);
}

/** The node's members as `[key, child]`, in document order; none when it is not a mapping. */
export function entries(node: Node): [string, Node][] {
  return isObject(node.value) ? Object.keys(node.value).map((k) => [k, child(node, k)]) : [];
}

/**
 * The document's webhooks: `webhooks` (3.1), then those of `x-webhooks` (where 3.0 specs such as GitHub's
 * keep them) not already named, as the generator reads them.
 */
export function webhookEntries(spec: LoadedSpec): [string, Node][] {
  const own = entries(child(rootOf(spec), 'webhooks'));
  const named = new Set(own.map(([name]) => name));
  return [...own, ...entries(child(rootOf(spec), 'x-webhooks')).filter(([name]) => !named.has(name))];
}

/** Where a document's webhooks are, to locate one that is missing there: `webhooks`, unless only `x-webhooks` exists. */
export function webhooksHome(spec: LoadedSpec): Node {
  const [own, extension] = [child(rootOf(spec), 'webhooks'), child(rootOf(spec), 'x-webhooks')];
  return own.value === undefined && extension.value !== undefined ? extension : own;
}

export function items(node: Node): Node[] {
  return Array.isArray(node.value) ? node.value.map((_, i) => child(node, i)) : [];
}

export function where(spec: LoadedSpec, node: Node): SourceLocation {
  const source = spec.sources.get(node.file);
  return source ? locate(source, node.pointer) : { file: node.file, pointer: node.pointer, line: 0, column: 0 };
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
