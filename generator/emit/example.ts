/**
 * The example call for a method, in the style of the official docs: positional arguments, then a
 * `params` object with the required fields. Values come from the spec's `example`s, else they are
 * made up from the schema (a string field `question` gets `'question'`, as the official docs do).
 */
import type { ApiIR, OperationIR, ParameterIR, SchemaIR } from '../ir/types.js';
import { primitiveLiteral, propertyKey } from './literals.js';
import { paramsMembers } from './operation-shape.js';
import { positionalType } from './operation-path.js';

type Lookup = (key: string) => SchemaIR | undefined;

export function exampleCall(api: ApiIR, op: OperationIR, clientVar = 'client'): string {
  const lookup: Lookup = (key) => api.models.find((m) => m.key === key)?.schema;
  const args = op.parameters.filter((p) => p.positional).map((p) => jsLiteral(positionalExample(p, lookup)));
  const params = exampleParams(op, lookup);
  if (params !== undefined) args.push(params);
  const call = `${clientVar}.${[...op.resourcePath, op.methodName].join('.')}`;
  return `const response = await ${call}(${args.join(', ')});`;
}

/** The spec's example when it has the argument's type (`'42'` for an integer id does not), else one made up. */
function positionalExample(p: ParameterIR, lookup: Lookup): unknown {
  if (fitsType(p, p.example)) return p.example;
  const made = exampleValue(p.schema, p.name, lookup, 0);
  return fitsType(p, made) ? made : p.name;
}

function fitsType(p: ParameterIR, value: unknown): boolean {
  const type = positionalType(p);
  if (typeof value === 'string' && /\bstring\b/.test(type)) return true;
  if (typeof value === 'number' && /\bnumber\b/.test(type)) return true;
  return (typeof value === 'string' || typeof value === 'number') && type.split(' | ').includes(primitiveLiteral(value));
}

function exampleParams(op: OperationIR, lookup: Lookup): string | undefined {
  const members = paramsMembers(op, lookup).filter((m) => m.required);
  if (members.length === 0) return paramsMembers(op, lookup).length === 0 ? undefined : '{}';
  const lines = members.map((m) => `  ${propertyKey(m.name)}: ${jsLiteral(m.example ?? exampleValue(m.schema, m.name, lookup, 0))},`);
  return `{\n${lines.join('\n')}\n}`;
}

function exampleValue(schema: SchemaIR, name: string, lookup: Lookup, depth: number): unknown {
  if (depth > 4) return {};
  switch (schema.kind) {
    case 'string':
      return name === '' ? 'string' : name;
    case 'binary':
      // Text is an `Uploadable` too; a real call passes a `File`, a `Blob` or bytes.
      return `${name || 'file'} contents`;
    case 'number':
    case 'integer':
      return 0;
    case 'boolean':
      return true;
    case 'enum':
      return schema.values[0] ?? null;
    case 'array':
      return [exampleValue(schema.items, '', lookup, depth + 1)];
    case 'object':
      return Object.fromEntries(schema.properties.filter((p) => p.required).map((p) => [p.name, exampleValue(p.schema, p.name, lookup, depth + 1)]));
    case 'ref': {
      const target = lookup(schema.model);
      return target ? exampleValue(target, name, lookup, depth + 1) : {};
    }
    case 'union':
      return schema.variants[0] ? exampleValue(schema.variants[0], name, lookup, depth + 1) : null;
    case 'intersection': {
      // Objects merge; for primitives (`string & ('left' | 'right')`) the last, most specific part wins.
      const values = schema.parts.map((p) => exampleValue(p, name, lookup, depth + 1));
      const isObject = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);
      return values.every(isObject) ? Object.assign({}, ...values) : values.filter((v) => !isObject(v)).pop();
    }
    default:
      return null;
  }
}

/** A JavaScript literal in the house style (single quotes); strings escaped through JSON. */
export function jsLiteral(value: unknown): string {
  if (typeof value === 'string') return singleQuoted(value);
  if (Array.isArray(value)) return `[${value.map((v) => jsLiteral(v)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${jsLiteral(v)}`).join(', ')} }`;
  }
  return typeof value === 'number' && !Number.isFinite(value) ? '0' : String(value);
}

function singleQuoted(value: string): string {
  const body = JSON.stringify(value).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'");
  return `'${body}'`;
}

