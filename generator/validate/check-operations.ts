/**
 * Operations (OpenAPI 3.1 §4.8.10): unique `operationId`s, `responses` present in 3.0 (optional since 3.1), every
 * response with a `description` (optional since 3.2), `parameters` a list, every parameter with `name` and `in` (one of the
 * places there are), path parameters required, declared for each `{placeholder}` of the path template and
 * each in one, no query string in a path template,
 * and no fixed method among 3.2's `additionalOperations`.
 */
import type { Diagnostic } from '../diagnostics.js';
import { entryDocument, type LoadedSpec } from '../load/load-spec.js';
import { lookup } from '../load/refs.js';
import { isSchemaPointer } from '../parse/media-slips.js';
import { placeholdersOf, splitPathTemplate, templateNames } from '../util/path-template.js';
import { joinPointer } from '../util/pointer.js';
import { FIXED_METHODS } from '../util/path-item.js';
import { followRefs, operationsOf, problem, type Located } from './context.js';
import { isObject } from '../util/json.js';
import { isHttpToken, TOKEN_PUNCTUATION } from '../util/http-token.js';
import { namesResponse } from '../util/response-key.js';

export function checkOperations(spec: LoadedSpec): Diagnostic[] {
  const doc = entryDocument(spec);
  const out: Diagnostic[] = [];
  const seenIds = new Map<string, string>();
  for (const { path, file, pointer, op, pathItemPointer } of operationsOf(spec)) {
    const id = op['operationId'];
    if (typeof id === 'string') {
      const first = seenIds.get(id);
      const here = file === spec.entry ? pointer : `${file}#${pointer}`;
      if (first) out.push(problem(spec, file, joinPointer(pointer, 'operationId'), 'operation-id-duplicate', `operationId ${JSON.stringify(id)} is already used at #${first}`));
      else seenIds.set(id, here);
    }
    const version = String(doc['openapi']);
    out.push(...checkResponses(spec, file, pointer, op, { responses: version.startsWith('3.0'), description: !version.startsWith('3.2') }));
    out.push(...[pathItemPointer, pointer].flatMap((at) => parametersNotList(spec, file, at)));
    const [shared, own] = [parametersAt(spec, file, pathItemPointer), parametersAt(spec, file, pointer)];
    out.push(...listedTwice(spec, shared), ...listedTwice(spec, own));
    const params = [...shared, ...own];
    out.push(...params.flatMap((p) => checkParameter(spec, p)));
    out.push(...checkPathTemplate(spec, path, file, pointer, params));
  }
  return [...unique(out), ...checkAdditionalOperations(spec, doc)];
}

/** Each problem once: a path item's parameters are checked with each of its operations. */
function unique(problems: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return problems.filter((d) => {
    const key = `${d.code} ${d.location.file}#${d.location.pointer}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** 3.2's `additionalOperations` holds methods without a field of their own: `get` there would be read twice or not at all. */
function checkAdditionalOperations(spec: LoadedSpec, doc: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [path, raw] of Object.entries(isObject(doc['paths']) ? doc['paths'] : {})) {
    const item = followRefs(spec, spec.entry, joinPointer('/paths', path), raw);
    const additional = isObject(item.value) ? item.value['additionalOperations'] : undefined;
    for (const method of Object.keys(isObject(additional) ? additional : {})) {
      if (!(FIXED_METHODS as readonly string[]).includes(method.toLowerCase())) continue;
      const message = `${method} has a field of its own in a path item: write this operation as \`${method.toLowerCase()}\`, not under \`additionalOperations\``;
      out.push(problem(spec, item.file, joinPointer(item.pointer, 'additionalOperations', method), 'additional-operation-fixed', message));
    }
  }
  return out;
}

/**
 * `responses` is required in 3.0 (§4.7.10) and optional since 3.1 (§4.8.10); when given, it is a mapping.
 * A response's `description` is required before 3.2.
 */
