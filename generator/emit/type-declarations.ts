/**
 * Named type declarations. An object schema becomes an interface; its inline object properties become
 * interfaces in a namespace of the same name (`Response.Data`), as the official SDK's types read.
 * Anything else becomes a type alias.
 */
import { descriptionOf } from '../ir/through-refs.js';
import { StructureKind, type InterfaceDeclarationStructure, type ModuleDeclarationStructure, type PropertySignatureStructure, type StatementStructures, type OptionalKind } from 'ts-morph';
import type { ModelIR, PropertyIR, SchemaIR } from '../ir/types.js';
import { pascalCase } from '../util/names.js';
import { uniqueName } from '../normalize/unique.js';
import { jsDoc, type DocTag } from './jsdoc.js';
import { propertyKey } from './literals.js';
import { memberTypeOf, renderType, reshapedModel } from './render-type.js';
import { directed, travels, type Direction, type TypeScope } from './scope.js';
import { enumValueList, valueNote, valueTags } from './value-notes.js';

type ObjectSchema = Extract<SchemaIR, { kind: 'object' }>;

export function declareType(name: string, schema: SchemaIR, docs: readonly (string | undefined)[], scope: TypeScope): StatementStructures[] {
  if (schema.kind === 'object' && !schema.nullable) return declareInterface(name, travelling(schema, scope), extraKeys(schema), docs, scope);
  return [{ kind: StructureKind.TypeAlias, name, isExported: true, type: renderType(schema, scope), docs: jsDoc([...docs, valueNote(schema), enumValueList(schema)], [...deprecatedTag(schema), ...valueTags(schema)]) }];
}

/** The types of a model as a request and a response carry it (`CategoryInput`, `PetInput`), when it has them. */
export function directedDeclarations(model: ModelIR, scope: TypeScope): StatementStructures[] {
  const what: Record<Direction, string> = { request: 'a request carries it: without the fields the server sets (`readOnly`)', response: 'a response carries it: without the fields the server never sends back (`writeOnly`)' };
  return (['request', 'response'] as const).flatMap((direction) => {
    const name = model.directedNames?.[direction];
    if (name === undefined) return [];
    return [{ kind: StructureKind.TypeAlias, name, isExported: true, type: reshapedModel(model.key, directed(scope, direction)), docs: jsDoc([`\`${model.name}\` as ${what[direction]}, at every depth.`]) }];
  });
}

export function declareInterface(name: string, properties: readonly PropertyIR[], extra: SchemaIR | undefined, docs: readonly (string | undefined)[], scope: TypeScope, memberDocs: (p: PropertyIR) => string | undefined = (p) => descriptionOf(p.schema, (key) => scope.model(key)?.schema)): StatementStructures[] {
  // A nested type named like a symbol the namespace refers to would shadow it there (`Order.Customer` for
  // a property `customer` hides the model `Customer` from `Order.Item`'s `buyer: Customer`). Declared once
  // while recording what is referenced; declared again, avoiding those names, only when one is taken.
  const referenced = new Set<string>();
  const first = declareWithNested(name, properties, extra, docs, recordingScope(scope, referenced), memberDocs, new Set());
  if (!first.nestedNames.some((n) => referenced.has(n))) return first.statements;
  return declareWithNested(name, properties, extra, docs, scope, memberDocs, new Set(referenced)).statements;
}

function declareWithNested(
  name: string,
  properties: readonly PropertyIR[],
  extra: SchemaIR | undefined,
  docs: readonly (string | undefined)[],
  scope: TypeScope,
  memberDocs: (p: PropertyIR) => string | undefined,
  avoid: Set<string>,
): { statements: StatementStructures[]; nestedNames: string[] } {
  const nested: StatementStructures[] = [];
  const taken = new Set(avoid);
  const members = properties.map((p) => propertySignature(name, p, scope, nested, taken, memberDocs(p)));
  const iface: InterfaceDeclarationStructure = { kind: StructureKind.Interface, name, isExported: true, properties: members, docs: jsDoc(docs) };
  if (extra) iface.indexSignatures = [{ keyName: 'key', keyType: 'string', returnType: properties.length > 0 ? 'unknown' : renderType(extra, scope) }];
  const nestedNames = [...taken].filter((n) => !avoid.has(n));
  if (nested.length === 0) return { statements: [iface], nestedNames };
  const namespace: ModuleDeclarationStructure = { kind: StructureKind.Module, name, isExported: true, statements: nested };
  return { statements: [iface, namespace], nestedNames };
}

