/** A `fetch` that answers at once and keeps every request it was given. */
export interface CapturedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  readonly init: RequestInit;
}

export function captureFetch(respond: () => Response = () => Response.json({ ok: true })) {
  const requests: CapturedRequest[] = [];
  const fetch = async (url: string, init: RequestInit): Promise<Response> => {
    const headers = Object.fromEntries(new Headers(init.headers).entries());
    requests.push({ url, method: init.method ?? 'GET', headers, body: init.body as string | undefined, init });
    return respond();
  };
  return { fetch, requests };
}
