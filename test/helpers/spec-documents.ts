/**
 * A spec made of several files, read as one document for the wire check: each file another one reaches by
 * `$ref` (`parameters.yaml#/PetId`, `../definitions.yaml#/Pet`) is stored under `x-external`, keyed by its
 * path from the entry's folder, and every `$ref` in every file is rewritten to point there, so a plain
 * local-pointer walk follows it. Read apart from the generator's loader, as the rest of the check is.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';

type Node = Record<string, unknown>;

/** Where files reached by `$ref` are kept in the returned document. */
const EXTERNAL = 'x-external';

export function readSpecDocument(entryFile: string): Node {
  const root = dirname(resolve(entryFile));
  const external: Node = {};
  const pending = new Set<string>();
  const keyOf = (file: string): string => relative(root, file).split('\\').join('/');
  const rewrite = (value: unknown, file: string, isEntry: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, file, isEntry));
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? pointerFor(v, file, isEntry) : rewrite(v, file, isEntry)]));
  };
  // `other.yaml#/A/b` from `file` → `#/x-external/<other's key>/A/b`; `#/A` in a file other than the entry likewise.
  const pointerFor = (ref: string, file: string, isEntry: boolean): string => {
    const [path = '', fragment = ''] = ref.split('#');
    // A URL is left as written: the check reads no network.
    if ((path === '' && isEntry) || /^[a-z][a-z0-9+.-]*:/i.test(path)) return ref;
    const target = path === '' ? file : join(dirname(file), decodeURIComponent(path));
    if (target !== resolve(entryFile) && !(keyOf(target) in external)) pending.add(target);
    const prefix = target === resolve(entryFile) ? '#' : `#/${EXTERNAL}/${escapePointer(keyOf(target))}`;
    return `${prefix}${fragment}`;
  };
  const document = rewrite(parseFile(resolve(entryFile)), resolve(entryFile), true) as Node;
  while (pending.size > 0) {
    const [file] = pending;
    pending.delete(file!);
    external[keyOf(file!)] = null;
    // A file that is not there (AutoRest's `x-ms-examples` name some the package lacks) stays unresolved: a
    // `$ref` into it leads nowhere, as the generator's lenient reading leaves it.
    external[keyOf(file!)] = existsSync(file!) ? rewrite(parseFile(file!), file!, false) : null;
  }
  return Object.keys(external).length === 0 ? document : { ...document, [EXTERNAL]: external };
}

function parseFile(file: string): unknown {
  // A byte order mark opens some published JSON specs (AutoRest's test server's); JSON.parse refuses it.
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return file.endsWith('.json') ? JSON.parse(text) : parse(text);
}

/** A JSON Pointer token (RFC 6901): `~` and `/` escaped. */
const escapePointer = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');
