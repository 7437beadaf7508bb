/**
 * Swagger 2.0 documents into OpenAPI 3.0.3, so a generator for OpenAPI 3 takes them as they are. The
 * conversion keeps track of where each part was written: diagnostics point at the user's file and
 * pointer (`/definitions/Pet`, not `/components/schemas/Pet`), and `$ref`s written against the 2.0
 * layout, in this file or in another, follow their targets.
 */
import { splitRef, resolveFilePath } from '../refs.js';
import type { ParsedSource } from '../yaml-source.js';
import { getAtPointer, joinPointer } from '../../util/pointer.js';
import { Fragments } from './fragments.js';
import { child, Moves, type Site } from './moves.js';
import { convertParts } from './parts.js';
import { convertPaths } from './operations.js';
import { bodyRequest, convertParameter } from './parameters.js';
import { convertResponse } from './responses.js';
import { convertSchemaMap } from './schema.js';
import { convertSecurityDefinitions } from './security.js';
import { mediaTypes, movedSite, put, type ConversionContext, type ConversionProblem, type Json } from './context.js';
import type { Diagnostic } from '../../diagnostics.js';
import { locate } from '../locate.js';
import { isObject } from '../../util/json.js';

const ROOT: Site = { pointer: '', original: '' };
/** Root fields with no place in OpenAPI 3.0: they become `servers`, `components` and media types. */
const REPLACED = new Set(['swagger', 'host', 'basePath', 'schemes', 'consumes', 'produces', 'definitions', 'parameters', 'responses', 'securityDefinitions']);

export function isSwagger2(value: unknown): boolean {
  return isObject(value) && value['swagger'] === '2.0' && value['openapi'] === undefined;
}

interface Converted {
  readonly source: ParsedSource;
  readonly moves: Moves;
  readonly refs: readonly Json[];
}

/**
 * Every Swagger 2.0 document among the loaded files, converted, and the parts of other files they refer
 * to, each in the role its `$ref` gives it; `$ref`s anywhere that point into a converted document are
 * rewritten to where their target now stands.
 */
export function convertSwagger2Sources(sources: ReadonlyMap<string, ParsedSource>): Map<string, ParsedSource> {
  const documents = new Set([...sources].filter(([, source]) => isSwagger2(source.value)).map(([file]) => file));
  if (documents.size === 0) return new Map(sources);
  const fragments = new Fragments(sources, (file) => documents.has(file));
  const converted = new Map<string, Converted>();
  for (const file of documents) converted.set(file, convertSource(sources.get(file)!, fragments));
  const parts = convertParts(sources, fragments);
  const out = new Map<string, ParsedSource>();
  for (const [file, source] of sources) {
    const done = converted.get(file);
    if (done) {
      for (const holder of done.refs) holder['$ref'] = retarget(String(holder['$ref']), file, converted);
      out.set(file, done.source);
      continue;
    }
    const part = parts.get(file);
    const value = rewriteRefs(part ? part.value : source.value, file, converted);
    const conversionProblems = part ? locatedProblems(source, part.problems) : undefined;
    out.set(file, part ? { ...source, value, origin: (pointer) => part.moves.toOriginal(pointer), conversionProblems } : { ...source, value });
  }
  return out;
}

function convertSource(source: ParsedSource, fragments: Fragments): Converted {
  const doc = source.value as Json;
  const ctx: ConversionContext = {
    file: source.file,
    fragments,
    moves: new Moves(),
    refs: [],
    consumes: mediaTypes(doc['consumes'], ['application/json']),
    produces: mediaTypes(doc['produces'], ['application/json']),
    problems: [],
  };
  const value = convertDocument(doc, ctx);
  const conversionProblems = locatedProblems(source, ctx.problems);
  const converted: ParsedSource = { ...source, value, origin: (pointer) => ctx.moves.toOriginal(pointer), convertedFrom: 'Swagger 2.0', conversionProblems };
  return { source: converted, moves: ctx.moves, refs: ctx.refs };
}

function convertDocument(doc: Json, ctx: ConversionContext): Json {
  const out: Json = { openapi: '3.0.3' };
  movedSite(ctx, '/openapi', '/swagger');
  for (const [key, value] of Object.entries(doc)) {
    if (REPLACED.has(key)) continue;
    if (key === 'paths' && isObject(value)) put(out, key, convertPaths(value, child(ROOT, key), ctx));
    else put(out, key, value);
    if (key === 'info') put(out, 'servers', servers(doc));
  }
  if (!('servers' in out)) put(out, 'servers', servers(doc));
  // Servers are made of host and basePath: a diagnostic about them points at what was written.
  const written = doc['host'] !== undefined ? '/host' : '/basePath';
  for (const pointer of ['/servers', '/servers/0', '/servers/0/url']) movedSite(ctx, pointer, written);
  const components = convertComponents(doc, ctx);
  if (Object.keys(components).length > 0) put(out, 'components', components);
  return out;
}

