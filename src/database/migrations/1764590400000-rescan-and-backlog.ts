import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rescans and the tenant backlog: finding identity (fingerprints), carry-forward and
 * verification columns, the rescan diff, SLA policies, and system actors in history and audit.
 * Generated from the entities (schema builder log), then reviewed: the NOT NULL columns that
 * existing rows cannot have yet are added nullable, filled, then enforced. Existing rows get a
 * placeholder fingerprint (`fp0_` + their own key: unique, so nothing matches it); the next
 * migration computes the real ones. Never edit once merged.
 */
export class RescanAndBacklog1764590400000 implements MigrationInterface {
  name = 'RescanAndBacklog1764590400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const query of [
      `CREATE TABLE "rescan_changes" ("scan_id" text NOT NULL, "seq" integer NOT NULL, "tenant_id" text NOT NULL, "change" text NOT NULL, "item_scan_id" text NOT NULL, "item_remediation_id" text NOT NULL, CONSTRAINT "PK_d4093b979e86d7dd9dc85fd9324" PRIMARY KEY ("scan_id", "seq"))`,
      `CREATE TABLE "sla_policies" ("tenant_id" text NOT NULL, "days" jsonb NOT NULL, "due_soon_days" integer NOT NULL, "restart_on_reopen" boolean NOT NULL, "version" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by_key_id" text, "updated_by_label" text, CONSTRAINT "PK_8367c67283819e019db89361893" PRIMARY KEY ("tenant_id"))`,
      `ALTER TABLE "audit_log" ADD "actor_type" text NOT NULL DEFAULT 'key'`,
      `ALTER TABLE "findings" ADD "fingerprint" text`,
      `ALTER TABLE "findings" ADD "fingerprint_quality" text`,
      `ALTER TABLE "findings" ADD "duplicate_of" text`,
      `ALTER TABLE "remediation_items" ADD "fingerprint" text`,
      `ALTER TABLE "remediation_items" ADD "fingerprint_quality" text`,
      `ALTER TABLE "remediation_items" ADD "location" text`,
      `ALTER TABLE "remediation_items" ADD "first_seen_at" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "remediation_items" ADD "carried_from_scan_id" text`,
      `ALTER TABLE "remediation_items" ADD "carried_from_remediation_id" text`,
      `ALTER TABLE "remediation_items" ADD "superseded_by_scan_id" text`,
      `ALTER TABLE "remediation_items" ADD "superseded_by_remediation_id" text`,
      `ALTER TABLE "remediation_items" ADD "duplicate_of_remediation_id" text`,
      `ALTER TABLE "remediation_items" ADD "regression" boolean NOT NULL DEFAULT false`,
      `ALTER TABLE "remediation_items" ADD "reopen_count" integer NOT NULL DEFAULT '0'`,
      `ALTER TABLE "remediation_items" ADD "reopened_at" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "remediation_items" ADD "verification_state" text`,
      `ALTER TABLE "remediation_items" ADD "verification_scan_id" text`,
      `ALTER TABLE "remediation_items" ADD "verification_checked_at" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "remediation_items" ADD "sla_breach_recorded_for" TIMESTAMP WITH TIME ZONE`,
      `ALTER TABLE "scans" ADD "target_key" text`,
      `ALTER TABLE "scans" ADD "baseline_scan_id" text`,
      `ALTER TABLE "scans" ADD "coverage" text`,
      `ALTER TABLE "scans" ADD "rescan_counts" jsonb`,
      `ALTER TABLE "remediation_history" ADD "actor_type" text NOT NULL DEFAULT 'key'`,
      `CREATE INDEX "idx_remediation_items_current" ON "remediation_items"  ("tenant_id", "scan_id", "position") WHERE superseded_by_scan_id IS NULL`,
      `CREATE INDEX "idx_remediation_items_current_fingerprint" ON "remediation_items"  ("tenant_id", "fingerprint") WHERE superseded_by_scan_id IS NULL`,
      `CREATE INDEX "idx_scans_tenant_target" ON "scans"  ("tenant_id", "target_key", "created_at")`,
      `UPDATE "findings" SET "fingerprint" = 'fp0_' || md5("scan_id" || '/' || "finding_id"), "fingerprint_quality" = 'weak'`,
      `UPDATE "remediation_items" SET "fingerprint" = 'fp0_' || md5("scan_id" || '/' || "remediation_id"), "fingerprint_quality" = 'weak', "first_seen_at" = "created_at"`,
      `UPDATE "scans" SET "target_key" = nullif(regexp_replace(lower(btrim("target")), '\\.$', ''), '')`,
      `ALTER TABLE "findings" ALTER COLUMN "fingerprint" SET NOT NULL`,
      `ALTER TABLE "findings" ALTER COLUMN "fingerprint_quality" SET NOT NULL`,
      `ALTER TABLE "remediation_items" ALTER COLUMN "fingerprint" SET NOT NULL`,
      `ALTER TABLE "remediation_items" ALTER COLUMN "fingerprint_quality" SET NOT NULL`,
      `ALTER TABLE "remediation_items" ALTER COLUMN "first_seen_at" SET NOT NULL`,
    ]) {
      await queryRunner.query(query);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const query of [
      `DROP INDEX "public"."idx_scans_tenant_target"`,
      `DROP INDEX "public"."idx_remediation_items_current_fingerprint"`,
      `DROP INDEX "public"."idx_remediation_items_current"`,
      `ALTER TABLE "remediation_history" DROP COLUMN "actor_type"`,
      `ALTER TABLE "scans" DROP COLUMN "rescan_counts"`,
      `ALTER TABLE "scans" DROP COLUMN "coverage"`,
      `ALTER TABLE "scans" DROP COLUMN "baseline_scan_id"`,
      `ALTER TABLE "scans" DROP COLUMN "target_key"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "sla_breach_recorded_for"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "verification_checked_at"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "verification_scan_id"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "verification_state"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "reopened_at"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "reopen_count"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "regression"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "duplicate_of_remediation_id"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "superseded_by_remediation_id"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "superseded_by_scan_id"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "carried_from_remediation_id"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "carried_from_scan_id"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "first_seen_at"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "location"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "fingerprint_quality"`,
      `ALTER TABLE "remediation_items" DROP COLUMN "fingerprint"`,
      `ALTER TABLE "findings" DROP COLUMN "duplicate_of"`,
      `ALTER TABLE "findings" DROP COLUMN "fingerprint_quality"`,
      `ALTER TABLE "findings" DROP COLUMN "fingerprint"`,
      `ALTER TABLE "audit_log" DROP COLUMN "actor_type"`,
      `DROP TABLE "sla_policies"`,
      `DROP TABLE "rescan_changes"`,
    ]) {
      await queryRunner.query(query);
    }
  }
}
