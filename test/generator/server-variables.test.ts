/** Server variables without the `default` OpenAPI requires: what the client takes, and the warning that says so. */
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const build = (servers: object[]) => buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ servers })) }));

describe('a server variable without a default', () => {
  it("takes its first enum value, with a warning at the variable", () => {
    const { api, warnings } = build([{ url: '{scheme}://{host}/v1', variables: { scheme: { enum: ['https', 'http'] }, host: { default: 'api.example.com' } } }]);
    expect(api.baseURL).toBe('https://api.example.com/v1');
    expect(api.serverTemplate?.variables.map((v) => [v.name, v.default])).toEqual([['scheme', 'https'], ['host', 'api.example.com']]);
    expect(warnings.map((w) => [w.code, w.location.pointer, w.message])).toEqual([
      ['server-variable-default', '/servers/0/variables/scheme', 'the server variable "scheme" has no default, which OpenAPI requires: the client takes its first enum value, "https"'],
    ]);
  });

  it('stays in the URL when there is nothing to take, and says so instead of calling the URL relative', () => {
    const { api, warnings } = build([{ url: 'https://{tenant}.example.com', variables: { other: { default: 'x' } } }]);
    expect(api.baseURL).toBe('https://{tenant}.example.com');
    expect(warnings.map((w) => [w.code, w.location.pointer])).toEqual([['server-variable-default', '/servers/0/url']]);
    expect(warnings[0]!.message).toBe('the server variable "tenant" is not declared: it stays {tenant} in the base URL, so users pass an absolute `baseURL`');
    // A scheme left unfilled is not a relative URL: one warning, about the variable.
    const unfilled = build([{ url: '{scheme}://api.example.com', variables: { scheme: {} } }]);
    expect(unfilled.warnings.map((w) => [w.code, w.location.pointer])).toEqual([['server-variable-default', '/servers/0/variables/scheme']]);
  });
});
