/**
 * The Paths Object's keys and its path items' fields (§4.8.8, §4.8.9): a path begins with `/`, and a method
 * is a lower-case field (`get`), so `GET` is no operation at all. (Templates that differ only in their
 * placeholders' names, `/v1/{parent}` and `/v1/{name}`, are against §4.8.8 too, but 53 of APIs.guru's
 * specs have them, Google's and Jira's among them, and the client sends each as written: not reported.)
 */
import type { Diagnostic } from '../diagnostics.js';
import { entryDocument, type LoadedSpec } from '../load/load-spec.js';
import { isObject } from '../util/json.js';
import { FIXED_METHODS } from '../util/path-item.js';
import { joinPointer } from '../util/pointer.js';
import { followRefs, problem } from './context.js';

export function checkPaths(spec: LoadedSpec): Diagnostic[] {
  const paths = entryDocument(spec)['paths'];
  if (!isObject(paths)) return [];
  return Object.entries(paths).flatMap(([path, raw]) => {
    if (path.startsWith('x-')) return [];
    const at = joinPointer('/paths', path);
    return [...notAbsolute(spec, path, at), ...methodsInCase(spec, followRefs(spec, spec.entry, at, raw))];
  });
}

function notAbsolute(spec: LoadedSpec, path: string, at: string): Diagnostic[] {
  if (path.startsWith('/')) return [];
  return [problem(spec, spec.entry, at, 'path-not-absolute', `path ${JSON.stringify(path)} must begin with "/"; with --lenient, it is read as ${JSON.stringify(`/${path}`)}`)];
}

function methodsInCase(spec: LoadedSpec, item: { file: string; pointer: string; value: unknown }): Diagnostic[] {
  if (!isObject(item.value)) return [];
  return Object.keys(item.value)
    .filter((key) => key !== key.toLowerCase() && (FIXED_METHODS as readonly string[]).includes(key.toLowerCase()))
    .map((key) => problem(spec, item.file, joinPointer(item.pointer, key), 'path-item-method-case', `\`${key}\` is no field of a path item: a method is written in lower case (\`${key.toLowerCase()}\`); with --lenient, this operation is left out`));
}
