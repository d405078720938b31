import { FastifyInstance, FastifyRequest } from 'fastify';
import { ServiceUnavailable } from '../errors/domain-errors';
import { sendError } from '../errors/error-envelope';

const RESERVED = Symbol('bodyBytesReserved');
type Reserving = FastifyRequest & { [RESERVED]?: number };

/**
 * Bounds the request bodies being received at once, all requests together: each body reserves
 * its declared length (or the route's limit when it does not declare one) before it is read,
 * and a request that would pass the budget is answered 503 with Retry-After without reading it.
 * Keys are checked before this (onRequest), so only authenticated callers can spend it.
 */
export function addBodyBudget(fastify: FastifyInstance, maxBytesInFlight: number): void {
  let inFlight = 0;
  const release = (request: Reserving): void => {
    inFlight -= request[RESERVED] ?? 0;
    request[RESERVED] = 0;
  };
  fastify.addHook('preParsing', async (request: Reserving, reply, payload) => {
    const bytes = declaredBodyBytes(request);
    if (bytes === 0) return payload;
    if (inFlight + bytes > maxBytesInFlight) {
      sendError(
        reply,
        request.id,
        new ServiceUnavailable('Too many request bodies are being received; retry shortly.', 1),
      );
      return reply;
    }
    inFlight += bytes;
    request[RESERVED] = bytes;
    return payload;
  });
  fastify.addHook('onResponse', (request: Reserving, _reply, done) => {
    release(request);
    done();
  });
  fastify.addHook('onRequestAbort', (request: Reserving, done) => {
    release(request);
    done();
  });
}

function declaredBodyBytes(request: FastifyRequest): number {
  const limit = request.routeOptions.bodyLimit ?? 0;
  const length = request.headers['content-length'];
  if (length !== undefined) return Math.min(Number(length) || 0, limit);
  return request.headers['transfer-encoding'] ? limit : 0;
}
