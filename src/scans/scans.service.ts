import { Inject, Injectable } from '@nestjs/common';
import { JsonLogger } from '../common/logging/json-logger';
import { LOGGER } from '../common/logging/logger.module';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorOf, Principal } from '../common/auth/principal';
import { InvalidRequest, NotFound } from '../common/errors/domain-errors';
import { newId } from '../common/ids';
import { AuditRepository } from '../tenants/audit.repository';
import { FindingsRepository } from './findings.repository';
import { cbomToFindings } from './import/cbom-to-findings';
import {
  FindingValidationError,
  NativeFindingInput,
  NormalisedFinding,
  normaliseFindings,
} from './import/normalise-findings';
import { readinessOf } from './import/readiness';
import { RemediationItemsRepository } from './remediation-items.repository';
import { FindingEntity } from './finding.entity';
import { ImportScanDto, MAX_FINDINGS_PER_SCAN } from './scan.dto';
import { RemediationStatus } from './remediation-item.entity';
import { ScanRow, ScansRepository } from './scans.repository';

const STATISTICS_REFRESH_DELAY_MS = 1_000;

export interface ScanDetail {
  scan: ScanRow;
  findings: FindingEntity[];
  statusCounts: Map<RemediationStatus, number>;
}

@Injectable()
export class ScansService {
  private statisticsRefresh: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scans: ScansRepository,
    private readonly findings: FindingsRepository,
    private readonly items: RemediationItemsRepository,
    private readonly audit: AuditRepository,
    @Inject(LOGGER) private readonly logger: JsonLogger,
  ) {}

  /** The scan, its findings and their backlog items are written in one transaction, or not at all. */
  async import(caller: Principal, body: ImportScanDto): Promise<string> {
    const { format, findings } = this.normalise(body);
    const readiness = readinessOf(findings);
    const scanId = newId('scan');
    const actor = actorOf(caller);
    await this.dataSource.transaction(async (manager) => {
      await this.scans.insert(manager, {
        id: scanId,
        tenantId: caller.tenantId,
        target: body.target ?? null,
        label: body.label ?? null,
        status: 'completed',
        format,
        findingCount: findings.length,
        readinessScore: readiness.score,
        readinessBand: readiness.band,
        createdByKeyId: caller.keyId,
      });
      await this.findings.insertAll(manager, caller.tenantId, scanId, findings);
      await this.items.insertBacklog(manager, caller.tenantId, scanId, findings, actor);
      await this.audit.append(manager, {
        tenantId: caller.tenantId,
        actor,
        action: 'scan.imported',
        targetType: 'scan',
        targetId: scanId,
        details: { format, findingCount: findings.length, target: body.target ?? null },
      });
    });
    this.scheduleStatisticsRefresh();
    return scanId;
  }

  /** At most one ANALYZE at a time, and a burst of imports shares the next one. */
  private scheduleStatisticsRefresh(): void {
    if (this.statisticsRefresh) return;
    this.statisticsRefresh = setTimeout(() => {
      this.scans
        .refreshStatistics()
        .catch((error: Error) =>
          this.logger.event('warn', 'could not refresh planner statistics', {
            reason: error.message,
          }),
        )
        .finally(() => (this.statisticsRefresh = null));
    }, STATISTICS_REFRESH_DELAY_MS);
    this.statisticsRefresh.unref();
  }

  async detail(tenantId: string, scanId: string): Promise<ScanDetail> {
    const scan = await this.scans.findOne(tenantId, scanId);
    if (!scan) throw new NotFound('Scan');
    const [findings, statusCounts] = await Promise.all([
      this.findings.listForScan(tenantId, scanId),
      this.items.statusCounts(tenantId, scanId),
    ]);
    return { scan, findings, statusCounts };
  }

  private normalise(body: ImportScanDto): {
    format: 'native' | 'cbom';
    findings: NormalisedFinding[];
  } {
    // null counts as absent (the validator lets an optional null through): {findings: null} must
    // not reach `native.length` below.
    if ((body.findings == null) === (body.cbom == null)) {
      throw InvalidRequest.field(
        'findings',
        'send exactly one of findings (native format) or cbom',
      );
    }
    try {
      const format = body.cbom ? 'cbom' : 'native';
      const native: NativeFindingInput[] = body.cbom ? cbomToFindings(body.cbom) : body.findings!;
      if (native.length > MAX_FINDINGS_PER_SCAN) {
        throw InvalidRequest.field(
          format === 'cbom' ? 'cbom' : 'findings',
          `at most ${MAX_FINDINGS_PER_SCAN} findings per scan`,
        );
      }
      return { format, findings: normaliseFindings(native) };
    } catch (error) {
      if (error instanceof FindingValidationError)
        throw new InvalidRequest(error.errors, 'Scan import is invalid.');
      throw error;
    }
  }
}
