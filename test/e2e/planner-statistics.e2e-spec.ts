import { DataSource } from 'typeorm';
import { MAX_FINDINGS_PER_SCAN } from '../../src/crypto/limits';
import { refreshStatisticsIfStale } from '../../src/database/planner-statistics';
import { TenantKeys, tenantWithKeys } from '../support/fixtures';
import { pollUntil, sleep } from '../support/foundation-wait';
import { http } from '../support/http';
import { startTestApp, TestApp } from '../support/test-app';

/** A little over the import's refresh delay (1 s) and an ANALYZE of the test tables. */
const REFRESH_WAIT_MS = 3_000;

/**
 * Imports ANALYZE the tables they wrote when, and only when, the server's own autovacuum rule
 * calls their statistics stale: a new scan must not be planned as one row, and a small import
 * into a large table must not read the whole table again.
 */
describe('planner statistics after imports', () => {
  let t: TestApp;
  let db: DataSource;
  let acme: TenantKeys;
  let scans = 0;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
    acme = await tenantWithKeys(t.url);
  });
  afterAll(() => t.close());

  /** Manual ANALYZEs only: autovacuum counts its own apart (autoanalyze_count). */
  const analyzeCount = async (table: string): Promise<number> => (await counts(table)).manual;

  /**
   * Both counts: a refresh skips a table that autovacuum is analysing at that moment (SKIP_LOCKED),
   * and then autovacuum's ANALYZE is the refresh.
   */
  const refreshCount = async (table: string): Promise<number> => {
    const { manual, auto } = await counts(table);
    return manual + auto;
  };

  const counts = async (table: string): Promise<{ manual: number; auto: number }> => {
    const [row] = await db.query<{ manual: string; auto: string }[]>(
      `SELECT analyze_count AS manual, autoanalyze_count AS auto
         FROM pg_stat_user_tables WHERE relname = $1`,
      [table],
    );
    return { manual: Number(row.manual), auto: Number(row.auto) };
  };

  /** Rows that must change before the server's rule calls the table's statistics stale. */
  const staleAfter = async (table: string): Promise<number> => {
    const [row] = await db.query<{ rows: number }[]>(
      `SELECT current_setting('autovacuum_analyze_threshold')::float8
              + current_setting('autovacuum_analyze_scale_factor')::float8 * GREATEST(reltuples, 0)
              AS rows
         FROM pg_class WHERE oid = $1::regclass`,
      [table],
    );
    return row.rows;
  };

  const importScan = async (findingCount: number): Promise<void> => {
    const scan = ++scans;
    const findings = Array.from({ length: findingCount }, (_, i) => ({
      title: `Weak key ${scan}-${i}`,
      algorithm: 'RSA',
      keySize: 1024,
      host: `h${i}.stats-${scan}.example.com`,
      port: 443,
    }));
    const res = await http(t.url, 'POST', '/tenant/scans', {
      key: acme.operator,
      body: { target: `stats-${scan}.example.com`, findings },
    });
    expect(res.status).toBe(201);
  };

  it('analyses a table only when the rows changed since its last ANALYZE make it stale', async () => {
    await db.query('ANALYZE scans');
    const manual = await analyzeCount('scans');
    const refreshes = await refreshCount('scans');

    expect(await refreshStatisticsIfStale(db, 'scans', 0)).toBe(false);
    const rows = await staleAfter('scans');
    expect(await refreshStatisticsIfStale(db, 'scans', Math.floor(rows))).toBe(false);
    expect(await analyzeCount('scans')).toBe(manual);

    expect(await refreshStatisticsIfStale(db, 'scans', Math.ceil(rows) + 1)).toBe(true);
    expect(await pollUntil(async () => (await refreshCount('scans')) > refreshes, 5_000)).toBe(
      true,
    );
  });

  it('skips a table another session holds rather than wait for it', async () => {
    // What autovacuum holds while it vacuums or analyses (or another instance's ANALYZE).
    const holder = db.createQueryRunner();
    await holder.startTransaction();
    try {
      await holder.query('LOCK TABLE scans IN SHARE UPDATE EXCLUSIVE MODE');
      const manual = await analyzeCount('scans');
      const refresh = refreshStatisticsIfStale(db, 'scans', Number.MAX_SAFE_INTEGER).then(
        () => 'returned',
      );
      const waiting = sleep(REFRESH_WAIT_MS).then(() => 'still waiting for the lock');
      expect(await Promise.race([refresh, waiting])).toBe('returned');
      expect(await analyzeCount('scans')).toBe(manual);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
  });

  it('analyses findings and items after imports that leave them stale, not after a small one', async () => {
    const tables = ['findings', 'remediation_items'];
    const before = await Promise.all(tables.map(refreshCount));
    // However large earlier specs left the tables: import until the rule calls them stale.
    const needed = Math.max(...(await Promise.all(tables.map(staleAfter))));
    for (let written = 0; written <= needed; written += MAX_FINDINGS_PER_SCAN) {
      await importScan(MAX_FINDINGS_PER_SCAN);
    }
    const analysed = await pollUntil(async () => {
      const now = await Promise.all(tables.map(refreshCount));
      return now.every((n, i) => n > before[i]);
    }, 15_000);
    expect(analysed).toBeTruthy();

    // Once the last import's refresh has run and its writes are counted, analysed by hand: ten
    // rows more leave the statistics as good as they were.
    await sleep(REFRESH_WAIT_MS);
    await db.query(`ANALYZE ${tables.join(', ')}`);
    const after = await Promise.all(tables.map(analyzeCount));
    await importScan(10);
    await sleep(REFRESH_WAIT_MS);
    expect(await Promise.all(tables.map(analyzeCount))).toEqual(after);
  });
});
