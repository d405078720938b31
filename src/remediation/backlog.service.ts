import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { InvalidRequest } from '../common/errors/domain-errors';
import { decodeCursor, toPage } from '../common/pagination';
import { BacklogFilterDto, BacklogPageDto, BacklogQueryDto } from './backlog.dto';
import {
  BacklogFilter,
  BacklogKeyset,
  BacklogRepository,
  BacklogRow,
  BacklogSort,
} from './backlog.repository';
import { withSla } from './mappers';
import { RemediationItemDto } from './remediation.dto';
import { SlaPolicyService } from './sla-policy.service';

interface BacklogCursor {
  sort: BacklogSort;
  key: string | null;
  scanId: string;
  position: number;
}

const isBacklogCursor = (value: unknown): value is BacklogCursor => {
  const c = value as Partial<BacklogCursor> | null;
  return (
    typeof c?.sort === 'string' &&
    (c.key === null || (typeof c.key === 'string' && c.key.length <= 64)) &&
    typeof c.scanId === 'string' &&
    c.scanId.length <= 64 &&
    Number.isSafeInteger(c.position)
  );
};

/** Export pages: big enough to keep round trips few, small enough to keep memory flat. */
const EXPORT_BATCH = 500;

/** The tenant's backlog across scans: current items, filtered, SLA computed when read. */
@Injectable()
export class BacklogService {
  constructor(
    private readonly backlog: BacklogRepository,
    private readonly policies: SlaPolicyService,
    private readonly clock: Clock,
  ) {}

  async page(tenantId: string, query: BacklogQueryDto): Promise<BacklogPageDto> {
    const limit = query.limit ?? 50;
    const sort = query.sort ?? 'position';
    const cursor = query.cursor ? decodeCursor(query.cursor, isBacklogCursor) : null;
    if (cursor && cursor.sort !== sort) {
      throw InvalidRequest.field(
        'cursor',
        'cursor belongs to another sort; start again without it',
      );
    }
    const [rules, now] = [await this.policies.rules(tenantId), this.clock.now()];
    const rows = await this.backlog.page(
      tenantId,
      filterOf(query),
      rules,
      now,
      sort,
      cursor,
      limit + 1,
    );
    const page = toPage(rows, limit, (last) => cursorOf(sort, last));
    return {
      count: page.rows.length,
      items: page.rows.map((row) => withSla(row, rules, now)),
      nextCursor: page.nextCursor,
    };
  }

  /**
   * Every item of the filtered backlog in the queue's order, a keyset batch at a time: the
   * whole result is never in memory. One policy and one `now` for the whole export.
   */
  async *all(tenantId: string, query: BacklogFilterDto): AsyncGenerator<RemediationItemDto> {
    const sort = query.sort ?? 'position';
    const filter = filterOf(query);
    const [rules, now] = [await this.policies.rules(tenantId), this.clock.now()];
    let after: BacklogKeyset | null = null;
    for (;;) {
      const rows = await this.backlog.page(tenantId, filter, rules, now, sort, after, EXPORT_BATCH);
      for (const row of rows) yield withSla(row, rules, now);
      if (rows.length < EXPORT_BATCH) return;
      after = cursorOf(sort, rows[rows.length - 1]);
    }
  }
}

function cursorOf(sort: BacklogSort, row: BacklogRow): BacklogCursor {
  return { sort, key: row.sortKey, scanId: row.scanId, position: row.position };
}

export function filterOf(query: BacklogFilterDto): BacklogFilter {
  const flag = (value?: 'true' | 'false'): boolean | undefined =>
    value === undefined ? undefined : value === 'true';
  return {
    statuses: query.status,
    severities: query.severity,
    owner: query.owner,
    target: query.target,
    scanId: query.scanId,
    overdue: flag(query.overdue),
    slaStates: query.slaState,
    verification: query.verification,
    regression: flag(query.regression),
  };
}