function checkResponses(spec: LoadedSpec, file: string, pointer: string, op: Record<string, unknown>, required: { responses: boolean; description: boolean }): Diagnostic[] {
  const responses = op['responses'];
  if (responses === undefined && !required.responses) return [];
  if (responses === undefined) return [problem(spec, file, pointer, 'responses-missing', 'required field `responses` is missing (required before OpenAPI 3.1)')];
  if (!isObject(responses)) return [problem(spec, file, joinPointer(pointer, 'responses'), 'invalid', '`responses` must be a mapping of status codes to responses')];
  const out: Diagnostic[] = [];
  for (const [status, response] of Object.entries(responses)) {
    const at = joinPointer(pointer, 'responses', status);
    if (status.startsWith('x-')) continue;
    if (!namesResponse(status)) {
      out.push(problem(spec, file, at, 'response-status-invalid', `response key ${JSON.stringify(status)} is no HTTP status code (200), range (2XX) or \`default\`, so no response can be it; with --lenient, it is left out`));
      continue;
    }
    const resolved = followRefs(spec, file, at, response);
    // A ref that leads nowhere is reported once, by checkRefs (or checkReferenceObjects, one that is no
    // string), not again as a missing description.
    const dangling = isObject(resolved.value) && Object.hasOwn(resolved.value, '$ref');
    if (isObject(response) && isSchemaPointer(resolved.pointer)) {
      // The common slip: a schema named where a Response Object belongs (its `description` then seems missing).
      const target = `${resolved.file === file ? '' : resolved.file}#${resolved.pointer}`;
      const message = `response ${status} refers to the schema ${target}: a response's $ref names a response (#/components/responses/…), and a schema goes in its \`content\`; read as its application/json content`;
      out.push({ ...problem(spec, file, joinPointer(at, '$ref'), 'response-ref-schema', message), severity: 'warning' });
    } else if (required.description && isObject(resolved.value) && !dangling && typeof resolved.value['description'] !== 'string') {
      out.push(problem(spec, resolved.file, resolved.pointer, 'required', `required field \`description\` is missing in response ${status}`));
    }
  }
  return out;
}

/** `parameters`, when given, is a list (§4.8.10.1): a mapping there would be read as no parameter at all. */
function parametersNotList(spec: LoadedSpec, file: string, pointer: string): Diagnostic[] {
  const at = joinPointer(pointer, 'parameters');
  const list = lookup(spec, { file, pointer: at });
  return list === undefined || Array.isArray(list) ? [] : [problem(spec, file, at, 'parameters-not-list', '`parameters` must be a list of parameters (each `- name: …`); with --lenient, none is read from it')];
}

/** A parameter where its `$ref`s lead, and where it is listed (`site`). */
interface Parameter extends Located {
  readonly site: { readonly file: string; readonly pointer: string };
}

function parametersAt(spec: LoadedSpec, file: string, pointer: string): Parameter[] {
  const list = lookup(spec, { file, pointer: joinPointer(pointer, 'parameters') });
  if (!Array.isArray(list)) return [];
  return list.map((p, i) => {
    const site = { file, pointer: joinPointer(pointer, 'parameters', i) };
    return { ...followRefs(spec, file, site.pointer, p), site };
  });
}

/**
 * A parameter is its name and place, and one list holds each once (§4.8.10.1; a header's name in any case):
 * of two, the client could send only one.
 */
function listedTwice(spec: LoadedSpec, params: readonly Parameter[]): Diagnostic[] {
  const seen = new Map<string, Parameter>();
  return params.flatMap((p) => {
    if (!isObject(p.value) || typeof p.value['name'] !== 'string' || typeof p.value['in'] !== 'string') return [];
    const { name, in: where } = p.value;
    const key = `${where} ${where === 'header' ? name.toLowerCase() : name}`;
    const first = seen.get(key);
    seen.set(key, p);
    if (first === undefined) return [];
    const message = `${where} parameter ${JSON.stringify(name)} is listed twice (first at #${first.site.pointer}); with --lenient, this one is read`;
    return [problem(spec, p.site.file, p.site.pointer, 'parameter-duplicate', message)];
  });
}

/** Where a parameter may be (§4.8.12.2), and 3.2's `querystring`: the whole query string. */
const PARAMETER_PLACES: readonly string[] = ['path', 'query', 'header', 'cookie', 'querystring'];

