import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A scanner's own fingerprint on a finding without a location was recorded as `strong`; the
 * contract calls every fingerprint without a location `weak` (a scan cannot prove such a finding
 * gone, and the rescan rules already treated it so by its missing location). Relabels the items
 * and their findings; the fingerprints themselves do not change. Never edit once merged.
 */
export class WeakScannerFingerprints1764936000000 implements MigrationInterface {
  name = 'WeakScannerFingerprints1764936000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "findings" f SET "fingerprint_quality" = 'weak'
         FROM "remediation_items" r
        WHERE r.tenant_id = f.tenant_id AND r.scan_id = f.scan_id AND r.finding_id = f.finding_id
          AND r.location IS NULL AND f.fingerprint_quality = 'strong'`,
    );
    await queryRunner.query(
      `UPDATE "remediation_items" SET "fingerprint_quality" = 'weak'
        WHERE location IS NULL AND fingerprint_quality = 'strong'`,
    );
  }

  async down(): Promise<void> {
    // Nothing to undo: the labels were wrong, and the rules never depended on them.
  }
}
