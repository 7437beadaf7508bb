// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

import { APIResource } from '../../core/index.js';
import { ActiveSession } from './active-session.js';

/** The `realtimeKit` resource. */
export class RealtimeKit extends APIResource {
  readonly activeSession: ActiveSession = new ActiveSession(this._client);
}
