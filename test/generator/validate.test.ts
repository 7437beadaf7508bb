import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/load-spec.js';
import { validate } from '../../generator/validate/validate.js';
import type { Diagnostic } from '../../generator/diagnostics.js';

const dir = 'test/fixtures/bad';

function problemsOf(name: string): Diagnostic[] {
  const file = `${dir}/${name}`;
  const loaded = loadSpec(file, (f) => (f === file ? readFileSync(f, 'utf8') : undefined));
  return loaded.ok ? [...validate(loaded.spec)] : [...loaded.diagnostics];
}

const pick = (d: Diagnostic) => ({ code: d.code, pointer: d.location.pointer, line: d.location.line, column: d.location.column });

describe('bad specs get one located diagnostic per problem', () => {
  it.each([
    { name: 'not-yaml.yaml', want: [{ code: 'yaml-syntax', pointer: '', line: 7, column: 1 }] },
    { name: 'yaml-alias-recursive.yaml', want: [{ code: 'yaml-alias-recursive', pointer: '/x-shared/nested/again', line: 8, column: 12 }] },
    { name: 'not-openapi.yaml', want: [{ code: 'not-openapi-3', pointer: '', line: 1, column: 1 }] },
    { name: 'ref-to-nothing.yaml', want: [{ code: 'ref-missing', pointer: '/paths/~1things/get/responses/200/content/application~1json/schema/$ref', line: 15, column: 17 }] },
    {
      name: 'ref-not-string.yaml',
      want: [
        { code: 'ref-not-string', pointer: '/paths/~1things/post/parameters/0/$ref', line: 10, column: 11 },
        { code: 'ref-not-string', pointer: '/paths/~1things/post/requestBody/$ref', line: 12, column: 9 },
        { code: 'ref-not-string', pointer: '/paths/~1things/post/responses/201/$ref', line: 15, column: 11 },
      ],
    },
    { name: 'duplicate-operation-id.yaml', want: [{ code: 'operation-id-duplicate', pointer: '/paths/~1b/get/operationId', line: 14, column: 7 }] },
    {
      name: 'missing-required.yaml',
      want: [
        { code: 'required', pointer: '/info', line: 2, column: 1 },
        { code: 'required', pointer: '/paths/~1things~1{id}/get/responses/200', line: 14, column: 9 },
        { code: 'path-param-required', pointer: '/paths/~1things~1{id}/get/parameters/0', line: 9, column: 11 },
      ],
    },
  ])('$name', ({ name, want }) => {
    const problems = problemsOf(name);
    expect(problems.map(pick)).toEqual(want);
    for (const p of problems) expect(p.location.file).toBe(`${dir}/${name}`);
  });

  it('names the missing field in the message', () => {
    const messages = problemsOf('missing-required.yaml').map((d) => d.message);
    expect(messages).toEqual(expect.arrayContaining([expect.stringContaining('info.version'), expect.stringContaining('`description`')]));
  });

  it('names the first use of a repeated operationId', () => {
    expect(problemsOf('duplicate-operation-id.yaml')[0]!.message).toContain('#/paths/~1a/get');
  });
});

describe('a dangling response $ref', () => {
  it('is reported once, not again as a response without description', async () => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const doc = minimalDoc({ paths: { '/a': { get: { responses: { '200': { $ref: '#/components/responses/Nope' } } } } } });
    const problems = validate(loadFromMemory({ 'spec.yaml': specText(doc) }));
    expect(problems.map((p) => p.code)).toEqual(['ref-missing']);
  });
});

describe('an operation without responses', () => {
  const withoutResponses = async (openapi: string) => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const doc = minimalDoc({ openapi, paths: { '/a': { get: { operationId: 'getA' } } } });
    return validate(loadFromMemory({ 'spec.yaml': specText(doc) })).map((p) => [p.code, p.location.pointer, p.message]);
  };

  it('is an error in OpenAPI 3.0, where responses is required', async () => {
    expect(await withoutResponses('3.0.3')).toEqual([['responses-missing', '/paths/~1a/get', 'required field `responses` is missing (required before OpenAPI 3.1)']]);
  });

  it('is valid in OpenAPI 3.1, where responses became optional', async () => {
    expect(await withoutResponses('3.1.0')).toEqual([]);
  });

  it('is an error when responses is not a mapping, in any version', async () => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const doc = minimalDoc({ paths: { '/a': { get: { operationId: 'getA', responses: ['200'] } } } });
    expect(validate(loadFromMemory({ 'spec.yaml': specText(doc) })).map((p) => [p.code, p.location.pointer])).toEqual([['invalid', '/paths/~1a/get/responses']]);
  });
});

