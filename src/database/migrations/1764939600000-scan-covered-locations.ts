import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The locations an import says it looked at (`coveredLocations`, normalised as fingerprints
 * are), kept so that a later verify against that scan counts them as rescanned, as the import's
 * own comparison did. Null for earlier scans and for imports without any. Never edit once merged.
 */
export class ScanCoveredLocations1764939600000 implements MigrationInterface {
  name = 'ScanCoveredLocations1764939600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scans" ADD "covered_locations" text array`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "scans" DROP COLUMN "covered_locations"`);
  }
}
