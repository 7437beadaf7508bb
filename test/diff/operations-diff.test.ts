/**
 * Changes outside schemas: operations, parameters (path-level ones for every operation), request bodies,
 * responses and their headers, security, webhooks, extensions and renamed components.
 */
import { describe, expect, it } from 'vitest';
import { minimalDoc } from '../helpers/spec.js';
import { changes, rulesOf } from './helpers.js';

type Doc = Record<string, unknown>;
const ok = { '200': { description: 'ok' } };
const param = (name: string, where: string, extra: Doc = {}) => ({ name, in: where, schema: { type: 'string' }, ...extra });
/** A query parameter with an enum, opened or not by an `x-ms-enum` beside its schema (`open`) or in it (`inSchema`). */
const kind = (open: boolean | undefined, inSchema?: boolean) => ({
  ...param('kind', 'query', { schema: { type: 'string', enum: ['a', 'b'], ...(inSchema === undefined ? {} : { 'x-ms-enum': { name: 'Kind', modelAsString: inSchema } }) } }),
  ...(open === undefined ? {} : { 'x-ms-enum': { name: 'Kind', modelAsString: open } }),
});
const api = (paths: Doc, extra: Doc = {}) => minimalDoc({ paths, ...extra });
const get = (op: Doc = {}) => ({ get: { operationId: 'getThing', responses: ok, ...op } });
/** `POST /a` taking a form (URL-encoded unless `media` says), its fields written as `encoding` says, in OpenAPI `version` (3.1.0). */
const form = (encoding?: Doc, media = 'application/x-www-form-urlencoded', version?: string) => {
  const schema = { type: 'object', properties: { ids: { type: 'array', items: { type: 'integer' } }, meta: { type: 'object' } } };
  const content = { [media]: { schema, ...(encoding && { encoding }) } };
  return api({ '/a': { post: { operationId: 'postThing', requestBody: { content }, responses: ok } } }, version ? { openapi: version } : {});
};
/** `/a` holding `pathItem`, in an API whose requests API Gateway signs with SigV4. */
const aws = (pathItem: Doc) => api({ '/a': pathItem }, { components: { securitySchemes: { sigv4: { type: 'apiKey', name: 'Authorization', in: 'header', 'x-amazon-apigateway-authtype': 'awsSigv4' } } }, security: [{ sigv4: [] }] });

/** `POST /subscribe` with one callback `onEvent` whose request carries `body` and whose answer is `answer`. */
const subscribe = (body: Doc, answer: Doc = { type: 'string' }, components: Doc = {}) =>
  api(
    {
      '/subscribe': {
        post: {
          operationId: 'subscribe',
          responses: ok,
          callbacks: {
            onEvent: {
              '{$request.body#/url}': {
                post: {
                  requestBody: { required: true, content: { 'application/json': { schema: body } } },
                  responses: { '200': { description: 'received', content: { 'application/json': { schema: answer } } } },
                },
              },
            },
          },
        },
      },
    },
    { components },
  );
const event = (required: string[]) => ({ type: 'object', properties: { id: { type: 'string' } }, required });
const webhook = (requestBody: Doc) => minimalDoc({ webhooks: { ping: { post: { requestBody, responses: ok } } } });

