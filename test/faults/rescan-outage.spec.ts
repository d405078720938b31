import { envelopeProblem } from './support/checks';
import { queryCount, queryRows, withDatabase } from './support/database';
import { faultEnv, randomAdminKey, sleep } from './support/env';
import { PostgresControl } from './support/postgres-control';
import { hostFindings, postScan } from './support/scan-import';
import { ServiceProcess, stopAll } from './support/service-process';
import { createTenant, issueKey } from './support/tenant-setup';
import { TimedResponse } from './support/timed-http';

/**
 * PostgreSQL stopped (fast shutdown) while a 5,000-finding rescan of a 5,000-item baseline is
 * being written. The import is one transaction (scan, findings, items, baseline changes,
 * history, rescan diff, audit, events), so after PostgreSQL is back the rescan is either wholly
 * there or wholly absent, and a retry completes the chain.
 */
const FINDINGS = 5_000;
const TARGET = 'rescan-outage.fault.example';
const OUTAGE_MS = 3_000;

const env = faultEnv();
const adminKey = randomAdminKey();
const postgres = new PostgresControl(env.databaseUrl);

let service: ServiceProcess | undefined;
let tenantId: string;
let operatorKey: string;
let baselineScanId: string;
let rescan: TimedResponse;
let cutWhile = '';
let before: TenantCounts;
let after: TenantCounts;
let retry: TimedResponse;
let final: TenantCounts;

/** Everything of the tenant that an import writes, counted in SQL. */
interface TenantCounts {
  scans: number;
  findings: number;
  items: number;
  currentItems: number;
  supersededBaselineItems: number;
  history: number;
  rescanChanges: number;
  audit: number;
  events: number;
}

async function countsOf(tenant: string, baseline: string): Promise<TenantCounts> {
  const [row] = await queryRows<Record<keyof TenantCounts, string>>(
    env.databaseUrl,
    `SELECT (SELECT count(*) FROM scans WHERE tenant_id = $1) AS scans,
            (SELECT count(*) FROM findings WHERE tenant_id = $1) AS findings,
            (SELECT count(*) FROM remediation_items WHERE tenant_id = $1) AS items,
            (SELECT count(*) FROM remediation_items
              WHERE tenant_id = $1 AND superseded_by_scan_id IS NULL) AS "currentItems",
            (SELECT count(*) FROM remediation_items
              WHERE tenant_id = $1 AND scan_id = $2 AND superseded_by_scan_id IS NOT NULL)
              AS "supersededBaselineItems",
            (SELECT count(*) FROM remediation_history WHERE tenant_id = $1) AS history,
            (SELECT count(*) FROM rescan_changes WHERE tenant_id = $1) AS "rescanChanges",
            (SELECT count(*) FROM audit_log WHERE tenant_id = $1) AS audit,
            (SELECT count(*) FROM webhook_events WHERE tenant_id = $1) AS events`,
    [tenant, baseline],
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as any;
}

/**
 * What one whole rescan of the 5,000 findings adds over its baseline (every item carried): the
 * scan, its findings and items, one supersession of each baseline item, one origin history
 * entry per carried item and its audit entry (remediation.carried), the diff, and the
 * scan.imported audit entry. No endpoint: no events.
 */
function withWholeRescan(counts: TenantCounts, baselineSuperseded: number): TenantCounts {
  return {
    scans: counts.scans + 1,
    findings: counts.findings + FINDINGS,
    items: counts.items + FINDINGS,
    currentItems: FINDINGS,
    supersededBaselineItems: baselineSuperseded,
    history: counts.history + 2 * FINDINGS,
    rescanChanges: counts.rescanChanges + FINDINGS,
    audit: counts.audit + FINDINGS + 1,
    events: counts.events,
  };
}

/**
 * Waits until the service's import transaction (a backend with a transaction id) has reached
 * the baseline: it is superseding the baseline items or past that, writing the carried items'
 * origin history or the rescan diff, with the new scan and its 5,000 items already written in
 * it. The worst moment to lose the database: half-applied would show most there.
 */
async function waitForRescanWriting(pending: Promise<unknown>, timeoutMs: number) {
  let settled = false;
  void pending.then(() => (settled = true));
  return withDatabase(env.databaseUrl, async (client) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !settled) {
      const { rows } = await client.query(
        `SELECT CASE WHEN query ~ 'sup_scan' THEN 'superseding the baseline items'
                     WHEN query ~ 'rescan_changes' THEN 'writing the rescan diff'
                     ELSE 'writing the carried items'' origin history' END AS stage
           FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid()
            AND backend_xid IS NOT NULL
            AND query ~ '(sup_scan|AS u\\(remediation_id, changes\\)|INSERT INTO rescan_changes)'`,
      );
      if (rows.length > 0) return String(rows[0].stage);
      await sleep(5);
    }
    return '';
  });
}