/** `scope`, also recording into `referenced` each symbol the types rendered through it name. */
export function recordingScope(scope: TypeScope, referenced: Set<string>): TypeScope {
  return {
    modelName: (key) => tap(scope.modelName(key), referenced),
    model: (key) => scope.model(key),
    use: (symbol) => (scope.use(symbol), void referenced.add(symbol)),
    direction: scope.direction,
  };
}

const tap = (name: string, into: Set<string>): string => (into.add(name), name);

/**
 * The keys an object's interface takes beside its properties: its `additionalProperties`; any key, of any
 * value, for a free-form object (`{type: object}`, naming no property and not closed), as JSON Schema
 * allows and its inline type says. An empty interface would let no member be read (`meta.region`).
 * A closed one naming no property takes keys of no value (an enum of none), so only `{}` is one: an empty
 * interface would take any value but null and undefined, a string included.
 */
function extraKeys(schema: ObjectSchema): SchemaIR | undefined {
  if (schema.additionalProperties || schema.properties.length > 0) return schema.additionalProperties;
  if (schema.closed) return { kind: 'enum', values: [], origin: schema.origin };
  return { kind: 'unknown', origin: schema.origin };
}

/**
 * The fields of an object value that travel the scope's way (a body's, a response's, a payload's). Not
 * applied to an operation's `…Params`: a parameter is sent whatever its schema says of bodies.
 */
function travelling(schema: ObjectSchema, scope: TypeScope): readonly PropertyIR[] {
  return schema.properties.filter((p) => travels(p, scope, schema));
}

function propertySignature(owner: string, p: PropertyIR, scope: TypeScope, nested: StatementStructures[], taken: Set<string>, doc: string | undefined): OptionalKind<PropertySignatureStructure> {
  // What the schema a `$ref` names says of its values, as its description (`memberDocs`): a hover shows the field's comment only.
  const lookup = (key: string) => scope.model(key)?.schema;
  return {
    name: propertyKey(p.name),
    hasQuestionToken: !p.required,
    type: memberTypeOf(p, memberType(owner, p, scope, nested, taken)),
    docs: jsDoc([doc, valueNote(p.schema, lookup), enumValueList(p.schema, lookup)], [...deprecatedTag(p.schema), ...valueTags(p.schema, lookup)]),
  };
}

/** Inline objects (and arrays of them) are hoisted into the owner's namespace; the rest render inline. */
function memberType(owner: string, p: PropertyIR, scope: TypeScope, nested: StatementStructures[], taken: Set<string>): string {
  const { schema } = p;
  const hoistable = (s: SchemaIR): s is ObjectSchema => s.kind === 'object' && s.properties.length > 0;
  if (hoistable(schema)) return nullable(`${owner}.${hoist(nestedName(pascalCase(p.name)), schema, scope, nested, taken)}`, schema);
  if (schema.kind === 'array' && !schema.prefixItems && hoistable(schema.items)) {
    const item = `${owner}.${hoist(nestedName(singular(pascalCase(p.name))), schema.items, scope, nested, taken)}`;
    return nullable(`Array<${nullable(item, schema.items)}>`, schema);
  }
  return renderType(schema, scope);
}

/**
 * A valid type name for a property's nested type: `0` is `_0`, nothing is `Item`, and `Array` is
 * `ArrayModel`, since every `Array<…>` rendered inside the namespace would otherwise mean it.
 */
function nestedName(wanted: string): string {
  if (wanted === '') return 'Item';
  if (/^[0-9]/.test(wanted)) return `_${wanted}`;
  return wanted === 'Array' ? 'ArrayModel' : wanted;
}

function hoist(wanted: string, schema: ObjectSchema, scope: TypeScope, nested: StatementStructures[], taken: Set<string>): string {
  const name = uniqueName(wanted, taken);
  nested.push(...declareInterface(name, travelling(schema, scope), extraKeys(schema), [schema.description], scope));
  return name;
}

const nullable = (type: string, schema: SchemaIR): string => (schema.nullable ? `${type} | null` : type);

/** `Participants` → `Participant`, `Entries` → `Entry`: names an array's item type. */
export function singular(name: string): string {
  if (/ies$/.test(name)) return `${name.slice(0, -3)}y`;
  if (/(ss|us)$/.test(name)) return `${name}Item`;
  if (/s$/.test(name)) return name.slice(0, -1);
  return `${name}Item`;
}

export function deprecatedTag(schema: SchemaIR): DocTag[] {
  return schema.deprecated ? [{ tagName: 'deprecated' }] : [];
}