describe('a parameter in no place a request has', () => {
  const problemsIn = async (where: string) => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const parameters = [{ name: 'copy', in: where, schema: { type: 'string' } }];
    const doc = minimalDoc({ paths: { '/a': { get: { operationId: 'getA', parameters, responses: { '204': { description: 'none' } } } } } });
    return validate(loadFromMemory({ 'spec.yaml': specText(doc) })).map((p) => [p.code, p.location.pointer, p.message]);
  };

  it('is an error located at its `in`, naming the places there are (a 2.0 body parameter left in a 3.x document)', async () => {
    expect(await problemsIn('body')).toEqual([
      ['parameter-in-invalid', '/paths/~1a/get/parameters/0/in', 'parameter "copy" is `in: body`; a parameter is in path, query, header, cookie or querystring (a body is the operation\'s `requestBody`); with --lenient, it is left out of the client'],
    ]);
  });

  it.each(['path', 'query', 'header', 'cookie', 'querystring'])('is not reported for %s', async (where) => {
    expect((await problemsIn(where)).filter(([code]) => code === 'parameter-in-invalid')).toEqual([]);
  });
});

describe('a header name HTTP cannot send', () => {
  const docWith = async (parameters: unknown[], securitySchemes: Record<string, unknown> = {}) => {
    const { minimalDoc } = await import('../helpers/spec.js');
    const operation = { operationId: 'getA', parameters, responses: { '204': { description: 'none' } } };
    return minimalDoc({ paths: { '/a': { get: operation } }, components: { securitySchemes } });
  };
  const problemsOf = async (doc: Record<string, unknown>) => {
    const { loadFromMemory, specText } = await import('../helpers/spec.js');
    return validate(loadFromMemory({ 'spec.yaml': specText(doc) })).map((p) => [p.code, p.location.pointer, p.message]);
  };
  const header = (name: string, where = 'header') => ({ name, in: where, schema: { type: 'string' } });

  it('is an error at the parameter\'s name, for an empty name, a space or a colon', async () => {
    const doc = await docWith([header(''), header('X Trace'), header('X-Id:')]);
    expect(await problemsOf(doc)).toEqual([
      ['parameter-name-invalid', '/paths/~1a/get/parameters/0/name', "header parameter \"\" is no header name HTTP can send: a name is one or more letters, digits or ! # $ % & ' * + - . ^ _ ` | ~ (RFC 9110 §5.6.2); with --lenient, it is left out of the client"],
      ['parameter-name-invalid', '/paths/~1a/get/parameters/1/name', expect.stringContaining('header parameter "X Trace" is no header name')],
      ['parameter-name-invalid', '/paths/~1a/get/parameters/2/name', expect.stringContaining('header parameter "X-Id:" is no header name')],
    ]);
  });

  it('is not reported for the punctuation a token allows, nor for a query parameter or a cookie (encoded by the client) with a space', async () => {
    const doc = await docWith([header("X-A.b_c~d|e^f`g!h#i$j%k&l'm*n+o"), header('session id', 'cookie'), header('page size', 'query')]);
    expect(await problemsOf(doc)).toEqual([]);
  });

  it('is an error at an apiKey scheme\'s name in a header, not in a cookie or a query', async () => {
    const schemes = { Key: { type: 'apiKey', in: 'header', name: 'Api Key' }, Jar: { type: 'apiKey', in: 'cookie', name: 'sid;' }, Query: { type: 'apiKey', in: 'query', name: 'api key' } };
    expect(await problemsOf(await docWith([], schemes))).toEqual([
      ['security-scheme-name-invalid', '/components/securitySchemes/Key/name', expect.stringContaining('security scheme "Key" sends its key in the header "Api Key", which is no header name HTTP can send')],
    ]);
  });

  it('with --lenient, leaves the parameter, or the scheme, out of the client', async () => {
    const { apiOf } = await import('../helpers/spec.js');
    const schemes = { Key: { type: 'apiKey', in: 'header', name: 'Api Key' }, Good: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } };
    const api = apiOf(await docWith([header(''), header('X-Trace')], schemes), { lenient: true });
    expect(api.operations[0]!.parameters.map((p) => p.name)).toEqual(['X-Trace']);
    expect(api.securitySchemes.map((s) => [s.key, s.type])).toEqual([['Good', 'apiKey-header'], ['Key', 'other']]);
  });
});

