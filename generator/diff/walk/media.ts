/**
 * The media types of a request body or a response, read as the generator reads them (`parse/body-media.ts`):
 * a `content` key `json` is `application/json`, a `schema` directly on the body is its JSON content, and a
 * response whose `$ref` names a component schema is that schema as JSON content. A spec that fixes such a
 * slip then reviews as unchanged, as its client is.
 */
import type { LoadedSpec } from '../../load/load-spec.js';
import { isSchemaPointer, keysByMediaType, mediaTypeMeant } from '../../parse/media-slips.js';
import { child, deref, type Node } from './node.js';
import { isObject } from '../../util/json.js';

/** One media type: where it stands (to locate changes), its `schema` and `itemSchema`, and a form's `encoding`. */
export interface MediaNode {
  readonly at: Node;
  readonly field: (name: 'schema' | 'itemSchema' | 'encoding') => Node;
}

/** A body or a response: its `$ref` followed, unless the ref names a schema, which is then its JSON content. */
export interface Holder {
  readonly node: Node;
  readonly media: Map<string, MediaNode>;
}

/** A response as written at `node`, its `$ref` not yet followed. */
export function holderOf(spec: LoadedSpec, node: Node): Holder {
  const target = deref(spec, node);
  if (isObject(node.value) && node.value['$ref'] !== undefined && isSchemaPointer(target.pointer)) {
    // The ref itself is the schema (compared through it); such a response has no headers or links.
    const absent: Node = { ...node, value: undefined };
    return { node: { ...node, value: {} }, media: new Map([['application/json', { at: node, field: (name) => (name === 'schema' ? node : absent) }]]) };
  }
  return { node: target, media: mediaOf(spec, target) };
}

/** The media types of a body or response, each by its canonical spelling, its `$ref` followed (3.2's `components.mediaTypes`). */
export function mediaOf(spec: LoadedSpec, holder: Node): Map<string, MediaNode> {
  const content = child(holder, 'content');
  const own = (written: Node): MediaNode => {
    const at = deref(spec, written);
    return { at, field: (name) => child(at, name) };
  };
  if (!isObject(content.value)) return isObject(holder.value) && holder.value['schema'] !== undefined ? new Map([['application/json', own(holder)]]) : new Map();
  const keyOf = keysByMediaType(Object.keys(content.value), mediaTypeMeant);
  return new Map([...keyOf].map(([type, key]) => [canonicalMediaType(type), own(child(content, key))]));
}

/** Lower case, no spaces around `;` and `=`, parameters in order: one spelling per media type. */
export function canonicalMediaType(mediaType: string): string {
  const [essence, ...parameters] = mediaType.toLowerCase().split(';').map((part) => part.replace(/\s*=\s*/g, '=').trim());
  return [essence, ...parameters.filter((p) => p !== '').sort()].join('; ');
}
