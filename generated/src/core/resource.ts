// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** The base of every generated resource class (`client.realtimeKit.activeSession`). */
import type { BaseClient } from './client.js';

export class APIResource {
  protected _client: BaseClient;

  constructor(client: BaseClient) {
    this._client = client;
  }
}