const rows: { name: string; before: Doc; after: Doc; want: string[] }[] = [
  { name: 'operation added', before: api({}), after: api({ '/a': get() }), want: ['operation.added not-breaking'] },
  { name: 'operation removed', before: api({ '/a': get() }), after: api({}), want: ['operation.removed breaking'] },
  { name: 'operation deprecated', before: api({ '/a': get() }), after: api({ '/a': get({ deprecated: true }) }), want: ['operation.deprecated not-breaking'] },
  { name: 'path parameter renamed: same operation, the SDK names it anew', before: api({ '/a/{id}': get({ parameters: [param('id', 'path', { required: true })] }) }), after: api({ '/a/{thing_id}': get({ parameters: [param('thing_id', 'path', { required: true })] }) }), want: ['parameter.renamed not-breaking'] },
  { name: '`type: string` set on a path parameter of any type: a path segment was text already', before: api({ '/a/{id}': get({ parameters: [param('id', 'path', { required: true, schema: {} })] }) }), after: api({ '/a/{id}': get({ parameters: [param('id', 'path', { required: true })] }) }), want: ['schema.type.added not-breaking'] },
  { name: '`type: string` set on a query parameter of any type: a list (`?q=a&q=b`) no longer fits', before: api({ '/a': get({ parameters: [param('q', 'query', { schema: {} })] }) }), after: api({ '/a': get({ parameters: [param('q', 'query')] }) }), want: ['schema.type.added breaking'] },
  { name: 'required query parameter added', before: api({ '/a': get() }), after: api({ '/a': get({ parameters: [param('q', 'query', { required: true })] }) }), want: ['parameter.added.required breaking'] },
  { name: 'a Content-Type header parameter is ignored, as OpenAPI says and the generator does', before: api({ '/a': get() }), after: api({ '/a': get({ parameters: [param('Content-Type', 'header', { required: true })] }) }), want: [] },
  { name: 'an X-Amz-Date header added to an operation signed with SigV4 is ignored: the signer writes it', before: aws(get()), after: aws(get({ parameters: [param('X-Amz-Date', 'header', { required: true })] })), want: [] },
  { name: 'an X-Amz-Content-Sha256 header added to a SigV4 operation is a parameter (S3 takes UNSIGNED-PAYLOAD)', before: aws(get()), after: aws(get({ parameters: [param('X-Amz-Content-Sha256', 'header', { required: true })] })), want: ['parameter.added.required breaking'] },
  { name: 'an X-Amz-Date header added to an operation the signer does not sign is a parameter', before: aws(get({ security: [] })), after: aws(get({ security: [], parameters: [param('X-Amz-Date', 'header', { required: true })] })), want: ['parameter.added.required breaking'] },
  { name: "a form field's Encoding Object now says explode: false: the field is written otherwise", before: form(), after: form({ ids: { explode: false } }), want: ['request-body.field-explode.changed breaking'] },
  { name: "a multipart field's Encoding Object now says explode: false (OpenAPI 3.1 heeds it)", before: form(undefined, 'multipart/form-data'), after: form({ ids: { explode: false } }, 'multipart/form-data'), want: ['request-body.field-explode.changed breaking'] },
  { name: "a multipart field's Encoding Object now says explode: false in OpenAPI 3.0, which ignores it there", before: form(undefined, 'multipart/form-data', '3.0.3'), after: form({ ids: { explode: false } }, 'multipart/form-data', '3.0.3'), want: [] },
  { name: "a form field's style changed to deepObject", before: form({ meta: { style: 'form' } }), after: form({ meta: { style: 'deepObject' } }), want: ['request-body.field-style.changed breaking'] },
  { name: "a form field's Encoding Object that says what the default says is no change", before: form(), after: form({ ids: { style: 'form', explode: true } }), want: [] },
  { name: 'header names ignore case: the same header, named anew in the SDK', before: api({ '/a': get({ parameters: [param('X-Id', 'header')] }) }), after: api({ '/a': get({ parameters: [param('x-id', 'header')] }) }), want: ['parameter.renamed not-breaking'] },
  { name: 'parameter became required', before: api({ '/a': get({ parameters: [param('q', 'query')] }) }), after: api({ '/a': get({ parameters: [param('q', 'query', { required: true })] }) }), want: ['parameter.became-required breaking'] },
  { name: 'parameter style changed', before: api({ '/a': get({ parameters: [param('q', 'query')] }) }), after: api({ '/a': get({ parameters: [param('q', 'query', { style: 'pipeDelimited' })] }) }), want: ['parameter.style.changed breaking'] },
  { name: 'parameter now written as JSON (`content`) rather than by style', before: api({ '/a': get({ parameters: [param('q', 'query')] }) }), after: api({ '/a': get({ parameters: [{ name: 'q', in: 'query', content: { 'application/json': { schema: { type: 'string' } } } }] }) }), want: ['parameter.serialization.changed breaking'] },
  { name: "a `content` parameter's media type changed", before: api({ '/a': get({ parameters: [{ name: 'q', in: 'query', content: { 'application/json': { schema: { type: 'string' } } } }] }) }), after: api({ '/a': get({ parameters: [{ name: 'q', in: 'query', content: { 'text/plain': { schema: { type: 'string' } } } }] }) }), want: ['parameter.serialization.changed breaking'] },
  { name: "a `content` parameter's media type spelled in another case: no change", before: api({ '/a': get({ parameters: [{ name: 'q', in: 'query', content: { 'application/json': { schema: { type: 'string' } } } }] }) }), after: api({ '/a': get({ parameters: [{ name: 'q', in: 'query', content: { 'Application/JSON': { schema: { type: 'string' } } } }] }) }), want: [] },
  { name: 'allowReserved set on a query parameter: the server takes more', before: api({ '/a': get({ parameters: [param('q', 'query')] }) }), after: api({ '/a': get({ parameters: [param('q', 'query', { allowReserved: true })] }) }), want: ['parameter.allow-reserved.added not-breaking'] },
  { name: "x-ms-enum beside a parameter's schema opens its enum", before: api({ '/a': get({ parameters: [kind(false)] }) }), after: api({ '/a': get({ parameters: [kind(true)] }) }), want: ['extension.changed not-breaking', 'schema.enum.opened not-breaking'] },
  { name: "x-ms-enum beside a parameter's schema closes its enum", before: api({ '/a': get({ parameters: [kind(true)] }) }), after: api({ '/a': get({ parameters: [kind(undefined)] }) }), want: ['extension.removed not-breaking', 'schema.enum.closed breaking'] },
  { name: 'x-ms-enum in the schema flips: reported once, by the schema diff', before: api({ '/a': get({ parameters: [kind(undefined, false)] }) }), after: api({ '/a': get({ parameters: [kind(undefined, true)] }) }), want: ['schema.enum.opened not-breaking'] },
  { name: "x-ms-enum on the schema wins over one beside it: no flip", before: api({ '/a': get({ parameters: [kind(false, true)] }) }), after: api({ '/a': get({ parameters: [kind(true, true)] }) }), want: ['extension.changed not-breaking'] },
  { name: 'allowReserved removed: raw reserved characters no longer accepted', before: api({ '/a': get({ parameters: [param('q', 'query', { allowReserved: true })] }) }), after: api({ '/a': get({ parameters: [param('q', 'query', { allowReserved: false })] }) }), want: ['parameter.allow-reserved.removed breaking'] },
  { name: 'request body became required', before: api({ '/a': { post: { requestBody: { content: { 'application/json': {} } }, responses: ok } } }), after: api({ '/a': { post: { requestBody: { required: true, content: { 'application/json': {} } }, responses: ok } } }), want: ['request-body.became-required breaking'] },
  { name: 'media type spelled otherwise: same media type', before: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json;charset=UTF-8': {} } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json; charset=utf-8': {} } } } }) }), want: [] },
  { name: 'media type parameters changed: one pair, its schemas compared', before: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json; charset=utf-8': { schema: { type: 'integer' } } } } } }) }), want: ['media-type.parameters-changed undecidable', 'schema.type.changed breaking'] },
  { name: 'two candidates for one media type: removed and added, not guessed', before: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': {} } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json; v=1': {}, 'application/json; v=2': {} } } } }) }), want: ['media-type.removed breaking', 'media-type.added not-breaking', 'media-type.added not-breaking'] },
  { name: 'response media type removed', before: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': {}, 'text/plain': {} } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': {} } } } }) }), want: ['media-type.removed breaking'] },
  { name: 'a content key json fixed to application/json: the same media type, as the generator reads it', before: api({ '/a': get({ responses: { '200': { description: 'ok', content: { json: { schema: { type: 'string' } } } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } } } }) }), want: [] },
  { name: 'an empty content key fixed to application/json: the same media type, as the generator reads it', before: api({ '/a': { post: { requestBody: { content: { '': { schema: { type: 'object' } } } }, responses: ok } } }), after: api({ '/a': { post: { requestBody: { content: { 'application/json': { schema: { type: 'object' } } } }, responses: ok } } }), want: [] },
  { name: 'a content key json beside application/json: the real key is compared', before: api({ '/a': get({ responses: { '200': { description: 'ok', content: { json: { schema: { type: 'integer' } }, 'application/json': { schema: { type: 'string' } } } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'integer' } } } } } }) }), want: ['schema.type.changed breaking'] },
  { name: 'a content key that names no media type stays itself: removed', before: api({ '/a': get({ responses: { '200': { description: 'ok', content: { code: {} } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': {} } } } }) }), want: ['media-type.removed breaking', 'media-type.added not-breaking'] },
  { name: 'a response schema moved under content: no change', before: api({ '/a': get({ responses: { '200': { description: 'ok', schema: { type: 'string' } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'string' } } } } } }) }), want: [] },
  { name: 'a request body schema outside content, its type changed: compared as JSON content', before: api({ '/a': { post: { requestBody: { schema: { type: 'string' } }, responses: ok } } }), after: api({ '/a': { post: { requestBody: { content: { 'application/json': { schema: { type: 'integer' } } } }, responses: ok } } }), want: ['schema.type.changed breaking'] },
  { name: "a response's $ref to a schema replaced by that schema as content: no change", before: api({ '/a': get({ responses: { '200': { $ref: '#/components/schemas/Thing' } } }) }, { components: { schemas: { Thing: { type: 'string' } } } }), after: api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } } }) }, { components: { schemas: { Thing: { type: 'string' } } } }), want: [] },
  { name: "a response's $ref to a schema, pointed at another schema: the schemas compared", before: api({ '/a': get({ responses: { '200': { $ref: '#/components/schemas/Thing' } } }) }, { components: { schemas: { Thing: { type: 'string' }, Count: { type: 'integer' } } } }), after: api({ '/a': get({ responses: { '200': { $ref: '#/components/schemas/Count' } } }) }, { components: { schemas: { Thing: { type: 'string' }, Count: { type: 'integer' } } } }), want: ['schema.type.changed breaking'] },
  { name: 'success status removed', before: api({ '/a': get({ responses: { '200': { description: 'ok' }, '201': { description: 'made' } } }) }), after: api({ '/a': get() }), want: ['response.success-status.removed breaking'] },
  { name: 'required response header removed', before: api({ '/a': get({ responses: { '200': { description: 'ok', headers: { 'X-Rate': { required: true, schema: { type: 'integer' } } } } } }) }), after: api({ '/a': get() }), want: ['response.header.removed.required breaking'] },
  { name: 'webhook request body became required: the API sends more, subscribers lose nothing', before: webhook({ content: { 'application/json': {} } }), after: webhook({ required: true, content: { 'application/json': {} } }), want: ['request-body.became-required not-breaking'] },
  { name: 'callback removed', before: subscribe(event(['id'])), after: api({ '/subscribe': { post: { operationId: 'subscribe', responses: ok } } }), want: ['callback.removed breaking'] },
  { name: 'callback added', before: api({ '/subscribe': { post: { operationId: 'subscribe', responses: ok } } }), after: subscribe(event(['id'])), want: ['callback.added not-breaking'] },
  { name: 'callback request: a field the API sends became optional (subscribers relied on it)', before: subscribe(event(['id'])), after: subscribe(event([])), want: ['schema.property.became-optional breaking'] },
  { name: 'callback request: a field the API sends became required', before: subscribe(event([])), after: subscribe(event(['id'])), want: ['schema.property.became-required not-breaking'] },
  { name: "callback answer: the API accepts shorter answers only (subscribers' answers may be refused)", before: subscribe(event([]), { type: 'string', maxLength: 10 }), after: subscribe(event([]), { type: 'string', maxLength: 5 }), want: ['schema.max-length.decreased breaking'] },
  { name: 'response link removed, one changed, one added (no message changes)', before: api({ '/a': get({ responses: { '200': { description: 'ok', links: { owner: { operationId: 'getUser' }, self: { operationId: 'getThing' }, same: { operationId: 'x', description: 'a' } } } } }) }), after: api({ '/a': get({ responses: { '200': { description: 'ok', links: { self: { operationId: 'getThing', parameters: { id: '$response.body#/id' } }, same: { operationId: 'x', description: 'b' }, next: { operationId: 'getNext' } } } } }) }), want: ['response.link.removed not-breaking', 'response.link.changed not-breaking', 'response.link.added not-breaking'] },
  { name: 'security scope added (oasdiff: informational)', before: api({ '/a': get({ security: [{ oauth: ['read'] }] }) }), after: api({ '/a': get({ security: [{ oauth: ['read', 'write'] }] }) }), want: ['security.scope.added not-breaking'] },
  { name: 'security made optional by an empty alternative (- {}): a client needs no credentials for it', before: api({ '/a': get({ security: [{ token: [] }] }) }), after: api({ '/a': get({ security: [{}, { token: [] }] }) }), want: ['security.no-longer-required not-breaking'] },
  { name: 'security made required again: the empty alternative removed', before: api({ '/a': get({ security: [{ token: [] }, {}] }) }), after: api({ '/a': get({ security: [{ token: [] }] }) }), want: ['security.required not-breaking'] },
  { name: 'security emptied (security: []): authentication no longer required', before: api({ '/a': get({ security: [{ token: [] }] }) }), after: api({ '/a': get({ security: [] }) }), want: ['security.no-longer-required not-breaking'] },
  { name: 'webhook removed', before: minimalDoc({ webhooks: { ping: { post: { responses: ok } } } }), after: minimalDoc({ webhooks: {} }), want: ['webhook.removed breaking'] },
  { name: 'x-webhooks (3.0, as GitHub writes them): a webhook removed, compared as one, not as an extension', before: { ...minimalDoc({ 'x-webhooks': { ping: { post: { responses: ok } }, push: { post: { responses: ok } } } }), openapi: '3.0.3' }, after: { ...minimalDoc({ 'x-webhooks': { push: { post: { responses: ok } } } }), openapi: '3.0.3' }, want: ['webhook.removed breaking'] },
  { name: 'x-webhooks: a field the API sends became optional', before: { ...minimalDoc({ 'x-webhooks': { push: { post: { requestBody: { content: { 'application/json': { schema: event(['id']) } } }, responses: ok } } } }), openapi: '3.0.3' }, after: { ...minimalDoc({ 'x-webhooks': { push: { post: { requestBody: { content: { 'application/json': { schema: event([]) } } }, responses: ok } } } }), openapi: '3.0.3' }, want: ['schema.property.became-optional breaking'] },
  { name: 'document servers: a sandbox added, listed (requests may go elsewhere, no message breaks)', before: minimalDoc({ servers: [{ url: 'https://api.test' }] }), after: minimalDoc({ servers: [{ url: 'https://api.test' }, { url: 'https://sandbox.api.test' }] }), want: ['document.servers.changed not-breaking'] },
  { name: 'document servers: the same URLs, a variable spelt out, no change', before: minimalDoc({ servers: [{ url: 'https://{env}.api.test', variables: { env: { default: 'eu' } } }] }), after: minimalDoc({ servers: [{ url: 'https://eu.api.test/' }] }), want: [] },
  { name: "an operation's own servers changed", before: api({ '/a': get({ servers: [{ url: 'https://uploads.test' }] }) }), after: api({ '/a': get({ servers: [{ url: 'https://uploads2.test' }] }) }), want: ['operation.servers.changed not-breaking'] },
  { name: "a path item's servers, which its operations use, changed", before: api({ '/a': { ...get(), servers: [{ url: 'https://a.test' }] } }), after: api({ '/a': { ...get(), servers: [{ url: 'https://b.test' }] } }), want: ['operation.servers.changed not-breaking'] },
  { name: 'webhooks moved from x-webhooks to 3.1 webhooks: no change', before: minimalDoc({ 'x-webhooks': { ping: { post: { responses: ok } } } }), after: minimalDoc({ webhooks: { ping: { post: { responses: ok } } } }), want: [] },
  { name: 'x-sdk-method changed: listed, nothing on the wire', before: api({ '/a': get({ 'x-sdk-method': 'get' }) }), after: api({ '/a': get({ 'x-sdk-method': 'fetch' }) }), want: ['extension.changed not-breaking'] },
];

