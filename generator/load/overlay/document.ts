/**
 * An Overlay document read and checked: its version (1.0 or 1.1), `info`, and each action with where it
 * stands. A document that is not an overlay is an error located in it; a field an action does not have
 * (`udpate`) is a warning, since the action would otherwise do less than meant without a word.
 */
import { posix } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { isObject } from '../../util/json.js';
import { joinPointer } from '../../util/pointer.js';
import { locate } from '../locate.js';
import { resolveFilePath } from '../refs.js';
import type { ParsedSource } from '../yaml-source.js';

export interface OverlayAction {
  /** The action's pointer in the overlay (`/actions/2`). */
  readonly pointer: string;
  readonly target: string;
  readonly update?: unknown;
  readonly copy?: string | undefined;
  readonly remove: boolean;
}

const ROOT_FIELDS = ['overlay', 'info', 'extends', 'actions'];
const ACTION_FIELDS = ['target', 'description', 'update', 'copy', 'remove'];

export function actionsOf(overlay: ParsedSource): { actions: OverlayAction[]; diagnostics: Diagnostic[]; warnings: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const error = (pointer: string, message: string) => diagnostics.push({ severity: 'error', code: 'overlay-invalid', message, location: locate(overlay, pointer) });
  const doc = overlay.value;
  if (!isObject(doc)) {
    error('', 'an overlay is a mapping with `overlay` (its version), `info` and `actions`');
    return { actions: [], diagnostics, warnings };
  }
  if (typeof doc['overlay'] !== 'string' || !/^1\.[01]\.\d+$/.test(doc['overlay'])) error(doc['overlay'] === undefined ? '' : '/overlay', `\`overlay\` must name the Overlay Specification version the document follows, 1.0.0 or 1.1.0; got ${JSON.stringify(doc['overlay'] ?? null)}`);
  const info = doc['info'];
  if (!isObject(info) || typeof info['title'] !== 'string' || typeof info['version'] !== 'string') error(info === undefined ? '' : '/info', '`info` must be a mapping with a `title` and a `version`, both strings');
  warnings.push(...unknownFields(overlay, doc, '', ROOT_FIELDS, 'an overlay'));
  const listed = doc['actions'];
  if (!Array.isArray(listed) || listed.length === 0) {
    error(listed === undefined ? '' : '/actions', '`actions` must be a list of at least one action');
    return { actions: [], diagnostics, warnings };
  }
  const actions = listed.flatMap((action, i) => {
    const read = actionOf(overlay, action, `/actions/${i}`);
    diagnostics.push(...read.diagnostics);
    warnings.push(...read.warnings);
    return read.action ? [read.action] : [];
  });
  return { actions, diagnostics, warnings };
}

/**
 * A warning when the overlay's `extends` names another file than the spec it is applied to: most likely
 * the wrong overlay (one spec's settings on another's). A URL is not compared: the spec is read from a file.
 */
export function extendsOther(overlay: ParsedSource, specFile: string): Diagnostic | undefined {
  const target = extendedFile(overlay);
  if (target === undefined || posix.resolve(target) === posix.resolve(specFile)) return undefined;
  const message = `the overlay extends ${JSON.stringify((overlay.value as Record<string, unknown>)['extends'])} (${target}), not ${specFile}, the spec it is applied to: check that it is the overlay meant`;
  return { severity: 'warning', code: 'overlay-extends', message, location: locate(overlay, '/extends') };
}

/**
 * The file the overlay's `extends` names (the Overlay Specification's URI of the document it applies to),
 * resolved from the overlay's folder; none for a URL, which nothing here fetches, or no `extends`.
 */
export function extendedFile(overlay: ParsedSource): string | undefined {
  const named = isObject(overlay.value) ? overlay.value['extends'] : undefined;
  if (typeof named !== 'string' || named === '' || /^[a-z][a-z0-9+.-]*:/i.test(named)) return undefined;
  return resolveFilePath(overlay.file, named.split('#')[0]!);
}

function actionOf(overlay: ParsedSource, action: unknown, pointer: string): { action?: OverlayAction; diagnostics: Diagnostic[]; warnings: Diagnostic[] } {
  const problem = (field: string, message: string): Diagnostic => ({ severity: 'error', code: 'overlay-invalid', message, location: locate(overlay, field === '' ? pointer : joinPointer(pointer, field)) });
  if (!isObject(action)) return { diagnostics: [problem('', 'an action must be a mapping with a `target` and an `update`, a `copy` or `remove: true`')], warnings: [] };
  const diagnostics: Diagnostic[] = [];
  const { target, update, copy, remove } = action;
  if (typeof target !== 'string' || !target.startsWith('$')) diagnostics.push(problem(target === undefined ? '' : 'target', `an action's \`target\` must be a JSONPath query, starting with \`$\`; got ${JSON.stringify(target ?? null)}`));
  if (remove !== undefined && typeof remove !== 'boolean') diagnostics.push(problem('remove', `\`remove\` must be true or false; got ${JSON.stringify(remove)}`));
  if (copy !== undefined && typeof copy !== 'string') diagnostics.push(problem('copy', `\`copy\` must be a JSONPath query; got ${JSON.stringify(copy)}`));
  const warnings = unknownFields(overlay, action, pointer, ACTION_FIELDS, 'an action');
  if (diagnostics.length > 0) return { diagnostics, warnings };
  if (remove !== true && update === undefined && copy === undefined) {
    warnings.push({ severity: 'warning', code: 'overlay-action-empty', message: 'the action has no `update`, `copy` or `remove: true`: it changes nothing', location: locate(overlay, pointer) });
    return { diagnostics, warnings };
  }
  return { action: { pointer, target: target as string, update, copy: copy as string | undefined, remove: remove === true }, diagnostics, warnings };
}

/** A field the object does not have, other than an `x-` extension: a warning, since it is ignored. */
function unknownFields(overlay: ParsedSource, value: Record<string, unknown>, pointer: string, known: readonly string[], what: string): Diagnostic[] {
  return Object.keys(value)
    .filter((key) => !known.includes(key) && !key.startsWith('x-'))
    .map((key) => ({
      severity: 'warning' as const,
      code: 'overlay-unknown-field',
      message: `\`${key}\` is not a field of ${what} (${known.join(', ')}), so it is ignored`,
      location: locate(overlay, joinPointer(pointer, key)),
    }));
}
