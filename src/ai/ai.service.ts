import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { Principal } from '../common/auth/principal';
import { InvalidRequest, NotFound } from '../common/errors/domain-errors';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { FindingsRepository } from '../scans/findings.repository';
import { MAX_FINDING_BYTES, ExplainRequestDto, ExplanationDto } from './explain.dto';
import { ModelCircuitOpen } from './claude/claude-errors';
import { Explainer, ExplainerAnswer } from './explainer';
import { ExplanationsRepository } from './explanations.repository';
import { ExplainableFinding } from './offline/explainable-finding';
import { KNOWLEDGE_BASE_VERSION } from './offline/knowledge-base';
import { OfflineExplainer } from './offline-explainer.adapter';
import { storedFindingToExplainable, toExplainableFinding } from './to-explainable-finding';

export const EXPLAINER = Symbol('EXPLAINER');

const REFERENCE_KEYS = new Set(['id', 'scanId']);

@Injectable()
export class AiService {
  constructor(
    @Inject(EXPLAINER) private readonly explainer: Explainer,
    private readonly offline: OfflineExplainer,
    private readonly explanations: ExplanationsRepository,
    private readonly findings: FindingsRepository,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async explain(
    caller: Principal,
    body: ExplainRequestDto,
    requestId?: string,
  ): Promise<ExplanationDto> {
    const context = body.context?.trim() || undefined;
    if (!body.finding && !context) {
      throw InvalidRequest.field('finding', 'send a finding, a context, or both');
    }
    if (body.finding && Buffer.byteLength(JSON.stringify(body.finding)) > MAX_FINDING_BYTES) {
      throw InvalidRequest.field(
        'finding',
        `finding must be at most ${MAX_FINDING_BYTES} bytes as JSON`,
      );
    }
    const finding = await this.resolveFinding(caller.tenantId, body.finding ?? {});
    // An answer about certificate validity depends on today's date, so it is cached per day.
    const day =
      finding.notAfter || finding.notBefore ? new Date().toISOString().slice(0, 10) : undefined;
    const cacheKey = sha256(
      canonicalJson({
        by: this.explainer.identity,
        kb: KNOWLEDGE_BASE_VERSION,
        finding,
        context,
        day,
      }),
    );
    const cached = await this.cacheLookup(caller.tenantId, cacheKey);
    if (cached) return { ...cached, cached: true };
    const { answer, cacheable } = await this.answer(finding, context, requestId);
    if (cacheable) await this.cacheStore(caller.tenantId, cacheKey, answer);
    return { ...answer, cached: false };
  }

  /**
   * Any failure of the model is answered by the offline expert, never by a 5xx. The Claude
   * caller has logged the failure itself (error level when persistent); while its circuit
   * breaker is open the model is not called at all.
   */
  private async answer(finding: ExplainableFinding, context?: string, requestId?: string) {
    try {
      return {
        answer: await this.explainer.explain({ finding, context, requestId }),
        cacheable: true,
      };
    } catch (error) {
      const circuitOpen = error instanceof ModelCircuitOpen;
      this.logger.event(
        circuitOpen ? 'info' : 'warn',
        'model explanation failed; answered offline',
        {
          explainer: this.explainer.identity,
          requestId,
          reason: (error as Error).message?.slice(0, 300),
          error: (error as Error).name,
        },
      );
      // A fallback answer is not cached: the next identical request gives the model another try.
      return { answer: await this.offline.explain({ finding, context }), cacheable: false };
    }
  }

  /**
   * `{id, scanId?}` names a stored finding of the caller's tenant. An id with descriptive fields
   * uses the stored finding when there is one, else the description as given.
   */
  private async resolveFinding(
    tenantId: string,
    raw: Record<string, unknown>,
  ): Promise<ExplainableFinding> {
    const id = typeof raw.id === 'string' ? raw.id : undefined;
    const scanId = typeof raw.scanId === 'string' ? raw.scanId : undefined;
    const isReference =
      (id !== undefined && Object.keys(raw).every((k) => REFERENCE_KEYS.has(k))) ||
      scanId !== undefined;
    if (id !== undefined && id.length <= 64) {
      const stored = await this.findings.findForTenant(tenantId, id, scanId);
      if (stored) return storedFindingToExplainable(stored);
    }
    if (isReference) throw new NotFound('Finding');
    return toExplainableFinding(raw);
  }

  private async cacheLookup(tenantId: string, cacheKey: string): Promise<ExplainerAnswer | null> {
    if (!this.explainer.storesAnswers) return this.explanations.recall(tenantId, cacheKey);
    try {
      return await this.explanations.find(tenantId, cacheKey);
    } catch (error) {
      this.logger.event('warn', 'explanation cache unavailable', {
        reason: (error as Error).message,
      });
      return null;
    }
  }

  private async cacheStore(
    tenantId: string,
    cacheKey: string,
    answer: ExplainerAnswer,
  ): Promise<void> {
    if (!this.explainer.storesAnswers)
      return this.explanations.remember(tenantId, cacheKey, answer);
    try {
      await this.explanations.save(tenantId, cacheKey, answer);
    } catch (error) {
      this.logger.event('warn', 'could not cache explanation', {
        reason: (error as Error).message,
      });
    }
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** JSON with sorted keys, so that the same request always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
