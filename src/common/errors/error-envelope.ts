import { applyDecorators } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import {
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { capDetail, ERROR_STATUS, ErrorCode, FieldError } from './domain-errors';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'status' })
  field: string;

  @ApiProperty({
    example:
      'status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive',
  })
  message: string;
}

/** The body of every non-2xx response (contract §3). */
export class ErrorEnvelope {
  @ApiProperty({ example: 422 })
  status: number;

  @ApiProperty({ enum: Object.keys(ERROR_STATUS), example: 'unprocessable_entity' })
  error: ErrorCode;

  @ApiProperty({ example: 'Request body is invalid.' })
  message: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  detail?: FieldError[];

  @ApiProperty({ example: 'req_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  requestId: string;
}

export function envelope(
  code: ErrorCode,
  message: string,
  requestId: string,
  detail?: FieldError[],
): ErrorEnvelope {
  const body: ErrorEnvelope = { status: ERROR_STATUS[code], error: code, message, requestId };
  if (detail && detail.length > 0) body.detail = capDetail(detail);
  return body;
}

/** What a failure becomes on the wire; the only place that writes an error response. */
export interface ErrorReply {
  code: ErrorCode;
  message: string;
  detail?: FieldError[];
  retryAfterSeconds?: number;
}

export function sendError(reply: FastifyReply, requestId: string, error: ErrorReply): void {
  if (error.retryAfterSeconds !== undefined) {
    reply.header('Retry-After', String(error.retryAfterSeconds));
  }
  void reply
    .status(ERROR_STATUS[error.code])
    .header('X-Request-Id', requestId)
    .header('Content-Type', 'application/json; charset=utf-8')
    .send(envelope(error.code, error.message, requestId, error.detail));
}

/**
 * A route that takes no body still parses one that is sent (Fastify reads the body of a
 * DELETE): invalid JSON is a 422, an oversized body a 413.
 */
export const ApiStrayBodyErrors = (): MethodDecorator =>
  applyDecorators(
    ApiUnprocessableEntityResponse({
      description: 'A body was sent and is not valid JSON.',
      type: ErrorEnvelope,
    }),
    ApiPayloadTooLargeResponse({
      description: 'A body was sent over the size limit.',
      type: ErrorEnvelope,
    }),
  );

/** The errors of a route that takes a JSON body (1 MiB unless the route says otherwise). */
export const ApiJsonBodyErrors = (): MethodDecorator =>
  applyDecorators(
    ApiUnprocessableEntityResponse({
      description:
        'Invalid JSON, wrong types, unknown fields or values; `detail` lists each field.',
      type: ErrorEnvelope,
    }),
    ApiPayloadTooLargeResponse({ description: 'Body over the size limit.', type: ErrorEnvelope }),
  );
