/**
 * Streamed response bodies, read as they arrive: server-sent events (`text/event-stream`), read as the
 * HTML standard's parser reads them (https://html.spec.whatwg.org/multipage/server-sent-events.html), and
 * JSON Lines (NDJSON, JSON text sequences). A method whose success body streams resolves to a `Stream`
 * once the response headers are in; the body is then read item by item. Its own module: only a client
 * whose API streams carries it.
 */
import { APIConnectionError, APIUserAbortError, ResponseParseError, SDKError } from './errors.js';

/** One event as the server sent it; `Name`: the names the spec gives its events, when it lists them. */
export interface ServerSentEvent<Name extends string = string> {
  /** The event's name: `message` when the server gave none. */
  readonly event: Name;
  /** Its `data` lines, joined by `\n`. */
  readonly data: string;
  /** The last `id` the stream gave (empty when none): what `Last-Event-ID` resumes from. */
  readonly id: string;
  /** The reconnection delay the server last asked for, in milliseconds. */
  readonly retry: number | undefined;
}

/**
 * What the body is and how it becomes items: server-sent events whose data is JSON (`json`) or text
 * (`text`), or one JSON value per line (`json-lines`).
 */
export type StreamFormat = 'json' | 'text' | 'json-lines';

/**
 * The items of a response, as they arrive: `for await (const item of stream)` gives each event's data
 * (parsed JSON, for a stream of JSON; a JSON stream ends at the data `[DONE]`, as many APIs send), or
 * each line's JSON value; `events()` gives server-sent events whole, with their names and ids. The body
 * is read once: a second read throws. Leaving the loop early (`break`, a `throw`) cancels the body, which
 * frees the connection; so does the `signal` given to the call.
 */
export class Stream<T, EventName extends string = string> implements AsyncIterable<T> {
  /** The response, its body being read by this stream. */
  declare readonly response: Response;
  /** What the body is, and how it becomes items. */
  declare readonly format: StreamFormat;
  #read = false;

  constructor(response: Response, format: StreamFormat) {
    this.response = response;
    this.format = format;
  }

  /**
   * Every server-sent event whole: name, data text, id and retry. The names are typed by the spec when it
   * lists them (3.2's `itemSchema`); the server is trusted to keep to them, as with every type.
   */
  events(): AsyncGenerator<ServerSentEvent<EventName>, void, undefined> {
    if (this.format === 'json-lines') throw new SDKError('This stream is JSON lines, not server-sent events: read its values with `for await`.');
    return readEvents(this.#body()) as AsyncGenerator<ServerSentEvent<EventName>, void, undefined>;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    if (this.format === 'json-lines') {
      for await (const line of readLines(this.#body())) yield parseData(this.response, line);
      return;
    }
    for await (const event of this.events()) {
      if (this.format === 'text') yield event.data as T;
      else if (event.data === '[DONE]') return;
      else yield parseData(this.response, event.data);
    }
  }

  #body(): ReadableStream<Uint8Array> | null {
    if (this.#read) throw new SDKError('This stream has been read already: a response body can be read only once.');
    this.#read = true;
    return this.response.body;
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
  const parser = new EventParser();
  for await (const text of readText(body)) yield* parser.push(text);
  yield* parser.end();
}

/**
 * The lines of a JSON Lines body that hold a value: blank lines are skipped, a CR before the LF and a
 * JSON text sequence's RS before the value are dropped, and a last line needs no LF.
 */
async function* readLines(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string, void, undefined> {
  let pending = '';
  const value = (line: string) => line.replace(/^\x1e/, '').trim();
  for await (const text of readText(body)) {
    const lines = (pending + text).split('\n');
    pending = lines.pop()!;
    for (const line of lines.map(value)) if (line !== '') yield line;
  }
  if (value(pending) !== '') yield value(pending);
}

/** The body decoded as it arrives; cancelled when the caller stops reading, also early. */
async function* readText(body: ReadableStream<Uint8Array> | null): AsyncGenerator<string, void, undefined> {
  if (body === null) return;
  const reader = body.getReader();
  // Decoding with `stream: true` keeps a character split between two chunks whole; the BOM is dropped.
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { done, value } = await reader.read().catch(readFailure);
      if (done) return;
      yield decoder.decode(value, { stream: true });
    }
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
