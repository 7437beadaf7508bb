/**
 * OpenAPI Overlays (1.0 and 1.1) applied to the entry document as it was written, before anything reads
 * it: a team that generates from a spec it does not own (a vendor's, regenerated on every release) keeps
 * its settings (`x-sdk`, `x-sdk-resource`, `x-sdk-method`…) and fixes in an overlay instead of a fork.
 *
 * Each action's `target` (an RFC 9535 query) selects nodes; `remove: true` removes them; else `update`, or
 * the one node `copy` selects (1.1), is merged into each object (mappings merged key by key, lists
 * concatenated, anything else replaced), appended to each list, or put in place of a scalar. Actions run in
 * order, overlays in the order given. What an overlay wrote is located in the overlay, so a diagnostic
 * about it names the overlay's line.
 */
import type { Diagnostic } from '../../diagnostics.js';
import { isObject } from '../../util/json.js';
import { joinPointer, splitPointer } from '../../util/pointer.js';
import { locate } from '../locate.js';
import type { ParsedSource } from '../yaml-source.js';
import { JsonPathError, queryNodes, type FoundNode } from './json-path.js';
import { actionsOf, extendsOther, type OverlayAction } from './document.js';

/** Where a node came from: a document and a pointer in it. */
interface Origin {
  readonly source: ParsedSource;
  readonly pointer: string;
}

export interface Overlaid {
  readonly source: ParsedSource;
  readonly diagnostics: readonly Diagnostic[];
  readonly warnings: readonly Diagnostic[];
}

/**
 * The entry document with every overlay applied, changed in place. An error stops the load, so a
 * document some actions changed before it is never read.
 */
export function applyOverlays(spec: ParsedSource, overlays: readonly ParsedSource[]): Overlaid {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const origins = new Origins(spec);
  const root = { value: spec.value };
  for (const overlay of overlays) {
    const read = actionsOf(overlay);
    diagnostics.push(...read.diagnostics);
    warnings.push(...read.warnings, ...[extendsOther(overlay, spec.file)].filter((w) => w !== undefined));
    if (read.diagnostics.length > 0) continue;
    for (const action of read.actions) {
      const problems = applyAction(root, action, overlay, origins);
      diagnostics.push(...problems.filter((d) => d.severity === 'error'));
      warnings.push(...problems.filter((d) => d.severity === 'warning'));
    }
  }
  if (diagnostics.length > 0) return { source: spec, diagnostics, warnings };
  return { source: { ...spec, value: root.value, trace: (pointer) => origins.trace(root.value, pointer) }, diagnostics, warnings };
}

