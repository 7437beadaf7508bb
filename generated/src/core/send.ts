// This file is generated from the OpenAPI spec. Do not edit it: edit the spec and regenerate.

/** Sending a prepared call: attempts, retry decisions, waits between them, and the error at the end. */
import { anyAborted, sleep } from './abort.js';
import { runAttempt, type AttemptResult, type ResponseBody } from './attempt.js';
import type { ClientContext, PreparedCall } from './call.js';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError, createStatusError, type SDKError } from './errors.js';
import { redactHeaders, scrubError } from './redact.js';
import { parseErrorBody } from './response.js';
import { decideRetry, type AttemptFailure, type RetryDecision } from './retry-policy.js';
import { retryDelayMs } from './retry-delay.js';

/** A successful response, its body not read yet. */
export interface SuccessfulAttempt {
  readonly response: Response;
  readonly body: ResponseBody;
}

export async function send(context: ClientContext, call: PreparedCall): Promise<SuccessfulAttempt> {
  const { log } = context;
  for (let retryCount = 0; ; retryCount++) {
    if (anyAborted(call.signals)) throw new APIUserAbortError();
    const startedAt = Date.now();
    const result = await attempt(context, call, retryCount);
    const outcome = () => describeOutcome(call, result, Date.now() - startedAt);
    if (result.kind === 'response') {
      log.debug?.(`[${call.requestId}] response headers`, { status: result.response.status, headers: redactHeaders(result.response.headers, context.sensitiveHeaders) });
      if (result.response.ok) {
        log.info?.(outcome());
        return result;
      }
    }
    const failure: AttemptFailure = result.kind === 'response' ? { kind: 'status', status: result.response.status, headers: result.response.headers } : result.failure;
    const decision = decideRetry(failure, call.retry);
    if (!decision.retry || retryCount >= call.maxRetries) {
      log.info?.(`${outcome()}; giving up: ${givingUpReason(decision, call)}`);
      throw scrubError(await finalError(result, failure), context.scrub);
    }
    const delayMs = Math.round(retryDelayMs(retryCount, failure.kind === 'status' ? failure.headers : undefined));
    log.info?.(`${outcome()}; retrying in ${delayMs} ms (${decision.reason})`);
    if (result.kind === 'response') result.body.discard();
    await sleep(delayMs, call.signals);
  }
}

function attempt(context: ClientContext, call: PreparedCall, retryCount: number): Promise<AttemptResult> {
  const headers = call.headersFor(retryCount);
  context.log.debug?.(`[${call.requestId}] sending ${call.method} ${call.url} (attempt ${retryCount + 1} of at most ${call.maxRetries + 1})`, {
    headers: redactHeaders(headers, context.sensitiveHeaders),
    timeoutMs: call.timeoutMs,
  });
  return runAttempt(context.settings.fetch, call, headers);
}

function describeOutcome(call: PreparedCall, result: AttemptResult, elapsedMs: number): string {
  const what = result.kind === 'response' ? `status ${result.response.status}` : result.failure.kind === 'timeout' ? 'timed out' : 'connection failed';
  return `[${call.requestId}] ${call.method} ${call.url}: ${what} after ${elapsedMs} ms`;
}

function givingUpReason(decision: RetryDecision, call: PreparedCall): string {
  if (!decision.retry) return decision.reason;
  return `${decision.reason}, but no retries left (maxRetries: ${call.maxRetries})`;
}

async function finalError(result: AttemptResult, failure: AttemptFailure): Promise<SDKError> {
  if (result.kind === 'response') {
    return createStatusError(result.response.status, await parseErrorBody(result.body), result.response.headers);
  }
  if (failure.kind === 'timeout') return new APIConnectionTimeoutError();
  return new APIConnectionError({ cause: result.cause });
}
