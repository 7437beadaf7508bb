/**
 * Pass 5, canonical order: the output must not depend on the order of keys in the spec. Operations by
 * resource then method, models by name, parameters positional-first in path order, then by name; object
 * properties `id` first, then required, then optional, each in code-unit order (the order the official
 * SDK's types use). Runs last: it sorts by the final names.
 */
import { templateNames } from '../util/path-template.js';
import type { ApiIR, OperationIR, PropertyIR, SchemaIR } from '../ir/types.js';
import { compareCodeUnits } from '../util/names.js';

export function normalizeOrder(api: ApiIR): ApiIR {
  const operations = [...api.operations]
    .sort((a, b) => compareCodeUnits(a.resourcePath.join('.'), b.resourcePath.join('.')) || compareCodeUnits(a.methodName, b.methodName))
    .map(orderOperation);
  const models = [...api.models]
    .sort((a, b) => compareCodeUnits(a.name, b.name))
    .map((m) => ({ ...m, schema: orderSchema(m.schema) }));
  return { ...api, operations, models };
}

function orderOperation(op: OperationIR): OperationIR {
  const placeholders = templateNames(op.path);
  const rank = (name: string): number => placeholders.indexOf(name);
  const positional = op.parameters.filter((p) => p.positional).sort((a, b) => rank(a.name) - rank(b.name));
  const rest = op.parameters
    .filter((p) => !p.positional)
    .sort((a, b) => compareCodeUnits(a.in === 'path' ? '0' : '1', b.in === 'path' ? '0' : '1') || compareCodeUnits(a.name, b.name));
  return {
    ...op,
    parameters: [...positional, ...rest].map((p) => ({ ...p, schema: orderSchema(p.schema) })),
    requestBody: op.requestBody && { ...op.requestBody, schema: orderSchema(op.requestBody.schema) },
    responses: op.responses.map((r) => ({ ...r, schema: r.schema && orderSchema(r.schema) })),
  };
}

function propertyRank(p: PropertyIR): string {
  return p.name === 'id' && p.required ? '0' : p.required ? '1' : '2';
}

export function orderProperties(properties: readonly PropertyIR[]): PropertyIR[] {
  return [...properties].sort((a, b) => compareCodeUnits(propertyRank(a), propertyRank(b)) || compareCodeUnits(a.name, b.name));
}

function orderSchema(schema: SchemaIR): SchemaIR {
  switch (schema.kind) {
    case 'object':
      return {
        ...schema,
        properties: orderProperties(schema.properties).map((p) => ({ ...p, schema: orderSchema(p.schema) })),
        additionalProperties: schema.additionalProperties && orderSchema(schema.additionalProperties),
      };
    case 'array':
      return { ...schema, items: orderSchema(schema.items), prefixItems: schema.prefixItems?.map(orderSchema) };
    case 'union':
      return { ...schema, variants: schema.variants.map(orderSchema) };
    case 'intersection':
      return { ...schema, parts: schema.parts.map(orderSchema) };
    default:
      return schema;
  }
}
