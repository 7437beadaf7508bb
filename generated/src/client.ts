// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

import { BaseClient, type ClientConfig, type CoreClientOptions, SDKError } from './core/index.js';
import { authHelp, environmentVariables } from './environment.js';
import { RealtimeKit } from './resources/realtime-kit/realtime-kit.js';

/** Options of the `Cloudflare` client. */
export interface ClientOptions extends CoreClientOptions {
  /**
   * The email address of the account that owns the global API key.
   *
   * Defaults to `process.env['CLOUDFLARE_EMAIL']`.
   */
  apiEmail?: string | null | undefined;
  /**
   * The legacy global API key; it must be sent together with `X-Auth-Email`.
   *
   * Defaults to `process.env['CLOUDFLARE_API_KEY']`.
   */
  apiKey?: string | null | undefined;
  /**
   * An API token, sent as `Authorization: Bearer <token>`.
   *
   * Defaults to `process.env['CLOUDFLARE_API_TOKEN']`.
   */
  apiToken?: string | null | undefined;
}

/** What the runtime needs to know about this API, from the spec. */
const config: ClientConfig = {
  clientName: 'Cloudflare',
  packageName: 'cloudflare-realtimekit',
  packageVersion: '0.1.0',
  defaultBaseURL: 'https://api.cloudflare.com/client/v4',
  baseURLEnv: environmentVariables['baseURL'],
  logLevelEnv: environmentVariables['logLevel'],
  credentials: [
    { option: 'apiEmail', env: environmentVariables['apiEmail'], header: 'X-Auth-Email', scheme: 'raw' },
    { option: 'apiKey', env: environmentVariables['apiKey'], header: 'X-Auth-Key', scheme: 'raw' },
    { option: 'apiToken', env: environmentVariables['apiToken'], header: 'Authorization', scheme: 'bearer' },
  ],
  authAlternatives: [['apiToken'], ['apiEmail', 'apiKey']],
  authHelp,
};

/** The `Cloudflare` client without its resources, for a bundle that uses only some of them: build each on it (`new ActiveSession(new CloudflareCore(options))`), and a bundler leaves the others out. Same options, credentials, retries and logging. */
export class CloudflareCore extends BaseClient<ClientOptions> {
  /** The base class of every error the client throws (the runtime's `SDKError`). */
  static CloudflareError = SDKError;

  constructor(options: ClientOptions = {}) {
    super(options, config);
  }
}

/**
 * The Cloudflare RealtimeKit Active Session API client.
 *
 * The active-session endpoints of Cloudflare RealtimeKit: fetch the session that is running in a meeting, kick one or all participants out of it, and start a poll in it.
 */
export class Cloudflare extends CloudflareCore {
  readonly realtimeKit: RealtimeKit = new RealtimeKit(this);
}
