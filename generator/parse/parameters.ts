/**
 * Parameter Object (OpenAPI 3.1 §4.8.12): path-level and operation-level parameters merged, the
 * operation's winning for the same `name` + `in` (§4.8.9.1).
 */
import type { ParameterIR, ParameterLocation, QueryDelimiter } from '../ir/types.js';
import { asObject, asString, deref, locationOf, type At, type ParseContext } from './context.js';
import { isJsonMediaType, pickMedia } from './media.js';
import { joinAt, parseSchema } from './schema.js';

const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export function parseParameters(ctx: ParseContext, pathItemAt: At, pathItem: Record<string, unknown>, opAt: At, op: Record<string, unknown>, defaultPositional: boolean): ParameterIR[] {
  const merged = new Map<string, ParameterIR>();
  for (const [at, list] of [[pathItemAt, pathItem['parameters']], [opAt, op['parameters']]] as const) {
    if (!Array.isArray(list)) continue;
    list.forEach((value, i) => {
      const param = parseParameter(ctx, joinAt(joinAt(at, 'parameters'), i), value, defaultPositional);
      if (param) merged.set(`${param.in} ${param.name}`, param);
    });
  }
  return [...merged.values()];
}

function parseParameter(ctx: ParseContext, at: At, value: unknown, defaultPositional: boolean): ParameterIR | undefined {
  const { at: here, value: resolved } = deref(ctx, at, value);
  const raw = asObject(resolved);
  const name = asString(raw?.['name']);
  const location = raw?.['in'] as ParameterLocation;
  if (!raw || name === undefined || !LOCATIONS.includes(location)) return undefined;
  const positionalFlag = raw['x-sdk-positional'];
  // `content` instead of `schema` (§4.8.12.1): the value is written in that media type.
  const media = raw['schema'] === undefined ? pickMedia(raw['content']) : undefined;
  const schemaAt = media ? joinAt(joinAt(joinAt(here, 'content'), media[0]), 'schema') : joinAt(here, 'schema');
  return {
    name,
    in: location,
    // A path parameter is always required (§4.8.12.2); a spec that forgets to say so still means it.
    required: location === 'path' || raw['required'] === true,
    schema: parseSchema(ctx, schemaAt, media ? media[1]['schema'] : raw['schema']),
    json: (media !== undefined && isJsonMediaType(media[0])) || undefined,
    description: asString(raw['description']),
    deprecated: raw['deprecated'] === true || undefined,
    example: raw['example'] ?? firstExample(raw['examples']),
    positional: location === 'path' && (typeof positionalFlag === 'boolean' ? positionalFlag : defaultPositional),
    argName: name,
    querySerialization: location === 'query' && !media ? querySerialization(raw) : undefined,
    origin: locationOf(ctx, here),
  };
}

const DELIMITERS: Readonly<Record<string, QueryDelimiter>> = { form: ',', spaceDelimited: ' ', pipeDelimited: '|' };

/** `style` and `explode` (§4.8.12.4; `form` and exploded by default) where they change what the client sends. */
function querySerialization(raw: Record<string, unknown>): ParameterIR['querySerialization'] {
  const style = typeof raw['style'] === 'string' ? raw['style'] : 'form';
  if (style === 'deepObject') return 'deepObject';
  const explode = typeof raw['explode'] === 'boolean' ? raw['explode'] : style === 'form';
  const delimiter = Object.hasOwn(DELIMITERS, style) ? DELIMITERS[style] : undefined;
  return explode || delimiter === undefined ? undefined : { delimiter };
}

export function firstExample(examples: unknown): unknown {
  const map = asObject(examples);
  if (!map) return undefined;
  const first = Object.keys(map).sort()[0];
  return first === undefined ? undefined : asObject(map[first])?.['value'];
}
