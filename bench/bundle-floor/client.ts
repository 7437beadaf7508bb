/**
 * The generated code the probe runtime would come with: the active-session resource and the client, as
 * compact as the generator could write them (one path template shared by the four operations).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a probe: its types do not ship */
import { BaseClient, encodePath, SDKError } from './runtime.js';

const SESSION_PATH = '/accounts/{account_id}/realtime/kit/{appId}/meetings/{meetingId}/active-session';

class APIResource {
  constructor(protected _client: any) {}
}

class ActiveSession extends APIResource {
  createPoll(appId: string, meetingId: string, { account_id, ...body }: any, options?: any) {
    return this._client.request({ method: 'POST', path: encodePath(`${SESSION_PATH}/poll`, { appId, meetingId, account_id }), body }, options, false);
  }
  getActiveSession(appId: string, meetingId: string, { account_id }: any, options?: any) {
    return this._client.request({ method: 'GET', path: encodePath(SESSION_PATH, { appId, meetingId, account_id }) }, options, true);
  }
  kickAllParticipants(appId: string, meetingId: string, { account_id }: any, options?: any) {
    return this._client.request({ method: 'POST', path: encodePath(`${SESSION_PATH}/kick-all`, { appId, meetingId, account_id }) }, options, false);
  }
  kickParticipants(appId: string, meetingId: string, { account_id, ...body }: any, options?: any) {
    return this._client.request({ method: 'POST', path: encodePath(`${SESSION_PATH}/kick`, { appId, meetingId, account_id }), body }, options, false);
  }
}

class RealtimeKit extends APIResource {
  activeSession = new ActiveSession(this._client);
}

// In the browser build, as in the shipped package's, no environment variable is named.

const CONFIG = {
  clientName: 'Cloudflare',
  userAgent: 'cloudflare-realtimekit/0.1.0',
  defaultBaseURL: 'https://api.cloudflare.com/client/v4',
  baseURLEnv: (globalThis as any).PROBE_BROWSER ? undefined : 'CLOUDFLARE_BASE_URL',
  logLevelEnv: (globalThis as any).PROBE_BROWSER ? undefined : 'CLOUDFLARE_LOG',
  // [option, environment variable, header, bearer]
  credentials: [
    ['apiEmail', (globalThis as any).PROBE_BROWSER ? undefined : 'CLOUDFLARE_EMAIL', 'X-Auth-Email'],
    ['apiKey', (globalThis as any).PROBE_BROWSER ? undefined : 'CLOUDFLARE_API_KEY', 'X-Auth-Key'],
    ['apiToken', (globalThis as any).PROBE_BROWSER ? undefined : 'CLOUDFLARE_API_TOKEN', 'Authorization', true],
  ],
  auth: [['apiToken'], ['apiEmail', 'apiKey']],
  authHelp: (globalThis as any).PROBE_BROWSER
    ? 'Pass apiToken; or pass apiEmail and apiKey'
    : 'Pass apiToken (or set the environment variable CLOUDFLARE_API_TOKEN); or pass apiEmail and apiKey (or set the environment variables CLOUDFLARE_EMAIL and CLOUDFLARE_API_KEY)',
};

export default class Cloudflare extends BaseClient {
  static CloudflareError = SDKError;
  realtimeKit = new RealtimeKit(this);
  constructor(options: any = {}) {
    super(options, CONFIG);
  }
}
