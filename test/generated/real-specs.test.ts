/**
 * Cloudflare's published API specs (1,258 and 1,535 operations, with real defects) and GitHub's REST spec
 * (1,223 operations, from `@octokit/openapi`) generate packages that compile under --strict. The 2023
 * spec's three dangling `$ref`s stop a strict run with located errors and become located warnings with
 * --lenient. Every example type-checks (in the same tsc run as its package, under the package's
 * tsconfig.json), and those of the 2024 spec and GitHub's, run against a loopback
 * server, send requests their operations accept. The examples the 2024 spec and GitHub's give their
 * responses, request bodies and schemas are values of the generated types, but the specs' own slips.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { API_MD_BUDGET } from '../../generator/emit/package/api-md.js';
import { typeCheckExamples } from '../helpers/examples.js';
import { bodySchemaViolations } from '../helpers/body-schema-check.js';
import { runExamples } from '../helpers/run-examples.js';
import { readSpecDocument } from '../helpers/spec-documents.js';
import type { ExampleTypeCheck } from '../helpers/example-assignments.js';
import { exampleTypes } from '../helpers/example-types.js';
import { packageRuns, wireCheckPackage, wireProblemsOf } from '../helpers/wire-check.js';
import { run, scratchDir } from '../helpers/tree.js';

const SPECS = '../shared/real-specs';

function unpack(name: string, dir: string): string {
  const path = join(dir, name.replace(/\.gz$/, ''));
  writeFileSync(path, gunzipSync(readFileSync(join(SPECS, name))));
  return path;
}

/** The spec at `path` with root `x-sdk.pagination` rules (and other root `x-sdk` settings) added, written beside it. */
function withPaginationRules(path: string, dir: string, rules: readonly object[], settings: Record<string, unknown> = {}): string {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, unknown>>;
  doc['x-sdk'] = { ...doc['x-sdk'], ...settings, pagination: rules };
  const out = join(dir, 'with-pagination.json');
  writeFileSync(out, JSON.stringify(doc));
  return out;
}

/** Cloudflare's settings as an OpenAPI Overlay: the official SDK's reading of its spec, and one of its method names. */
function cloudflareOverlay(): object {
  return {
    overlay: '1.1.0',
    info: { title: 'Cloudflare SDK settings', version: '1.0.0' },
    actions: [
      { target: '$', update: { 'x-sdk': { pagination: CLOUDFLARE_PAGES, client: { unwrap: 'result', unwrapRequired: true }, pathParamsInParams: ['account_id', 'zone_id'] } } },
      { target: "$.paths.*[?@.operationId == 'zones-0-get']", update: { 'x-sdk-resource': 'zones', 'x-sdk-method': 'get' } },
    ],
  };
}

/** Cloudflare's list envelopes: `result` is the page, `result_info` says where the next one is. */
const CLOUDFLARE_PAGES = [
  { style: 'cursor', items: 'result', nextCursor: 'result_info.cursor' },
  { style: 'page', items: 'result', totalPages: 'result_info.total_pages' },
  { style: 'page', items: 'result' },
];

/**
 * api.md and the pages it links, as one text. Too long for one page at this scale, it keeps the client and
 * links a page per resource and one for the models (`docs/api/`): each link lands, and no page is left unlinked.
 */
function apiReferenceOf(out: string): string {
  const index = readFileSync(join(out, 'api.md'), 'utf8');
  expect(index.length).toBeLessThan(API_MD_BUDGET);
  const pages = [...index.matchAll(/\]\(\.\/(docs\/api\/[^)]+\.md)\)/g)].map((m) => m[1]!);
  expect(pages.sort()).toEqual(readdirSync(join(out, 'docs/api')).map((name) => `docs/api/${name}`).sort());
  return [index, ...pages.map((page) => readFileSync(join(out, page), 'utf8'))].join('\n');
}

const paginatedMethods = (apiMd: string): number => apiMd.match(/\): PagePromise</g)?.length ?? 0;