describe('an apiKey scheme that does not say where its key goes', () => {
  const build = async (securitySchemes: Record<string, unknown>, lenient = false) => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const { buildApi } = await import('../../generator/pipeline.js');
    const doc = minimalDoc({ paths: { '/a': { get: { operationId: 'getA', responses: { '204': { description: 'none' } } } } }, components: { securitySchemes } });
    return buildApi(loadFromMemory({ 'spec.yaml': specText(doc) }), { lenient });
  };
  const schemes = { NoIn: { type: 'apiKey', name: 'X-Key' }, Wrong: { type: 'apiKey', in: 'body', name: 'key' }, NoName: { type: 'apiKey', in: 'query' } };

  it('is an error located at the scheme, or at the field that is wrong', async () => {
    const { SpecError } = await import('../../generator/diagnostics.js');
    const error = await build(schemes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecError);
    expect((error as InstanceType<typeof SpecError>).diagnostics.map((d) => [d.code, d.location.pointer, d.message])).toEqual([
      ['security-scheme-in-invalid', '/components/securitySchemes/NoIn', 'security scheme "NoIn" is an apiKey that has no `in`: where its key goes, `header`, `query` or `cookie`; with --lenient, it is sent in a header'],
      ['security-scheme-in-invalid', '/components/securitySchemes/Wrong/in', expect.stringContaining('security scheme "Wrong" is an apiKey that has `in: "body"`')],
      ['security-scheme-name-invalid', '/components/securitySchemes/NoName', 'security scheme "NoName" is an apiKey without a `name`: the header, query parameter or cookie that carries its key; with --lenient, the client does not send it'],
    ]);
  });

  it('with --lenient, sends a key without `in` in a header and leaves one without `name` out', async () => {
    const { api } = await build(schemes, true);
    expect(api.securitySchemes.map((s) => [s.key, s.type, s.paramName])).toEqual([['NoIn', 'apiKey-header', 'X-Key'], ['NoName', 'other', undefined], ['Wrong', 'apiKey-header', 'key']]);
  });
});

describe('slips in what an operation lists', () => {
  const problemsOf = async (operation: Record<string, unknown>) => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const doc = minimalDoc({ paths: { '/a': { get: { operationId: 'getA', ...operation } } }, components: { schemas: { Id: { type: 'string' } } } });
    return validate(loadFromMemory({ 'spec.yaml': specText(doc) })).map((p) => [p.code, p.location.pointer, p.message]);
  };

  it('a response key that is no status code is an error at it; codes, ranges, default and extensions are not', async () => {
    const responses = { ok: { description: 'fine' }, '200': { description: 'ok' }, '4xx': { description: 'client' }, '5XX': { description: 'server' }, default: { description: 'other' }, 'x-note': 'kept', '20': { description: 'short' } };
    expect(await problemsOf({ responses })).toEqual([
      ['response-status-invalid', '/paths/~1a/get/responses/20', expect.stringContaining('response key "20" is no HTTP status code')],
      ['response-status-invalid', '/paths/~1a/get/responses/ok', 'response key "ok" is no HTTP status code (200), range (2XX) or `default`, so no response can be it; with --lenient, it is left out'],
    ]);
    const { apiOf, minimalDoc } = await import('../helpers/spec.js');
    const api = apiOf(minimalDoc({ paths: { '/a': { get: { operationId: 'getA', responses } } } }), { lenient: true });
    expect(api.operations[0]!.responses.map((r) => r.status)).toEqual(['200', '4xx', '5XX', 'default']);
  });

  it('a parameter that refers to a schema is one error where it is listed', async () => {
    const parameters = [{ $ref: '#/components/schemas/Id' }];
    expect(await problemsOf({ parameters, responses: { '204': { description: 'none' } } })).toEqual([
      ['parameter-ref-schema', '/paths/~1a/get/parameters/0/$ref', "a parameter that refers to the schema #/components/schemas/Id: a parameter's $ref names a parameter (#/components/parameters/…), which gives its `name`, `in` and `schema`"],
    ]);
  });
});

