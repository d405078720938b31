import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { Principal } from '../common/auth/principal';
import { NotFound } from '../common/errors/domain-errors';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { knowledgeFor, KNOWLEDGE_BASE_VERSION } from '../crypto/knowledge-base';
import { MAX_FINDINGS_PER_SCAN } from '../crypto/limits';
import { RemediationItemsRepository } from '../remediation/remediation-items.repository';
import { SlaPolicyService } from '../remediation/sla-policy.service';
import { FindingsRepository } from '../scans/findings.repository';
import { ScansRepository } from '../scans/scans.repository';
import { canonicalJson } from './ai.service';
import { ClaudeClient } from './claude/claude-client';
import { CLAUDE_CLIENT } from './claude/claude-client.token';
import { ModelCircuitOpen } from './claude/claude-errors';
import { explainScanTask, SCAN_PROMPT_VERSION } from './claude/explain-scan-prompt';
import { ExplainScanRequestDto, ScanBriefDto } from './explain-scan.dto';
import { ExplanationsRepository } from './explanations.repository';
import { recogniseFinding } from './offline/recognise-finding';
import { briefReferences, BriefRequest, offlineBrief } from './scan-brief/offline-brief';
import { scanFacts } from './scan-brief/scan-facts';
import { storedFindingToExplainable } from './to-explainable-finding';

const OFFLINE_VERSION = 'offline-brief-v1';

type StoredBrief = Omit<ScanBriefDto, 'cached'>;

/**
 * POST /tenant/ai/explain-scan: the facts and key risks of a scan are computed here; Claude
 * (when configured) or the offline templates only phrase them, and a model answer that states
 * a number which is not a fact is replaced by the offline brief.
 */
@Injectable()
export class ExplainScanService {
  constructor(
    @Inject(CLAUDE_CLIENT) private readonly claude: ClaudeClient | null,
    private readonly scans: ScansRepository,
    private readonly findings: FindingsRepository,
    private readonly items: RemediationItemsRepository,
    private readonly slaPolicy: SlaPolicyService,
    private readonly explanations: ExplanationsRepository,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async explain(
    caller: Principal,
    body: ExplainScanRequestDto,
    requestId?: string,
  ): Promise<ScanBriefDto> {
    const request = await this.briefRequest(caller.tenantId, body);
    // The facts are part of the key: an upsert or a rescan that changes a count asks anew.
    const cacheKey = sha256(
      canonicalJson({
        task: 'explain-scan',
        by: this.identity,
        kb: KNOWLEDGE_BASE_VERSION,
        audience: request.audience,
        context: request.context,
        facts: request.facts,
        keyRisks: request.keyRisks,
      }),
    );
    const cached = await this.cacheLookup(caller.tenantId, cacheKey);
    if (cached) return { ...cached, cached: true };
    const { brief, cacheable } = await this.phrase(request, requestId);
    if (cacheable) await this.cacheStore(caller.tenantId, cacheKey, brief);
    return { ...brief, cached: false };
  }

  private get identity(): string {
    return this.claude
      ? `claude:${this.claude.model}:${SCAN_PROMPT_VERSION}`
      : `offline:${OFFLINE_VERSION}`;
  }

  /** The scan of the caller's tenant (404 otherwise), its findings, backlog and SLA policy. */
  private async briefRequest(tenantId: string, body: ExplainScanRequestDto): Promise<BriefRequest> {
    const scan = await this.scans.findOne(tenantId, body.scanId);
    if (!scan) throw new NotFound('Scan');
    const [findings, items, rules] = await Promise.all([
      this.findings.listForScan(tenantId, scan.id),
      this.items.page(tenantId, scan.id, {}, MAX_FINDINGS_PER_SCAN, 0),
      this.slaPolicy.rules(tenantId),
    ]);
    const now = new Date();
    const computed = scanFacts({
      scan,
      findings: findings.map((f) => {
        const type = recogniseFinding(storedFindingToExplainable(f), now);
        return {
          position: f.position,
          severity: f.severity,
          quantumVulnerable: f.quantumVulnerable,
          type,
          typeName: knowledgeFor(type).name,
        };
      }),
      items,
      rules,
      now,
    });
    return {
      ...computed,
      audience: body.audience ?? 'executive',
      context: body.context?.trim() || undefined,
    };
  }

  /** Any failure of the model is answered offline (and not cached), never by a 5xx. */
  private async phrase(
    request: BriefRequest,
    requestId?: string,
  ): Promise<{ brief: StoredBrief; cacheable: boolean }> {
    const references = briefReferences(request.riskTypes);
    const base = { facts: request.facts, keyRisks: request.keyRisks, references };
    if (this.claude) {
      try {
        const boundary = randomBytes(12).toString('hex');
        const { value, model } = await this.claude.complete(
          explainScanTask({ ...request, references }, boundary),
          { requestId },
        );
        return { brief: { ...value, ...base, source: 'claude', model }, cacheable: true };
      } catch (error) {
        this.logger.event(
          error instanceof ModelCircuitOpen ? 'info' : 'warn',
          'model scan brief failed; answered offline',
          {
            requestId,
            reason: (error as Error).message?.slice(0, 300),
            error: (error as Error).name,
          },
        );
        return {
          brief: { ...offlineBrief(request), ...base, source: 'offline' },
          cacheable: false,
        };
      }
    }
    return { brief: { ...offlineBrief(request), ...base, source: 'offline' }, cacheable: true };
  }

  private async cacheLookup(tenantId: string, cacheKey: string): Promise<StoredBrief | null> {
    try {
      return (await this.explanations.find(tenantId, cacheKey)) as unknown as StoredBrief | null;
    } catch (error) {
      this.logger.event('warn', 'explanation cache unavailable', {
        reason: (error as Error).message,
      });
      return null;
    }
  }

  private async cacheStore(tenantId: string, cacheKey: string, brief: StoredBrief): Promise<void> {
    try {
      await this.explanations.save(tenantId, cacheKey, brief);
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
