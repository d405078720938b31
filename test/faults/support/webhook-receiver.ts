import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { pollUntil } from './wait';

/** One request as the receiver saw it, and what it made of it. */
export interface ReceivedRequest {
  webhookId: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** standardwebhooks' verdict on the signature and timestamp (null = valid). */
  signatureError: string | null;
  /** The payload once verified (undefined when the signature failed). */
  payload: any;
  /** True once a 2xx answer was fully written: the receiver processed the event. */
  accepted: boolean;
}

/**
 * A webhook receiver on 127.0.0.1 as a tenant would write one: it verifies every request with
 * the `standardwebhooks` library and counts, per webhook-id, the 2xx answers it completed. It
 * does not deduplicate, so that a second delivery of one event shows. It can go down
 * (connections refused) or turn slow (answers held) and come back on the same port.
 */
export class FaultWebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  /** Ids answered 2xx, with how many times: the scenarios expect exactly 1 for each. */
  readonly processed = new Map<string, number>();
  /** While set, requests are held this long before the answer (a slow receiver). */
  holdMs = 0;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private secret: string | null = null;
  private heldCount = 0;
  private readonly releases = new Set<() => void>();

  private constructor(private port: number) {}

  static async start(): Promise<FaultWebhookReceiver> {
    const receiver = new FaultWebhookReceiver(0);
    await receiver.up();
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  /** The endpoint's signing secret, as returned once by POST /tenant/webhooks. */
  useSecret(secret: string): void {
    this.secret = secret;
  }

  get isUp(): boolean {
    return this.server !== null;
  }

  async up(): Promise<void> {
    if (this.server) return;
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => void this.handle(req.headers, Buffer.concat(chunks).toString(), res));
    });
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Stops listening and drops every open connection: attempts fail until up() again. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.releaseHeld();
  }

  /** Lets every held request go on now (each is answered only if its sender is still there). */
  releaseHeld(): void {
    for (const release of this.releases) release();
    this.releases.clear();
  }

  /** Requests received but not answered yet (held by holdMs). */
  get held(): number {
    return this.heldCount;
  }

  /** Distinct webhook-ids processed (accepted at least once). */
  get processedIds(): Set<string> {
    return new Set(this.processed.keys());
  }

  /** Ids answered 2xx more than once. */
  get processedTwice(): string[] {
    return [...this.processed.entries()].filter(([, n]) => n > 1).map(([id]) => id);
  }

  /** Every request for an id, in arrival order. */
  requestsFor(id: string): ReceivedRequest[] {
    return this.requests.filter((r) => r.webhookId === id);
  }

  /** Waits (bounded) until `predicate` holds. */
  waitUntil(what: string, predicate: () => boolean, timeoutMs: number): Promise<void> {
    return pollUntil(`receiver: ${what}`, predicate, timeoutMs, 20);
  }

  private async handle(headers: IncomingHttpHeaders, body: string, res: ServerResponse) {
    const webhookId = String(headers['webhook-id'] ?? '');
    const request: ReceivedRequest = {
      webhookId,
      headers,
      body,
      signatureError: null,
      payload: undefined,
      accepted: false,
    };
    this.requests.push(request);
    try {
      if (!this.secret) throw new Error('the receiver has no secret yet');
      request.payload = new Webhook(this.secret).verify(body, {
        'webhook-id': webhookId,
        'webhook-timestamp': String(headers['webhook-timestamp'] ?? ''),
        'webhook-signature': String(headers['webhook-signature'] ?? ''),
      });
    } catch (error) {
      request.signatureError = (error as Error).message;
      res.writeHead(400).end('bad signature');
      return;
    }
    if (this.holdMs > 0) {
      this.heldCount++;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(release, this.holdMs);
        function release() {
          clearTimeout(timer);
          resolve();
        }
        this.releases.add(release);
      });
      this.heldCount--;
    }
    // The sender may be gone (killed, timed out): then nothing is processed, as in a real
    // receiver that commits its work with the answer.
    if (res.socket === null || res.socket.destroyed) return;
    res.writeHead(200).end('ok', () => {
      request.accepted = true;
      this.processed.set(webhookId, (this.processed.get(webhookId) ?? 0) + 1);
    });
  }
}
