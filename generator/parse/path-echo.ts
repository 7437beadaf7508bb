/**
 * Whether an operationId says nothing its method and path do not: made by a tool from them
 * (`getV3ProjectsIdMergeRequests`, SendGrid's `POST_v3-senders-sender_id-resend_verification`, Stripe's
 * `PostCustomersCustomer` for `POST /v1/customers/{customer}`). Such an operation is named by REST
 * convention instead, as one without an operationId is. One that adds a word (`listItems`, `getUser`
 * for `/users/{id}`) or leaves the method out (AWS's `ListStreams` for `POST /ListStreams`) keeps its name.
 */
import { words } from '../util/names.js';

export function onlyEchoesMethodAndPath(operationId: string, method: string, path: string): boolean {
  const said = new Set(words(operationId).map((w) => w.toLowerCase()));
  const echoed = new Set([method.toLowerCase(), ...words(path).map((w) => w.toLowerCase()).filter((w) => !SAYS_NOTHING.test(w))]);
  return said.has(method.toLowerCase()) && [...echoed].every((w) => said.has(w)) && [...said].every((w) => echoed.has(w) || SAYS_NOTHING.test(w));
}

/** Words of a path a generated operationId often drops: `api` and versions (`v3`). */
const SAYS_NOTHING = /^(api|v\d+)$/;
