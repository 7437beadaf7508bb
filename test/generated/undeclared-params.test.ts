/**
 * A member of `params` the spec does not declare (a parameter newer than the spec, passed with
 * `@ts-expect-error`, as the official SDK's README shows) is sent: in the JSON body when the operation's
 * body is spread into `params`, else in the query string. The generated package of `spec/` runs against a
 * loopback server, beside the official `cloudflare` package, which drops it from `getActiveSession`.
 */
import Official from 'cloudflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Cloudflare, { buildActiveSessionGetActiveSessionRequest, buildActiveSessionKickAllParticipantsRequest } from '../../generated/src/index.js';
import { startApiServer, type ApiServer } from '../helpers/api-server.js';

const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
const SESSION = `/client/v4/accounts/${ACCOUNT}/realtime/kit/app_id/meetings/meeting_id/active-session`;

let server: ApiServer;
beforeAll(async () => {
  server = await startApiServer(() => ({ status: 200, body: '{"success":true,"data":{}}' }));
});
afterAll(() => server.close());

const ours = (): Cloudflare => new Cloudflare({ apiToken: 'token', baseURL: `${server.url}/client/v4`, logLevel: 'off' });
const official = (): Official => new Official({ apiToken: 'token', baseURL: `${server.url}/client/v4`, logLevel: 'off' });
const sent = () => server.requests.slice(-1).map((r) => ({ method: r.method, url: r.url, body: r.body === '' ? undefined : JSON.parse(r.body) }))[0];

describe('a parameter the spec does not declare', () => {
  it('goes in the query string of an operation without a body', async () => {
    // @ts-expect-error include_left is not in the spec
    await ours().realtimeKit.activeSession.getActiveSession('app_id', 'meeting_id', { account_id: ACCOUNT, include_left: true, page: 2 });
    expect(sent()).toEqual({ method: 'GET', url: `${SESSION}?include_left=true&page=2`, body: undefined });
  });

  it('is dropped there by the official SDK', async () => {
    // @ts-expect-error include_left is not in the official SDK's types either
    await official().realtimeKit.activeSession.getActiveSession('meeting_id', { account_id: ACCOUNT, app_id: 'app_id', include_left: true });
    expect(sent()).toEqual({ method: 'GET', url: SESSION, body: undefined });
  });

  it('goes in the JSON body of an operation whose body is spread into params, as the official SDK sends it', async () => {
    const poll = { account_id: ACCOUNT, question: 'Lunch?', options: ['yes', 'no'], expires_in: 60 };
    // Not an object literal, so TypeScript lets the extra member through without a directive.
    await ours().realtimeKit.activeSession.createPoll('app_id', 'meeting_id', poll);
    const wire = sent();
    await official().realtimeKit.activeSession.createPoll('meeting_id', { ...poll, app_id: 'app_id' });
    expect(wire).toEqual({ method: 'POST', url: `${SESSION}/poll`, body: { question: 'Lunch?', options: ['yes', 'no'], expires_in: 60 } });
    expect(sent()).toEqual(wire);
  });

  it('is in the request builders’ query, and absent when none is passed', () => {
    // @ts-expect-error dry_run is not in the spec
    expect(buildActiveSessionKickAllParticipantsRequest('app_id', 'meeting_id', { account_id: ACCOUNT, dry_run: true }).query).toEqual({ dry_run: true });
    expect(buildActiveSessionGetActiveSessionRequest('app_id', 'meeting_id', { account_id: ACCOUNT }).query).toEqual({});
  });
});
