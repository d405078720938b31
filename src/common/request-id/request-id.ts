import { IncomingMessage } from 'node:http';
import { newId } from '../ids';

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Fastify's genReqId: keep a caller's sane X-Request-Id for tracing, otherwise make one. */
export function requestIdFor(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : newId('req');
}
