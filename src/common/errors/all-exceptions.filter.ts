import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Inject } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { AppLogger } from '../logging/app-logger';
import { LOGGER } from '../logging/logger.module';
import { isDatabaseUnavailable, sqlState } from './database-errors';
import { DomainError, ERROR_STATUS, ErrorCode } from './domain-errors';
import { ErrorReply, sendError } from './error-envelope';

type Mapped = ErrorReply;

const FASTIFY_ERRORS: Record<string, Mapped> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'Request body is too large.' },
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'unprocessable_entity',
    message: 'Request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'unprocessable_entity',
    message: 'Request body is empty; send a JSON object.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unprocessable_entity',
    message: 'Content-Type must be application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'unprocessable_entity',
    message: 'Content-Length does not match the body.',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    code: 'unprocessable_entity',
    message: 'Content-Type header is invalid.',
  },
};

const HTTP_STATUS_TO_CODE: Record<number, ErrorCode> = Object.fromEntries(
  Object.entries(ERROR_STATUS).map(([code, status]) => [status, code as ErrorCode]),
);

/**
 * The one place where failures become HTTP responses: domain errors, Nest and Fastify
 * errors, database outages, and anything unexpected (a generic 500 that reveals nothing).
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: AppLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const mapped = this.map(exception, request);
    const status = ERROR_STATUS[mapped.code];
    if (status >= 500) this.logFailure(exception, request, mapped);
    if (!reply.sent) sendError(reply, request.id, mapped);
  }

  private map(exception: unknown, request: FastifyRequest): Mapped {
    if (exception instanceof DomainError) return exception;
    if (exception instanceof HttpException) return this.mapHttpException(exception, request);
    if (isDatabaseUnavailable(exception)) {
      return {
        code: 'service_unavailable',
        message: 'The database is unavailable; retry shortly.',
        retryAfterSeconds: 5,
      };
    }
    const fastifyCode = (exception as { code?: unknown })?.code;
    if (typeof fastifyCode === 'string' && FASTIFY_ERRORS[fastifyCode])
      return FASTIFY_ERRORS[fastifyCode];
    const state = sqlState(exception);
    // A data exception (class 22) means a value got past validation that Postgres rejects.
    if (state?.startsWith('22')) {
      return {
        code: 'unprocessable_entity',
        message: 'A value in the request is out of range or malformed.',
      };
    }
    const statusCode = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return {
        code: HTTP_STATUS_TO_CODE[statusCode] ?? 'unprocessable_entity',
        message: 'Request is invalid.',
      };
    }
    return {
      code: 'internal_error',
      message: 'An unexpected error occurred. Quote the requestId when reporting it.',
    };
  }

  private mapHttpException(exception: HttpException, request: FastifyRequest): Mapped {
    const status = exception.getStatus();
    if (status === 404) {
      return {
        code: 'not_found',
        message: `Route ${request.method} ${request.url.split('?')[0]} not found.`,
      };
    }
    if (status === 413) return { code: 'payload_too_large', message: 'Request body is too large.' };
    const code = HTTP_STATUS_TO_CODE[status];
    if (code && code !== 'internal_error') return { code, message: exception.message };
    if (status >= 400 && status < 500)
      return { code: 'unprocessable_entity', message: exception.message };
    return {
      code: 'internal_error',
      message: 'An unexpected error occurred. Quote the requestId when reporting it.',
    };
  }

  private logFailure(exception: unknown, request: FastifyRequest, mapped: Mapped): void {
    const error = exception instanceof Error ? exception : new Error(String(exception));
    this.logger.event(mapped.code === 'internal_error' ? 'error' : 'warn', mapped.message, {
      requestId: request.id,
      method: request.method,
      route: request.routeOptions?.url ?? request.url.split('?')[0],
      error: error.name,
      reason: error.message,
      stack: mapped.code === 'internal_error' ? error.stack : undefined,
    });
  }
}
