/**
 * Some of oasdiff's Go tests load one fixture twice and edit the documents in code, so the manifest lists
 * the same file (or only a folder) on both sides. These are our reconstructions of those edits, from each
 * test's name and the fixtures beside it; they are ours, not oasdiff's code, and the score reports how
 * many expectations rest on them.
 */
type Doc = Record<string, any>;

export interface Mutation {
  readonly base?: string;
  readonly revision?: string;
  readonly edit?: { readonly base?: (doc: Doc) => void; readonly revision?: (doc: Doc) => void };
}

const requestSchema = (doc: Doc): Doc => doc['paths']['/test']['post']['requestBody']['content']['application/json']['schema'];
const responseSchema = (doc: Doc): Doc => doc['paths']['/test']['get']['responses']['200']['content']['application/json']['schema'];
const setType = (at: (doc: Doc) => Doc, type: unknown, format?: string) => (doc: Doc) => {
  const schema = at(doc);
  if (type === undefined) delete schema['type'];
  else schema['type'] = type;
  if (format !== undefined) schema['format'] = format;
};
const responses = (doc: Doc): Doc => doc['paths']['/api/v1.0/groups']['post']['responses'];
const params = (doc: Doc): Doc[] => doc['paths']['/api/v1.0/groups']['post']['parameters'];
const REQ = 'data/type-change/simple-request.yaml';
const RES = 'data/type-change/simple-response.yaml';

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  TestRequestQueryParamScalarToFormExplodeArray: { base: 'data/checker/request_param_scalar_to_array_31_base.yaml', revision: 'data/checker/request_param_scalar_to_array_31_revision.yaml' },
  TestRequestQueryParamScalarToFormExplodeArray_31Nullable: { base: 'data/checker/request_param_nullable_to_array_31_base.yaml', revision: 'data/checker/request_param_nullable_to_array_31_revision.yaml' },
  TestRequestBodyTypeWideningMultiTypeNotBreaking: { base: REQ, revision: REQ, edit: { revision: setType(requestSchema, ['string', 'number']) } },
  TestRequestBodyTypeRemovedNotBreaking: { base: REQ, revision: REQ, edit: { revision: setType(requestSchema, undefined) } },
  TestRequestBodyTypeNarrowingStillBreaking: { base: REQ, revision: REQ, edit: { base: setType(requestSchema, ['string', 'number']) } },
  TestRequestBodyTypeAddedFromUntypedStillBreaking: { base: REQ, revision: REQ, edit: { base: setType(requestSchema, undefined) } },
  TestRequestBodyTypeWidenWithBreakingFormatStillBreaking: { base: REQ, revision: REQ, edit: { base: setType(requestSchema, 'string', 'date-time'), revision: setType(requestSchema, ['string', 'number'], 'date') } },
  TestResponseBodyTypeNarrowingMultiTypeNotBreaking: { base: RES, revision: RES, edit: { base: setType(responseSchema, ['string', 'number']) } },
  TestResponseBodyTypeSpecializedIsInfo: { base: RES, revision: RES, edit: { base: setType(responseSchema, 'number'), revision: setType(responseSchema, 'integer') } },
  TestResponseBodyTypeAddedFromUntypedNotBreaking: { base: RES, revision: RES, edit: { base: setType(responseSchema, undefined) } },
  TestResponseBodyTypeWideningStillBreaking: { base: RES, revision: RES, edit: { revision: setType(responseSchema, ['string', 'number']) } },
  TestResponseBodyTypeRemovedStillBreaking: { base: RES, revision: RES, edit: { revision: setType(responseSchema, undefined) } },
  TestResponseBodyTypeNarrowWithBreakingFormatStillBreaking: { base: RES, revision: RES, edit: { base: setType(responseSchema, ['string', 'number'], 'date-time'), revision: setType(responseSchema, 'string', 'date') } },
  TestResponseSuccessStatusAdded: { edit: { revision: (doc) => void (responses(doc)['201'] = { description: 'Created' }) } },
  TestResponseNonSuccessStatusAdded: { edit: { revision: (doc) => void (responses(doc)['400'] = { description: 'Bad request' }) } },
  TestResponseNonSuccessStatusRemoved: { edit: { revision: (doc) => void delete responses(doc)['409'] } },
  TestResponseSuccessStatusRemoved: { edit: { revision: (doc) => void delete responses(doc)['200'] } },
  TestListOfTypesIntegration_ParameterChanges: {
    edit: {
      base: (doc) => void (params(doc)[2]!['schema'] = { oneOf: [{ type: 'string' }, { type: 'integer' }] }),
      revision: (doc) => void (params(doc)[0]!['schema'] = { oneOf: [{ type: 'string' }, { type: 'integer' }] }),
    },
  },
};
