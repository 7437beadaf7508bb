/**
 * Every declared response of the project's spec and of the single-file fixtures, served by a loopback
 * server with its status and each of its media types, comes back from the generated method as its media
 * type says: the JSON value, the text, the bytes, the streamed items, or the error of the status's class
 * with its status, headers and body (`test/helpers/response-check.ts`). The checker is shown to refuse
 * each kind of wrong outcome.
 */
import { describe, expect, it } from 'vitest';
import { BINARY_SAMPLE, outcomeProblems, responseCheckPackage } from '../helpers/response-check.js';
import { generateFromSpec } from '../helpers/tree.js';

const SPECS = [
  'spec/openapi.yaml',
  ...['responses', 'edge', 'openapi-3.2', 'streams', 'read-write-only', 'idempotency'].map((f) => `test/fixtures/${f}/openapi.yaml`),
  'test/fixtures/swagger2/swagger.yaml',
];

describe('the responses of the spec and the fixtures', () => {
  it.each(SPECS)('%s: each status and media type comes back as declared', async (spec) => {
    const { out } = await generateFromSpec(spec, 'responses-');
    const { cases, problems } = await responseCheckPackage(spec, out);
    expect(problems).toEqual([]);
    expect(cases).toBeGreaterThan(0);
  }, 120_000);
});

describe('the checker', () => {
  const served = new TextEncoder().encode('{"a":1}');
  it.each([
    ['a JSON value that differs', { kind: 'json', value: { a: 1 } }, { kind: 'value', value: { a: 2 } }],
    ['JSON given as text', { kind: 'json', value: { a: 1 } }, { kind: 'value', value: '{"a":1}' }],
    ['bytes given as text', { kind: 'bytes' }, { kind: 'value', value: '\uFFFDPNG' }],
    ['bytes that differ', { kind: 'bytes' }, { kind: 'response', status: 200, bytes: Buffer.from('x').toString('base64') }],
    ['a body for nothing', { kind: 'empty' }, { kind: 'value', value: '' }],
    ['an event stream read whole', { kind: 'events' }, { kind: 'value', value: 'data: {"a":1}' }],
    ['a success that rejects', { kind: 'json', value: { a: 1 } }, { kind: 'error', name: 'ResponseParseError', contentType: 'application/json', message: '' }],
    ['an error that resolves', { kind: 'error', className: 'NotFoundError', status: 404, body: { a: 1 } }, { kind: 'value', value: { a: 1 } }],
    ['an error of another class', { kind: 'error', className: 'NotFoundError', status: 404, body: { a: 1 } }, { kind: 'error', name: 'APIError', status: 404, contentType: 'application/json', body: { a: 1 }, message: '' }],
    ['an error without its body', { kind: 'error', className: 'NotFoundError', status: 404, body: { a: 1 } }, { kind: 'error', name: 'NotFoundError', status: 404, contentType: 'application/json', message: '' }],
    ['an error without its headers', { kind: 'error', className: 'NotFoundError', status: 404, body: { a: 1 } }, { kind: 'error', name: 'NotFoundError', status: 404, contentType: null, body: { a: 1 }, message: '' }],
  ] as const)('refuses %s', (_, expected, got) => {
    expect(outcomeProblems(expected, got, served, 'application/json')).not.toEqual([]);
  });

  it('accepts the bytes in the raw Response, and JSON parsed from text/plain', () => {
    expect(outcomeProblems({ kind: 'bytes' }, { kind: 'response', status: 200, bytes: Buffer.from(BINARY_SAMPLE).toString('base64') }, BINARY_SAMPLE, 'image/png')).toEqual([]);
    expect(outcomeProblems({ kind: 'text', value: '{"a":1}' }, { kind: 'value', value: { a: 1 } }, served, 'text/plain')).toEqual([]);
  });
});
