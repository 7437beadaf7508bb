// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

import {
  APIPromise,
  APIResource,
  type BuiltRequest,
  type RequestOptions,
  encodePath,
} from '../../core/index.js';
import type { Participant, Poll, Session } from '../../models.js';

/** The `realtimeKit.activeSession` resource. */
export class ActiveSession extends APIResource {
  /**
   * Create a poll
   *
   * Creates a new poll in an active session for the given meeting ID.
   *
   * `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/poll`
   *
   * Retries: not idempotent, so after an ambiguous failure (a timeout, a connection lost after sending, a 5xx) it is retried only when the call carries an `idempotencyKey`; a connection refused before sending, 408, 409, 429 and 503 with `Retry-After` are retried (2 times by default, see `maxRetries`).
   * @param appId The app identifier tag.
   * @throws {APIError} 4XX: The request failed. Cloudflare's v4 API usually answers with its error envelope, but the body's shape is not guaranteed. The spec types its body (`error`) as `ErrorEnvelope`.
   * @example
   * ```ts
   * const response = await client.realtimeKit.activeSession.createPoll('app_id', 'meeting_id', {
   *   account_id: '023e105f4ecef8ad9ca31a8372d0c353',
   *   options: ['string'],
   *   question: 'question',
   * });
   * ```
   */
  createPoll(
    appId: string,
    meetingId: string,
    params: ActiveSessionCreatePollParams,
    options?: RequestOptions,
  ): APIPromise<ActiveSessionCreatePollResponse> {
    return this._client.request<ActiveSessionCreatePollResponse>(
      buildActiveSessionCreatePollRequest(appId, meetingId, params),
      options,
      { idempotent: false },
    );
  }

  /**
   * Fetch details of an active session
   *
   * Returns details of an ongoing active session for the given meeting ID.
   *
   * `GET /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session`
   *
   * Retries: safe to repeat, so it is retried (2 times by default, see `maxRetries`) after connection errors, timeouts, 408, 409, 429 and 5xx responses, waiting as the server asks (at most 60 s) or backing off exponentially.
   * @param appId The app identifier tag.
   * @throws {APIError} 4XX: The request failed. Cloudflare's v4 API usually answers with its error envelope, but the body's shape is not guaranteed. The spec types its body (`error`) as `ErrorEnvelope`.
   * @example
   * ```ts
   * const response = await client.realtimeKit.activeSession.getActiveSession('app_id', 'meeting_id', {
   *   account_id: '023e105f4ecef8ad9ca31a8372d0c353',
   * });
   * ```
   */
  getActiveSession(
    appId: string,
    meetingId: string,
    params: ActiveSessionGetActiveSessionParams,
    options?: RequestOptions,
  ): APIPromise<ActiveSessionGetActiveSessionResponse> {
    return this._client.request<ActiveSessionGetActiveSessionResponse>(
      buildActiveSessionGetActiveSessionRequest(appId, meetingId, params),
      options,
      { idempotent: true },
    );
  }

  /**
   * Kick all participants
   *
   * Kicks all participants from an active session for the given meeting ID.
   *
   * `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick-all`
   *
   * Retries: not idempotent, so after an ambiguous failure (a timeout, a connection lost after sending, a 5xx) it is retried only when the call carries an `idempotencyKey`; a connection refused before sending, 408, 409, 429 and 503 with `Retry-After` are retried (2 times by default, see `maxRetries`).
   * @param appId The app identifier tag.
   * @throws {APIError} 4XX: The request failed. Cloudflare's v4 API usually answers with its error envelope, but the body's shape is not guaranteed. The spec types its body (`error`) as `ErrorEnvelope`.
   * @example
   * ```ts
   * const response = await client.realtimeKit.activeSession.kickAllParticipants('app_id', 'meeting_id', {
   *   account_id: '023e105f4ecef8ad9ca31a8372d0c353',
   * });
   * ```
   */
  kickAllParticipants(
    appId: string,
    meetingId: string,
    params: ActiveSessionKickAllParticipantsParams,
    options?: RequestOptions,
  ): APIPromise<ActiveSessionKickAllParticipantsResponse> {
    return this._client.request<ActiveSessionKickAllParticipantsResponse>(
      buildActiveSessionKickAllParticipantsRequest(appId, meetingId, params),
      options,
      { idempotent: false },
    );
  }

  /**
   * Kick participants from an active session
   *
   * Kicks one or more participants from an active session using user ID or custom participant ID.
   *
   * `POST /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick`
   *
   * Retries: not idempotent, so after an ambiguous failure (a timeout, a connection lost after sending, a 5xx) it is retried only when the call carries an `idempotencyKey`; a connection refused before sending, 408, 409, 429 and 503 with `Retry-After` are retried (2 times by default, see `maxRetries`).
   * @param appId The app identifier tag.
   * @throws {APIError} 4XX: The request failed. Cloudflare's v4 API usually answers with its error envelope, but the body's shape is not guaranteed. The spec types its body (`error`) as `ErrorEnvelope`.
   * @example
   * ```ts
   * const response = await client.realtimeKit.activeSession.kickParticipants('app_id', 'meeting_id', {
   *   account_id: '023e105f4ecef8ad9ca31a8372d0c353',
   *   custom_participant_ids: ['string'],
   *   participant_ids: ['string'],
   * });
   * ```
   */
  kickParticipants(
    appId: string,
    meetingId: string,
    params: ActiveSessionKickParticipantsParams,
    options?: RequestOptions,
  ): APIPromise<ActiveSessionKickParticipantsResponse> {
    return this._client.request<ActiveSessionKickParticipantsResponse>(
      buildActiveSessionKickParticipantsRequest(appId, meetingId, params),
      options,
      { idempotent: false },
    );
  }
}

