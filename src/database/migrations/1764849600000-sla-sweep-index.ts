import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SLA sweep's index: current open items whose breach may still need recording, by severity
 * and first-seen time. Without it each sweep (once a minute, on every instance) read every
 * current item of every tenant, breached or not; with it a sweep reads the items old enough to
 * be due under the strictest policy and not recorded for their first-seen clock (regressions
 * stay in it: a policy may restart their clock). The predicate is sla-sweep.repository.ts's
 * pre-filter, word for word (the planner uses a partial index only when the query implies it).
 * Never edit once merged.
 */
export class SlaSweepIndex1764849600000 implements MigrationInterface {
  name = 'SlaSweepIndex1764849600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "idx_remediation_items_sla_unrecorded" ON "remediation_items" ("severity", "first_seen_at")
        WHERE superseded_by_scan_id IS NULL AND status IN ('open', 'in_progress', 'blocked')
          AND (sla_breach_recorded_for IS DISTINCT FROM first_seen_at OR regression)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."idx_remediation_items_sla_unrecorded"`);
  }
}
