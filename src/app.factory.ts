import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppModule } from './app.module';
import { sendError } from './common/errors/error-envelope';
import { RequestValidationPipe } from './common/errors/validation.pipe';
import { RequestAuthenticator } from './common/auth/request-authenticator';
import { addBodyBudget } from './common/http/body-budget';
import { answerClientError } from './common/http/client-errors';
import { addJsonBodyParser } from './common/http/json-body';
import { addSecurityHeaders } from './common/http/security-headers';
import { AppLogger } from './common/logging/app-logger';
import { runWithRequestId } from './common/logging/request-context';
import { buildOpenApiDocument, serveOpenApi } from './common/openapi/openapi';
import { requestIdFor } from './common/request-id/request-id';
import { AppConfig } from './config/app-config';

const MIB = 1024 * 1024;
export const DEFAULT_BODY_LIMIT = 1 * MIB;
export const SCAN_IMPORT_BODY_LIMIT = 10 * MIB;

/** Builds the whole application; main.ts and the tests share it, so tests run the real thing. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const logger = AppLogger.create(config.logLevel);
  const adapter = new FastifyAdapter({
    bodyLimit: DEFAULT_BODY_LIMIT,
    genReqId: requestIdFor,
    requestIdHeader: false,
    logger: false,
    // A slow sender cannot hold a connection (or its body buffer) for ever.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    http: {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(60_000, config.requestTimeoutMs),
      // How often Node looks for requests past their timeout.
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, config.requestTimeoutMs / 4)),
    },
    clientErrorHandler: answerClientError,
    // A route's trailing slash is not a different route.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // The router's own errors (a path that cannot be percent-decoded, an id longer than any real
    // one) come before Nest and its filter: answer them with the envelope too. Nothing can exist
    // at such a URL, so 404, like an id that does not exist.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const notFound =
        error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH';
      sendError(reply, request.id, {
        code: notFound ? 'not_found' : 'internal_error',
        message: notFound
          ? 'Not found: the URL path is malformed or an id in it is too long.'
          : 'An unexpected error occurred. Quote the requestId when reporting it.',
      });
    },
  });
  const fastify = adapter.getInstance();
  addJsonBodyParser(fastify);
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    route.bodyLimit =
      route.url === '/tenant/scans' && methods.includes('POST')
        ? SCAN_IMPORT_BODY_LIMIT
        : DEFAULT_BODY_LIMIT;
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.header('X-Request-Id', request.id);
    // The rest of the request (hooks, body, guards, handler) runs in its context: log lines carry its id.
    runWithRequestId(request.id, done);
  });
  addSecurityHeaders(fastify);
  fastify.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: a query string may carry an api_key.
    logger.event('info', 'request', {
      requestId: request.id,
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    });
  });

  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger,
    bufferLogs: false,
    // Fastify's own JSON parser only: the API takes JSON, so Nest's urlencoded parser stays out.
    bodyParser: false,
  });
  const authenticator = app.get(RequestAuthenticator);
  // Keys before bodies: nothing is read or parsed for a caller without a valid key.
  fastify.addHook('onRequest', (request, reply) => authenticator.onRequest(request, reply));
  addBodyBudget(fastify, config.maxBodyBytesInFlight);
  app.useGlobalPipes(new RequestValidationPipe());
  app.enableShutdownHooks();
  serveOpenApi(app, buildOpenApiDocument(app));
  await app.init();
  return app;
}
