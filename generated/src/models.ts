// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Cloudflare's v4 error envelope. */
export interface ErrorEnvelope {
  errors?: Array<ErrorEnvelope.Error>;
  messages?: Array<unknown>;
  result?: null;
  success?: boolean;
}

export namespace ErrorEnvelope {
  export interface Error {
    code: number;
    message: string;
  }
}

/** A participant of a session. */
export interface Participant {
  /** ID of the session participant */
  id: string;
  created_at: string;
  updated_at: string;
  /** Email of the session participant. */
  email?: string;
  /** Name of the session participant. */
  name?: string;
  /** A URL pointing to a picture of the participant. */
  picture?: string;
}

/** A poll asked in a session. */
export interface Poll {
  /** ID of the poll */
  id: string;
  /** Answer options */
  options: Array<PollOption>;
  /** Question asked by the poll */
  question: string;
  anonymous?: boolean;
  created_by?: string;
  hide_votes?: boolean;
  voted?: Array<string>;
}

/** One answer option of a poll. */
export interface PollOption {
  count: number;
  /** Text of the answer option */
  text: string;
  votes: Array<PollVote>;
}

/** A vote cast for a poll option. */
export interface PollVote {
  id: string;
  name: string;
}

/** A session that is running, or has run, in a meeting. */
export interface Session {
  /** ID of the session */
  id: string;
  /** ID of the meeting this session is associated with. In the case of V2 meetings, it is always a UUID. In V1 meetings, it is a room name of the form `abcdef-ghijkl` */
  associated_id: string;
  /** timestamp when session created */
  created_at: string;
  /** number of participants currently in the session */
  live_participants: number;
  /** number of maximum participants that were in the session */
  max_concurrent_participants: number;
  /** Title of the meeting this session belongs to */
  meeting_display_name: string;
  /** number of minutes consumed since the session started */
  minutes_consumed: number;
  /** App id that hosted this session */
  organization_id: string;
  /** timestamp when session started */
  started_at: string;
  /** current status of session */
  status: 'LIVE' | 'ENDED';
  /** type of session */
  type: 'meeting' | 'livestream' | 'participant';
  /** timestamp when session was last updated */
  updated_at: string;
  breakout_rooms?: Array<unknown>;
  /** timestamp when session ended */
  ended_at?: string;
  /** Any meta data about session. */
  meta?: unknown;
}