describe('slips in paths and their items', () => {
  const ok = { responses: { '204': { description: 'none' } } };
  const doc = async () => {
    const { minimalDoc } = await import('../helpers/spec.js');
    const q = (type: string) => ({ name: 'q', in: 'query', schema: { type } });
    const header = (name: string) => ({ name, in: 'header', schema: { type: 'string' } });
    return minimalDoc({
      paths: {
        pets: { get: { operationId: 'listPets', ...ok } },
        '/a': { GET: { operationId: 'getA', ...ok }, delete: { operationId: 'deleteA', parameters: [q('string'), header('X-Id'), q('integer'), header('x-id')], ...ok } },
        'x-draft': { anything: true },
      },
    });
  };

  it('are errors where they are: a path without "/", an upper-case method, a parameter listed twice', async () => {
    const { loadFromMemory, specText } = await import('../helpers/spec.js');
    expect(validate(loadFromMemory({ 'spec.yaml': specText(await doc()) })).map((p) => [p.code, p.location.pointer, p.message])).toEqual([
      ['path-not-absolute', '/paths/pets', 'path "pets" must begin with "/"; with --lenient, it is read as "/pets"'],
      ['path-item-method-case', '/paths/~1a/GET', '`GET` is no field of a path item: a method is written in lower case (`get`); with --lenient, this operation is left out'],
      ['parameter-duplicate', '/paths/~1a/delete/parameters/2', 'query parameter "q" is listed twice (first at #/paths/~1a/delete/parameters/0); with --lenient, this one is read'],
      ['parameter-duplicate', '/paths/~1a/delete/parameters/3', expect.stringContaining('header parameter "x-id" is listed twice (first at #/paths/~1a/delete/parameters/1)')],
    ]);
  });

  it('with --lenient, read as each says', async () => {
    const { apiOf } = await import('../helpers/spec.js');
    const api = apiOf(await doc(), { lenient: true });
    expect(api.operations.map((o) => [o.method, o.path]).sort()).toEqual([['DELETE', '/a'], ['GET', '/pets']]);
    expect(api.operations.find((o) => o.method === 'DELETE')!.parameters.find((p) => p.name === 'q')?.schema.kind).toBe('integer');
  });
});

describe('a $ref whose fragment lacks its leading "/"', () => {
  it('points to nothing, and the message says where the ref with it leads', async () => {
    const { docWithResponse, loadFromMemory, specText } = await import('../helpers/spec.js');
    const refTo = (ref: string) => validate(loadFromMemory({ 'spec.yaml': specText(docWithResponse({ $ref: ref }, { X: { type: 'object' } })) })).map((p) => [p.code, p.message]);
    expect(refTo('#components/schemas/X')).toEqual([['ref-missing', '$ref "#components/schemas/X" points to nothing (a JSON pointer begins with "/": #/components/schemas/X is there)']]);
    expect(refTo('#components/schemas/Y')).toEqual([['ref-missing', '$ref "#components/schemas/Y" points to nothing']]);
  });
});

describe('a $ref to the $defs of the schema it is in', () => {
  it('points to nothing (a "#" ref starts at the root), and the message names the pointer meant', async () => {
    const { docWithResponse, loadFromMemory, specText } = await import('../helpers/spec.js');
    const meta = { type: 'object', properties: { owner: { type: 'string' } } };
    const thing = (ref: string) => ({ type: 'object', properties: { meta: { $ref: ref } }, $defs: { Meta: meta } });
    const refTo = (ref: string) =>
      validate(loadFromMemory({ 'spec.yaml': specText(docWithResponse({ $ref: '#/components/schemas/Thing' }, { Thing: thing(ref) })) })).map((p) => [p.code, p.message]);
    expect(refTo('#/$defs/Meta')).toEqual([
      ['ref-missing', '$ref "#/$defs/Meta" points to nothing (a "#" ref starts at the document\'s root, not at the schema it is in: #/components/schemas/Thing/$defs/Meta is there)'],
    ]);
    expect(refTo('#/$defs/Other')).toEqual([['ref-missing', '$ref "#/$defs/Other" points to nothing']]);
    expect(refTo('#/components/schemas/Thing/$defs/Meta')).toEqual([]);
  });
});