export interface ActiveSessionCreatePollResponse {
  data?: ActiveSessionCreatePollResponse.Data;
  success?: boolean;
}

export namespace ActiveSessionCreatePollResponse {
  export interface Data {
    action?: string;
    /** A poll asked in a session. */
    poll?: Poll;
  }
}

export interface ActiveSessionCreatePollParams {
  /**
   * Path param: The account identifier tag.
   *
   * At most 32 characters.
   * @example "023e105f4ecef8ad9ca31a8372d0c353"
   */
  account_id: string;
  /** Body param: Different options for the question */
  options: Array<string>;
  /** Body param: Question of the poll */
  question: string;
  /** Body param: if voters on a poll are anonymous */
  anonymous?: boolean;
  /** Body param: if votes on an option are visible before a person votes */
  hide_votes?: boolean;
}

export interface ActiveSessionGetActiveSessionResponse {
  /** A session that is running, or has run, in a meeting. */
  data?: Session;
  success?: boolean;
}

export interface ActiveSessionGetActiveSessionParams {
  /**
   * The account identifier tag.
   *
   * At most 32 characters.
   * @example "023e105f4ecef8ad9ca31a8372d0c353"
   */
  account_id: string;
}

export interface ActiveSessionKickAllParticipantsResponse {
  data?: ActiveSessionKickAllParticipantsResponse.Data;
  success?: boolean;
}

export namespace ActiveSessionKickAllParticipantsResponse {
  export interface Data {
    action?: string;
    kicked_participants_count?: number;
  }
}

export interface ActiveSessionKickAllParticipantsParams {
  /**
   * The account identifier tag.
   *
   * At most 32 characters.
   * @example "023e105f4ecef8ad9ca31a8372d0c353"
   */
  account_id: string;
}

export interface ActiveSessionKickParticipantsResponse {
  data?: ActiveSessionKickParticipantsResponse.Data;
  success?: boolean;
}

export namespace ActiveSessionKickParticipantsResponse {
  export interface Data {
    action?: string;
    participants?: Array<Participant>;
  }
}

export interface ActiveSessionKickParticipantsParams {
  /**
   * Path param: The account identifier tag.
   *
   * At most 32 characters.
   * @example "023e105f4ecef8ad9ca31a8372d0c353"
   */
  account_id: string;
  /** Body param */
  custom_participant_ids: Array<string>;
  /** Body param */
  participant_ids: Array<string>;
}

/** Builds the HTTP request of `realtimeKit.activeSession.createPoll` (POST /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/poll) without sending it. */
export function buildActiveSessionCreatePollRequest(
  appId: string,
  meetingId: string,
  params: ActiveSessionCreatePollParams,
): BuiltRequest {
  const { account_id, ...body } = params;
  return {
    method: 'POST',
    path: encodePath('/accounts/{account_id}/realtime/kit/{appId}/meetings/{meetingId}/active-session/poll', {
      appId,
      meetingId,
      account_id,
    }),
    query: {},
    headers: {},
    body,
  };
}

/** Builds the HTTP request of `realtimeKit.activeSession.getActiveSession` (GET /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session) without sending it. */
export function buildActiveSessionGetActiveSessionRequest(
  appId: string,
  meetingId: string,
  params: ActiveSessionGetActiveSessionParams,
): BuiltRequest {
  const { account_id, ...undeclared } = params;
  return {
    method: 'GET',
    path: encodePath('/accounts/{account_id}/realtime/kit/{appId}/meetings/{meetingId}/active-session', {
      appId,
      meetingId,
      account_id,
    }),
    query: { ...undeclared },
    headers: {},
    body: undefined,
  };
}

/** Builds the HTTP request of `realtimeKit.activeSession.kickAllParticipants` (POST /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick-all) without sending it. */
export function buildActiveSessionKickAllParticipantsRequest(
  appId: string,
  meetingId: string,
  params: ActiveSessionKickAllParticipantsParams,
): BuiltRequest {
  const { account_id, ...undeclared } = params;
  return {
    method: 'POST',
    path: encodePath(
      '/accounts/{account_id}/realtime/kit/{appId}/meetings/{meetingId}/active-session/kick-all',
      { appId, meetingId, account_id },
    ),
    query: { ...undeclared },
    headers: {},
    body: undefined,
  };
}

/** Builds the HTTP request of `realtimeKit.activeSession.kickParticipants` (POST /accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/active-session/kick) without sending it. */
export function buildActiveSessionKickParticipantsRequest(
  appId: string,
  meetingId: string,
  params: ActiveSessionKickParticipantsParams,
): BuiltRequest {
  const { account_id, ...body } = params;
  return {
    method: 'POST',
    path: encodePath('/accounts/{account_id}/realtime/kit/{appId}/meetings/{meetingId}/active-session/kick', {
      appId,
      meetingId,
      account_id,
    }),
    query: {},
    headers: {},
    body,
  };
}