describe('PostgreSQL stopped during a 5,000-finding rescan (real process, server PostgreSQL)', () => {
  beforeAll(async () => {
    await postgres.ensureRunning();
    service = await ServiceProcess.start('rescan service', {
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: env.redisUrl,
      ADMIN_API_KEY: adminKey,
      RATE_LIMIT_PER_MINUTE: '1000000',
    });
    tenantId = await createTenant(service.url, adminKey, 'rescanout');
    operatorKey = (await issueKey(service.url, adminKey, tenantId, 'operator')).apiKey;
    const findings = hostFindings(FINDINGS, 'rescan');
    const first = await postScan(service.url, operatorKey, TARGET, findings);
    if (first.status !== 201) throw new Error(`baseline import: ${first.status}`);
    baselineScanId = first.body.scan.scanId;
    before = await countsOf(tenantId, baselineScanId);

    // The same 5,000 findings again: every item carried, every baseline item superseded.
    try {
      const pending = postScan(service.url, operatorKey, TARGET, findings, 30_000);
      cutWhile = await waitForRescanWriting(pending, 30_000);
      if (cutWhile) await postgres.stop();
      rescan = await pending;
      await sleep(OUTAGE_MS);
    } finally {
      await postgres.ensureRunning();
    }
    after = await countsOf(tenantId, baselineScanId);
    // The retry, once the service has its database again (its pool reconnects on demand).
    for (let i = 0; i < 20; i++) {
      retry = await postScan(service.url, operatorKey, TARGET, findings, 60_000);
      if (retry.status !== 503) break;
      await sleep(500);
    }
    final = await countsOf(tenantId, baselineScanId);
    console.log(
      JSON.stringify({
        spec: 'rescan-outage',
        cutWhile,
        rescan: { status: rescan.status || rescan.failureReason, ms: rescan.durationMs },
        before,
        after,
        retry: { status: retry.status, ms: retry.durationMs, counts: retry.body?.scan?.rescan },
      }),
    );
  }, 180_000);

  afterAll(async () => {
    try {
      await postgres.ensureRunning();
    } finally {
      await stopAll([service]);
    }
  }, 60_000);

  it('stopped PostgreSQL while the rescan transaction was changing the baseline', () => {
    expect(before).toMatchObject({ scans: 1, findings: FINDINGS, items: FINDINGS, history: 0 });
    expect(cutWhile).not.toBe('');
  });

  it('answers the cut-off rescan with a 503 envelope (or a success), never a 500 or a hang', () => {
    expect([201, 503]).toContain(rescan.status);
    if (rescan.status === 503) {
      expect(envelopeProblem(rescan)).toBeNull();
      expect(rescan.body.error).toBe('service_unavailable');
    }
  });

  it('leaves the rescan wholly applied or wholly absent, never half-way', () => {
    const applied = after.scans === 2;
    if (!applied) {
      // Absent: not one row of it, and the baseline untouched (nothing superseded).
      expect(after).toEqual(before);
    } else {
      expect(after).toEqual(withWholeRescan(before, FINDINGS));
    }
    // A 201 that the client saw means it is there; a 503 that it is not.
    if (rescan.status === 201) expect(applied).toBe(true);
    if (rescan.status === 503) expect(applied).toBe(false);
  });

  it('completes the chain with a retry once PostgreSQL is back', async () => {
    expect(retry.status).toBe(201);
    // The retry is whole too: the same arithmetic as a rescan that was never interrupted.
    const baselineSuperseded = FINDINGS; // by the cut-off rescan if it landed, else by the retry
    expect(final).toEqual(withWholeRescan(after, baselineSuperseded));
    expect(retry.body.scan.rescan.counts).toEqual({
      new: 0,
      carried: FINDINGS,
      fixed: 0,
      reopened: 0,
      notObserved: 0,
      duplicates: 0,
    });
    // One current item per fingerprint, each carried from the item before it, back to the
    // baseline: no item lost, none forked.
    const current = await queryCount(
      env.databaseUrl,
      `SELECT count(*) AS n FROM remediation_items
        WHERE tenant_id = $1 AND superseded_by_scan_id IS NULL`,
      [tenantId],
    );
    expect(current).toBe(FINDINGS);
    const brokenLinks = await queryCount(
      env.databaseUrl,
      `SELECT count(*) AS n FROM remediation_items r
         LEFT JOIN remediation_items prev
           ON prev.scan_id = r.carried_from_scan_id
          AND prev.remediation_id = r.carried_from_remediation_id
        WHERE r.tenant_id = $1 AND r.scan_id <> $2
          AND (prev.scan_id IS NULL OR prev.superseded_by_scan_id IS DISTINCT FROM r.scan_id
               OR prev.superseded_by_remediation_id IS DISTINCT FROM r.remediation_id
               OR prev.fingerprint <> r.fingerprint)`,
      [tenantId, baselineScanId],
    );
    expect(brokenLinks).toBe(0);
    // firstSeenAt is carried (at the API's millisecond precision: the baseline row has the
    // database's microseconds, the carried copy the service's milliseconds).
    const firstSeenMoved = await queryCount(
      env.databaseUrl,
      `SELECT count(*) AS n FROM remediation_items r
         JOIN remediation_items b ON b.tenant_id = r.tenant_id AND b.scan_id = $2
                                 AND b.fingerprint = r.fingerprint
        WHERE r.tenant_id = $1 AND r.superseded_by_scan_id IS NULL
          AND date_trunc('milliseconds', r.first_seen_at)
              <> date_trunc('milliseconds', b.first_seen_at)`,
      [tenantId, baselineScanId],
    );
    expect(firstSeenMoved).toBe(0);
  });
});
