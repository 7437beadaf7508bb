/** A `fetch` that answers at once and keeps every request it was given. */
export interface CapturedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  readonly init: RequestInit;
}

/** A Headers as a plain object with lower-case names (the project's lib has no DOM.Iterable). */
export function plainHeaders(headers: Headers): Record<string, string> {
  const plain: Record<string, string> = {};
  headers.forEach((value, name) => (plain[name] = value));
  return plain;
}

export function captureFetch(respond: () => Response = () => Response.json({ ok: true })) {
  const requests: CapturedRequest[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = plainHeaders(new Headers(init.headers));
    requests.push({ url, method: init.method ?? 'GET', headers, body: init.body as string | undefined, init });
    return respond();
  };
  return { fetch, requests };
}