function checkParameter(spec: LoadedSpec, p: Parameter): Diagnostic[] {
  // A `$ref` that leads nowhere, or is no string, is reported where it stands (checkRefs, checkReferenceObjects).
  if (!isObject(p.value) || Object.hasOwn(p.value, '$ref')) return [];
  // The slip of naming the parameter's schema where the parameter belongs: one error where it is listed.
  if (isSchemaPointer(p.pointer)) {
    const target = `${p.file === p.site.file ? '' : p.file}#${p.pointer}`;
    const message = `a parameter that refers to the schema ${target}: a parameter's $ref names a parameter (#/components/parameters/…), which gives its \`name\`, \`in\` and \`schema\``;
    return [problem(spec, p.site.file, joinPointer(p.site.pointer, '$ref'), 'parameter-ref-schema', message)];
  }
  const out: Diagnostic[] = [];
  for (const key of ['name', 'in'] as const) {
    if (typeof p.value[key] !== 'string') out.push(problem(spec, p.file, p.pointer, 'required', `required field \`${key}\` is missing in a parameter`));
  }
  const where = p.value['in'];
  if (typeof where === 'string' && !PARAMETER_PLACES.includes(where)) {
    const message = `parameter ${JSON.stringify(p.value['name'])} is \`in: ${where}\`; a parameter is in ${PARAMETER_PLACES.slice(0, -1).join(', ')} or ${PARAMETER_PLACES.at(-1)} (a body is the operation's \`requestBody\`); with --lenient, it is left out of the client`;
    out.push(problem(spec, p.file, joinPointer(p.pointer, 'in'), 'parameter-in-invalid', message));
  }
  const name = p.value['name'];
  // A cookie's name is not checked: the client percent-encodes one that is no token.
  if (where === 'header' && typeof name === 'string' && !isHttpToken(name)) {
    const message = `header parameter ${JSON.stringify(name)} is no header name HTTP can send: a name is one or more letters, digits or ${TOKEN_PUNCTUATION} (RFC 9110 §5.6.2); with --lenient, it is left out of the client`;
    out.push(problem(spec, p.file, joinPointer(p.pointer, 'name'), 'parameter-name-invalid', message));
  }
  if (p.value['in'] === 'path' && p.value['required'] !== true) {
    out.push(problem(spec, p.file, p.pointer, 'path-param-required', `path parameter ${JSON.stringify(p.value['name'])} must have \`required: true\``));
  }
  return out;
}

/**
 * A path parameter the template has no `{name}` for: the method would take an argument it never sends.
 * With --lenient it is left out, or fills the `{name}` that differs from it only in case.
 */
function unusedPathParameters(spec: LoadedSpec, path: string, params: Located[]): Diagnostic[] {
  const pathParams = params.filter((p): p is Located & { value: Record<string, unknown> } => isObject(p.value) && p.value['in'] === 'path' && typeof p.value['name'] === 'string');
  const placed = placeholdersOf(path, pathParams.map((p) => p.value['name'] as string));
  return pathParams.flatMap((p) => {
    const name = p.value['name'] as string;
    const meant = placed.get(name);
    if (meant === name) return [];
    const hint = meant ? `; with --lenient, it fills {${meant}}` : '; with --lenient, it is left out of the client';
    return [problem(spec, p.file, joinPointer(p.pointer, 'name'), 'path-param-unused', `path parameter ${JSON.stringify(name)} is in no {placeholder} of the path template ${JSON.stringify(path)}${hint}`)];
  });
}

function checkPathTemplate(spec: LoadedSpec, path: string, file: string, pointer: string, params: Located[]): Diagnostic[] {
  const [pathPart, query] = splitPathTemplate(path);
  const declared = new Set(params.filter((p) => isObject(p.value) && p.value['in'] === 'path').map((p) => (p.value as Record<string, unknown>)['name']));
  const used = templateNames(pathPart);
  const undeclared = used
    .filter((name) => !declared.has(name))
    .map((name) => problem(spec, file, pointer, 'path-param-undeclared', `path template ${JSON.stringify(path)} uses {${name}}, which no parameter declares`));
  undeclared.push(...unusedPathParameters(spec, path, params));
  if (query === undefined) return undeclared;
  const message = `path template ${JSON.stringify(path)} has a query string: a path template is the path only (§4.8.8); declare its query parameters in \`parameters\` (with --lenient, they are read from the query string)`;
  return [problem(spec, file, pointer, 'path-query-string', message), ...undeclared];
}

