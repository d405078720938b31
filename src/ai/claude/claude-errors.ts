import { APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';

/** The model answered, but not with an answer we accept (truncated, refused, off-schema). */
export class ModelAnswerRejected extends Error {
  override readonly name = 'ModelAnswerRejected';
}

/** The model was not asked: the circuit breaker is open after a persistent failure. */
export class ModelCircuitOpen extends Error {
  override readonly name = 'ModelCircuitOpen';
}

/** Error codes of a 429 that is a spend limit, not a rate limit: retrying cannot help. */
const SPEND_LIMIT_CODES = new Set([
  'enforced_spend_limit_reached',
  'contract_spend_limit_reached',
  'linked_organization_spend_limit_reached',
]);

export interface FailureFacts {
  /** The same request (or any request) will fail the same way: open the breaker, don't retry. */
  persistent: boolean;
  /** Worth one more try within the same deadline. */
  retryable: boolean;
  status: number | null;
  errorType: string | null;
  errorCode: string | null;
  /** Anthropic's request id, for their support. */
  modelRequestId: string | null;
}

/**
 * Sorts an SDK error. Persistent per Anthropic's error docs: 400 invalid_request_error (our
 * request shape, or a spend limit on some accounts), 401/403 (key), 402 (billing), 404 (model
 * name), and a 429 whose error code names a spend limit. Transient: rate-limit 429, 5xx, 529,
 * connection failures. A timeout is neither retried nor persistent: the deadline is spent.
 */
export function classifyFailure(error: unknown): FailureFacts {
  if (error instanceof APIError && !(error instanceof APIUserAbortError)) {
    const status = typeof error.status === 'number' ? error.status : null;
    const errorCode = error.errorCode ?? null;
    const spendLimit = status === 429 && errorCode !== null && SPEND_LIMIT_CODES.has(errorCode);
    const persistent =
      spendLimit || (status !== null && [400, 401, 402, 403, 404].includes(status));
    const timedOut = error instanceof APIConnectionTimeoutError;
    const retryable =
      !persistent && !timedOut && (status === null || status === 429 || status >= 500);
    return {
      persistent,
      retryable,
      status,
      errorType: error.type ?? null,
      errorCode,
      modelRequestId: error.requestID ?? null,
    };
  }
  return {
    persistent: false,
    retryable: false,
    status: null,
    errorType: null,
    errorCode: null,
    modelRequestId: null,
  };
}
