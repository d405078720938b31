import { DataSource } from 'typeorm';
import { startTestApp, TestApp } from '../support/test-app';

/**
 * Drift check: on the database the app migrated at start, TypeORM's schema builder must find
 * nothing to change to match the entities. An entity change without its migration fails here,
 * on the embedded database and on a server alike.
 */
describe('migrations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('leave the entities nothing to add: every schema change has its migration', async () => {
    const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
