import { DataSource } from 'typeorm';

/**
 * The server's own rule for stale statistics (autovacuum analyses a table once more rows changed
 * since its last ANALYZE than autovacuum_analyze_threshold + autovacuum_analyze_scale_factor ×
 * its rows), applied now rather than at autovacuum's next round. `rowsWritten` counts what the
 * caller knows it wrote: the statistics system may not show a commit of a moment ago yet.
 */
const STALE_SQL = `
  SELECT GREATEST(COALESCE(s.n_mod_since_analyze, 0), $2::float8)
         > current_setting('autovacuum_analyze_threshold')::float8
           + current_setting('autovacuum_analyze_scale_factor')::float8 * GREATEST(c.reltuples, 0)
         AS stale
    FROM pg_class c
    LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
   WHERE c.oid = $1::regclass`;

/** The tables imports write in bulk: the only ones refreshed, and the only text ANALYZE gets. */
export type ImportedTable = 'scans' | 'findings' | 'remediation_items';

/**
 * ANALYZE `table` if its planner statistics are stale by the rule above; returns whether they
 * were. Unconditional, an ANALYZE after every import read the whole of a large table each time
 * (0.5 s at 120,000 items, every 10 s in the soak) for statistics that had hardly moved.
 * SKIP_LOCKED: when autovacuum or another instance holds the table, it is being refreshed (or
 * vacuumed, which may take minutes), and waiting would only hold a pooled connection.
 */
export async function refreshStatisticsIfStale(
  dataSource: DataSource,
  table: ImportedTable,
  rowsWritten: number,
): Promise<boolean> {
  const [row] = await dataSource.query<{ stale: boolean }[]>(STALE_SQL, [table, rowsWritten]);
  if (!row?.stale) return false;
  await dataSource.query(`ANALYZE (SKIP_LOCKED) ${table}`);
  return true;
}
