/**
 * What a value means, in the spec's words: its own description, else that of the schema it refers to.
 * Specs built from a library of shared schemas describe a field once, on the schema its `$ref` names
 * (Cloudflare's `per_page: {$ref: …_per_page}`: 1,794 parameters of its 2024 spec, and most body fields),
 * and many parameters write theirs in their schema (`{in: query, name: page, schema: {description: …}}`).
 * The official SDK's docs show those; without this, a method's argument table and its JSDoc showed none.
 */
import type { SchemaIR } from './types.js';

/** How many `$ref`s are followed to a description: an alias of an alias is still the same value. */
const MAX_HOPS = 8;

export function descriptionOf(schema: SchemaIR, lookup: (key: string) => SchemaIR | undefined): string | undefined {
  let at: SchemaIR | undefined = schema;
  for (let hops = 0; at !== undefined && hops <= MAX_HOPS; hops++) {
    if (at.description !== undefined && at.description.trim() !== '') return at.description;
    at = at.kind === 'ref' ? lookup(at.model) : undefined;
  }
  return undefined;
}

/** A parameter's description: its own, else its schema's (see `descriptionOf`). */
export function parameterDescription(p: { readonly description?: string | undefined; readonly schema: SchemaIR }, lookup: (key: string) => SchemaIR | undefined): string | undefined {
  return p.description !== undefined && p.description.trim() !== '' ? p.description : descriptionOf(p.schema, lookup);
}
