/**
 * The document's frame (OpenAPI 3.0 §4.7.1, 3.1 and 3.2 §4.8.1): an `openapi` version 3.0.x, 3.1.x or
 * 3.2.x, an `info` with `title` and `version`, and `paths` (required in 3.0; since 3.1 one of paths,
 * webhooks, components).
 */
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { problem } from './context.js';
import { isObject } from '../util/json.js';

export function checkDocument(spec: LoadedSpec): Diagnostic[] {
  const file = spec.entry;
  const doc = spec.sources.get(file)?.value;
  if (!isObject(doc)) return [problem(spec, file, '', 'not-openapi', 'the document is not a mapping, so it cannot be an OpenAPI document')];
  const version = doc['openapi'];
  if (typeof version !== 'string' || !/^3\.[0-2]\.\d+(-.+)?$/.test(version)) {
    const found = version === undefined ? (doc['swagger'] ? `swagger ${String(doc['swagger'])}` : 'no `openapi` field') : `openapi ${JSON.stringify(version)}`;
    return [problem(spec, file, version === undefined ? '' : '/openapi', 'not-openapi-3', `not an OpenAPI 3.0, 3.1 or 3.2 document, nor Swagger 2.0 (found ${found})`)];
  }
  return [...checkInfo(spec, doc), ...checkPaths(spec, doc, version)];
}

function checkInfo(spec: LoadedSpec, doc: Record<string, unknown>): Diagnostic[] {
  const info = doc['info'];
  if (!isObject(info)) return [problem(spec, spec.entry, '', 'required', 'required field `info` is missing')];
  return (['title', 'version'] as const).filter((key) => typeof info[key] !== 'string').map((key) => infoProblem(spec, key, info[key]));
}

/** YAML reads `version: 1.0` as the number 1: the message says so and how to write the string. */
function infoProblem(spec: LoadedSpec, key: 'title' | 'version', value: unknown): Diagnostic {
  if (value === undefined) return problem(spec, spec.entry, '/info', 'required', `required field \`info.${key}\` is missing`);
  const found = value === null ? 'null' : typeof value === 'number' ? `the number ${value}` : `a ${Array.isArray(value) ? 'list' : typeof value}`;
  const yaml = !spec.entry.endsWith('.json');
  const hint = typeof value === 'number' ? ` (write it in quotes${yaml ? ': YAML reads an unquoted `1.0` as the number 1' : ''})` : '';
  const lenient = typeof value === 'number' ? `; with --lenient, it is read as "${value}"` : '';
  return problem(spec, spec.entry, `/info/${key}`, 'info-not-string', `\`info.${key}\` must be a string, found ${found}${hint}${lenient}`);
}

function checkPaths(spec: LoadedSpec, doc: Record<string, unknown>, version: string): Diagnostic[] {
  if (doc['paths'] === undefined) {
    if (!version.startsWith('3.0') && (doc['webhooks'] !== undefined || doc['components'] !== undefined)) return [];
    return [problem(spec, spec.entry, '', 'paths-missing', 'required field `paths` is missing')];
  }
  if (!isObject(doc['paths'])) return [problem(spec, spec.entry, '/paths', 'type', '`paths` must be a mapping')];
  return [];
}
