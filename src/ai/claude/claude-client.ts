import Anthropic from '@anthropic-ai/sdk';
import { AppConfig } from '../../config/app-config';
import { AppLogger } from '../../common/logging/app-logger';
import { CircuitBreaker } from './circuit-breaker';
import { classifyFailure, ModelAnswerRejected, ModelCircuitOpen } from './claude-errors';

/** How long a persistent failure keeps the model switched off. */
export const BREAKER_OPEN_MS = 60_000;
/** Pause before the one retry of a transient failure, when the deadline leaves room for it. */
const RETRY_PAUSE_MS = 200;
const MIN_ATTEMPT_MS = 300;

/**
 * One Claude task: a stable, cacheable prefix (instructions and knowledge), a per-request user
 * turn, the JSON schema of the answer (structured outputs, strict-mode subset: no length or
 * count limits, which `parse` enforces instead), and the parser that accepts or rejects it.
 */
export interface ClaudeTask<T> {
  /** For the logs: 'explain', 'explain-scan', ... */
  name: string;
  /** Identical across requests; the last block is marked for prompt caching. */
  system: string[];
  user: string;
  schema: Record<string, unknown>;
  /** Thinking and answer together: thinking spends max_tokens too. */
  maxTokens: number;
  effort: 'low' | 'medium';
  parse(value: unknown): T;
}

export interface ClaudeContext {
  /** Our request id (X-Request-Id), for the log lines. */
  requestId?: string;
}

export interface ClaudeResult<T> {
  value: T;
  model: string;
}

/**
 * The one way this service calls Claude. Structured outputs (output_config.format) rather than
 * a forced tool, which claude-sonnet-5-5 refuses; no sampling parameters or thinking budget,
 * which it refuses too; an effort level instead. One deadline (AI_TIMEOUT_MS) covers the call
 * and its single retry. Only a complete answer (stop_reason end_turn) is accepted.
 */
export class ClaudeClient {
  readonly breaker = new CircuitBreaker(BREAKER_OPEN_MS);
  private readonly client: Anthropic;

  constructor(
    private readonly config: AppConfig,
    private readonly logger: AppLogger,
  ) {
    this.client = new Anthropic({
      apiKey: config.anthropicApiKey ?? undefined,
      baseURL: config.anthropicBaseUrl ?? undefined,
      timeout: config.aiTimeoutMs,
      // Retries are ours: the SDK would also retry a spend-limit 429, which cannot succeed.
      maxRetries: 0,
    });
  }

  get model(): string {
    return this.config.anthropicModel;
  }

  async complete<T>(task: ClaudeTask<T>, context: ClaudeContext = {}): Promise<ClaudeResult<T>> {
    const fields = { task: task.name, model: this.model, requestId: context.requestId };
    if (this.breaker.isOpen()) {
      throw new ModelCircuitOpen(`model switched off for a while: ${this.breaker.openReason}`);
    }
    const deadline = Date.now() + this.config.aiTimeoutMs;
    for (let attempt = 1; ; attempt++) {
      try {
        const message = await this.client.messages.create(this.request(task), {
          signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
          timeout: Math.max(1, deadline - Date.now()),
        });
        return { value: this.accept(task, message, fields), model: message.model };
      } catch (error) {
        if (error instanceof ModelAnswerRejected) throw error;
        const facts = classifyFailure(error);
        const retry =
          facts.retryable &&
          attempt === 1 &&
          deadline - Date.now() > RETRY_PAUSE_MS + MIN_ATTEMPT_MS;
        if (facts.persistent) this.breaker.open(`${facts.status} ${facts.errorType ?? ''}`.trim());
        this.logger.event(facts.persistent ? 'error' : 'warn', 'claude call failed', {
          ...fields,
          attempt,
          status: facts.status,
          errorType: facts.errorType,
          errorCode: facts.errorCode,
          modelRequestId: facts.modelRequestId,
          error: (error as Error).name,
          reason: (error as Error).message?.slice(0, 300),
          retrying: retry,
          breakerOpenMs: facts.persistent ? this.breaker.openMs : undefined,
        });
        if (!retry) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
    }
  }

  private request(task: ClaudeTask<unknown>): Anthropic.MessageCreateParamsNonStreaming {
    const last = task.system.length - 1;
    return {
      model: this.model,
      max_tokens: task.maxTokens,
      system: task.system.map((text, i) =>
        i === last
          ? { type: 'text', text, cache_control: { type: 'ephemeral' } }
          : { type: 'text', text },
      ),
      messages: [{ role: 'user', content: task.user }],
      output_config: { effort: task.effort, format: { type: 'json_schema', schema: task.schema } },
    };
  }

  /** A complete structured answer, thinking blocks skipped; anything else is rejected. */
  private accept<T>(task: ClaudeTask<T>, message: Anthropic.Message, fields: object): T {
    const usage = message.usage;
    this.logger.event('info', 'claude call completed', {
      ...fields,
      modelRequestId: (message as { _request_id?: string | null })._request_id ?? null,
      responseModel: message.model,
      stopReason: message.stop_reason,
      inputTokens: usage?.input_tokens ?? null,
      outputTokens: usage?.output_tokens ?? null,
      cacheReadTokens: usage?.cache_read_input_tokens ?? null,
      cacheWriteTokens: usage?.cache_creation_input_tokens ?? null,
    });
    if (message.stop_reason === 'max_tokens')
      throw new ModelAnswerRejected('the answer was cut off at max_tokens');
    if (message.stop_reason !== 'end_turn')
      throw new ModelAnswerRejected(`the model stopped with ${message.stop_reason}`);
    const text = message.content
      .filter((block): block is Anthropic.TextBlock => block.type === 'text')
      .map((block) => block.text)
      .join('');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new ModelAnswerRejected('the answer is not JSON');
    }
    return task.parse(value);
  }
}
