import { DataSource } from 'typeorm';
import { queryPrepared } from '../../src/database/prepared';
import { startTestApp, TestApp } from '../support/test-app';

/** The hot statements run prepared; a connection never holds an unbounded number of them. */
describe('prepared statements', () => {
  let t: TestApp;
  let single: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    const options = t.app.get(DataSource).options;
    // One connection, so that pg_prepared_statements (per session) shows what it holds.
    single = new DataSource({
      ...options,
      extra: { ...(options as { extra?: object }).extra, max: 1 },
    });
    await single.initialize();
  });

  afterAll(async () => {
    await single?.destroy();
    await t?.close();
  });

  const preparedOnConnection = async (): Promise<string[]> =>
    (
      await single.query<{ name: string }[]>(
        `SELECT name FROM pg_prepared_statements WHERE name LIKE 'pqc\\_%' ORDER BY name`,
      )
    ).map((r) => r.name);

  it('prepares a statement once per connection and types its results as an unprepared one', async () => {
    const text = `SELECT $1::int AS n, $2::timestamptz AS at, $3::jsonb AS doc, 'prepared-1' AS tag`;
    const values = [7, new Date('2026-01-02T03:04:05.678Z'), JSON.stringify({ a: [1] })];
    const first = await queryPrepared(single.manager, text, values);
    const again = await queryPrepared(single.manager, text, [8, values[1], values[2]]);
    expect(first).toEqual(await single.query(text, values));
    expect(again[0]).toMatchObject({ n: 8, doc: { a: [1] } });
    expect((again[0] as { at: Date }).at.toISOString()).toBe('2026-01-02T03:04:05.678Z');
    expect(await preparedOnConnection()).toHaveLength(1);
  });

  it("runs a statement of a transaction on that transaction's connection, unprepared", async () => {
    const before = await preparedOnConnection();
    const count = await single.transaction(async (manager) => {
      await manager.query('CREATE TEMP TABLE prepared_probe (n int) ON COMMIT DROP');
      await manager.query('INSERT INTO prepared_probe VALUES (1), (2)');
      // Only this connection sees the table; with one connection in the pool, a statement sent
      // through the pool instead would wait for it and fail.
      const rows = await queryPrepared<{ count: number }>(
        manager,
        'SELECT count(*)::int AS count FROM prepared_probe',
        [],
      );
      return rows[0].count;
    });
    expect(count).toBe(2);
    expect(await preparedOnConnection()).toEqual(before);
  });

  it('runs statements past the bound unprepared, with the same answers', async () => {
    for (let i = 0; i < 80; i++) {
      const rows = await queryPrepared<{ n: number }>(
        single.manager,
        `SELECT $1::int + ${i} AS n, 'bound-${i}' AS tag`,
        [1],
      );
      expect(rows).toEqual([{ n: 1 + i, tag: `bound-${i}` }]);
    }
    // 64 texts in all per process: the one above and 63 of these.
    expect(await preparedOnConnection()).toHaveLength(64);
  });
});
