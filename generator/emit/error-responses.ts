/**
 * The error responses an operation documents and the class each rejects with, for the method's JSDoc
 * (`@throws`) and the README: a caller sees which failures the API describes and what their body holds
 * without opening the spec. The classes are the runtime's (`core/errors.ts`), chosen by status as it does.
 */
import type { ApiIR, OperationIR, ResponseIR } from '../ir/types.js';
import { successResponse } from '../ir/success-response.js';
import { modelByKey } from '../ir/model-lookup.js';

/** The status codes with a class of their own, as the runtime maps them; 5xx is `InternalServerError`. */
export const ERROR_CLASS_BY_STATUS: Readonly<Record<string, string>> = {
  '400': 'BadRequestError',
  '401': 'AuthenticationError',
  '403': 'PermissionDeniedError',
  '404': 'NotFoundError',
  '409': 'ConflictError',
  '422': 'UnprocessableEntityError',
  '429': 'RateLimitError',
};

export interface DocumentedError {
  /** `404`, `4XX`, `default`. */
  readonly status: string;
  readonly className: string;
  readonly description: string;
  /** The model the body is (the error's `error`), when the spec names one. */
  readonly body?: string | undefined;
}

/**
 * The responses the call rejects with, in the spec's order: 4xx and 5xx codes and ranges, and `default`
 * beside a success response (alone, `default` is the success).
 */
export function documentedErrors(api: ApiIR, op: OperationIR): DocumentedError[] {
  const success = successResponse(op);
  return op.responses
    .filter((r) => r !== success && /^([45](\d\d|XX)|default)$/i.test(r.status))
    .map((r) => ({ status: r.status, className: errorClass(r.status), description: r.description, body: bodyModel(api, r) }));
}

/** The class a call rejects with on `status` (a code or a range). */
export function errorClass(status: string): string {
  if (status.startsWith('5')) return 'InternalServerError';
  return ERROR_CLASS_BY_STATUS[status] ?? 'APIError';
}

function bodyModel(api: ApiIR, response: ResponseIR): string | undefined {
  const { schema } = response;
  if (schema?.kind !== 'ref') return undefined;
  return modelByKey(api, schema.model)?.name;
}

/**
 * What the spec says of one error, `Meeting not found. The spec types its body (\`error\`) as \`ErrorEnvelope\`.`,
 * its first paragraph on one line; `''` when it says nothing.
 */
function explainError(e: DocumentedError, code: (text: string) => string): string {
  // The first paragraph: a Markdown table or list after it would not survive being put on one line.
  const description = (e.description.trim().split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ');
  const said = description === '' || /[.!?]$/.test(description) ? description : `${description}.`;
  const body = e.body === undefined ? '' : `The spec types its body (${code('error')}) as ${code(e.body)}.`;
  return [said, body].filter(Boolean).join(' ');
}

/** `head: what the spec says of the error`, or `head` alone when it says nothing. */
export function errorLine(head: string, e: DocumentedError, code: (text: string) => string): string {
  const text = explainError(e, code);
  return text === '' ? head : `${head}: ${text}`;
}
