/**
 * A Reference Object's `$ref` (OpenAPI 3.1 §4.8.23) is a string, in every place one may stand: a path
 * item, a parameter, a request body, a response, a header, an example, a link, a callback, a security
 * scheme, each component. `{$ref: 5}` there refers to nothing, and read as the object it stands for it
 * would be reported as one missing every field (a parameter without `name` or `in`). Schemas, whose
 * `$ref` the parser checks with their other keywords (`schema-keyword-kind`), are not walked here.
 */
import type { Diagnostic } from '../diagnostics.js';
import { entryDocument, type LoadedSpec } from '../load/load-spec.js';
import { lookup, refProblem, refTarget } from '../load/refs.js';
import { isObject } from '../util/json.js';
import { pathItemOperations, WEBHOOK_MAPS } from '../util/path-item.js';
import { joinPointer } from '../util/pointer.js';
import { problem } from './context.js';

type Kind = 'pathItem' | 'operation' | 'parameter' | 'requestBody' | 'response' | 'header' | 'example' | 'link' | 'callback' | 'securityScheme' | 'mediaTypes';

/** The kinds a Reference Object may stand for, by their field under `components`, and how a message names each. */
const COMPONENTS: Readonly<Record<string, { kind: Kind; name: string }>> = {
  pathItems: { kind: 'pathItem', name: 'path item' },
  parameters: { kind: 'parameter', name: 'parameter' },
  requestBodies: { kind: 'requestBody', name: 'request body' },
  responses: { kind: 'response', name: 'response' },
  headers: { kind: 'header', name: 'header' },
  examples: { kind: 'example', name: 'example' },
  links: { kind: 'link', name: 'link' },
  callbacks: { kind: 'callback', name: 'callback' },
  securitySchemes: { kind: 'securityScheme', name: 'security scheme' },
};

export function checkReferenceObjects(spec: LoadedSpec): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();

  const visit = (file: string, pointer: string, value: unknown, kind: Kind): void => {
    if (!isObject(value)) return;
    const key = `${kind} ${file}#${pointer}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (kind !== 'operation' && kind !== 'mediaTypes' && Object.hasOwn(value, '$ref')) {
      const ref = value['$ref'];
      if (typeof ref !== 'string') {
        out.push(problem(spec, file, joinPointer(pointer, '$ref'), 'ref-not-string', notString(kind, ref)));
        return;
      }
      // A ref that cannot be followed is reported by checkRefs; one that can is checked where it leads.
      const target = refProblem(ref) === undefined ? refTarget(file, ref) : undefined;
      const found = target && lookup(spec, target);
      if (target && found !== undefined) visit(target.file, target.pointer, found, kind);
      // A path item's other fields stand beside its `$ref` (§4.8.9.1); any other object is only the reference.
      if (kind !== 'pathItem') return;
    }
    const each = (field: string, of: Kind, skipExtensions = false) => {
      const map = value[field];
      if (!isObject(map)) return;
      for (const [name, item] of Object.entries(map)) if (!(skipExtensions && name.startsWith('x-'))) visit(file, joinPointer(pointer, field, name), item, of);
    };
    const list = (field: string, of: Kind) => {
      const items = value[field];
      if (Array.isArray(items)) items.forEach((item, i) => visit(file, joinPointer(pointer, field, i), item, of));
    };
    switch (kind) {
      case 'pathItem':
        list('parameters', 'parameter');
        for (const { tokens, op } of pathItemOperations(value)) visit(file, joinPointer(pointer, ...tokens), op, 'operation');
        break;
      case 'operation':
        list('parameters', 'parameter');
        visit(file, joinPointer(pointer, 'requestBody'), value['requestBody'], 'requestBody');
        each('responses', 'response', true);
        each('callbacks', 'callback');
        break;
      case 'callback':
        for (const [expression, item] of Object.entries(value)) if (!expression.startsWith('x-')) visit(file, joinPointer(pointer, expression), item, 'pathItem');
        break;
      case 'response':
        each('headers', 'header');
        each('links', 'link');
        visit(file, joinPointer(pointer, 'content'), value['content'], 'mediaTypes');
        break;
      case 'parameter':
      case 'header':
        each('examples', 'example');
        visit(file, joinPointer(pointer, 'content'), value['content'], 'mediaTypes');
        break;
      case 'requestBody':
        visit(file, joinPointer(pointer, 'content'), value['content'], 'mediaTypes');
        break;
      case 'mediaTypes':
        for (const [type, media] of Object.entries(value)) {
          if (!isObject(media)) continue;
          const at = joinPointer(pointer, type);
          for (const [name, example] of Object.entries(isObject(media['examples']) ? media['examples'] : {})) visit(file, joinPointer(at, 'examples', name), example, 'example');
          for (const [property, encoding] of Object.entries(isObject(media['encoding']) ? media['encoding'] : {})) {
            const headers = isObject(encoding) ? encoding['headers'] : undefined;
            for (const [name, header] of Object.entries(isObject(headers) ? headers : {})) visit(file, joinPointer(at, 'encoding', property, 'headers', name), header, 'header');
          }
        }
        break;
    }
  };

  const doc = entryDocument(spec);
  for (const map of ['paths', ...WEBHOOK_MAPS]) {
    const items = doc[map];
    for (const [name, item] of Object.entries(isObject(items) ? items : {})) if (!name.startsWith('x-')) visit(spec.entry, joinPointer(`/${map}`, name), item, 'pathItem');
  }
  const components = doc['components'];
  for (const [field, { kind }] of Object.entries(COMPONENTS)) {
    const map = isObject(components) ? components[field] : undefined;
    for (const [name, item] of Object.entries(isObject(map) ? map : {})) visit(spec.entry, joinPointer('/components', field, name), item, kind);
  }
  return out;
}

/** As the parser words a schema's (`schema-keyword-kind`), with where a reference to such an object leads. */
function notString(kind: Kind, ref: unknown): string {
  const [field, { name }] = Object.entries(COMPONENTS).find(([, c]) => c.kind === kind)!;
  return `\`$ref\` must be a string, found ${describe(ref)}: ${name === 'example' ? 'an' : 'a'} ${name}'s $ref names the ${name} it stands for (#/components/${field}/…)`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}