describe('`type: bearer` or `basic` on a security scheme', () => {
  it('is read as the HTTP scheme of that name, with a located warning', async () => {
    const { apiOf, loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const { buildApi } = await import('../../generator/pipeline.js');
    const doc = minimalDoc({ paths: {}, components: { securitySchemes: { Token: { type: 'Bearer' }, Login: { type: 'basic' } } } });
    expect(apiOf(doc).securitySchemes.map((s) => [s.key, s.type, s.paramName])).toEqual([['Login', 'basic', 'Authorization'], ['Token', 'bearer', 'Authorization']]);
    expect(buildApi(loadFromMemory({ 'spec.yaml': specText(doc) })).warnings.map((w) => [w.code, w.location.pointer, w.message])).toEqual([
      ['security-scheme-type-slip', '/components/securitySchemes/Login/type', 'type "basic" is not a security scheme type (apiKey, http, mutualTLS, oauth2, openIdConnect): read as `type: http, scheme: basic`'],
      ['security-scheme-type-slip', '/components/securitySchemes/Token/type', expect.stringContaining('type "Bearer" is not a security scheme type')],
    ]);
  });
});

describe('a path parameter in no placeholder of the template', () => {
  it('is an error located at its name, once for a path item with several operations, naming the placeholder it may mean', async () => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const ok = { responses: { '204': { description: 'none' } } };
    const parameters = [{ name: 'ID', in: 'path', required: true, schema: { type: 'string' } }, { name: 'id', in: 'path', required: true, schema: { type: 'string' } }];
    const doc = minimalDoc({ paths: { '/a/{Id}': { parameters, get: { operationId: 'getA', ...ok }, delete: { operationId: 'deleteA', ...ok } } } });
    const problems = validate(loadFromMemory({ 'spec.yaml': specText(doc) })).map((p) => [p.code, p.location.pointer, p.message]);
    expect(problems).toEqual([
      ['path-param-undeclared', '/paths/~1a~1{Id}/get', 'path template "/a/{Id}" uses {Id}, which no parameter declares'],
      ['path-param-unused', '/paths/~1a~1{Id}/parameters/0/name', 'path parameter "ID" is in no {placeholder} of the path template "/a/{Id}"; with --lenient, it fills {Id}'],
      ['path-param-unused', '/paths/~1a~1{Id}/parameters/1/name', 'path parameter "id" is in no {placeholder} of the path template "/a/{Id}"; with --lenient, it is left out of the client'],
      ['path-param-undeclared', '/paths/~1a~1{Id}/delete', 'path template "/a/{Id}" uses {Id}, which no parameter declares'],
    ]);
  });
});

describe('parameters that are not a list', () => {
  it.each([
    ['an operation', { '/a': { get: { operationId: 'getA', parameters: { name: 'q', in: 'query' }, responses: { '204': { description: 'none' } } } } }, '/paths/~1a/get/parameters'],
    ['a path item', { '/a': { parameters: { name: 'q', in: 'query' }, get: { operationId: 'getA', responses: { '204': { description: 'none' } } } } }, '/paths/~1a/parameters'],
  ])('on %s are an error where they stand, not read as no parameter', async (_name, paths, pointer) => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const problems = validate(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ paths })) }));
    expect(problems.map((p) => [p.code, p.location.pointer, p.message])).toEqual([['parameters-not-list', pointer, '`parameters` must be a list of parameters (each `- name: …`); with --lenient, none is read from it']]);
  });
});

describe('parameters that are not a list, with --lenient', () => {
  it('are a warning, and the operation is generated without them', async () => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const { buildApi } = await import('../../generator/pipeline.js');
    const paths = { '/a': { get: { operationId: 'getA', parameters: { name: 'q', in: 'query' }, responses: { '204': { description: 'none' } } } } };
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc({ paths })) }), { lenient: true });
    expect(warnings.map((w) => [w.code, w.severity])).toEqual([['parameters-not-list', 'warning']]);
    expect(api.operations.map((op) => [op.operationId, op.parameters.length])).toEqual([['getA', 0]]);
  });
});

