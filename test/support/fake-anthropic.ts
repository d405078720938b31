import { createHash } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { Socket } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that speaks enough of the Anthropic Messages API for the
 * real @anthropic-ai/sdk. Each test scripts how it answers (`mode`) and reads back every
 * request it received (`requests`, `messageCalls`).
 *
 * It is as strict as the real API is for the model named in the request (see MODEL_RULES):
 * a request the real API would answer 400 is answered 400 here, so a test fails when our
 * request would fail in production.
 */
export type FakeMode =
  | 'ok'
  | 'hang'
  | 'status500'
  | 'status429'
  | 'spendLimit429'
  | 'status401'
  | 'status529'
  | 'garbage'
  | 'missingNextSteps'
  | 'refusal'
  | 'maxTokens'
  | 'thinkingFirst'
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

export interface FakeUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

export const FAKE_MODEL = 'claude-fake-model-1';

export const DEFAULT_ANSWER: FakeAnswer = {
  summary: 'FAKE-SUMMARY: the certificate uses a weak key.',
  impact: 'FAKE-IMPACT: an attacker could impersonate the endpoint.',
  nextSteps: ['FAKE-STEP-1: reissue the certificate', 'FAKE-STEP-2: rescan the endpoint'],
};

/**
 * What the real API refuses, per model, from Anthropic's documentation ("What's new in Claude
 * Sonnet 5.5" and its migration guide; prompt caching minimums). Models not listed get only
 * the checks that hold for every model (strict schemas, well-formed output_config).
 */
interface ModelRules {
  /** tool_choice of type `tool` or `any` answers 400. */
  forbidsForcedToolChoice: boolean;
  /** temperature / top_p / top_k answer 400. */
  forbidsSampling: boolean;
  /** thinking {type: enabled, budget_tokens} and {type: disabled} answer 400. */
  forbidsManualThinking: boolean;
  /** A last assistant turn (prefill) answers 400. */
  forbidsPrefill: boolean;
  /** Shortest prefix (tokens) that prompt caching will cache. */
  cacheMinimumTokens: number;
}

const MODEL_RULES: Record<string, ModelRules> = {
  'claude-sonnet-5-5': {
    forbidsForcedToolChoice: true,
    forbidsSampling: true,
    forbidsManualThinking: true,
    forbidsPrefill: true,
    cacheMinimumTokens: 512,
  },
};

const LENIENT: ModelRules = {
  forbidsForcedToolChoice: false,
  forbidsSampling: false,
  forbidsManualThinking: false,
  forbidsPrefill: false,
  cacheMinimumTokens: 1024,
};

/** Keywords a strict schema (strict tool or output_config.format) refuses. */
const REFUSED_SCHEMA_KEYWORDS = [
  'maxItems',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minProperties',
  'maxProperties',
];

