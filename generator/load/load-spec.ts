/**
 * Loads a spec that may span several files: the entry document plus every file its `$ref`s name,
 * transitively. Reading is injected, so the same code loads from disk, from a git revision or from
 * memory (tests); this module itself does no I/O.
 */
import type { Diagnostic, SourceLocation } from '../diagnostics.js';
import { joinPointer } from '../util/pointer.js';
import { walkRefs } from '../util/walk.js';
import { isObject } from '../util/json.js';
import { looksLikeJson, parseJsonSource } from './json-source.js';
import { parseYamlSource, type ParsedSource, type ParseResult } from './yaml-source.js';
import { namesNoFile, splitRef, resolveFilePath } from './refs.js';
import { convertSwagger2Sources } from './swagger2/convert.js';
import { locate } from './locate.js';
import { applyOverlays } from './overlay/apply.js';
import { extendedFile } from './overlay/document.js';

export { locate };

/** Returns the file's text, or `undefined` when there is no such file. */
export type ReadFile = (file: string) => string | undefined;

export interface LoadedSpec {
  readonly entry: string;
  readonly sources: ReadonlyMap<string, ParsedSource>;
  /** The license text named by `x-sdk.package.licenseFile`, shipped in the package as `LICENSE`. */
  readonly licenseText?: string | undefined;
}

/** The entry document's top-level mapping; `{}` when the entry holds something else. */
export function entryDocument(spec: LoadedSpec): Record<string, unknown> {
  const value = spec.sources.get(spec.entry)?.value;
  return isObject(value) ? value : {};
}

export type LoadResult =
  | { readonly ok: true; readonly spec: LoadedSpec; readonly warnings: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly warnings: readonly Diagnostic[] };

export interface LoadOptions {
  /**
   * A file named by a `$ref` that cannot be read is a located warning, and the ref leads nowhere (the
   * generator's lenient mode; Azure's specs name example files that copies of them often lack).
   */
  readonly lenient?: boolean;
  /** OpenAPI Overlay files applied, in order, to the entry document as written (`--overlay`). */
  readonly overlays?: readonly string[];
}

/** JSON through the fast path when it is plain JSON; YAML, and JSON the fast path refuses, through the YAML parser. */
function parseSource(file: string, text: string): ParseResult {
  const parsed = (looksLikeJson(text) ? parseJsonSource(file, text) : undefined) ?? parseYamlSource(file, text);
  const control = parsed.ok ? rawControlCharacter(parsed.source, text) : undefined;
  return control ? { ok: false, diagnostics: [control] } : parsed;
}

/**
 * C0 control characters but tab and line breaks, written raw: JSON allows them in a string only escaped
 * (RFC 8259 §7), YAML nowhere (1.2 §5.1), yet the YAML parser, which reads JSON the fast path refuses,
 * takes them, and a NUL in a title would land in the generated sources.
 */
const RAW_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;

