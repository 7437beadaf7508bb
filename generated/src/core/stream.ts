// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/**
 * Server-sent events (`text/event-stream`), read as they arrive. A method whose success body is an event
 * stream resolves to a `Stream` once the response headers are in; the body is then read event by event,
 * as the HTML standard's parser reads it (https://html.spec.whatwg.org/multipage/server-sent-events.html).
 * Its own module: only a client whose API streams carries it.
 */
import { APIConnectionError, APIUserAbortError, ResponseParseError, SDKError } from './errors.js';

/** One event as the server sent it. */
export interface ServerSentEvent {
  /** The event's name: `message` when the server gave none. */
  readonly event: string;
  /** Its `data` lines, joined by `\n`. */
  readonly data: string;
  /** The last `id` the stream gave (empty when none): what `Last-Event-ID` resumes from. */
  readonly id: string;
  /** The reconnection delay the server last asked for, in milliseconds. */
  readonly retry: number | undefined;
}

/** How an event's `data` becomes an item: parsed as JSON, or kept as text. */
export type EventData = 'json' | 'text';

/**
 * The events of a response, as they arrive: `for await (const item of stream)` gives each event's data
 * (parsed JSON, for a stream of JSON; a JSON stream ends at the data `[DONE]`, as many APIs send), and
 * `events()` gives the events whole, with their names and ids. The body is read once: a second read
 * throws. Leaving the loop early (`break`, a `throw`) cancels the body, which frees the connection; so
 * does the `signal` given to the call.
 */
export class Stream<T> implements AsyncIterable<T> {
  /** The response, its body being read by this stream. */
  declare readonly response: Response;
  declare readonly data: EventData;
  #read = false;

  constructor(response: Response, data: EventData) {
    this.response = response;
    this.data = data;
  }

  /** Every event whole: name, data text, id and retry. */
  events(): AsyncGenerator<ServerSentEvent, void, undefined> {
    if (this.#read) throw new SDKError('This stream has been read already: a response body can be read only once.');
    this.#read = true;
    return readEvents(this.response.body);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const event of this.events()) {
      if (this.data === 'text') yield event.data as T;
      else if (event.data === '[DONE]') return;
      else yield parseData(this.response, event.data);
    }
  }
}

function parseData<T>(response: Response, data: string): T {
  try {
    return JSON.parse(data) as T;
  } catch (error) {
    throw new ResponseParseError(response.status, response.headers, data, error);
  }
}

async function* readEvents(body: ReadableStream<Uint8Array> | null): AsyncGenerator<ServerSentEvent, void, undefined> {
  if (body === null) return;
  const reader = body.getReader();
  // Decoding with `stream: true` keeps a character split between two chunks whole; the BOM is dropped.
  const decoder = new TextDecoder();
  const parser = new EventParser();
  try {
    for (;;) {
      const { done, value } = await reader.read().catch(readFailure);
      if (done) break;
      yield* parser.push(decoder.decode(value, { stream: true }));
    }
    yield* parser.end();
  } finally {
    // Also when the caller left the loop early: the server stops sending, the connection is freed.
    reader.cancel().catch(() => {});
  }
}

/** The caller's signal aborted the body (`AbortError`), or the connection broke. */
function readFailure(error: unknown): never {
  if ((error as Error | undefined)?.name === 'AbortError') throw new APIUserAbortError();
  throw new APIConnectionError({ cause: error });
}

/** Lines end with CRLF, LF or CR; a CR last in a chunk may be half of a CRLF, so it waits for the next. */
const LINE_BREAK = /\r\n|\r(?!$)|\n/;

/** The standard's event parser, fed decoded text. */
class EventParser {
  /** Text after the last line break: the start of a line still arriving. */
  #pending = '';
  #data: string[] = [];
  #event = '';
  #id = '';
  #retry: number | undefined;

  *push(text: string): Generator<ServerSentEvent, void, undefined> {
    const lines = (this.#pending + text).split(LINE_BREAK);
    this.#pending = lines.pop()!;
    for (const line of lines) {
      const event = this.#line(line);
      if (event) yield event;
    }
  }

  /** The end of the body: a last CR ends its line; an event without its blank line is dropped, as the standard says. */
  *end(): Generator<ServerSentEvent, void, undefined> {
    if (this.#pending.endsWith('\r')) yield* this.push('\n');
  }

  #line(line: string): ServerSentEvent | undefined {
    if (line === '') return this.#dispatch();
    if (line.startsWith(':')) return undefined; // a comment: servers send them to keep the connection open
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(line[colon + 1] === ' ' ? colon + 2 : colon + 1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.#retry = Number(value);
    return undefined;
  }

  /** A blank line: the event so far, if it has data; the name is reset, the id and retry are kept. */
  #dispatch(): ServerSentEvent | undefined {
    const data = this.#data;
    const event = this.#event || 'message';
    this.#data = [];
    this.#event = '';
    return data.length === 0 ? undefined : { event, data: data.join('\n'), id: this.#id, retry: this.#retry };
  }
}
