/**
 * A schema that is raw bytes, a file: OpenAPI 3.0's `{type: string, format: binary}`, or 3.1's way of
 * saying it, a `contentMediaType` that is not text without a `contentEncoding` (3.1.1, "Working with
 * Binary Data": raw bytes omit `type`; with `contentEncoding: base64` the value is its text). Specs also
 * write `type: string` beside it, meaning the same file.
 */
import { isJsonMediaType } from './json-media.js';
import { isTextMediaType } from './media-text.js';

type Raw = Readonly<Record<string, unknown>>;

/** Keywords that make a schema without `type` something other than a file. */
const SHAPING = ['properties', 'items', 'allOf', 'oneOf', 'anyOf', 'enum', 'const', '$ref'];

export function isByteString(raw: Raw | undefined): boolean {
  if (raw?.['type'] === 'string' && raw['format'] === 'binary') return true;
  return raw !== undefined && bytesByMediaType(raw);
}

/** The schema as 3.0 writes a file (`type: string, format: binary`) when it is one by its media type. */
export function withBinaryFormat<T extends Raw>(raw: T): T {
  return raw['format'] === undefined && bytesByMediaType(raw) ? { ...raw, type: 'string', format: 'binary' } : raw;
}

function bytesByMediaType(raw: Raw): boolean {
  const media = raw['contentMediaType'];
  if (typeof media !== 'string' || raw['contentEncoding'] !== undefined) return false;
  if (raw['type'] === undefined ? SHAPING.some((key) => raw[key] !== undefined) : raw['type'] !== 'string') return false;
  const essence = media.split(';')[0]!.trim().toLowerCase();
  return essence !== '' && !isJsonMediaType(essence) && !isTextMediaType(essence);
}
