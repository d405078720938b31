import { applyDecorators, Header } from '@nestjs/common';
import { FastifyInstance } from 'fastify';

/**
 * Headers every response carries: no MIME sniffing anywhere, and Swagger UI cannot be framed
 * (clickjacking a page where a key may be typed).
 */
export function addSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('X-Content-Type-Options', 'nosniff');
    if (isDocs(request.url)) {
      void reply.header('Content-Security-Policy', "frame-ancestors 'none'");
      void reply.header('X-Frame-Options', 'DENY');
    }
  });
}

function isDocs(url: string): boolean {
  return url === '/docs' || url.startsWith('/docs/') || url.startsWith('/docs?');
}

/**
 * For a response that carries a secret (an API key when issued, a webhook secret): no cache,
 * shared or private, may keep it.
 */
export const NoStore = (): MethodDecorator =>
  applyDecorators(Header('Cache-Control', 'no-store'), Header('Pragma', 'no-cache'));
