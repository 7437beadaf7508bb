/**
 * The runtime's `Stream`: server-sent events parsed as the HTML standard says, from bodies cut into chunks
 * anywhere (between a CR and its LF, inside a UTF-8 character), and read once, cancelled when left early.
 */
import { describe, expect, it } from 'vitest';
import { APIConnectionError, APIUserAbortError, ResponseParseError, SDKError, Stream, type ServerSentEvent, type StreamFormat } from '../../generator/runtime/index.js';

/** A response whose body arrives in these chunks; `cancelled` tells whether the reader cancelled it. */
function chunked(chunks: readonly (string | Uint8Array)[], end: 'close' | Error = 'close'): { response: Response; cancelled: () => boolean } {
  let cancelled = false;
  let next = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[next++];
      if (chunk !== undefined) controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
      else if (end === 'close') controller.close();
      else controller.error(end);
    },
    cancel() {
      cancelled = true;
    },
  });
  return { response: new Response(body, { headers: { 'content-type': 'text/event-stream' } }), cancelled: () => cancelled };
}

async function eventsOf(chunks: readonly (string | Uint8Array)[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of new Stream(chunked(chunks).response, 'text').events()) events.push(event);
  return events;
}

async function itemsOf<T>(stream: Stream<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return items;
}

/** Every way of cutting `text` in two, and one byte per chunk. */
function cuts(text: string): (string | Uint8Array)[][] {
  const bytes = new TextEncoder().encode(text);
  const halves = Array.from({ length: bytes.length + 1 }, (_, i) => [bytes.slice(0, i), bytes.slice(i)]);
  return [...halves, Array.from(bytes, (b) => Uint8Array.of(b))];
}

const SAMPLE = '\uFEFF: keep-alive\r\nevent: quote\r\nid: 7\r\ndata: {"price":1}\r\n\r\ndata: first line\rdata:second line\r\rretry: 3000\nevent: näme\ndata\n\n';
const SAMPLE_EVENTS: ServerSentEvent[] = [
  { event: 'quote', data: '{"price":1}', id: '7', retry: undefined },
  { event: 'message', data: 'first line\nsecond line', id: '7', retry: undefined },
  { event: 'näme', data: '', id: '7', retry: 3000 },
];

describe('the event parser', () => {
  it('reads names, ids, retries, multi-line data and comments, with CRLF, CR and LF line ends and a BOM', async () => {
    expect(await eventsOf([SAMPLE])).toEqual(SAMPLE_EVENTS);
  });

  it('gives the same events however the body is cut into chunks', async () => {
    for (const chunks of cuts(SAMPLE)) expect(await eventsOf(chunks)).toEqual(SAMPLE_EVENTS);
  });

  it('drops an event the body ends before its blank line, and dispatches one ended by a last CR', async () => {
    expect(await eventsOf(['data: whole\n\ndata: cut off\n'])).toEqual([{ event: 'message', data: 'whole', id: '', retry: undefined }]);
    expect(await eventsOf(['data: a\r\r'])).toEqual([{ event: 'message', data: 'a', id: '', retry: undefined }]);
  });

  it('skips events without data, keeps one leading space only, and ignores unknown fields, a bad retry and an id with NUL', async () => {
    const events = await eventsOf(['event: ping\n\n', 'data:  two spaces\nretry: soon\nid: a\0b\nfoo: bar\n\n']);
    expect(events).toEqual([{ event: 'message', data: ' two spaces', id: '', retry: undefined }]);
  });
});

describe('Stream', () => {
  it('gives the data parsed as JSON, and ends at [DONE] without reading on', async () => {
    const { response, cancelled } = chunked(['data: {"n":1}\n\n', 'data: [1,2]\n\n', 'data: [DONE]\n\n', 'data: {"n":"after"}\n\n']);
    expect(await itemsOf(new Stream(response, 'json'))).toEqual([{ n: 1 }, [1, 2]]);
    expect(cancelled()).toBe(true);
  });

  it('gives text data as it is, [DONE] included', async () => {
    expect(await itemsOf(new Stream<string>(chunked(['data: a\n\ndata: [DONE]\n\n']).response, 'text'))).toEqual(['a', '[DONE]']);
  });

  it('rejects data that is not JSON with ResponseParseError, quoting it', async () => {
    const error = await itemsOf(new Stream(chunked(['data: {"n":1}\n\ndata: {oops\n\n']).response, 'json')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ status: 200, body: '{oops' });
  });

  it.each<[StreamFormat, string[]]>([
    ['json', ['data: 1\n\n', 'data: 2\n\n', 'data: 3\n\n']],
    ['json-lines', ['1\n', '2\n', '3\n']],
  ])('%s: cancels the body when the loop is left early', async (format, chunks) => {
    const { response, cancelled } = chunked(chunks);
    for await (const item of new Stream(response, format)) {
      expect(item).toBe(1);
      break;
    }
    expect(cancelled()).toBe(true);
  });

  it('is read once: a second read throws an SDKError that says so', async () => {
    const stream = new Stream(chunked(['data: 1\n\n']).response, 'json');
    await itemsOf(stream);
    expect(() => stream.events()).toThrow(SDKError);
    expect(() => stream.events()).toThrow(/read already/);
  });

  it('turns a body that breaks into APIConnectionError, and one aborted into APIUserAbortError', async () => {
    const broken = chunked(['data: 1\n\n'], new TypeError('terminated')).response;
    await expect(itemsOf(new Stream(broken, 'json'))).rejects.toBeInstanceOf(APIConnectionError);
    const aborted = chunked(['data: 1\n\n'], new DOMException('The operation was aborted.', 'AbortError')).response;
    await expect(itemsOf(new Stream(aborted, 'json'))).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('gives nothing for a response without a body', async () => {
    expect(await itemsOf(new Stream(new Response(null, { status: 204 }), 'json-lines'))).toEqual([]);
    expect(await itemsOf(new Stream(new Response(null, { status: 204 }), 'json'))).toEqual([]);
  });
});

describe('a JSON Lines stream', () => {
  const LINES = '{"n":1}\r\n\n[2, "two"]\n\x1e{"n":"ü"}\n"last, without a line feed"';
  const VALUES = [{ n: 1 }, [2, 'two'], { n: 'ü' }, 'last, without a line feed'];

  it('gives each line\'s value however the body is cut, skipping blank lines, CRs and JSON text sequence RSs', async () => {
    for (const chunks of cuts(LINES)) expect(await itemsOf(new Stream(chunked(chunks).response, 'json-lines'))).toEqual(VALUES);
  });

  it('rejects a line that is not JSON with ResponseParseError, and has no server-sent events', async () => {
    const error = await itemsOf(new Stream(chunked(['{"n":1}\n{oops\n']).response, 'json-lines')).catch((e: unknown) => e);
    expect(error).toMatchObject({ constructor: ResponseParseError, body: '{oops' });
    expect(() => new Stream(chunked([]).response, 'json-lines').events()).toThrow(/JSON lines, not server-sent events/);
  });
});