function rawControlCharacter(source: ParsedSource, text: string): Diagnostic | undefined {
  const found = RAW_CONTROL.exec(text);
  if (found === null) return undefined;
  const before = text.slice(0, found.index);
  const line = before.split('\n').length;
  const column = found.index - before.lastIndexOf('\n');
  const code = `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  const message = `the control character ${code} is written raw; JSON and YAML allow it only escaped, in a double-quoted string (\\u${code.slice(2)})`;
  return { severity: 'error', code: 'control-character', message, location: { file: source.file, pointer: pointerAt(source, line, column), line, column } };
}

/** The pointer of the last node that starts at or before a line and column: the one holding that place. */
function pointerAt(source: ParsedSource, line: number, column: number): string {
  let best = { pointer: '', line: 0, column: 0 };
  for (const [pointer, at] of source.positions) {
    const before = at.line < line || (at.line === line && at.column <= column);
    const later = at.line > best.line || (at.line === best.line && at.column > best.column);
    if (before && later) best = { pointer, ...at };
  }
  return best.pointer;
}

export function loadSpec(entry: string, read: ReadFile, options: LoadOptions = {}): LoadResult {
  const sources = new Map<string, ParsedSource>();
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const pending: { file: string; from?: SourceLocation; url?: string }[] = [{ file: entry }];
  while (pending.length > 0) {
    const { file, from, url } = pending.shift()!;
    if (sources.has(file)) continue;
    const text = url === undefined ? read(file) : undefined;
    if (text === undefined) {
      const missing = missingFile(file, from, url);
      if (options.lenient && from) warnings.push({ ...missing, severity: 'warning' });
      else diagnostics.push(missing);
      continue;
    }
    const parsed = parseSource(file, text);
    if (!parsed.ok) {
      diagnostics.push(...parsed.diagnostics);
      continue;
    }
    // Before its refs are followed: an overlay may add one.
    const source = file === entry && options.overlays?.length ? overlaid(parsed.source, options.overlays, read, diagnostics, warnings) : parsed.source;
    sources.set(file, source);
    for (const ref of externalRefs(source)) pending.push(ref);
  }
  const license = diagnostics.length > 0 ? undefined : readLicense(sources.get(entry)!, read);
  if (license?.diagnostic) diagnostics.push(license.diagnostic);
  if (diagnostics.length > 0) return { ok: false, diagnostics, warnings };
  return { ok: true, spec: { entry, sources: convertSwagger2Sources(sources), licenseText: license?.text }, warnings };
}

/**
 * The spec the overlays name, for a command given overlays and no `--spec`: the file the first overlay
 * with an `extends` naming a file names. An overlay kept beside a vendor's spec, or written by `samples`,
 * then names both. An overlay that cannot be read names nothing here; loading it reports why.
 */
export function specNamedByOverlays(files: readonly string[], read: ReadFile): string | undefined {
  for (const file of files) {
    const text = read(file);
    const parsed = text === undefined ? undefined : parseSource(file, text);
    const named = parsed?.ok ? extendedFile(parsed.source) : undefined;
    if (named !== undefined) return named;
  }
  return undefined;
}

/** The entry document with the overlays applied; each overlay read and parsed as the spec's files are. */
function overlaid(entry: ParsedSource, files: readonly string[], read: ReadFile, diagnostics: Diagnostic[], warnings: Diagnostic[]): ParsedSource {
  const overlays: ParsedSource[] = [];
  for (const file of files) {
    const text = read(file);
    const parsed = text === undefined ? undefined : parseSource(file, text);
    if (parsed?.ok) overlays.push(parsed.source);
    else diagnostics.push(...(parsed?.diagnostics ?? [{ severity: 'error', code: 'overlay-file-missing', message: `cannot read the overlay file ${file}`, location: { file, pointer: '', line: 0, column: 0 } }]));
  }
  if (overlays.length < files.length) return entry;
  const applied = applyOverlays(entry, overlays);
  diagnostics.push(...applied.diagnostics);
  warnings.push(...applied.warnings);
  return applied.source;
}

const LICENSE_FILE_POINTER = '/x-sdk/package/licenseFile';

/** `x-sdk.package.licenseFile`, a path relative to the entry document, read like the spec's own files. */
function readLicense(entry: ParsedSource, read: ReadFile): { text?: string; diagnostic?: Diagnostic } | undefined {
  const pkg = (entry.value as { 'x-sdk'?: { package?: { licenseFile?: unknown } } } | null)?.['x-sdk']?.package;
  if (pkg?.licenseFile === undefined) return undefined;
  const at = locate(entry, LICENSE_FILE_POINTER);
  if (typeof pkg.licenseFile !== 'string' || pkg.licenseFile === '') {
    return { diagnostic: { severity: 'error', code: 'license-file-invalid', message: 'licenseFile must be a path to a file, relative to the spec', location: at } };
  }
  const file = resolveFilePath(entry.file, pkg.licenseFile);
  const text = read(file);
  if (text === undefined) return { diagnostic: { severity: 'error', code: 'license-file-missing', message: `licenseFile names ${file}, which cannot be read`, location: at } };
  return { text };
}

function missingFile(file: string, from: SourceLocation | undefined, url: string | undefined): Diagnostic {
  if (url !== undefined && from) {
    // Generation reads files only: the same spec must generate the same package on a machine without network.
    return { severity: 'error', code: 'ref-remote', message: `$ref names the remote document ${url}, which is not fetched: save it beside the spec and refer to it by a relative path`, location: from };
  }
  if (!from && REMOTE_REF.test(file)) {
    return { severity: 'error', code: 'file-remote', message: `the spec ${file} is on the network, which is not fetched: generation reads files only, so the same spec generates the same package offline; save it and name the file`, location: { file, pointer: '', line: 0, column: 0 } };
  }
  return {
    severity: 'error',
    code: from ? 'ref-file-missing' : 'file-missing',
    message: from ? `$ref names the file ${file}, which cannot be read` : `cannot read the spec file ${file}`,
    location: from ?? { file, pointer: '', line: 0, column: 0 },
  };
}

/** `http://…`, `https://…`: a document on the network, not a path. */
const REMOTE_REF = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every file named by a `$ref` in this source, with where the `$ref` stands. */
function externalRefs(source: ParsedSource): { file: string; from: SourceLocation; url?: string }[] {
  const found: { file: string; from: SourceLocation; url?: string }[] = [];
  walkRefs(source.value, '', (pointer, ref) => {
    const { file } = splitRef(ref);
    // A file part with a malformed escape is reported where it stands, by the refs check.
    if (file === '' || namesNoFile(ref)) return;
    found.push({ file: resolveFilePath(source.file, file), from: locate(source, joinPointer(pointer, '$ref')), ...(REMOTE_REF.test(file) ? { url: file } : {}) });
  });
  return found;
}
