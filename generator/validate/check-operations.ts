/**
 * Operations (OpenAPI 3.1 §4.8.10): unique `operationId`s, `responses` present in 3.0 (optional since 3.1), every
 * response with a `description`, every parameter with `name` and `in`, path parameters required and
 * declared for each `{placeholder}` of the path template, and no query string in a path template.
 */
import type { Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from '../load/load-spec.js';
import { lookup } from '../load/refs.js';
import { splitPathTemplate, templateNames } from '../util/path-template.js';
import { joinPointer } from '../util/pointer.js';
import { followRefs, isObject, operationsOf, problem, type Located } from './context.js';

export function checkOperations(spec: LoadedSpec): Diagnostic[] {
  const doc = spec.sources.get(spec.entry)!.value as Record<string, unknown>;
  const out: Diagnostic[] = [];
  const seenIds = new Map<string, string>();
  for (const { path, file, pointer, op } of operationsOf(spec)) {
    const id = op['operationId'];
    if (typeof id === 'string') {
      const first = seenIds.get(id);
      const here = file === spec.entry ? pointer : `${file}#${pointer}`;
      if (first) out.push(problem(spec, file, joinPointer(pointer, 'operationId'), 'operation-id-duplicate', `operationId ${JSON.stringify(id)} is already used at #${first}`));
      else seenIds.set(id, here);
    }
    out.push(...checkResponses(spec, file, pointer, op, String(doc['openapi']).startsWith('3.0')));
    const pathItemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
    const params = [...parametersAt(spec, file, pathItemPointer), ...parametersAt(spec, file, pointer)];
    out.push(...params.flatMap((p) => checkParameter(spec, p)));
    out.push(...checkPathTemplate(spec, path, file, pointer, params));
  }
  return out;
}

/** `responses` is required in 3.0 (§4.7.10) and optional since 3.1 (§4.8.10); when given, it is a mapping. */
function checkResponses(spec: LoadedSpec, file: string, pointer: string, op: Record<string, unknown>, required: boolean): Diagnostic[] {
  const responses = op['responses'];
  if (responses === undefined && !required) return [];
  if (responses === undefined) return [problem(spec, file, pointer, 'responses-missing', 'required field `responses` is missing (required before OpenAPI 3.1)')];
  if (!isObject(responses)) return [problem(spec, file, joinPointer(pointer, 'responses'), 'invalid', '`responses` must be a mapping of status codes to responses')];
  const out: Diagnostic[] = [];
  for (const [status, response] of Object.entries(responses)) {
    const at = joinPointer(pointer, 'responses', status);
    const resolved = followRefs(spec, file, at, response);
    // A ref that leads nowhere is reported once, by checkRefs, not again as a missing description.
    const dangling = isObject(resolved.value) && typeof resolved.value['$ref'] === 'string';
    if (isObject(resolved.value) && !dangling && typeof resolved.value['description'] !== 'string') {
      out.push(problem(spec, resolved.file, resolved.pointer, 'required', `required field \`description\` is missing in response ${status}`));
    }
  }
  return out;
}

function parametersAt(spec: LoadedSpec, file: string, pointer: string): Located[] {
  const list = lookup(spec, { file, pointer: joinPointer(pointer, 'parameters') });
  if (!Array.isArray(list)) return [];
  return list.map((p, i) => followRefs(spec, file, joinPointer(pointer, 'parameters', i), p));
}

function checkParameter(spec: LoadedSpec, p: Located): Diagnostic[] {
  if (!isObject(p.value) || typeof p.value['$ref'] === 'string') return [];
  const out: Diagnostic[] = [];
  for (const key of ['name', 'in'] as const) {
    if (typeof p.value[key] !== 'string') out.push(problem(spec, p.file, p.pointer, 'required', `required field \`${key}\` is missing in a parameter`));
  }
  if (p.value['in'] === 'path' && p.value['required'] !== true) {
    out.push(problem(spec, p.file, p.pointer, 'path-param-required', `path parameter ${JSON.stringify(p.value['name'])} must have \`required: true\``));
  }
  return out;
}

function checkPathTemplate(spec: LoadedSpec, path: string, file: string, pointer: string, params: Located[]): Diagnostic[] {
  const [pathPart, query] = splitPathTemplate(path);
  const declared = new Set(params.filter((p) => isObject(p.value) && p.value['in'] === 'path').map((p) => (p.value as Record<string, unknown>)['name']));
  const used = templateNames(pathPart);
  const undeclared = used
    .filter((name) => !declared.has(name))
    .map((name) => problem(spec, file, pointer, 'path-param-undeclared', `path template ${JSON.stringify(path)} uses {${name}}, which no parameter declares`));
  if (query === undefined) return undeclared;
  const message = `path template ${JSON.stringify(path)} has a query string: a path template is the path only (§4.8.8); declare its query parameters in \`parameters\` (with --lenient, they are read from the query string)`;
  return [problem(spec, file, pointer, 'path-query-string', message), ...undeclared];
}

