// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** The value every method returns: a promise of the parsed body that can also give the raw response. */

/** What the transport hands over once an attempt succeeded: the response, and how to parse its body. */
export interface CompletedResponse<T> {
  readonly response: Response;
  parse(): Promise<T>;
  /** The response for the caller to read, which lets go of the caller's signals when its body ends. */
  handOver?(): Response;
}

/**
 * A `Promise<T>` (awaiting it gives the parsed body) with two more ways to read the result. The request is
 * sent when the method is called; the body is read only when it is asked for, so `asResponse()` leaves
 * the body unread for the caller.
 */
export class APIPromise<T> extends Promise<T> {
  readonly #completed: Promise<CompletedResponse<T>>;
  #parsed: Promise<T> | undefined;

  constructor(completed: Promise<CompletedResponse<T>>) {
    // The base promise is never used: `then`, `catch` and `finally` below go through `#parse()`.
    super((resolve) => resolve(null as T));
    this.#completed = completed;
  }

  /** The raw `Response`, body unread (the per-attempt timeout stops at the headers). */
  asResponse(): Promise<Response> {
    return this.#completed.then((completed) => completed.handOver?.() ?? completed.response);
  }

  /** The parsed body and the raw `Response` (whose body has then been read). */
  async withResponse(): Promise<{ data: T; response: Response }> {
    const [data, completed] = await Promise.all([this.#parse(), this.#completed]);
    return { data, response: completed.response };
  }

  #parse(): Promise<T> {
    this.#parsed ??= this.#completed.then((completed) => completed.parse());
    return this.#parsed;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#parse().then(onfulfilled, onrejected);
  }
  // `catch` and `finally` are inherited: the standard ones call `this.then`.
}
