/** Fields only one side sets (OpenAPI 3.1 §4.8.24): the server sets `readOnly` ones, only clients send `writeOnly` ones. */
import type { SchemaIR } from './types.js';

export type Access = 'readOnly' | 'writeOnly';

/** The flag on the field, or on the model it refers to (`created_at: {$ref: Timestamp}`, a readOnly `Timestamp`). */
export function hasAccess(schema: SchemaIR, access: Access, lookup: (key: string) => SchemaIR | undefined): boolean {
  return schema[access] === true || (schema.kind === 'ref' && lookup(schema.model)?.[access] === true);
}