describe('operation-level changes', () => {
  it.each(rows)('$name', ({ before, after, want }) => {
    expect(rulesOf(changes(before, after))).toEqual(want);
  });
});

describe('callbacks', () => {
  it('that contain themselves through a $ref are compared to a bounded depth', () => {
    const looping = (type: string) => {
      const callback = { '{$request.body#/url}': { post: { requestBody: { content: { 'application/json': { schema: { type } } } }, responses: ok, callbacks: { again: { $ref: '#/components/callbacks/Loop' } } } } };
      return api({ '/subscribe': { post: { operationId: 'subscribe', responses: ok, callbacks: { loop: { $ref: '#/components/callbacks/Loop' } } } } }, { components: { callbacks: { Loop: callback } } });
    };
    const found = changes(looping('string'), looping('integer'));
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(3);
    expect(found[0]!.operation).toBe('POST /subscribe → callback loop POST {$request.body#/url}');
  });

  it('are labelled with their operation, name, method and URL expression, and followed through $ref', () => {
    const viaRef = (required: string[]) => {
      const doc = subscribe(event(required));
      const post = ((doc['paths'] as Doc)['/subscribe'] as Doc)['post'] as Doc;
      return { ...doc, components: { callbacks: { OnEvent: (post['callbacks'] as Doc)['onEvent'] } }, paths: { '/subscribe': { post: { ...post, callbacks: { onEvent: { $ref: '#/components/callbacks/OnEvent' } } } } } };
    };
    const found = changes(viaRef(['id']), viaRef([]));
    expect(found.map((c) => [c.operation, c.rule, c.verdict])).toEqual([['POST /subscribe → callback onEvent POST {$request.body#/url}', 'schema.property.became-optional', 'breaking']]);
  });
});

