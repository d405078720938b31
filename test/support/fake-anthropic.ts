import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that speaks enough of the Anthropic Messages API for the
 * real @anthropic-ai/sdk. Each test scripts how it answers (`mode`) and reads back every
 * request it received (`requests`, `messageCalls`).
 */
export type FakeMode =
  | 'ok'
  | 'hang'
  | 'status500'
  | 'status429'
  | 'status529'
  | 'garbage'
  | 'missingNextSteps'
  | 'refusal'
  | 'reset'
  | 'echoBoundary';

export interface FakeAnswer {
  summary: string;
  impact: string;
  nextSteps: string[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** The parsed JSON body, or the raw text when it was not JSON. */
  body: any;
}

export const FAKE_MODEL = 'claude-fake-model-1';

export const DEFAULT_ANSWER: FakeAnswer = {
  summary: 'FAKE-SUMMARY: the certificate uses a weak key.',
  impact: 'FAKE-IMPACT: an attacker could impersonate the endpoint.',
  nextSteps: ['FAKE-STEP-1: reissue the certificate', 'FAKE-STEP-2: rescan the endpoint'],
};

/** The text of the first user turn of a recorded Messages request (string or text blocks). */
export function userTurnText(request: RecordedRequest): string {
  const content = request.body?.messages?.[0]?.content;
  if (typeof content === 'string') return content;
  if (Array.isArray(content))
    return content
      .filter((b: { type?: string }) => b?.type === 'text')
      .map((b: { text: string }) => b.text)
      .join('\n');
  return '';
}

/** The system prompt of a recorded Messages request (string or text blocks). */
export function systemText(request: RecordedRequest): string {
  const system = request.body?.system;
  if (typeof system === 'string') return system;
  if (Array.isArray(system)) return system.map((b: { text?: string }) => b?.text ?? '').join('\n');
  return '';
}

export class FakeAnthropic {
  mode: FakeMode = 'ok';
  answer: FakeAnswer = DEFAULT_ANSWER;
  model = FAKE_MODEL;
  readonly requests: RecordedRequest[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly hanging = new Set<ServerResponse>();
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FakeAnthropic> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as { port: number };
    const fake = new FakeAnthropic(server, `http://127.0.0.1:${port}`);
    server.on('connection', (socket) => {
      fake.sockets.add(socket);
      socket.on('close', () => fake.sockets.delete(socket));
    });
    server.on('request', (req, res) => fake.handle(req, res));
    return fake;
  }

  /** Calls to POST /v1/messages only. */
  get messageCalls(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === 'POST' && r.path === '/v1/messages');
  }

  /** Back to mode 'ok' with the default answer, forgetting the recorded requests. */
  reset(): void {
    this.mode = 'ok';
    this.answer = DEFAULT_ANSWER;
    this.requests.length = 0;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Bounded: a runaway client cannot fill the test process's memory.
      if (size <= 5 * 1024 * 1024) chunks.push(chunk);
    });
    req.on('error', () => res.destroy());
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* keep the raw text */
      }
      const path = (req.url ?? '').split('?')[0];
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path,
        headers: req.headers,
        body,
      };
      this.requests.push(recorded);
      if (req.method !== 'POST' || path !== '/v1/messages') {
        return this.json(res, 404, {
          type: 'error',
          error: { type: 'not_found_error', message: 'not found' },
        });
      }
      this.answerMessages(recorded, res);
    });
  }

  private answerMessages(request: RecordedRequest, res: ServerResponse): void {
    switch (this.mode) {
      case 'hang':
        // Never answers; released (destroyed) on close().
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return;
      case 'status500':
        return this.error(res, 500, 'api_error', 'Internal server error');
      case 'status429':
        return this.error(res, 429, 'rate_limit_error', 'Number of requests exceeded');
      case 'status529':
        return this.error(res, 529, 'overloaded_error', 'Overloaded');
      case 'garbage':
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('<html><body>502 Bad Gateway</body></html> {not json');
        return;
      case 'reset':
        res.socket?.destroy();
        return;
      case 'missingNextSteps': {
        const { nextSteps: _dropped, ...rest } = this.answer;
        return this.json(res, 200, this.message(rest));
      }
      case 'refusal':
        // A well-formed tool call, but the model stopped with a refusal: only stop_reason tells.
        return this.json(res, 200, { ...this.message(this.answer), stop_reason: 'refusal' });
      case 'echoBoundary': {
        const marker = /DATA-[0-9a-f]+-BEGIN/.exec(userTurnText(request))?.[0] ?? 'NO-MARKER-FOUND';
        return this.json(
          res,
          200,
          this.message({ ...this.answer, summary: `${marker} ${this.answer.summary}` }),
        );
      }
      case 'ok':
      default:
        return this.json(res, 200, this.message(this.answer));
    }
  }

  private message(input: Partial<FakeAnswer>) {
    return {
      id: `msg_fake_${this.nextId++}`,
      type: 'message',
      role: 'assistant',
      model: this.model,
      content: [{ type: 'tool_use', id: 'toolu_1', name: 'record_explanation', input }],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: { input_tokens: 10, output_tokens: 10 },
    };
  }

  private error(res: ServerResponse, status: number, type: string, message: string): void {
    this.json(res, status, { type: 'error', error: { type, message } });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      'request-id': `req_fake_${this.nextId}`,
    });
    res.end(text);
  }
}