function applyAction(root: { value: unknown }, action: OverlayAction, overlay: ParsedSource, origins: Origins): Diagnostic[] {
  const at = (field: string, code: string, message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({ severity, code, message, location: locate(overlay, joinPointer(action.pointer, field)) });
  const unrun: Diagnostic[] = [];
  const nodes = select(root.value, action.target, 'target', at, unrun);
  if (!Array.isArray(nodes)) return [nodes];
  if (nodes.length === 0) return [...unrun, at('target', 'overlay-target-unmatched', `the target ${JSON.stringify(action.target)} selects nothing in the spec: the action changes nothing`, 'warning')];
  if (action.remove) return [...unrun, ...removeAll(root, nodes, at)];
  const update = updateOf(root.value, action, overlay, at, origins, unrun);
  if ('problem' in update) return [...unrun, update.problem];
  for (const node of nodes) {
    const problem = updateOne(root, node, update.value, update.origin, origins);
    if (problem) return [...unrun, at(update.field, 'overlay-update', problem)];
  }
  return unrun;
}

type Locator = (field: string, code: string, message: string, severity?: Diagnostic['severity']) => Diagnostic;

/**
 * The value the action merges: its `update`, else a copy of the one node `copy` selects, taken before any
 * target changes: a node copied into targets inside itself (`$.paths` into each parameter) would
 * otherwise hold every earlier copy, doubling with each target.
 */
function updateOf(document: unknown, action: OverlayAction, overlay: ParsedSource, at: Locator, origins: Origins, unrun: Diagnostic[]): { value: unknown; origin: Origin; field: string } | { problem: Diagnostic } {
  if (action.update !== undefined || action.copy === undefined) return { value: action.update, origin: { source: overlay, pointer: joinPointer(action.pointer, 'update') }, field: 'update' };
  const found = select(document, action.copy, 'copy', at, unrun);
  if (!Array.isArray(found)) return { problem: found };
  if (found.length !== 1) return { problem: at('copy', 'overlay-copy', `copy ${JSON.stringify(action.copy)} must select one node, and selects ${found.length}`) };
  const origin = { source: overlay, pointer: joinPointer(action.pointer, 'copy') };
  return { value: origins.copy(found[0]!.value, origin), origin, field: 'copy' };
}

/**
 * The nodes the action's `target` or `copy` selects, or the located error when it is no JSONPath query.
 * A `match()` or `search()` pattern the generator does not run (not a regular expression, or beyond what
 * it matches in linear time) selects nothing, and adds a located warning to `unrun`, once per pattern.
 */
function select(document: unknown, query: string, field: 'target' | 'copy', at: Locator, unrun: Diagnostic[]): FoundNode[] | Diagnostic {
  const told = new Set<string>();
  const tell = (pattern: string, reason: string) => {
    if (told.has(pattern)) return;
    told.add(pattern);
    unrun.push(at(field, 'overlay-pattern', `the pattern ${JSON.stringify(pattern)} in ${field === 'target' ? 'the target' : 'copy'} matches nothing: ${reason}`, 'warning'));
  };
  try {
    return queryNodes(document, query, tell);
  } catch (error) {
    if (!(error instanceof JsonPathError)) throw error;
    const named = `${field === 'target' ? 'the target' : 'copy'} ${JSON.stringify(query)}`;
    return at(field, `overlay-${field}`, `${named} is not a JSONPath query (RFC 9535): ${error.message}, at character ${error.index + 1}`);
  }
}

/** Merges into an object, appends to a list, replaces a scalar; a reason when the update does not fit. */
function updateOne(root: { value: unknown }, node: FoundNode, update: unknown, origin: Origin, origins: Origins): string | undefined {
  if (isObject(node.value)) {
    if (!isObject(update)) return `the target selects an object (${where(node)}), which only a mapping can be merged into`;
    origins.merge(node.value, update, origin);
  } else if (Array.isArray(node.value)) {
    origins.append(node.value, update, origin);
  } else if (node.location.length === 0) {
    root.value = origins.copy(update, origin);
  } else {
    // Gone when an earlier node's update replaced a mapping above it (`$..*` selects a node and what is
    // inside it): nothing of the document is left to change there.
    const parent = parentHolding(root.value, node);
    if (parent !== undefined) origins.put(parent, node.location.at(-1)!, update, origin);
  }
  return undefined;
}

/** Removes each node from where it stands; the last first, so a list's earlier indexes still hold. */
function removeAll(root: { value: unknown }, nodes: readonly FoundNode[], at: Locator): Diagnostic[] {
  if (nodes.some((n) => n.location.length === 0)) return [at('target', 'overlay-remove-root', 'the target selects the whole spec, which cannot be removed')];
  for (const node of [...nodes].reverse()) {
    const parent = parentHolding(root.value, node);
    const key = node.location.at(-1)!;
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else if (isObject(parent)) delete parent[String(key)];
  }
  return [];
}

/**
 * The container holding the node where the query found it, or none when the document no longer has it
 * there: an earlier update or removal of the same action replaced or moved what held it.
 */
function parentHolding(document: unknown, node: FoundNode): Record<string, unknown> | unknown[] | undefined {
  let parent: unknown;
  let value = document;
  for (const key of node.location) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    parent = value;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value === node.value ? (parent as Record<string, unknown> | unknown[]) : undefined;
}

function where(node: FoundNode): string {
  return node.location.length === 0 ? 'the root' : `#${joinPointer('', ...node.location)}`;
}

/** Where every node of the overlaid document came from, kept as overlays change it. */
class Origins {
  /** Each object and list of the document as written, by the pointer it had. */
  private readonly written = new WeakMap<object, string>();
  /** Each object and list an overlay wrote. */
  private readonly copied = new WeakMap<object, Origin>();
  /** For a container, the members an overlay set, each with where. */
  private readonly members = new WeakMap<object, Map<string, Origin>>();

  constructor(private readonly spec: ParsedSource) {
    this.index(spec.value, '');
  }

  private index(value: unknown, pointer: string): void {
    if (value === null || typeof value !== 'object' || this.written.has(value)) return;
    this.written.set(value, pointer);
    if (Array.isArray(value)) value.forEach((item, i) => this.index(item, `${pointer}/${i}`));
    else for (const [key, item] of Object.entries(value)) this.index(item, joinPointer(pointer, key));
  }

  /** Mappings merged key by key, lists concatenated, anything else replaced. */
  merge(target: Record<string, unknown>, update: Record<string, unknown>, origin: Origin): void {
    for (const [key, value] of Object.entries(update)) {
      const at = { source: origin.source, pointer: joinPointer(origin.pointer, key) };
      const existing = Object.hasOwn(target, key) ? target[key] : undefined;
      if (isObject(existing) && isObject(value)) this.merge(existing, value, at);
      else if (Array.isArray(existing) && Array.isArray(value)) value.forEach((item, i) => this.append(existing, item, { source: at.source, pointer: `${at.pointer}/${i}` }));
      else this.put(target, key, value, at);
    }
  }

  append(list: unknown[], value: unknown, origin: Origin): void {
    list.push(this.copy(value, origin));
    this.mark(list, String(list.length - 1), origin);
  }

  put(parent: Record<string, unknown> | unknown[], key: string | number, value: unknown, origin: Origin): void {
    defineMember(parent, key, this.copy(value, origin));
    this.mark(parent, String(key), origin);
  }

  /** A deep copy, each of its containers remembered as the overlay's, so one action may write it twice. */
  copy(value: unknown, origin: Origin): unknown {
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    this.copied.set(out, origin);
    for (const [key, item] of Object.entries(value)) {
      defineMember(out, key, this.copy(item, { source: origin.source, pointer: joinPointer(origin.pointer, key) }));
    }
    return out;
  }

  private mark(container: object, key: string, origin: Origin): void {
    const set = this.members.get(container) ?? new Map<string, Origin>();
    set.set(key, origin);
    this.members.set(container, set);
  }

  /** Where the node at `pointer` of the overlaid document came from. */
  trace(root: unknown, pointer: string): Origin {
    const tokens = splitPointer(pointer);
    // nodes[i]: the node the first i tokens lead to (undefined past a missing one).
    const nodes: unknown[] = [root];
    for (const token of tokens) {
      const container = nodes.at(-1);
      nodes.push(container !== null && typeof container === 'object' && Object.hasOwn(container, token) ? (container as Record<string, unknown>)[token] : undefined);
    }
    // The deepest node whose origin is known; the tokens below it extend its pointer.
    for (let depth = tokens.length; depth > 0; depth--) {
      const container = nodes[depth - 1];
      const known = this.originOf(nodes[depth]) ?? (container !== null && typeof container === 'object' ? this.members.get(container)?.get(tokens[depth - 1]!) : undefined);
      if (known) return below(known, tokens.slice(depth));
    }
    return below(this.originOf(root) ?? { source: this.spec, pointer: '' }, tokens);
  }

  private originOf(value: unknown): Origin | undefined {
    if (value === null || typeof value !== 'object') return undefined;
    const written = this.written.get(value);
    return written !== undefined ? { source: this.spec, pointer: written } : this.copied.get(value);
  }
}

/** Defined, not assigned: a member named `__proto__` is data, not the object's prototype. */
function defineMember(container: object, key: string | number, value: unknown): void {
  Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
}

function below(origin: Origin, tokens: readonly string[]): Origin {
  return tokens.length === 0 ? origin : { source: origin.source, pointer: joinPointer(origin.pointer, ...tokens) };
}
