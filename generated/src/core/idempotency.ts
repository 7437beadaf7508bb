// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Idempotency keys the client makes: for an operation whose spec declares an idempotency-key header, each
 * call carries one (unless the caller gives it), the same on every attempt, so that a retry after an
 * ambiguous failure cannot make the server do the work twice. Only such operations import this module.
 */
import { mergeHeaders } from './headers.js';
import type { BuiltRequest } from './request.js';

/**
 * The request with a new key in `header`, unless its headers already have one. The key is made here, once
 * per call, not per attempt: the retries of a call repeat it.
 */
export function withIdempotencyKey(built: BuiltRequest, header: string): BuiltRequest {
  return { ...built, headers: mergeHeaders([{ [header]: randomKey() }, built.headers]) };
}

/** A random UUID (version 4): `crypto.randomUUID` exists only in secure contexts, `getRandomValues` everywhere. */
function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
