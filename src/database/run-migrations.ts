import { DataSource } from 'typeorm';

// Any constant works; it only has to be the same for every instance of this service.
const MIGRATION_LOCK_ID = 727_221_001;

/**
 * Instances started together would race to apply migrations; a session advisory lock
 * makes them take turns, and the later ones find nothing left to do.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    try {
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]);
    }
  } finally {
    await runner.release();
  }
}
