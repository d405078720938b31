import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { SEVERITIES } from '../crypto/finding-types';
import { BacklogRepository, SlaCountsRow } from './backlog.repository';
import { withSla } from './mappers';
import { SlaPolicyService } from './sla-policy.service';
import { SlaCountsDto, SlaReportDto, SlaReportQueryDto } from './sla-report.dto';

const OLDEST_BREACHES = 10;

/** Where the tenant stands against its SLA policy, at any moment, over current items only. */
@Injectable()
export class SlaReportService {
  constructor(
    private readonly backlog: BacklogRepository,
    private readonly policies: SlaPolicyService,
    private readonly clock: Clock,
  ) {}

  async report(tenantId: string, query: SlaReportQueryDto): Promise<SlaReportDto> {
    const asOf = query.asOf ? new Date(query.asOf) : this.clock.now();
    const rules = await this.policies.rules(tenantId);
    const rows = await this.backlog.slaCounts(tenantId, query.target, rules, asOf);
    const breaches = await this.backlog.page(
      tenantId,
      { slaStates: ['breached'], target: query.target },
      rules,
      asOf,
      'slaDueAt',
      null,
      OLDEST_BREACHES,
    );
    const bySeverity = Object.fromEntries(
      SEVERITIES.map((s) => [s, countsOf(rows.find((r) => r.severity === s))]),
    ) as unknown as SlaReportDto['bySeverity'];
    return {
      asOf: asOf.toISOString(),
      target: query.target ?? null,
      totals: countsOf(rows.find((r) => r.severity === null)),
      bySeverity,
      oldestBreaches: breaches.map((row) => withSla(row, rules, asOf)),
    };
  }
}

function countsOf(row: SlaCountsRow | undefined): SlaCountsDto {
  const median = row?.medianDaysToResolve ?? null;
  return {
    open: row?.open ?? 0,
    within: row?.within ?? 0,
    dueSoon: row?.dueSoon ?? 0,
    breached: row?.breached ?? 0,
    met: row?.met ?? 0,
    missed: row?.missed ?? 0,
    medianDaysToResolve: median === null ? null : Math.round(median * 100) / 100,
  };
}
