/**
 * A method's arguments as a table in the README: each positional argument and each member of `params`,
 * where it goes on the wire, its type as the declarations say it, whether it is required, and what the
 * spec says of it (description, bounds, default), and below it the sets of fields of which the body must
 * hold one. A reader sees what to pass without opening the types.
 */
import { parameterDescription } from '../../../ir/through-refs.js';
import type { ApiIR, OperationIR, SchemaIR } from '../../../ir/types.js';
import { paramsTypeName } from '../../../normalize/names.js';
import { stringLiteral } from '../../literals.js';
import { positionalType } from '../../operation-path.js';
import { alternativesSaid, bodyChoice, paramsMembers, type ParamsMember } from '../../operation-shape.js';
import { memberTypeOf, renderType } from '../../render-type.js';
import { directed, type TypeScope } from '../../scope.js';
import { enumValueSentences, sentences, valueNote, valueTags } from '../../value-notes.js';
import { code, table } from '../markdown.js';
import { docsScope } from '../signature.js';

/** A type longer than this is named by where it is declared (`XParams['filter']`), not written out. */
const MAX_TYPE_LENGTH = 60;

export function parametersTable(api: ApiIR, op: OperationIR): string | undefined {
  const scope = directed(docsScope(api), 'request');
  const lookup = (key: string) => scope.model(key)?.schema;
  const positional = op.parameters.filter((p) => p.positional).map((p) => row(p.argName, 'path', positionalType(p), true, p.schema, parameterDescription(p, lookup), p.deprecated, lookup));
  const members = paramsMembers(op, lookup).map((m) => memberRow(op, m, scope));
  const rows = [...positional, ...members];
  const choice = bodyChoice(op, lookup);
  if (rows.length === 0 && !choice) return undefined;
  const alternatives = alternativesSaid(op, lookup, code);
  const tabled = rows.length > 0 ? [table(['Name', 'In', 'Type', 'Required', 'Description'], rows)] : [];
  return [...tabled, ...alternatives, ...(choice ? [choiceSaid(op, choice, scope, members.length > 0)] : [])].join('\n\n');
}

/**
 * Where the fields of a body of several sets go (`bodyChoice`), and what they are: its type when short
 * enough to read here, else each set (a model's name, or an inline object's fields), else the type's name.
 */
function choiceSaid(op: OperationIR, choice: SchemaIR, scope: TypeScope, beside: boolean): string {
  const type = renderType(choice, scope);
  const where = `The body's fields go in \`params\`${beside ? ' too' : ''}`;
  if (type.length <= MAX_TYPE_LENGTH) return `${where}: the body is ${code(type)}.`;
  if (choice.kind === 'union' && choice.variants.every((v) => v.kind === 'ref' || v.kind === 'object')) {
    return `${where}, those of one of: ${choice.variants.map((v) => setSaid(v, scope)).join('; or ')}. See ${code(paramsTypeName(op))}.`;
  }
  return `${where}: the body is one of several sets of fields, as ${code(paramsTypeName(op))} declares them.`;
}

/** One set of a chosen body: its type when short, else its fields' names, saying which the set requires. */
function setSaid(set: SchemaIR, scope: TypeScope): string {
  const type = renderType(set, scope);
  if (type.length <= MAX_TYPE_LENGTH || set.kind !== 'object') return code(type);
  const names = set.properties.map((p) => `${code(p.name)}${p.required ? ' (required)' : ''}`);
  return `${names.length === 1 ? 'the field' : 'the fields'} ${names.join(', ')}`;
}

function memberRow(op: OperationIR, m: ParamsMember, scope: TypeScope): string[] {
  const written = memberTypeOf({ name: m.name, required: m.required, schema: m.schema, origin: m.schema.origin }, renderType(m.schema, scope));
  const type = written.length <= MAX_TYPE_LENGTH ? written : `${paramsTypeName(op)}[${stringLiteral(m.name)}]`;
  return row(m.name, m.source, type, m.required, m.schema, m.description, m.deprecated || m.schema.deprecated, (key) => scope.model(key)?.schema);
}

type Lookup = (key: string) => SchemaIR | undefined;

function row(name: string, source: string, type: string, required: boolean, schema: SchemaIR, description: string | undefined, deprecated: boolean | undefined, lookup: Lookup): string[] {
  return [code(shownName(name)), source, code(type), required ? 'yes' : 'no', describe(schema, description, deprecated, lookup)];
}

/**
 * A name as its cell shows it: as written, unless a cell cannot show it so (a line break or another control
 * character, which a row cannot hold or a reader cannot see; a space at both ends, which a code span trims;
 * a backslash before a pipe, which the table reads as the pipe's escape):
 * then quoted as the declarations quote it (`'a\tb'`), so the reader sees the key to write.
 */
function shownName(name: string): string {
  return /[\u0000-\u001f\u2028\u2029]|^ [\s\S]* $|\\\|/.test(name) ? stringLiteral(name) : name;
}

/** The description, then what the schema (or the one its `$ref` names) says of its values, then its default: one cell. */
function describe(schema: SchemaIR, description: string | undefined, deprecated: boolean | undefined, lookup: Lookup): string {
  const fallback = valueTags(schema, lookup).find((tag) => tag.tagName === 'default')?.text;
  const values = enumValueSentences(schema, lookup);
  return sentences(deprecated ? '**Deprecated.**' : undefined, description, valueNote(schema, lookup), values, fallback === undefined ? undefined : `Default: ${code(fallback)}.`);
}
