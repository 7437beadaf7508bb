/**
 * The `samples` overlay on specs built for it, applied by a real overlay tool (openapi-format's
 * `openapiOverlay`): each operation the entry document writes gets its sample, calling that operation,
 * read back exactly; samples already there stay, this package's own is replaced in place, so decorating a
 * decorated spec changes nothing; operations an overlay cannot reach are reported, not given a wrong target.
 */
import { openapiOverlay } from 'openapi-format';
import { query } from 'jsonpath-rfc9535';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildApi } from '../../generator/pipeline.js';
import { inProcessFormatter } from '../../generator/print/format-pool.js';
import { PRETTIER_OPTIONS } from '../../generator/print/print.js';
import { codeSamples } from '../../generator/samples/code-samples.js';
import { overlayDocument } from '../../generator/samples/overlay.js';
import { loadFromMemory, minimalDoc } from '../helpers/spec.js';

const formatter = inProcessFormatter(PRETTIER_OPTIONS);
const format = (code: string) => formatter.format(code, 'typescript');

const ok = { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } };
const events = { '200': { description: 'events', content: { 'text/event-stream': { schema: { type: 'string' } } } } };
/** A value that would end a YAML scalar or a line, or a JavaScript string. */
const TRICKY = "a'b\"c\\ #: |\n- x\u2028\u0000*/\t";
/** A path key that would end a quoted selector, escape its quote, or break a YAML line. */
const HOSTILE = "/odd/'quoted'\\{id}\u2028";
const CURL = { lang: 'Shell', label: 'curl', source: 'curl https://api.example.com/pets' };

type Doc = Record<string, any>;

function entry(): Doc {
  return minimalDoc({
    info: { title: 'Pets', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }],
    paths: {
      '/pets': { get: { operationId: 'listPets', tags: ['pets'], parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' }, example: TRICKY }], responses: ok } },
      [HOSTILE]: { post: { operationId: 'oddOne', tags: ['pets'], parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: ok, 'x-codeSamples': [CURL] } },
      '/events': { get: { operationId: 'watch', tags: ['events'], responses: events } },
      '/legacy': { get: { operationId: 'legacy', tags: ['pets'], responses: ok, 'x-code-samples': [CURL] } },
      '/a': { $ref: '#/components/pathItems/Shared' },
      '/b': { $ref: '#/components/pathItems/Shared' },
      '/c': { $ref: '#/components/pathItems/Once' },
      '/elsewhere': { $ref: 'more.yaml#/Thing' },
    },
    components: {
      pathItems: {
        Shared: { get: { tags: ['shared'], responses: ok } }, // no operationId: two operations, named by their paths
        Once: { delete: { operationId: 'removeOnce', tags: ['once'], responses: ok } },
      },
    },
  });
}

const MORE = stringify({ Thing: { get: { operationId: 'fromAnotherFile', tags: ['more'], responses: ok } } });

async function samplesOf(doc: Doc) {
  const spec = loadFromMemory({ 'spec.yaml': stringify(doc), 'more.yaml': MORE }, 'spec.yaml');
  const { api } = buildApi(spec);
  const set = await codeSamples(api, 'spec.yaml', doc, format);
  return { api, set, overlay: parse(overlayDocument(api, set.samples, 'spec.yaml')) };
}

/** The spec with the overlay generated from it applied, as openapi-format applies it; every action must find its node. */
async function decorated(doc: Doc): Promise<Doc> {
  const { overlay } = await samplesOf(doc);
  const { data, resultData } = await openapiOverlay(structuredClone(doc), { overlaySet: overlay });
  expect(resultData.totalUnusedActions).toBe(0);
  return data as Doc;
}

const samplesAt = (doc: Doc, path: string, method: string) => doc['paths'][path]?.[method]?.['x-codeSamples'] ?? doc['components']['pathItems'][path]?.[method]?.['x-codeSamples'];

describe('the code samples overlay', () => {
  it('targets each operation where the entry document writes it, and its sample calls that operation', async () => {
    const doc = entry();
    const { set, overlay } = await samplesOf(doc);
    expect([overlay.overlay, overlay.extends]).toEqual(['1.1.0', 'spec.yaml']);
    const after = await decorated(doc);
    const called = (sample: { source: string }) => /client\.[\w.]+\(/.exec(sample.source)?.[0];
    expect(samplesAt(after, '/pets', 'get').map(called)).toEqual(['client.pets.listPets(']);
    expect(samplesAt(after, HOSTILE, 'post').map(called)).toEqual([undefined, 'client.pets.oddOne(']);
    expect(samplesAt(after, '/events', 'get').map(called)).toEqual(['client.events.watch(']);
    expect(samplesAt(after, 'Once', 'delete').map(called)).toEqual(['client.once.removeOnce(']);
    expect(samplesAt(after, 'Shared', 'get')).toBeUndefined();
    expect(set.samples.map((s) => s.operation.operationId).sort()).toEqual(['legacy', 'listPets', 'oddOne', 'removeOnce', 'watch']);
    for (const action of overlay.actions) expect(query(doc, action.target)).toHaveLength(1);
  });

  it("appends to samples an operation has, and replaces this package's own in place: decorating twice changes nothing", async () => {
    const once = await decorated(entry());
    expect(samplesAt(once, HOSTILE, 'post')).toEqual([CURL, expect.objectContaining({ lang: 'TypeScript', label: 'pets' })]);
    const stale = structuredClone(once);
    samplesAt(stale, '/pets', 'get')[0].source = 'an old sample';
    samplesAt(stale, HOSTILE, 'post')[1].source = 'an old sample';
    expect(await decorated(stale)).toEqual(once);
    expect(await decorated(once)).toEqual(once);
  });

  it("adds to the samples of an operation that lists them under Redoc's older name, which a new list would hide", async () => {
    const after = (await decorated(entry()))['paths']['/legacy']['get'];
    expect(after['x-codeSamples']).toBeUndefined();
    expect(after['x-code-samples']).toEqual([CURL, expect.objectContaining({ lang: 'TypeScript', label: 'pets' })]);
    expect(await decorated(await decorated(entry()))).toEqual(await decorated(entry()));
  });

  it('reports the operations an overlay of the entry cannot reach instead of targeting them', async () => {
    const { set } = await samplesOf(entry());
    expect(set.elsewhere.map((op) => op.operationId)).toEqual(['fromAnotherFile']);
    expect(set.shared.map((op) => op.path)).toEqual(['/a', '/b']);
  });

  it('writes each sample as a whole program, read back from the YAML exactly as formatted', async () => {
    const { set } = await samplesOf(entry());
    const after = await decorated(entry());
    const sources = [samplesAt(after, '/pets', 'get')[0], samplesAt(after, HOSTILE, 'post')[1], samplesAt(after, '/events', 'get')[0]].map((s) => s.source);
    const byId = (id: string) => set.samples.find((s) => s.operation.operationId === id)!.entry.source;
    expect(sources).toEqual([byId('listPets'), byId('oddOne'), byId('watch')]);
    expect(byId('watch')).toMatch(/^import PetsClient from 'pets';\n\nconst client = new PetsClient\(\);\n\nconst stream = await client\.events\.watch\(\);\nfor await \(const data of stream\) \{/);
    const list = byId('listPets');
    expect(list).toContain('const response = await client.pets.listPets({');
    expect(list.endsWith('});\n\nconsole.log(response);\n')).toBe(true);
    // The example value reaches the program as the string it is.
    const literal = /q: ([^\n]*),\n/.exec(list)![1]!;
    expect(new Function(`return ${literal}`)()).toBe(TRICKY);
  });
});
