import { LoadRecord, ReadRecord } from './remediation-load';
import { TimedResponse } from './timed-http';

const ERROR_CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  412: 'precondition_failed',
  422: 'unprocessable_entity',
  429: 'too_many_requests',
  500: 'internal_error',
  503: 'service_unavailable',
};

/** Problems with an error response's envelope: {status, error, message, requestId} + X-Request-Id. */
export function envelopeProblem(res: TimedResponse): string | null {
  const body = res.body;
  const expectedError = ERROR_CODES[res.status];
  if (!body || typeof body !== 'object')
    return `${res.status} without a JSON envelope: ${String(body)}`;
  if (body.status !== res.status) return `envelope status ${body.status} on a ${res.status}`;
  if (expectedError && body.error !== expectedError)
    return `${res.status} with error ${body.error}`;
  if (typeof body.message !== 'string' || !body.message) return `${res.status} without a message`;
  if (typeof body.requestId !== 'string' || !body.requestId)
    return `${res.status} without requestId`;
  if (res.headers?.get('x-request-id') !== body.requestId) {
    return `${res.status}: X-Request-Id ${res.headers?.get('x-request-id')} != requestId ${body.requestId}`;
  }
  return null;
}

/** Envelope problems of every error response among the records (first few, for the message). */
export function envelopeProblems(records: LoadRecord[], limit = 10): string[] {
  return records
    .filter((r) => r.res.status >= 300)
    .map((r) => envelopeProblem(r.res))
    .filter((p): p is string => p !== null)
    .slice(0, limit);
}

/** A successful GET right after a client's acknowledged write must show at least that version. */
export function staleReads(reads: ReadRecord[], limit = 10): string[] {
  return reads
    .filter((r) => r.res.status === 200 && !(r.res.body?.item?.version >= r.minVersion))
    .map((r) => `${r.remediationId}: read version ${r.res.body?.item?.version} < ${r.minVersion}`)
    .slice(0, limit);
}

export function describeRecords(records: LoadRecord[], limit = 5): string {
  return records
    .slice(0, limit)
    .map(
      (r) =>
        `${r.kind} ${r.remediationId} -> ${r.res.status || r.res.failure} ${r.res.failureReason ?? ''} ` +
        `${r.res.durationMs} ms ${JSON.stringify(r.res.body ?? '').slice(0, 200)}`,
    )
    .join('\n');
}
