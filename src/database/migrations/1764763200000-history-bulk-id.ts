import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bulk change that made a history entry (contract §11: each changed item's history entry
 * carries the `bulkId`). Nullable: entries of single changes, rescans and the SLA sweep, and
 * every entry written before, have none. Generated from the entities (schema builder log).
 * Never edit once merged.
 */
export class HistoryBulkId1764763200000 implements MigrationInterface {
  name = 'HistoryBulkId1764763200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "remediation_history" ADD "bulk_id" text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "remediation_history" DROP COLUMN "bulk_id"`);
  }
}
