/**
 * Whether an operationId says nothing its method and path do not: made by a tool from them
 * (`getV3ProjectsIdMergeRequests`, SendGrid's `POST_v3-senders-sender_id-resend_verification`, Stripe's
 * `PostCustomersCustomer` for `POST /v1/customers/{customer}`). Where most of a spec's operationIds are
 * such, a tool made them all, and those operations are named by REST convention instead, as one without
 * an operationId is. One that adds a word (`listItems`, `getUser` for `/users/{id}`) or leaves the method
 * out (AWS's `ListStreams` for `POST /ListStreams`) keeps its name, and so does every operationId of a
 * spec whose authors chose most of them (`getHealth` beside `createSession` and `listEntries`).
 */
import { words } from '../util/names.js';

/** Whether more than half of the operationIds only repeat their method and path. */
export function idsMadeByTool(sites: readonly { readonly method: string; readonly path: string; readonly op: Record<string, unknown> }[]): boolean {
  const ids = sites.flatMap((s) => (typeof s.op['operationId'] === 'string' ? [{ ...s, id: s.op['operationId'] }] : []));
  return ids.filter((s) => onlyEchoesMethodAndPath(s.id, s.method, s.path)).length * 2 > ids.length;
}

export function onlyEchoesMethodAndPath(operationId: string, method: string, path: string): boolean {
  const said = new Set(words(operationId).map((w) => w.toLowerCase()));
  const echoed = new Set([method.toLowerCase(), ...words(path).map((w) => w.toLowerCase()).filter((w) => !SAYS_NOTHING.test(w))]);
  return said.has(method.toLowerCase()) && [...echoed].every((w) => said.has(w)) && [...said].every((w) => echoed.has(w) || SAYS_NOTHING.test(w));
}

/** Words of a path a generated operationId often drops: `api` and versions (`v3`). */
const SAYS_NOTHING = /^(api|v\d+)$/;
