import { Inject, Injectable } from '@nestjs/common';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRepository } from '../audit/audit.repository';
import { actorOf, Principal } from '../common/auth/principal';
import { InvalidRequest, NotFound } from '../common/errors/domain-errors';
import { newId } from '../common/ids';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { decodeCursor, toPage } from '../common/pagination';
import { FindingsRepository } from './findings.repository';
import { convertCbom } from './import/convert-cbom';
import { importOffload } from './import/import-offload';
import { jsonSourceOf } from '../common/http/json-body';
import {
  FindingValidationError,
  NormalisedFinding,
  normaliseFindings,
} from './import/normalise-findings';
import { readinessOf } from './import/readiness';
import { toScanDetailDto, toScanSummaryDto } from './mappers';
import { ImportScanDto, MAX_FINDINGS_PER_SCAN, ScanDetailDto, ScanListDto } from './scan.dto';
import { locationKey, normaliseHost } from './fingerprint';
import { RescanRequest, ScanBacklogSlot } from './scan-backlog';
import { ScanKeyset, ScansRepository } from './scans.repository';

const STATISTICS_REFRESH_DELAY_MS = 1_000;

/** The import's baseline options, validated and normalised (CONTRACT §10). */
function rescanRequestOf(body: ImportScanDto): RescanRequest {
  const targetKey = normaliseHost(body.target);
  const baseline = body.baselineScanId ?? (targetKey ? 'auto' : 'none');
  if (baseline === 'auto' && !targetKey) {
    throw InvalidRequest.field('baselineScanId', "'auto' needs a target to find earlier scans by");
  }
  const covered = (body.coveredLocations ?? []).map((where, index) => {
    const key = locationKey(where);
    if (key === null) {
      throw InvalidRequest.field(`coveredLocations[${index}]`, 'give assetId or host (and port)');
    }
    return key;
  });
  return {
    targetKey,
    baseline,
    coverage: body.coverage ?? 'partial',
    coveredLocations: covered,
  };
}

const isScanCursor = (value: unknown): value is ScanKeyset => {
  const v = value as Partial<ScanKeyset> | null;
  return (
    typeof v?.id === 'string' &&
    typeof v.createdAt === 'string' &&
    !Number.isNaN(Date.parse(v.createdAt))
  );
};

