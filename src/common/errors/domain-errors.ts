/** A field-level problem with a request, as listed in the envelope's `detail`. */
export interface FieldError {
  field: string;
  message: string;
}

export const ERROR_STATUS = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unprocessable_entity: 422,
  too_many_requests: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * Services throw these; the one exception filter turns them into the documented envelope.
 * Services never pick HTTP status codes themselves.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: FieldError[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'A valid API key is required.') {
    super('unauthorized', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'This API key is not allowed to do that.') {
    super('forbidden', message);
  }
}

export class NotFound extends DomainError {
  constructor(what: string) {
    super('not_found', `${what} not found.`);
  }
}

export class Conflict extends DomainError {
  constructor(message: string) {
    super('conflict', message);
  }
}

export class PreconditionFailed extends DomainError {
  constructor(message: string) {
    super('precondition_failed', message);
  }
}

/** The envelope lists at most this many field errors, then one entry counting the rest. */
export const MAX_DETAIL_ENTRIES = 100;

/** The first MAX_DETAIL_ENTRIES errors of `total`, plus one entry counting those left out. */
export function capDetail(errors: FieldError[], total = errors.length): FieldError[] {
  if (total <= MAX_DETAIL_ENTRIES) return errors;
  if (errors.length === MAX_DETAIL_ENTRIES + 1 && errors[MAX_DETAIL_ENTRIES].field === '*') {
    return errors; // capped already
  }
  const rest = total - MAX_DETAIL_ENTRIES;
  return [
    ...errors.slice(0, MAX_DETAIL_ENTRIES),
    { field: '*', message: `${rest} more error${rest === 1 ? '' : 's'} not listed` },
  ];
}

export class InvalidRequest extends DomainError {
  constructor(detail: FieldError[], message = 'Request is invalid.', total = detail.length) {
    super('unprocessable_entity', message, capDetail(detail, total));
  }

  static field(field: string, message: string): InvalidRequest {
    return new InvalidRequest([{ field, message }]);
  }
}

export class TooManyRequests extends DomainError {
  constructor(retryAfterSeconds: number) {
    super('too_many_requests', 'Rate limit exceeded; retry later.', undefined, retryAfterSeconds);
  }
}

export class ServiceUnavailable extends DomainError {
  constructor(message: string, retryAfterSeconds?: number) {
    super('service_unavailable', message, undefined, retryAfterSeconds);
  }
}