/** An example-type check with its refusals counted: they are the spec's slips, listed by the helpers. */
const counted = (check: ExampleTypeCheck) => ({ ...check, refused: check.refused.length });

const scratch: string[] = [];
const scratchFor = (prefix: string): string => {
  const dir = scratchDir(prefix);
  scratch.push(dir);
  return dir;
};

describe('real specs at scale', () => {
  // Each package is tens of megabytes: do not leave them behind.
  afterEach(() => scratch.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("cloudflare-2023-08: strict stops with located errors; --lenient generates a package that compiles, examples included", async () => {
    const dir = scratchFor('real-2023-');
    const spec = unpack('cloudflare-2023-08.openapi.yaml.gz', dir);
    const strict = await run('generate', '--spec', spec, '--out', join(dir, 'strict'));
    expect(strict.code).toBe(1);
    expect(strict.stderr.match(/openapi\.yaml:\d+:\d+ error \[ref-missing\]/g)).toHaveLength(3);
    const lenient = await run('generate', '--lenient', '--all-warnings', '--spec', spec, '--out', join(dir, 'out'));
    expect(lenient.code).toBe(0);
    // Identity providers: Facebook's, GitHub's, Google's, LinkedIn's and Yandex's `config`, each a base's `{type: object}`
    // and the same OAuth config, in two `allOf` parts; one value is all five (ajv refuses the bodies sent).
    expect(lenient.stderr).toContain('#/components/schemas/identity-providers/oneOf: a value with only the fields branch 2 requires (`name`, `type`, `config`) matches branches 3, 4, 6 and 12 too');
    expect(typeCheckExamples(join(dir, 'out'))).toEqual({ count: 1258, errors: '' });
  }, 300_000);

  it("cloudflare-2024-08, configured by an overlay as its official SDK reads (pagination rules, unwrap: result always sent, account_id and zone_id in params, zones.get): generates a package that compiles, and every method's example type-checks and sends a request the spec accepts", async () => {
    const dir = scratchFor('real-2024-');
    // The published spec untouched: its users keep their settings in an overlay.
    const spec = unpack('cloudflare-2024-08.openapi.json.gz', dir);
    const overlay = join(dir, 'sdk.overlay.json');
    writeFileSync(overlay, JSON.stringify(cloudflareOverlay()));
    // Every warning, to count each kind (else only the first 5 of each are printed).
    const result = await run('generate', '--spec', spec, '--overlay', overlay, '--out', join(dir, 'out'), '--all-warnings');
    expect(result.code).toBe(0);
    // Ten Magic, DNS and firewall bodies only list the fields they require (`{required: [name, …]}`): asked for, and said.
    expect(result.stderr.match(/ warning \[required-undeclared\] #\/paths\/\S+\/requestBody\/content\/application~1json\/schema\/required: the body requires/g)).toHaveLength(10);
    // Two models and a rate limit's body require names they do not declare, one a misspelling; so do three
    // models that unions name (API Shield's thresholds list their inner object's fields; a Workers mTLS
    // binding requires `certificate` beside `certificate_id`), which no branch beside them declares either.
    expect(result.stderr).toContain('#/components/schemas/cloudforce-one_whois/required: "dnnsec" (did you mean "dnssec"?) is required');
    expect(result.stderr).toContain('#/components/schemas/workers_mtls_cert_binding/required: "certificate" (did you mean "certificate_id"?) is required');
    expect(result.stderr.match(/ warning \[required-undeclared\] #\/\S+: .* required, but `properties` does not declare/g)).toHaveLength(6);
    // Seven queue responses list `result`'s fields in the envelope's `required`.
    expect(result.stderr.match(/ warning \[required-undeclared\] #\/paths\/~1accounts~1\{account_id\}~1queues\S*: .* required, but no part of the `allOf` declares/g)).toHaveLength(7);
    // Zone settings narrow `id` and `value` in allOf parts; magic app configs mix oneOf, anyOf and objects.
    expect(typeCheckExamples(join(dir, 'out'))).toEqual({ count: 1535, errors: '' });
    // Run against a loopback server, each sends a request its operation in the spec accepts; so does each
    // method called with every parameter, each value arriving as the parameter it was given to.
    expect(await wireCheckPackage(spec, join(dir, 'out'))).toEqual({ run: 1535, problems: [] });
    const every = await packageRuns(spec, join(dir, 'out'), true, [overlay]);
    expect({ run: every.runs.length, problems: wireProblemsOf(every.spec, every.runs) }).toEqual({ run: 1535, problems: [] });
    // Called with every parameter, ajv refuses 16 bodies, each behind a slip warned of: the rate limit's
    // undeclared `id` (as below), and `oneOf`s one value matches several
    // branches of (ruleset and waiting-room positions and bot management configs, objects through `allOf`
    // parts requiring nothing; ACL subnets, two strings; posture inputs and configs; DLP entries; AI models).
    // A firewall rule's mode lists `managed_challenge`, 17 characters, beside `maxLength: 12`.
    expect(result.stderr).toContain('#/components/schemas/firewall_components-schemas-mode/enum/3: `enum` value "managed_challenge" is longer than its `maxLength` of 12: it is never valid');
    const overlapped = [...result.stderr.matchAll(/ warning \[one-of-overlap\] (#\S+):/g)].map((m) => m[1]);
    expect(overlapped).toHaveLength(25);
    // A WAF package: an anomaly package's fields are a traditional one's, `detection_mode` declared in both `allOf` parts.
    expect(overlapped).toEqual(expect.arrayContaining(['#/components/schemas/firewall_package/oneOf', '#/components/schemas/magic_acl-subnet/oneOf', '#/components/schemas/bot-management_config_single/oneOf', '#/components/requestBodies/rulesets_Rule/content/application~1json/schema/allOf/1/properties/position/oneOf']));
    expect(bodySchemaViolations(every.spec, every.runs)).toEqual([
      'POST /accounts/{account_id}/rulesets/{ruleset_id}/rules: /position must match exactly one schema in oneOf',
      'PATCH /accounts/{account_id}/rulesets/{ruleset_id}/rules/{rule_id}: /position must match exactly one schema in oneOf',
      'PUT /zones/{zone_id}/bot_management: / must match exactly one schema in oneOf',
      'POST /accounts/{account_id}/devices/posture/integration: /config must match exactly one schema in oneOf',
      'PATCH /accounts/{account_id}/devices/posture/integration/{integration_id}: /config must match exactly one schema in oneOf',
      'POST /accounts/{account_id}/devices/posture: /input must match exactly one schema in oneOf',
      'PUT /accounts/{account_id}/devices/posture/{rule_id}: /input must match exactly one schema in oneOf',
      'PUT /accounts/{account_id}/dlp/profiles/custom/{profile_id}: /shared_entries/0 must match exactly one schema in oneOf',
      'POST /accounts/{account_id}/magic/sites/{site_id}/acls: /lan_1/subnets/0 must match exactly one schema in oneOf',
      'PATCH /accounts/{account_id}/magic/sites/{site_id}/acls/{acl_id}: /lan_1/subnets/0 must match exactly one schema in oneOf',
      'PUT /accounts/{account_id}/magic/sites/{site_id}/acls/{acl_id}: /lan_1/subnets/0 must match exactly one schema in oneOf',
      "PUT /zones/{zone_identifier}/rate_limits/{id}: / must have required property 'id'",
      'PATCH /zones/{zone_id}/waiting_rooms/{waiting_room_id}/rules/{rule_id}: /position must match exactly one schema in oneOf',
      'POST /accounts/{account_id}/ai/run/{model_name}: / must match exactly one schema in oneOf',
      'POST /zones/{zone_id}/rulesets/{ruleset_id}/rules: /position must match exactly one schema in oneOf',
      'PATCH /zones/{zone_id}/rulesets/{ruleset_id}/rules/{rule_id}: /position must match exactly one schema in oneOf',
    ]);
    // ajv, reading each body's schema apart from the generator, accepts every example's body but four the
    // spec itself rules out: `oneOf`s of objects that require nothing, or less than another branch does,
    // which any value of one branch matches two of (bot management, Sippy, Workspace One within Kolide);
    // and a rate limit requiring an `id` it does not declare (left out, with its warning above). Its own
    // variant id `hero`, against its pattern `^[a-zA-Z0-9]$`, is no longer sent (`example-invalid`: one
    // within is made up). Before: 46, `targets: [{}]` among them.
    expect(bodySchemaViolations(readSpecDocument(spec), await runExamples(join(dir, 'out')))).toEqual([
      'PUT /zones/{zone_id}/bot_management: / must match exactly one schema in oneOf',
      'POST /accounts/{account_id}/devices/posture/integration: /config must match exactly one schema in oneOf',
      'PUT /accounts/{account_id}/r2/buckets/{bucket_name}/sippy: / must match exactly one schema in oneOf',
      "PUT /zones/{zone_identifier}/rate_limits/{id}: / must have required property 'id'",
    ]);
    // The 2,730 examples of its schemas and their fields that ajv takes, of 2,757, are values of their models'
    // and fields' types (two Pages timestamps without a zone are no RFC 3339 `date-time`, warned of); its 17
    // response examples are all slips (a job's `kind: ""` outside its enum, a required `modified_on` left out).
    const { responses, requests, schemas } = exampleTypes(spec, join(dir, 'out'), [overlay]);
    expect(counted(responses)).toEqual({ examples: 17, accepted: 0, refused: 17, problems: [] });
    expect(counted(requests)).toEqual({ examples: 11, accepted: 7, refused: 4, problems: [] });
    expect(counted(schemas)).toEqual({ examples: 2757, accepted: 2730, refused: 27, problems: [] });
    // The GETs with a `page` or `cursor` query parameter whose `result` is an array, through allOf envelopes:
    // 32 without total_pages, 4 with it, 2 by cursor. A `result` that is a oneOf is left alone.
    const apiMd = apiReferenceOf(join(dir, 'out'));
    expect(paginatedMethods(apiMd)).toBe(38);
    expect(apiMd).toContain('client.accountMembers.listMembers(params: AccountMembersListMembersParams, options?: RequestOptions): PagePromise<AccountMembersListMembersResponse, AccountMembersListMembersItem>');
    // The record's own id is an argument, its zone in params: `client.dns.records.get(dnsRecordId, { zone_id })` in the official SDK.
    expect(apiMd).toContain('client.dnsRecordsForAZone.dnsRecordDetails(dnsRecordId: string, params: DnsRecordsForAZoneDnsRecordDetailsParams, options?: RequestOptions)');
    // Every other method whose body declares `result` resolves to it, as the official SDK's do: the zone, not its envelope.
    expect(apiMd.match(/^- `client\.[^`]*\): APIPromise</gm)?.length).toBe(1535 - 38);
    // The envelope leaves `result` optional in 720 of them, but a success always carries it (`unwrapRequired`).
    expect(apiMd.match(/^- `client\.[^`]*\| undefined>`/gm)).toBeNull();
    // Named by the overlay as the official SDK names it: `client.zones.get({ zone_id })` resolves to the zone.
    expect(apiMd).toContain('- `client.zones.get(params: ZonesGetParams, options?: RequestOptions): APIPromise<ZonesGetResponse>`');
    expect(readFileSync(join(dir, 'out/src/resources/zones.ts'), 'utf8')).toContain('export type ZonesGetResponse = ZonesZone;');
    const resources = readdirSync(join(dir, 'out/src/resources')).map((f) => readFileSync(join(dir, 'out/src/resources', f), 'utf8')).join('\n');
    // Of the 1,452 methods whose body declares `result`, the other 34 page: their pages stay whole.
    expect(resources.match(/unwrap: 'result'/g)).toHaveLength(1418);
  }, 300_000);

  it("github's REST spec, paged by Link headers: generates with a warning for each of its twenty slips and for its pages' links only, compiles, and every method's example type-checks and sends a request the spec accepts", async () => {
    const dir = scratchFor('real-github-');
    // Lists are the body itself, or its one array property (`workflow_runs`, `repositories`…).
    const rules = [{ style: 'link', param: 'per_page' }, { style: 'link', param: 'per_page', items: '*' }];
    const spec = withPaginationRules(resolve('node_modules/@octokit/openapi/generated/api.github.com.json'), dir, rules);
    const result = await run('generate', '--spec', spec, '--out', join(dir, 'out'), '--all-warnings');
    expect(result.code).toBe(0);
    // Two `anyOf` branches require a field their body does not declare (campaigns' `secret_scanning_alerts`,
    // Pages' `public`), and a model one it misspells; a discriminator maps a value to an array; ten
    // examples their schemas refuse; six `oneOf`s whose smallest values match two branches (error bodies,
    // labels, event payloads, project items' content); the README's method pages need a repository the spec does not name.
    const warnings = [...result.stderr.matchAll(/ warning \[([a-z-]+)\] (#\S+):/g)].map((m) => `${m[1]} ${m[2]}`);
    const body = 'requestBody/content/application~1json/schema';
    expect(warnings).toEqual([
      // A validation error's fields are a basic error's: `oneOf` takes neither.
      'one-of-overlap #/paths/~1orgs~1{org}/patch/responses/422/content/application~1json/schema/oneOf',
      // A digest's example cut short with `...`, below its `minLength`.
      `example-invalid #/paths/~1orgs~1{org}~1artifacts~1metadata~1storage-record/post/${body}/properties/digest/example`,
      // A path where a `uri` is asked for.
      `example-invalid #/paths/~1orgs~1{org}~1artifacts~1metadata~1storage-record/post/${body}/properties/path/example`,
      `required-undeclared #/paths/~1orgs~1{org}~1campaigns/post/${body}/oneOf/1/required`,
      // A directory's contents are an array, which the discriminator's `type` cannot tell apart.
      'discriminator-not-object #/paths/~1repos~1{owner}~1{repo}~1contents~1{path}/get/responses/200/content/application~1json/schema/discriminator',
      'one-of-overlap #/paths/~1repos~1{owner}~1{repo}~1contents~1{path}/put/responses/409/content/application~1json/schema/oneOf',
      'one-of-overlap #/paths/~1repos~1{owner}~1{repo}~1git~1blobs/post/responses/422/content/application~1json/schema/oneOf',
      // Enum values given as JSON strings (`'"git"'`), and a version given as a number (`20.04`).
      `example-invalid #/paths/~1repos~1{owner}~1{repo}~1import/patch/${body}/properties/vcs/example`,
      // The labels' object branches require nothing: `{}` matches both (ajv refuses the example call's body below).
      `one-of-overlap #/paths/~1repos~1{owner}~1{repo}~1issues~1{issue_number}~1labels/put/${body}/oneOf`,
      `required-undeclared #/paths/~1repos~1{owner}~1{repo}~1pages/put/${body}/anyOf/3/required`,
      `example-invalid #/paths/~1repos~1{owner}~1{repo}~1pulls~1{pull_number}~1reviews~1{review_id}~1dismissals/put/${body}/properties/event/example`,
      'one-of-overlap #/components/schemas/event/properties/payload/oneOf',
      'example-invalid #/components/schemas/actions-hosted-runner-curated-image/properties/display_name/example',
      // A docker package's metadata requires `tags` and declares `tag`.
      'required-undeclared #/components/schemas/package-version/properties/metadata/properties/docker/required',
      // An issue's fields are a draft issue's too (its timestamps differ from them only by their descriptions).
      'one-of-overlap #/components/schemas/projects-v2-item-simple/properties/content/oneOf',
      // Pages' host names where a `uri` is asked for, and a commit date written with its quotes: no `date-time`.
      'example-invalid #/components/schemas/page-deployment/properties/page_url/example',
      'example-invalid #/components/schemas/page-deployment/properties/preview_url/example',
      'example-invalid #/components/schemas/git-user/properties/date/example',
      'example-invalid #/components/schemas/nullable-actions-hosted-runner-pool-image/properties/display_name/example',
      'example-invalid #/components/schemas/nullable-git-user/properties/date/example',
      'readme-pages-repository #/info',
    ]);
    expect(result.stderr).toContain('"tags" (did you mean "tag"?) is required');
    expect(result.stderr.trim().split('\n')).toHaveLength(21);
    // Numeric ids are numbers (`invitation_id: integer`), not strings, in the signatures and their examples.
    const examples = typeCheckExamples(join(dir, 'out'));
    expect(examples).toEqual({ count: 1223, errors: '' });
    // Each runs against a loopback server, the upload to its own server too, and sends a request its operation accepts.
    expect(await wireCheckPackage(spec, join(dir, 'out'))).toEqual({ run: 1223, problems: [] });
    const every = await packageRuns(spec, join(dir, 'out'), true);
    expect({ run: every.runs.length, problems: wireProblemsOf(every.spec, every.runs) }).toEqual({ run: 1223, problems: [] });
    // And by ajv, but one: labels given as `{}`, which two `oneOf` branches of optional `labels` match. The
    // spec's own example of a digest, shorter than its `minLength`, is no longer sent (one is made up).
    expect(bodySchemaViolations(readSpecDocument(spec), await runExamples(join(dir, 'out')))).toEqual([
      'PUT /repos/{owner}/{repo}/issues/{issue_number}/labels: / must match exactly one schema in oneOf',
    ]);
    expect(bodySchemaViolations(every.spec, every.runs)).toEqual([]);
    // The spec's 1,010 examples of the JSON its methods read: each of the 777 its schema takes (by ajv) is a
    // value of its method's type. The other 233 are the spec's slips (`null` for an empty object, fields
    // it requires and leaves out, a number given as a string, a `$ref` where data goes, a host name for a `uri`). So are the 2,137 of its schemas' and their
    // fields' 2,147 examples ajv takes, of their models' and fields' types (four of the ten others are the
    // host names and quoted dates warned of above).
    const { responses, requests, schemas } = exampleTypes(spec, join(dir, 'out'));
    expect(counted(responses)).toEqual({ examples: 1010, accepted: 777, refused: 233, problems: [] });
    // Its request bodies' 410 examples ajv takes but 10 (bodies of several alternatives too), as `params`.
    expect(counted(requests)).toEqual({ examples: 410, accepted: 400, refused: 10, problems: [] });
    expect(counted(schemas)).toEqual({ examples: 2147, accepted: 2137, refused: 10, problems: [] });
    const apiMd = apiReferenceOf(join(dir, 'out'));
    expect(apiMd).toContain('client.repos.acceptInvitationForAuthenticatedUser(invitationId: number, options?: RequestOptions)');
    // Every GET taking `per_page` whose body is the array itself (191), or holds one (83: `workflow_runs`…).
    expect(paginatedMethods(apiMd)).toBe(274);
    expect(readFileSync(join(dir, 'out/src/resources/actions.ts'), 'utf8')).toContain('export type ActionsListWorkflowRunsItem = WorkflowRun;');
    expect(apiMd).toContain('client.issues.listForRepo(owner: string, repo: string, params?: IssuesListForRepoParams, options?: RequestOptions): PagePromise<IssuesListForRepoResponse, IssuesListForRepoItem>');
    expect(readFileSync(join(dir, 'out/src/resources/issues.ts'), 'utf8')).toContain('export type IssuesListForRepoItem = Issue;');
    // The one operation with its own server: release assets are uploaded to another host.
    expect(apiMd).toContain('POST https://uploads.github.com/repos/{owner}/{repo}/releases/{release_id}/assets');
    // The 270 webhooks of x-webhooks, each body a member of WebhookPayloads, compiled above.
    expect(apiMd.match(/^- `WebhookPayloads\['/gm)).toHaveLength(270);
    expect(readFileSync(join(dir, 'out/src/models.ts'), 'utf8')).toContain("'pull-request-opened': PullRequestOpenedEvent;");
  }, 300_000);
});