/** Problems of the conversion as diagnostics, located in the file as written (`source`, before conversion). */
function locatedProblems(source: ParsedSource, problems: readonly ConversionProblem[]): Diagnostic[] {
  return problems.map(({ severity, code, original, message }) => ({ severity, code, message, location: locate(source, original) }));
}

/** `host`, `basePath` and `schemes` as server URLs, HTTPS first (the scheme a client should prefer). */
function servers(doc: Json): Json[] | undefined {
  const host = typeof doc['host'] === 'string' ? doc['host'] : undefined;
  const basePath = typeof doc['basePath'] === 'string' ? doc['basePath'] : '';
  if (host === undefined) return basePath === '' ? undefined : [{ url: basePath }];
  const listed = Array.isArray(doc['schemes']) ? doc['schemes'].filter((s): s is string => typeof s === 'string' && /^(https?|wss?)$/.test(s)) : [];
  const schemes = listed.length > 0 ? [...listed].sort((a, b) => Number(b.endsWith('s')) - Number(a.endsWith('s'))) : ['https'];
  return schemes.map((scheme) => ({ url: `${scheme}://${host}${basePath}` }));
}

function convertComponents(doc: Json, ctx: ConversionContext): Json {
  const components: Json = {};
  const section = (name: string, from: string): Site => movedSite(ctx, joinPointer('/components', name), joinPointer('', from));
  if (isObject(doc['definitions'])) put(components, 'schemas', convertSchemaMap(doc['definitions'], section('schemas', 'definitions'), ctx));
  if (isObject(doc['responses'])) put(components, 'responses', convertNamedResponses(doc['responses'], section('responses', 'responses'), ctx));
  const { parameters, requestBodies } = convertNamedParameters(doc['parameters'], ctx);
  if (Object.keys(parameters).length > 0) put(components, 'parameters', parameters);
  if (Object.keys(requestBodies).length > 0) put(components, 'requestBodies', requestBodies);
  if (isObject(doc['securityDefinitions'])) {
    section('securitySchemes', 'securityDefinitions');
    put(components, 'securitySchemes', convertSecurityDefinitions(doc['securityDefinitions']));
  }
  return components;
}

function convertNamedResponses(responses: Json, site: Site, ctx: ConversionContext): Json {
  const out: Json = {};
  for (const [name, response] of Object.entries(responses)) {
    put(out, name, isObject(response) ? convertResponse(response, child(site, name), ctx, ctx.produces) : response);
  }
  return out;
}

/**
 * The document's parameters: body parameters become named request bodies, others named parameters.
 * Form parameters have no named equivalent; each operation that refers to one gets it inlined.
 */
function convertNamedParameters(params: unknown, ctx: ConversionContext): { parameters: Json; requestBodies: Json } {
  const parameters: Json = {};
  const requestBodies: Json = {};
  if (!isObject(params)) return { parameters, requestBodies };
  for (const [name, param] of Object.entries(params)) {
    if (!isObject(param) || param['in'] === 'formData') continue;
    const original = joinPointer('/parameters', name);
    if (param['in'] === 'body') {
      put(requestBodies, name, bodyRequest(param, movedSite(ctx, joinPointer('/components/requestBodies', name), original), ctx, ctx.consumes));
    } else put(parameters, name, convertParameter(param, movedSite(ctx, joinPointer('/components/parameters', name), original), ctx));
  }
  return { parameters, requestBodies };
}

/** A `$ref` into a converted document, pointed at where its target stands now. */
function retarget(ref: string, fromFile: string, converted: ReadonlyMap<string, Converted>): string {
  const { file, pointer } = splitRef(ref);
  const target = converted.get(resolveFilePath(fromFile, file));
  if (!target || !ref.includes('#')) return ref;
  const moved = target.moves.toConverted(pointer);
  // A ref to nothing stays as written, so the diagnostic that reports it quotes the user's text.
  if (moved === pointer || getAtPointer(target.source.value, moved) === undefined) return ref;
  return `${file}#${encodeURI(moved).replace(/#/g, '%23')}`;
}

/** A file that is not itself converted, with its `$ref`s into converted documents retargeted. */
function rewriteRefs(value: unknown, file: string, converted: ReadonlyMap<string, Converted>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, file, converted));
  if (!isObject(value)) return value;
  const out: Json = {};
  for (const [key, item] of Object.entries(value)) {
    put(out, key, key === '$ref' && typeof item === 'string' ? retarget(item, file, converted) : rewriteRefs(item, file, converted));
  }
  return out;
}