describe('shared components', () => {
  const shared = (maxLength: number) =>
    api(
      { '/a': { parameters: [{ $ref: '#/components/parameters/Id' }], get: { operationId: 'a', responses: ok }, delete: { operationId: 'd', responses: ok } } },
      { components: { parameters: { Id: param('id', 'query', { schema: { type: 'string', maxLength } }) } } },
    );
  it('a change to a shared parameter is reported for each operation it affects', () => {
    expect(changes(shared(9), shared(5)).map((c) => `${c.operation} ${c.rule}`)).toEqual(['GET /a schema.max-length.decreased', 'DELETE /a schema.max-length.decreased']);
  });
  it('component schemas renamed, removed and added are told apart', () => {
    const doc = (schemas: Doc) => api({ '/a': get() }, { components: { schemas } });
    const pet = { type: 'object', properties: { id: { type: 'string' } } };
    const found = changes(doc({ Pet: pet, Old: { type: 'string', format: 'email' } }), doc({ Animal: pet, New: { type: 'integer' } }));
    expect(found.map((c) => `${c.rule} ${c.message}`)).toEqual(['component.schema.renamed component schema renamed (same content): Pet → Animal', 'component.schema.removed component schema removed: Old', 'component.schema.added component schema added: New']);
  });
  it('a removed schema that any of many added ones could be is not taken for a rename', () => {
    const strings = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`S${i}`, { type: 'string' }]));
    const found = changes(api({ '/a': get() }, { components: { schemas: { A: { type: 'string' } } } }), api({ '/a': get() }, { components: { schemas: strings } }));
    expect(found.map((c) => c.rule)).toEqual(['component.schema.removed', ...Array(17).fill('component.schema.added')]);
  });
  it("a component schema's title added, changed or removed is reported: the generated type is named by it", () => {
    const doc = (title?: string) => api({ '/a': get() }, { components: { schemas: { Pet: { ...(title && { title }), type: 'object' } } } });
    expect(changes(doc(), doc('Animal')).map((c) => `${c.rule} ${c.verdict} ${c.message}`)).toEqual(['component.schema.title-changed not-breaking component schema title changed: the generated type is named by its title: (none) → Animal']);
    expect(changes(doc('Animal'), doc('Beast')).map((c) => c.message)).toEqual(['component schema title changed: the generated type is named by its title: Animal → Beast']);
    expect(changes(doc('Animal'), doc()).map((c) => c.message)).toEqual(['component schema title changed: the generated type is named by its title: Animal → (none)']);
    expect(changes(doc('Animal'), doc('Animal'))).toEqual([]);
  });
  it('a schema renamed with the same content is a rename, not a removal', () => {
    const doc = (name: string) => api({ '/a': get({ responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } } }) }, { components: { schemas: { [name]: { type: 'object', properties: { id: { type: 'string' } } } } } });
    expect(rulesOf(changes(doc('Pet'), doc('Animal')))).toEqual(['component.schema.renamed not-breaking']);
  });
});
