/**
 * An api.md too long to read as one page (Cloudflare's was 1.1 MB): the client's part stays, with a list of
 * the resources linking to a page each, and the models go on a page of their own. Nothing is lost on the
 * way: every name and every method of the one-page reference is on exactly one page, and every link lands.
 */
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_MD_BUDGET, apiReference, apiReferenceFiles } from '../../generator/emit/package/api-md.js';
import { pagesWithoutRepository } from '../../generator/emit/package/pages-link.js';
import { apiOf, loadFromMemory, minimalDoc, specText } from '../helpers/spec.js';

const op = (id: string, resource: string) => ({
  operationId: id,
  'x-sdk-resource': resource,
  responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Zone' } } } } },
});

/** Resources at two levels (`zones` holds `zones.settings`), one holding only others (`accounts`), and one named like the models' page. */
const doc = minimalDoc({
  paths: {
    '/zones': { get: op('listZones', 'zones'), post: op('createZone', 'zones') },
    '/zones/settings': { get: op('getSettings', 'zones.settings') },
    '/accounts/members': { get: op('listMembers', 'accounts.members') },
    '/models': { get: op('listModels', 'models') },
  },
  components: { schemas: { Zone: { type: 'object', description: 'A zone.', properties: { id: { type: 'string' } } }, Account: { type: 'object', properties: { name: { type: 'string' } } } } },
});

const api = apiOf(doc);
const whole = apiReference(api);
const split = apiReferenceFiles(api, [], 1);

/** Each list item's name (`- \`Zone\`: …`, `- \`client.zones.list(…)\``): what the reference lists. */
const listed = (markdown: string): string[] => [...markdown.matchAll(/^- `([^`(]+)[`(]/gm)].map((m) => m[1]!);
/** Each relative link, resolved from the page that holds it. */
const links = (path: string, markdown: string): string[] => [...markdown.matchAll(/\]\((\.{0,2}\/?[^)#:]+\.md)\)/g)].map((m) => posix.normalize(posix.join(posix.dirname(path), m[1]!)));

describe('api.md within its budget', () => {
  it('is one page, as the seed API has it', () => {
    expect([...apiReferenceFiles(api).keys()]).toEqual(['api.md']);
    expect(apiReferenceFiles(api).get('api.md')).toBe(whole);
    expect(whole.length).toBeLessThan(API_MD_BUDGET);
  });
});

describe('api.md past its budget', () => {
  it('keeps the client and lists every resource class, linking those with methods to their pages', () => {
    const index = split.get('api.md')!;
    expect(index).toContain('## Client');
    expect(index).not.toContain('## Models');
    expect(index).not.toMatch(/^- `client\./m);
    expect(listed(index)).toEqual(expect.arrayContaining(['Zones', 'Settings', 'Accounts', 'Members', 'Models']));
    expect(index).toMatch(/^- `Accounts`: `client\.accounts`$/m);
    expect(index).toContain('- `Zones`: [`client.zones`](./docs/api/zones.md), 2 methods');
  });

  it('puts each resource on a page of its own and the models on one more; a resource named `models` keeps clear of it', () => {
    expect([...split.keys()].sort()).toEqual(['api.md', 'docs/api/accounts.members.md', 'docs/api/models-2.md', 'docs/api/models.md', 'docs/api/zones.md', 'docs/api/zones.settings.md']);
    expect(split.get('docs/api/models.md')).toMatch(/^# Models\n/);
    expect(listed(split.get('docs/api/models.md')!)).toEqual(['Account', 'Zone']);
    expect(split.get('docs/api/models-2.md')).toContain('client.models.listModels(');
  });

  it('loses nothing: every name and method of the one-page reference is listed, once, on exactly one page', () => {
    const pages = [...split.values()].flatMap(listed);
    const classes = api.resources.map((r) => r.className);
    // The one page lists each resource class twice: under its heading's methods, and among the classes.
    expect(pages.sort()).toEqual(listed(whole).filter((name, i, all) => !classes.includes(name) || all.indexOf(name) === i).sort());
    expect(pages.filter((name) => name.startsWith('client.'))).toHaveLength(api.operations.length);
  });

  it('links every page from api.md and back, and every link lands on a page', () => {
    const targets = [...split].flatMap(([path, text]) => links(path, text));
    for (const target of targets) expect([...split.keys(), 'README.md']).toContain(target);
    for (const page of split.keys()) if (page !== 'api.md') expect(links(page, split.get(page)!)).toContain('api.md');
    expect(new Set(links('api.md', split.get('api.md')!))).toEqual(new Set([...split.keys()].filter((p) => p !== 'api.md').concat('README.md')));
  });
});

describe("the warning that the README's pages need a repository", () => {
  it("counts the README's pages, not api.md's, which npmjs.com does not show", () => {
    const spec = loadFromMemory({ 'openapi.json': specText(doc) });
    const files = new Map([...split, ['docs/zones.md', '# Zones']]);
    expect(pagesWithoutRepository(spec, api, files).map((d) => d.message)).toEqual([expect.stringMatching(/^the README links its 1 method pages in docs\//)]);
    expect(pagesWithoutRepository(spec, api, split)).toEqual([]);
  });
});
