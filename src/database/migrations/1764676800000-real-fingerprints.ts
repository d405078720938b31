import { MigrationInterface, QueryRunner } from 'typeorm';
import { identityOfInput, inputOfStored } from '../../scans/import/normalise-findings';

const BATCH_SCANS = 200;

interface StoredRow {
  scanId: string;
  findingId: string;
  position: number;
  title: string;
  algorithm: string | null;
  keySize: number | null;
  assetId: string | null;
  host: string | null;
  port: number | null;
  details: Record<string, unknown> | null;
  format: string;
}

/**
 * Replaces the `fp0_` placeholders of findings and items imported before fingerprints with
 * the real ones, computed by the import's own (pure, deterministic) code, and marks duplicates
 * within each scan as the import does now. A scan at a time, so that a duplicate's first
 * finding is always at hand; batches of scans keep memory bounded. Never edit once merged.
 */
export class RealFingerprints1764676800000 implements MigrationInterface {
  name = 'RealFingerprints1764676800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    let after = '';
    for (;;) {
      const scans = (await queryRunner.query(
        `SELECT DISTINCT scan_id AS id FROM findings
          WHERE fingerprint LIKE 'fp0\\_%' AND scan_id > $1 ORDER BY scan_id LIMIT $2`,
        [after, BATCH_SCANS],
      )) as { id: string }[];
      if (scans.length === 0) return;
      const rows = (await queryRunner.query(
        `SELECT f.scan_id AS "scanId", f.finding_id AS "findingId", f.position, f.title, f.algorithm,
                f.key_size AS "keySize", f.asset_id AS "assetId", f.host, f.port, f.details, s.format
           FROM findings f JOIN scans s ON s.id = f.scan_id
          WHERE f.scan_id = ANY($1::text[]) ORDER BY f.scan_id, f.position`,
        [scans.map((s) => s.id)],
      )) as StoredRow[];
      await this.write(queryRunner, rows);
      after = scans[scans.length - 1].id;
    }
  }

  private async write(queryRunner: QueryRunner, rows: StoredRow[]): Promise<void> {
    const first = new Map<string, StoredRow>();
    const out = rows.map((row) => {
      const identity = identityOfInput(inputOfStored(row));
      const key = `${row.scanId}|${identity.fingerprint}`;
      const original = first.get(key);
      if (!original) first.set(key, row);
      return { row, identity, original };
    });
    const params = [
      out.map((o) => o.row.scanId),
      out.map((o) => o.row.findingId),
      out.map((o) => o.identity.fingerprint),
      out.map((o) => o.identity.quality),
      out.map((o) => o.identity.location),
      out.map((o) => o.original?.findingId ?? null),
      out.map((o) => (o.original ? `rem_${String(o.original.position).padStart(3, '0')}` : null)),
    ];
    await queryRunner.query(
      `UPDATE findings f SET fingerprint = u.fp, fingerprint_quality = u.quality, duplicate_of = u.dup
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
           AS u(scan_id, finding_id, fp, quality, location, dup, dup_rem)
        WHERE f.scan_id = u.scan_id AND f.finding_id = u.finding_id`,
      params,
    );
    await queryRunner.query(
      `UPDATE remediation_items i
          SET fingerprint = u.fp, fingerprint_quality = u.quality, location = u.location,
              duplicate_of_remediation_id = u.dup_rem
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
           AS u(scan_id, finding_id, fp, quality, location, dup, dup_rem)
        WHERE i.scan_id = u.scan_id AND i.finding_id = u.finding_id AND i.fingerprint LIKE 'fp0\\_%'`,
      params,
    );
  }

  async down(): Promise<void> {
    // The placeholders identified nothing; the real fingerprints stay (a rollback of the
    // previous migration drops the columns).
  }
}