@Injectable()
export class ScansService {
  private statisticsRefresh: NodeJS.Timeout | null = null;
  /** What the imports since the last refresh wrote: scans, and findings (one item each). */
  private unrefreshed = { scans: 0, findings: 0 };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scans: ScansRepository,
    private readonly findings: FindingsRepository,
    private readonly backlog: ScanBacklogSlot,
    private readonly audit: AuditRepository,
    private readonly webhookEvents: WebhookEventsService,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  /** The scan, its findings and their backlog items are written in one transaction, or not at all. */
  async import(caller: Principal, body: ImportScanDto): Promise<string> {
    const { format, findings } = await this.normalise(body);
    const rescan = rescanRequestOf(body);
    const readiness = readinessOf(findings);
    const scanId = newId('scan');
    const actor = actorOf(caller);
    const backlog = this.backlog.get();
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
      const result = await backlog.createForScan(
        manager,
        caller.tenantId,
        scanId,
        findings,
        actor,
        rescan,
      );
      await this.scans.recordRescan(manager, scanId, {
        baselineScanId: result.baselineScanId,
        coverage: rescan.coverage,
        counts: result.baselineScanId ? { ...result.counts } : null,
        coveredLocations: rescan.coveredLocations,
      });
      // Webhooks (contract §12): the events commit or roll back with the import.
      await this.webhookEvents.record(manager, caller.tenantId, [
        {
          type: 'scan.imported',
          data: {
            scanId,
            target: body.target ?? null,
            findingCount: findings.length,
            baselineScanId: result.baselineScanId,
            rescan: result.baselineScanId
              ? { coverage: rescan.coverage, counts: { ...result.counts } }
              : null,
          },
        },
        ...result.events,
      ]);
      await this.audit.append(manager, {
        tenantId: caller.tenantId,
        actor,
        action: 'scan.imported',
        targetType: 'scan',
        targetId: scanId,
        details: { format, findingCount: findings.length, target: body.target ?? null },
      });
    });
    this.scheduleStatisticsRefresh(findings.length);
    return scanId;
  }

  async detail(tenantId: string, scanId: string): Promise<ScanDetailDto> {
    const scan = await this.scans.findOne(tenantId, scanId);
    if (!scan) throw new NotFound('Scan');
    const [findings, summary] = await Promise.all([
      this.findings.listForScan(tenantId, scanId),
      this.backlog.get().summary(tenantId, scanId),
    ]);
    return toScanDetailDto(scan, findings, summary);
  }

  /** Newest first, keyset paged on (createdAt, id). */
  async list(tenantId: string, limit = 25, cursor?: string): Promise<ScanListDto> {
    const after = cursor ? decodeCursor(cursor, isScanCursor) : null;
    const rows = await this.scans.page(tenantId, limit + 1, after);
    const page = toPage(rows, limit, (last) => ({
      createdAt: new Date(last.createdAt).toISOString(),
      id: last.id,
    }));
    const open = await this.backlog.get().openCounts(
      tenantId,
      page.rows.map((scan) => scan.id),
    );
    return {
      count: page.rows.length,
      scans: page.rows.map((scan) => toScanSummaryDto(scan, open.get(scan.id) ?? 0)),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Fresh planner statistics after an import where they are stale, at most one refresh at a time
   * and a burst of imports sharing the next one. Without them the planner keeps estimating one
   * row for a new scan and sorts whole backlogs for every queue page until autovacuum catches up.
   */
  private scheduleStatisticsRefresh(findingCount: number): void {
    this.unrefreshed.scans += 1;
    this.unrefreshed.findings += findingCount;
    if (this.statisticsRefresh) return;
    this.statisticsRefresh = setTimeout(() => {
      const written = this.unrefreshed;
      this.unrefreshed = { scans: 0, findings: 0 };
      // Not awaited by anyone: a failed ANALYZE only costs plan quality, so it is logged. One
      // table after another, so that a refresh never takes more than one core from requests.
      void (async () => {
        await this.scans.refreshStatistics(written.scans);
        await this.findings.refreshStatistics(written.findings);
        await this.backlog.get().refreshStatistics(written.findings);
      })()
        .catch((error: Error) =>
          this.logger.event('warn', 'could not refresh planner statistics', {
            reason: error.message,
          }),
        )
        .finally(() => (this.statisticsRefresh = null));
    }, STATISTICS_REFRESH_DELAY_MS);
    this.statisticsRefresh.unref();
  }

  private async normalise(body: ImportScanDto): Promise<{
    format: 'native' | 'cbom';
    findings: NormalisedFinding[];
  }> {
    // null counts as absent (the validator lets an optional null through): {findings: null} must
    // not reach `native.length` below.
    if ((body.findings == null) === (body.cbom == null)) {
      throw InvalidRequest.field(
        'findings',
        'send exactly one of findings (native format) or cbom',
      );
    }
    if (body.cbom) return { format: 'cbom', findings: await this.convertCbom(body.cbom) };
    try {
      if (body.findings!.length > MAX_FINDINGS_PER_SCAN) {
        throw InvalidRequest.field(
          'findings',
          `at most ${MAX_FINDINGS_PER_SCAN} findings per scan`,
        );
      }
      return { format: 'native', findings: normaliseFindings(body.findings!) };
    } catch (error) {
      if (error instanceof FindingValidationError)
        throw new InvalidRequest(error.errors, 'Scan import is invalid.');
      throw error;
    }
  }

  /** A large CBOM (one the body parser kept the text of) is converted in a worker thread. */
  private async convertCbom(cbom: Record<string, unknown>): Promise<NormalisedFinding[]> {
    const source = jsonSourceOf(cbom);
    const result = source
      ? await importOffload.convert(source.text, source.key, cbom)
      : convertCbom(cbom);
    if (result.kind === 'too_many') {
      throw InvalidRequest.field('cbom', `at most ${MAX_FINDINGS_PER_SCAN} findings per scan`);
    }
    if (result.kind === 'invalid')
      throw new InvalidRequest(result.errors, 'Scan import is invalid.');
    return result.findings;
  }
}
