/**
 * The same calls through our runtime and through the official `cloudflare` package, so one scenario can
 * run against both. Each side is reduced to an observation that can be compared with `toEqual`.
 */
import Cloudflare from 'cloudflare';
import type { RequestOptions } from '../../../generator/runtime/index.js';
import { ACCOUNT, APP, TestClient } from './test-client.js';

export type SdkName = 'ours' | 'official';

export interface SdkOptions {
  apiToken?: string | null;
  apiKey?: string | null;
  apiEmail?: string | null;
  baseURL?: string;
  maxRetries?: number;
  timeout?: number;
  fetch?: (url: string, init: RequestInit) => Promise<Response>;
}

/** The four calls the scenarios need, with each SDK's own signature behind them. */
export interface Api {
  getSession(meetingId: string, options?: RequestOptions): Promise<unknown>;
  createPoll(meetingId: string, options?: RequestOptions): Promise<unknown>;
  kickAll(meetingId: string, options?: RequestOptions): Promise<unknown>;
  get(path: string, options?: RequestOptions): Promise<unknown>;
}

const POLL = { question: 'Lunch?', options: ['yes', 'no'], anonymous: true };

export function api(sdk: SdkName, options: SdkOptions): Api {
  return sdk === 'ours' ? ourApi(options) : officialApi(options);
}

function ourApi(options: SdkOptions): Api {
  const client = new TestClient({ ...options, logLevel: 'off' });
  const session = client.activeSession;
  return {
    getSession: (meetingId, o) => session.getActiveSession(APP, meetingId, { account_id: ACCOUNT }, o),
    createPoll: (meetingId, o) => session.createPoll(APP, meetingId, { account_id: ACCOUNT, ...POLL }, o),
    kickAll: (meetingId, o) => session.kickAllParticipants(APP, meetingId, { account_id: ACCOUNT }, o),
    get: (path, o) => client.get(path, o),
  };
}

function officialApi(options: SdkOptions): Api {
  const client = new Cloudflare({ ...options, logLevel: 'off' } as ConstructorParameters<typeof Cloudflare>[0]);
  const session = client.realtimeKit.activeSession;
  const params = { account_id: ACCOUNT, app_id: APP };
  type Options = Parameters<typeof session.getActiveSession>[2];
  return {
    getSession: (meetingId, o) => session.getActiveSession(meetingId, params, o as Options),
    createPoll: (meetingId, o) => session.createPoll(meetingId, { ...params, ...POLL }, o as Options),
    kickAll: (meetingId, o) => session.kickAllParticipants(meetingId, params, o as Options),
    get: (path, o) => client.get(path, o as Options),
  };
}

/** What a call came to: the value, or the error's class name and the fields both SDKs have. */
export type Outcome = { value: unknown } | { error: string; status?: unknown; errors?: unknown };

export async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    return { value: await call };
  } catch (error) {
    const e = error as { constructor: { name: string }; status?: unknown; errors?: unknown };
    return e.status === undefined ? { error: e.constructor.name } : { error: e.constructor.name, status: e.status, errors: e.errors };
  }
}