describe('a response $ref that names a schema', () => {
  it.each(['3.0.3', '3.2.0'])('is reported at the $ref, saying where a schema goes (OpenAPI %s)', async (openapi) => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const doc = minimalDoc({
      openapi,
      paths: { '/a': { get: { operationId: 'getA', responses: { '200': { $ref: '#/components/schemas/Thing' } } } } },
      components: { schemas: { Thing: { type: 'object', properties: { id: { type: 'string' } } } } },
    });
    const problems = validate(loadFromMemory({ 'spec.yaml': specText(doc) }));
    expect(problems.map((p) => [p.code, p.severity, p.location.pointer, p.message])).toEqual([
      ['response-ref-schema', 'warning', '/paths/~1a/get/responses/200/$ref', "response 200 refers to the schema #/components/schemas/Thing: a response's $ref names a response (#/components/responses/…), and a schema goes in its `content`; read as its application/json content"],
    ]);
  });
});

describe('a security requirement naming an undeclared scheme', () => {
  const doc = (extra: Record<string, unknown>) => ({
    security: [{ apiKey: [] }, { legacy: [] }],
    paths: { '/a': { get: { operationId: 'getA', security: [{ oauth: ['read'] }], responses: { '204': { description: 'none' } } } } },
    components: { securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
    ...extra,
  });
  const message = (name: string, known = 'declared: apiKey') =>
    `security requirement names "${name}", which components.securitySchemes does not declare (${known}): ignored, so a requirement of nothing else asks for no credential`;

  it('is a warning at the name, at the root and on an operation', async () => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const problems = validate(loadFromMemory({ 'spec.yaml': specText(minimalDoc(doc({}))) }));
    expect(problems.map((p) => [p.code, p.severity, p.location.pointer, p.message])).toEqual([
      ['security-scheme-undeclared', 'warning', '/security/1/legacy', message('legacy')],
      ['security-scheme-undeclared', 'warning', '/paths/~1a/get/security/0/oauth', message('oauth')],
    ]);
  });

  it('says when no scheme is declared at all; the operation is generated, and asks for no credential', async () => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const { buildApi } = await import('../../generator/pipeline.js');
    const { credentialAlternatives } = await import('../../generator/emit/credential-options.js');
    const { api, warnings } = buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc(doc({ security: undefined, components: {} }))) }));
    expect(warnings.map((w) => [w.code, w.message])).toEqual([['security-scheme-undeclared', message('oauth', 'none is declared')]]);
    expect([api.operations.length, credentialAlternatives(api)]).toEqual([1, []]);
  });
});

describe('validation and parsing problems in one run', () => {
  const doc = (extra: Record<string, unknown> = {}) => ({
    paths: {
      '/pets/{id}': {
        get: { operationId: 'getPet', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } } } },
      },
    },
    components: { schemas: { Pet: { type: 'object', required: 'id', properties: { id: { type: 'string' } } } } },
    ...extra,
  });
  const failure = async (extra: Record<string, unknown> = {}) => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const { buildApi } = await import('../../generator/pipeline.js');
    const { SpecError } = await import('../../generator/diagnostics.js');
    try {
      buildApi(loadFromMemory({ 'spec.yaml': specText(minimalDoc(doc(extra))) }));
    } catch (error) {
      if (error instanceof SpecError) return error.diagnostics.map((d) => [d.code, d.location.pointer]);
      throw error;
    }
    throw new Error('the spec was accepted');
  };

  it('reports a schema slip beside an undeclared path parameter, not only once that is fixed', async () => {
    expect(await failure()).toEqual([
      ['path-param-undeclared', '/paths/~1pets~1{id}/get'],
      ['schema-keyword-kind', '/components/schemas/Pet/required'],
    ]);
  });

  it('reports validation alone when one of its errors has no reading the parser could go on from', async () => {
    const refToSchema = { parameters: [{ $ref: '#/components/schemas/Pet' }] };
    const paths = { '/pets/{id}': { get: { ...doc().paths['/pets/{id}'].get, ...refToSchema } } };
    expect((await failure({ paths })).map(([code]) => code)).toEqual(['parameter-ref-schema', 'path-param-undeclared']);
  });
});

