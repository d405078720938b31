/**
 * The SQL of the service's default pages, taken from its own repositories (through a stand-in
 * data source that only records what it is asked to run, as database.ts does for the plans),
 * for the reference server: it runs the same statements without the service's layers, so the
 * ratio compares everything above the database and not two different queries. Per-request
 * values travel as markers that the reference server replaces (tenant, scan, now).
 */
import { DataSource } from 'typeorm';
import { BacklogRepository } from '../src/remediation/backlog.repository';
import { RemediationItemsRepository } from '../src/remediation/remediation-items.repository';
import { SlaPolicyRepository } from '../src/remediation/sla-policy.repository';
import { DEFAULT_SLA_RULES } from '../src/remediation/sla';

export const MARKERS = { tenant: '\u0000tenant', scan: '\u0000scan', now: '\u0000now' };
/** A date that stands for "now" in the recorded parameters (the service reads its clock). */
const NOW_MARKER = new Date(Date.UTC(1999, 0, 1));
/** 50 shown + 1 to know whether a next page exists, as the services ask. */
const PAGE_LIMIT = 51;

export interface RecordedQuery {
  sql: string;
  /** Parameters, with MARKERS where the request's tenant, scan or time go. */
  params: unknown[];
}

export interface ReferenceSql {
  queuePage: RecordedQuery;
  /** Read on every backlog request, as the service reads the tenant's SLA policy. */
  slaPolicy: RecordedQuery;
  /** The default backlog page under the default policy (the bench's tenants keep it). */
  backlogPage: RecordedQuery;
}

/**
 * A stand-in data source that records the statements a repository sends, through TypeORM's
 * query() or the pool that prepared statements take (database/prepared.ts), and answers none.
 */
export class SqlRecorder {
  readonly queries: RecordedQuery[] = [];
  readonly manager = this;
  readonly connection = this;
  /** The pool that the service's prepared statements go through (database/prepared.ts). */
  readonly driver = {
    master: {
      query: (config: { text: string; values: unknown[] }) =>
        this.query(config.text, config.values).then((rows) => ({ rows })),
    },
  };

  query(sql: string, params: unknown[] = []): Promise<unknown[]> {
    const marked = params.map((p) =>
      p instanceof Date && p.getTime() === NOW_MARKER.getTime() ? MARKERS.now : p,
    );
    this.queries.push({ sql, params: marked });
    return Promise.resolve([]);
  }

  last(): RecordedQuery {
    const query = this.queries[this.queries.length - 1];
    if (!query) throw new Error('the repository sent no query');
    return query;
  }
}

export async function referenceSql(): Promise<ReferenceSql> {
  const recorder = new SqlRecorder();
  const source = recorder as unknown as DataSource;
  await new RemediationItemsRepository(source).page(
    MARKERS.tenant,
    MARKERS.scan,
    {},
    PAGE_LIMIT,
    0,
  );
  const queuePage = recorder.last();
  await new SlaPolicyRepository(source).find(MARKERS.tenant);
  const slaPolicy = recorder.last();
  await new BacklogRepository(source).page(
    MARKERS.tenant,
    {},
    DEFAULT_SLA_RULES,
    NOW_MARKER,
    'position',
    null,
    PAGE_LIMIT,
  );
  const backlogPage = recorder.last();
  return { queuePage, slaPolicy, backlogPage };
}
