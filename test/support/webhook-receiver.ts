import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { pollUntil } from './foundation-wait';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as signed. */
  body: string;
  json: any;
  /** The status this request was answered with. */
  answeredWith: number;
}

/**
 * A real webhook receiver on 127.0.0.1. It answers from a script of statuses (then 200),
 * records every request, and can go down and come back on the same port.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  /** Statuses for the next requests, in order; afterwards every request gets 200. */
  script: number[] = [];
  /** Extra headers for non-2xx answers (e.g. Retry-After). */
  errorHeaders: Record<string, string> = {};
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  private constructor(readonly port: number) {}

  static async start(port = 0): Promise<WebhookReceiver> {
    const receiver = new WebhookReceiver(port);
    await receiver.up();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const status = this.script.shift() ?? 200;
        let json: unknown;
        try {
          json = JSON.parse(body);
        } catch {
          json = undefined;
        }
        this.received.push({ headers: req.headers, body, json, answeredWith: status });
        res.writeHead(status, status >= 300 ? this.errorHeaders : {});
        res.end(status >= 300 ? `receiver says ${status}` : 'ok');
      });
    });
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    (this as { port: number }).port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Stops listening: connections are refused until up() is called again. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  close(): Promise<void> {
    return this.down();
  }

  ofType(type: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.json?.type === type);
  }

  withId(id: string): ReceivedWebhook[] {
    return this.received.filter((r) => r.headers['webhook-id'] === id);
  }

  async waitForId(id: string, count = 1, timeoutMs = 20_000): Promise<ReceivedWebhook[]> {
    await pollUntil(() => this.withId(id).length >= count, timeoutMs, 50);
    return this.withId(id);
  }
}

/**
 * Verifies a received webhook with the standardwebhooks library, as a receiver would, at
 * `nowMs` (the tests move the service's clock; the library reads Date.now()).
 */
export function verifyWebhook(
  secret: string,
  request: Pick<ReceivedWebhook, 'headers' | 'body'>,
  nowMs = Date.now(),
): unknown {
  const realNow = Date.now;
  Date.now = () => nowMs;
  try {
    return new Webhook(secret).verify(request.body, {
      'webhook-id': String(request.headers['webhook-id']),
      'webhook-timestamp': String(request.headers['webhook-timestamp']),
      'webhook-signature': String(request.headers['webhook-signature']),
    });
  } finally {
    Date.now = realNow;
  }
}
