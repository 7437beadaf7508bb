// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

export { Cloudflare as default } from './client.js';
export * from './core/index.js';
export { SDKError as CloudflareError } from './core/index.js';
export { type ClientOptions, Cloudflare, CloudflareCore } from './client.js';
export {
  type ErrorEnvelope,
  type Participant,
  type Poll,
  type PollOption,
  type PollVote,
  type Session,
} from './models.js';
export {
  ActiveSession,
  type ActiveSessionCreatePollParams,
  type ActiveSessionCreatePollResponse,
  type ActiveSessionGetActiveSessionParams,
  type ActiveSessionGetActiveSessionResponse,
  type ActiveSessionKickAllParticipantsParams,
  type ActiveSessionKickAllParticipantsResponse,
  type ActiveSessionKickParticipantsParams,
  type ActiveSessionKickParticipantsResponse,
  buildActiveSessionCreatePollRequest,
  buildActiveSessionGetActiveSessionRequest,
  buildActiveSessionKickAllParticipantsRequest,
  buildActiveSessionKickParticipantsRequest,
} from './resources/realtime-kit/active-session.js';
export { RealtimeKit } from './resources/realtime-kit/realtime-kit.js';
