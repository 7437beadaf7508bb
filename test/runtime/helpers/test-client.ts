/**
 * A client built the way the generator builds one: a config like the contract's, a subclass of
 * `BaseClient`, and pure request builders for the four active-session operations.
 */
import {
  APIResource,
  BaseClient,
  encodePath,
  type APIPromise,
  type BuiltRequest,
  type ClientConfig,
  type CoreClientOptions,
  type OperationPolicy,
  type RequestOptions,
} from '../../../generator/runtime/index.js';
import { describeAuthHelp } from '../../../generator/emit/auth-help.js';

export interface TestClientOptions extends CoreClientOptions {
  apiToken?: string | null | undefined;
  apiKey?: string | null | undefined;
  apiEmail?: string | null | undefined;
}

const credentials: ClientConfig['credentials'] = [
  { option: 'apiToken', env: 'CLOUDFLARE_API_TOKEN', header: 'Authorization', scheme: 'bearer' },
  { option: 'apiKey', env: 'CLOUDFLARE_API_KEY', header: 'X-Auth-Key', scheme: 'raw' },
  { option: 'apiEmail', env: 'CLOUDFLARE_EMAIL', header: 'X-Auth-Email', scheme: 'raw' },
];
const authAlternatives = [['apiToken'], ['apiKey', 'apiEmail']];

export const TEST_CONFIG: ClientConfig = {
  clientName: 'Cloudflare',
  packageName: 'cloudflare-realtimekit',
  packageVersion: '0.1.0',
  defaultBaseURL: 'https://api.cloudflare.com/client/v4',
  baseURLEnv: 'CLOUDFLARE_BASE_URL',
  logLevelEnv: 'CLOUDFLARE_LOG',
  credentials,
  authAlternatives,
  // What the generator writes for this config.
  authHelp: describeAuthHelp(credentials, authAlternatives),
};

/** Every environment variable either SDK reads; tests blank them so the machine's environment cannot leak in. */
export const SDK_ENV_VARS = [
  'CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_API_KEY', 'CLOUDFLARE_EMAIL', 'CLOUDFLARE_BASE_URL', 'CLOUDFLARE_LOG',
  'CLOUDFLARE_API_USER_SERVICE_KEY', 'CLOUDFLARE_CUSTOM_HEADERS',
];

export class TestClient extends BaseClient<TestClientOptions> {
  readonly activeSession = new ActiveSessionResource(this);

  constructor(options: TestClientOptions = {}) {
    super(options, TEST_CONFIG);
  }
}

export const TOKEN = 'tok_live_5ecret_T0ken_value';
export const API_KEY = 'key_5ecret_global_api_key';
export const EMAIL = 'owner.secret@example.com';
export const ACCOUNT = '023e105f4ecef8ad9ca31a8372d0c353';
export const APP = '14a396e7-ca44-4937-bf1f-050a69118543';

export const IDEMPOTENT: OperationPolicy = { idempotent: true };
export const NOT_IDEMPOTENT: OperationPolicy = { idempotent: false };

const BASE = '/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session';

export function buildGetActiveSession(appId: string, meetingId: string, params: { account_id: string }): BuiltRequest {
  return { method: 'GET', path: encodePath(BASE, { account_id: params.account_id, app_id: appId, meeting_id: meetingId }), query: {}, headers: {}, body: undefined };
}

export function buildCreatePoll(appId: string, meetingId: string, params: { account_id: string; question: string; options: string[] }): BuiltRequest {
  const { account_id, ...body } = params;
  return { method: 'POST', path: encodePath(`${BASE}/poll`, { account_id, app_id: appId, meeting_id: meetingId }), query: {}, headers: {}, body };
}

export function buildKickAll(appId: string, meetingId: string, params: { account_id: string }): BuiltRequest {
  return { method: 'POST', path: encodePath(`${BASE}/kick-all`, { account_id: params.account_id, app_id: appId, meeting_id: meetingId }), query: {}, headers: {}, body: undefined };
}

/** A resource written as the generator writes one. */
export class ActiveSessionResource extends APIResource {
  getActiveSession(appId: string, meetingId: string, params: { account_id: string }, options?: RequestOptions): APIPromise<unknown> {
    return this._client.request(buildGetActiveSession(appId, meetingId, params), options, IDEMPOTENT);
  }
  createPoll(appId: string, meetingId: string, params: { account_id: string; question: string; options: string[] }, options?: RequestOptions): APIPromise<unknown> {
    return this._client.request(buildCreatePoll(appId, meetingId, params), options, NOT_IDEMPOTENT);
  }
  kickAllParticipants(appId: string, meetingId: string, params: { account_id: string }, options?: RequestOptions): APIPromise<unknown> {
    return this._client.request(buildKickAll(appId, meetingId, params), options, NOT_IDEMPOTENT);
  }
}