describe('a $ref that cannot be followed as written', () => {
  const refTo = async (ref: string) => {
    const { docWithResponse, loadFromMemory, specText } = await import('../helpers/spec.js');
    const spec = loadFromMemory({ 'spec.yaml': specText(docWithResponse({ $ref: ref }, { 'a~2b': { type: 'object' }, 'p q': { type: 'object' } })) });
    return validate(spec).map((p) => [p.code, p.location.pointer, p.message]);
  };
  const at = '/paths/~1things/get/responses/200/content/application~1json/schema/$ref';

  it('with a malformed percent-escape is a located error, not a crash', async () => {
    expect(await refTo('#/components/schemas/p%ZZq')).toEqual([
      ['ref-invalid', at, '$ref "#/components/schemas/p%ZZq" has a malformed percent-escape (%ZZ): % begins an escape of two hex digits (%25 stands for % itself); with --lenient, it leads nowhere'],
    ]);
    expect((await refTo('other%E0%A4.yaml#/A')).map(([code, , message]) => [code, message])).toEqual([
      ['ref-invalid', '$ref "other%E0%A4.yaml#/A" has percent-escapes that spell no UTF-8 text; with --lenient, it leads nowhere'],
    ]);
  });

  it('with a "~" in its pointer that is neither ~0 nor ~1 is a located error (RFC 6901)', async () => {
    expect(await refTo('#/components/schemas/a~2b')).toEqual([
      ['ref-invalid', at, '$ref "#/components/schemas/a~2b" has ~2 in its JSON pointer, which is no escape (~0 stands for ~ and ~1 for /); with --lenient, it is read as written'],
    ]);
  });

  it('with --lenient, leads nowhere (a malformed escape) or is read as written (a stray "~")', async () => {
    const { apiOf, docWithResponse } = await import('../helpers/spec.js');
    const responseOf = (ref: string) => apiOf(docWithResponse({ $ref: ref }, { 'a~2b': { type: 'object' } }), { lenient: true }).operations[0]!.responses[0]!.schema!;
    expect(responseOf('other%ZZ.yaml#/A').kind).toBe('unknown');
    expect(responseOf('#/components/schemas/a~2b')).toMatchObject({ kind: 'ref', model: 'spec.yaml#/components/schemas/a~2b' });
  });

  it('is fine with escapes that decode to a key', async () => {
    expect(await refTo('#/components/schemas/p%20q')).toEqual([]);
    // The key `a~2b`, its `~` escaped.
    expect(await refTo('#/components/schemas/a~02b')).toEqual([]);
  });
});

