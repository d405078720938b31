import { FastifyReply, FastifyRequest } from 'fastify';
import { Socket } from 'node:net';

/** How long a refused upload may go on being received (and discarded) after its answer. */
const LINGER_MS = 2_000;

/**
 * Answers a request whose body will never be read with `Connection: close`, closing the
 * connection the way nginx's lingering close does. Closing a socket while the client is still
 * sending makes the kernel reset the connection, and a client that receives the reset before
 * it has read our answer sees "connection reset" instead of the 401 (seen in `npm run bench`'s
 * keyless uploads: a few in a hundred). Here the answer is followed by a FIN only; what the
 * client still sends is discarded for at most LINGER_MS, and then the socket is destroyed.
 */
export function closeAfterAnswer(request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('connection', 'close');
  const socket = request.raw.socket as Socket & { destroySoon?: () => void };
  if (!socket || typeof socket.destroySoon !== 'function') return;
  // Node's HTTP server calls destroySoon() once the answer of a `Connection: close` is written.
  socket.destroySoon = function lingeringDestroySoon(this: Socket): void {
    this.end();
    // Not read: what the client still sends waits in the kernel's buffers until the destroy.
    this.pause();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once('close', () => clearTimeout(timer));
  };
}
