/**
 * An object query parameter sent `form` and exploded (OpenAPI's default for `in: query`) writes each of
 * its fields as a query key of its own (`columns: {discount: …}` sends `discount=…`). Where another query
 * parameter has that name (sinao's recurring invoices: `columns` beside `discount`, an integer), the query
 * holds the key twice and the server reads one value where the spec means two: said at the object.
 */
import { asObject, deref, joinAt, report, typeList, type At, type ParseContext } from './context.js';

export interface RawParameter {
  readonly at: At;
  readonly raw: Readonly<Record<string, unknown>>;
}

export function checkQueryKeyClash(ctx: ParseContext, parameters: readonly RawParameter[]): void {
  const query = parameters.filter(({ raw }) => raw['in'] === 'query' && typeof raw['name'] === 'string');
  const names = new Set(query.map(({ raw }) => raw['name'] as string));
  for (const { at, raw } of query) {
    const clashing = explodedFields(ctx, at, raw).filter((field) => names.has(field) && field !== raw['name']);
    if (clashing.length === 0) continue;
    const listed = clashing.map((name) => `\`${name}\``).join(', ');
    const message = `query parameter \`${raw['name'] as string}\` is an object sent \`form\` and exploded, each field a query key of its own, and ${clashing.length === 1 ? 'its field' : 'its fields'} ${listed} ${clashing.length === 1 ? 'is' : 'are'} also ${clashing.length === 1 ? 'a query parameter' : 'query parameters'}: the query holds the key twice, and a server reads one value; rename one, or set \`style: deepObject\` (\`${raw['name'] as string}[${clashing[0]}]=…\`)`;
    report(ctx, at, 'query-key-clash', message, 'warning');
  }
}

/** The fields an exploded `form` object parameter writes as query keys; none for any other. */
function explodedFields(ctx: ParseContext, at: At, raw: Readonly<Record<string, unknown>>): string[] {
  const style = raw['style'] ?? 'form';
  if (style !== 'form' || raw['explode'] === false) return [];
  const schema = asObject(deref(ctx, joinAt(at, 'schema'), raw['schema']).value);
  const properties = asObject(schema?.['properties']);
  if (schema === undefined || properties === undefined) return [];
  const types = typeList(schema);
  return types.length === 0 || types.includes('object') ? Object.keys(properties) : [];
}