describe('a $ref that is no string', () => {
  const problems = async (doc: Record<string, unknown>, other: Record<string, string> = {}) => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const spec = loadFromMemory({ 'spec.yaml': specText(minimalDoc(doc)), ...other });
    return validate(spec).map((p) => [p.code, p.location.pointer, p.location.line > 0]);
  };

  it('is a located error in every place a Reference Object may stand, and only that', async () => {
    const { specText } = await import('../helpers/spec.js');
    const media = { 'application/json': { examples: { e: { $ref: 4 } }, encoding: { a: { headers: { 'X-E': { $ref: null } } } } } };
    const operation = {
      operationId: 'getA',
      parameters: [{ $ref: 2 }, { name: 'q', in: 'query', examples: { e: { $ref: false } }, content: media }],
      requestBody: { $ref: [] },
      responses: {
        '200': { $ref: 3 },
        '201': { description: 'ok', headers: { 'X-A': { $ref: { a: 1 } } }, links: { l: { $ref: 5 } }, content: media },
        default: { $ref: '#/components/responses/Bad' },
      },
      callbacks: { cb: { $ref: 6 }, other: { '{$request.body#/url}': { $ref: 7 } } },
    };
    const doc = {
      paths: { '/a': { parameters: [{ $ref: 1 }], get: operation }, '/b': { $ref: 8 } },
      webhooks: { hook: { $ref: 9 } },
      components: {
        responses: { Bad: { $ref: 10 } },
        securitySchemes: { s: { $ref: 11 } },
        pathItems: { p: { $ref: 'other.yaml#/Item' } },
        // Not Reference Objects: a property named $ref, an example's value, an extension.
        schemas: { S: { type: 'object', properties: { $ref: { type: 'integer' } }, example: { $ref: 1 } } },
        examples: { ex: { value: { $ref: 12 } } },
      },
      'x-anything': { $ref: 13 },
    };
    const found = await problems(doc, { 'other.yaml': specText({ Item: { get: { responses: { '200': { $ref: 14 } } } } }) });
    const at = (pointer: string) => ['ref-not-string', `${pointer}/$ref`, true];
    const op = '/paths/~1a/get';
    const inMedia = (pointer: string) => [at(`${pointer}/content/application~1json/examples/e`), at(`${pointer}/content/application~1json/encoding/a/headers/X-E`)];
    expect(found).toEqual(
      expect.arrayContaining([
        at('/paths/~1a/parameters/0'),
        at(`${op}/parameters/0`),
        at(`${op}/parameters/1/examples/e`),
        ...inMedia(`${op}/parameters/1`),
        at(`${op}/requestBody`),
        at(`${op}/responses/200`),
        at(`${op}/responses/201/headers/X-A`),
        at(`${op}/responses/201/links/l`),
        ...inMedia(`${op}/responses/201`),
        at('/components/responses/Bad'),
        at(`${op}/callbacks/cb`),
        at(`${op}/callbacks/other/{$request.body#~1url}`),
        at('/paths/~1b'),
        at('/webhooks/hook'),
        at('/components/securitySchemes/s'),
        // In the path item the component refers to, in another file.
        at('/Item/get/responses/200'),
      ]),
    );
    // The default response's ref leads to Bad, reported once, where it stands; nothing else is reported.
    expect(found).toHaveLength(18);
    expect(found.every(([code]) => code === 'ref-not-string')).toBe(true);
  });

  it('names what it found, worded as for a schema, and what such a $ref names', async () => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const spec = loadFromMemory({ 'spec.yaml': specText(minimalDoc({ paths: { '/a': { get: { parameters: [{ $ref: 5 }], responses: { '204': { description: 'none' } } } } } })) });
    expect(validate(spec).map((p) => [p.code, p.location, p.message])).toEqual([
      [
        'ref-not-string',
        { file: 'spec.yaml', pointer: '/paths/~1a/get/parameters/0/$ref', line: 9, column: 11 },
        "`$ref` must be a string, found the number 5: a parameter's $ref names the parameter it stands for (#/components/parameters/…)",
      ],
    ]);
  });
});

describe('a $ref in data an example or a schema gives', () => {
  it('is a field like any other (an Example Object\'s value is a literal), where a property named `example` is a schema', async () => {
    const { loadFromMemory, minimalDoc, specText } = await import('../helpers/spec.js');
    const dangling = { $ref: '#/components/examples/nowhere' };
    const media = {
      schema: {
        type: 'object',
        properties: { example: { $ref: '#/components/schemas/Nope' }, tags: { type: 'array', default: [dangling], examples: [[dangling]] } },
        example: { tags: [dangling] },
        enum: [dangling],
      },
      example: dangling,
      examples: { one: { value: dangling }, shared: { $ref: '#/components/examples/Shared' } },
    };
    const doc = minimalDoc({
      paths: { '/a': { get: { responses: { '200': { description: 'OK', content: { 'application/json': media } } } } } },
      components: { examples: { Shared: { value: dangling, dataValue: dangling }, value: { value: dangling } } },
    });
    const problems = validate(loadFromMemory({ 'spec.yaml': specText(doc) }));
    expect(problems.map((p) => [p.code, p.location.pointer])).toEqual([['ref-missing', '/paths/~1a/get/responses/200/content/application~1json/schema/properties/example/$ref']]);
  });

  it("is data in Swagger 2's response examples by media type", async () => {
    const { loadFromMemory, specText } = await import('../helpers/spec.js');
    const response = { description: 'OK', schema: { type: 'object' }, examples: { 'application/json': { $ref: '#/definitions/Nope' } } };
    const doc = { swagger: '2.0', info: { title: 'T', version: '1' }, paths: { '/a': { get: { responses: { '200': response } } } } };
    expect(validate(loadFromMemory({ 'spec.yaml': specText(doc) }))).toEqual([]);
  });
});