const EFFORTS = new Set(['low', 'medium', 'high', 'xhigh', 'max']);

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
  /** The usage reported by the last 200 answer. */
  lastUsage: FakeUsage | null = null;
  private readonly sockets = new Set<Socket>();
  private readonly hanging = new Set<ServerResponse>();
  /** Prefixes written to the prompt cache (kept across reset(), as the real cache is). */
  private readonly cachedPrefixes = new Set<string>();
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
    this.lastUsage = null;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Why the real API would refuse this Messages request with a 400, or null when it wouldn't. */
  static refusal(body: any): string | null {
    if (!body || typeof body !== 'object') return 'the body must be a JSON object';
    if (typeof body.model !== 'string') return 'model: field required';
    if (!Number.isInteger(body.max_tokens) || body.max_tokens < 1)
      return 'max_tokens: must be a positive integer';
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return 'messages: at least one message is required';
    const rules = MODEL_RULES[body.model] ?? LENIENT;
    const choice = body.tool_choice?.type;
    if (rules.forbidsForcedToolChoice && (choice === 'tool' || choice === 'any'))
      return `tool_choice: forced tool use is not supported on ${body.model}; use auto`;
    for (const param of ['temperature', 'top_p', 'top_k']) {
      if (rules.forbidsSampling && body[param] !== undefined)
        return `${param}: is deprecated for this model`;
    }
    const thinking = body.thinking?.type;
    if (rules.forbidsManualThinking && (thinking === 'enabled' || thinking === 'disabled'))
      return `thinking.type: ${thinking} is not supported on ${body.model}; use effort`;
    if (rules.forbidsPrefill && body.messages[body.messages.length - 1]?.role === 'assistant')
      return 'messages: assistant prefill is not supported on this model';
    const config = body.output_config;
    if (config !== undefined) {
      if (config.effort !== undefined && config.effort !== null && !EFFORTS.has(config.effort))
        return 'output_config.effort: unknown value';
      if (config.format) {
        if (config.format.type !== 'json_schema' || typeof config.format.schema !== 'object')
          return 'output_config.format: expected {type: json_schema, schema}';
        const problem = strictSchemaProblem(config.format.schema, 'output_config.format.schema');
        if (problem) return problem;
      }
    }
    for (const [i, tool] of (Array.isArray(body.tools) ? body.tools : []).entries()) {
      if (tool?.strict) {
        const problem = strictSchemaProblem(tool.input_schema, `tools.${i}.input_schema`);
        if (problem) return problem;
      }
    }
    return null;
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
        return this.error(res, 404, 'not_found_error', 'not found');
      }
      const refused = FakeAnthropic.refusal(body);
      if (refused) return this.error(res, 400, 'invalid_request_error', refused);
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
        // A rate limit: transient, with the retry-after header the real API sends.
        return this.error(res, 429, 'rate_limit_error', 'Number of requests exceeded', {
          headers: { 'retry-after': '0' },
        });
      case 'spendLimit429':
        // The monthly spend cap: same status and type, told apart only by error.details.error_code,
        // and without a retry-after header.
        return this.error(
          res,
          429,
          'rate_limit_error',
          'Your organization has reached its monthly usage limit.',
          { details: { error_code: 'enforced_spend_limit_reached' } },
        );
      case 'status401':
        return this.error(res, 401, 'authentication_error', 'invalid x-api-key');
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
        return this.json(res, 200, this.message(request, rest));
      }
      case 'refusal':
        // A well-formed answer, but the model stopped with a refusal: only stop_reason tells.
        return this.json(res, 200, {
          ...this.message(request, this.answer),
          stop_reason: 'refusal',
        });
      case 'maxTokens': {
        // Cut off mid-answer: the JSON (or tool input) is incomplete and stop_reason says why.
        const message = this.message(request, this.answer);
        for (const block of message.content) {
          if (block.type === 'text') block.text = block.text.slice(0, 40);
        }
        return this.json(res, 200, { ...message, stop_reason: 'max_tokens' });
      }
      case 'thinkingFirst': {
        const message = this.message(request, this.answer);
        message.content.unshift({
          type: 'thinking',
          thinking: 'FAKE-THINKING: the key is 1024 bits; {"summary": "not this"}',
          signature: 'sig_fake',
        });
        return this.json(res, 200, message);
      }
      case 'echoBoundary': {
        const marker = /DATA-[0-9a-f]+-BEGIN/.exec(userTurnText(request))?.[0] ?? 'NO-MARKER-FOUND';
        return this.json(
          res,
          200,
          this.message(request, { ...this.answer, summary: `${marker} ${this.answer.summary}` }),
        );
      }
      case 'ok':
      default:
        return this.json(res, 200, this.message(request, this.answer));
    }
  }

  /** Structured output (output_config.format) as a JSON text block; otherwise a tool call. */
  private message(request: RecordedRequest, input: Partial<FakeAnswer>) {
    const structured = Boolean(request.body?.output_config?.format);
    const content: any[] = structured
      ? [{ type: 'text', text: JSON.stringify(input) }]
      : [{ type: 'tool_use', id: 'toolu_1', name: 'record_explanation', input }];
    const usage = this.usage(request.body);
    this.lastUsage = usage;
    return {
      id: `msg_fake_${this.nextId}`,
      type: 'message',
      role: 'assistant',
      model: this.model,
      content,
      stop_reason: structured ? 'end_turn' : 'tool_use',
      stop_sequence: null,
      usage,
    };
  }

  /**
   * Prompt caching as the real API reports it: the prefix up to the last cache_control mark
   * (tools, then system, then messages) is written on first sight and read afterwards, but only
   * when it reaches the model's minimum length. Tokens are estimated at 4 characters each.
   */
  private usage(body: any): FakeUsage {
    const blocks: { text: string; marked: boolean }[] = [];
    for (const tool of Array.isArray(body.tools) ? body.tools : [])
      blocks.push({ text: JSON.stringify(tool), marked: Boolean(tool?.cache_control) });
    const system = typeof body.system === 'string' ? [{ text: body.system }] : (body.system ?? []);
    for (const block of system)
      blocks.push({ text: String(block?.text ?? ''), marked: Boolean(block?.cache_control) });
    for (const message of body.messages ?? []) {
      const content =
        typeof message.content === 'string' ? [{ text: message.content }] : message.content;
      for (const block of content ?? [])
        blocks.push({ text: JSON.stringify(block), marked: Boolean(block?.cache_control) });
    }
    const tokens = (text: string) => Math.ceil(text.length / 4);
    const total = blocks.reduce((n, b) => n + tokens(b.text), 0);
    const lastMark = blocks.map((b) => b.marked).lastIndexOf(true);
    const prefix = blocks.slice(0, lastMark + 1);
    const prefixTokens = prefix.reduce((n, b) => n + tokens(b.text), 0);
    const minimum = (MODEL_RULES[body.model] ?? LENIENT).cacheMinimumTokens;
    let created = 0;
    let read = 0;
    if (lastMark >= 0 && prefixTokens >= minimum) {
      const key = createHash('sha256')
        .update(String(body.model))
        .update(JSON.stringify(prefix))
        .digest('hex');
      if (this.cachedPrefixes.has(key)) read = prefixTokens;
      else {
        created = prefixTokens;
        this.cachedPrefixes.add(key);
      }
    }
    return {
      input_tokens: total - created - read,
      output_tokens: 50,
      cache_creation_input_tokens: created,
      cache_read_input_tokens: read,
    };
  }

  private error(
    res: ServerResponse,
    status: number,
    type: string,
    message: string,
    extra: { details?: Record<string, unknown>; headers?: Record<string, string> } = {},
  ): void {
    const requestId = `req_fake_${this.nextId}`;
    const error = extra.details ? { type, message, details: extra.details } : { type, message };
    this.json(res, status, { type: 'error', error, request_id: requestId }, extra.headers);
  }

  private json(
    res: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      'request-id': `req_fake_${this.nextId++}`,
      ...headers,
    });
    res.end(text);
  }
}

/** Why a strict schema would be refused: a keyword it does not support, or an open object. */
function strictSchemaProblem(schema: any, path: string): string | null {
  if (!schema || typeof schema !== 'object') return null;
  for (const keyword of REFUSED_SCHEMA_KEYWORDS) {
    if (schema[keyword] !== undefined)
      return `${path}: '${keyword}' is not supported in strict mode`;
  }
  if (typeof schema.minItems === 'number' && schema.minItems > 1)
    return `${path}: minItems values other than 0 and 1 are not supported in strict mode`;
  if (schema.type === 'object' && schema.additionalProperties !== false)
    return `${path}: objects must set additionalProperties to false in strict mode`;
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const problem = strictSchemaProblem(child, `${path}.properties.${name}`);
    if (problem) return problem;
  }
  return strictSchemaProblem(schema.items, `${path}.items`);
}
