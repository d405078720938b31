import { MigrationInterface, QueryRunner } from 'typeorm';

/** Generated from the entities (schema builder log), then reviewed. Never edit once merged. */
export class InitialSchema1763888400000 implements MigrationInterface {
  name = 'InitialSchema1763888400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "tenants" ("id" text NOT NULL, "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_53be67a04681c66b87ee27c9321" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "api_keys" ("id" text NOT NULL, "tenant_id" text NOT NULL, "label" text NOT NULL, "role" text NOT NULL, "key_hash" text NOT NULL, "key_prefix" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_keys_hash" ON "api_keys" ("key_hash")`);
    await queryRunner.query(
      `CREATE INDEX "idx_api_keys_tenant" ON "api_keys" ("tenant_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "tenant_id" text NOT NULL, "actor_key_id" text, "actor_label" text NOT NULL, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" text NOT NULL, "details" jsonb, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_audit_log_tenant" ON "audit_log" ("tenant_id", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "findings" ("scan_id" text NOT NULL, "finding_id" text NOT NULL, "tenant_id" text NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "severity" text NOT NULL, "category" text NOT NULL, "algorithm" text, "key_size" integer, "asset_id" text, "host" text, "port" integer, "quantum_vulnerable" boolean NOT NULL, "details" jsonb, CONSTRAINT "PK_1d0f73b8e835b5b65f0af4aeb5b" PRIMARY KEY ("scan_id", "finding_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_findings_tenant_finding" ON "findings" ("tenant_id", "finding_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_findings_scan_position" ON "findings" ("scan_id", "position")`,
    );
    await queryRunner.query(
      `CREATE TABLE "remediation_items" ("scan_id" text NOT NULL, "remediation_id" text NOT NULL, "tenant_id" text NOT NULL, "position" integer NOT NULL, "finding_id" text NOT NULL, "asset_id" text, "title" text NOT NULL, "severity" text NOT NULL, "status" text NOT NULL, "owner" text, "notes" text, "target_date" text, "due_at" TIMESTAMP WITH TIME ZONE, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_by_key_id" text, "updated_by_label" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_17ffdbd7d62e2e809bd8790da1a" PRIMARY KEY ("scan_id", "remediation_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_remediation_items_scan_severity" ON "remediation_items" ("scan_id", "severity", "position")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_remediation_items_scan_status" ON "remediation_items" ("scan_id", "status", "position")`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_remediation_items_scan_position" ON "remediation_items" ("scan_id", "position")`,
    );
    await queryRunner.query(
      `CREATE TABLE "scans" ("id" text NOT NULL, "tenant_id" text NOT NULL, "target" text, "label" text, "status" text NOT NULL DEFAULT 'completed', "format" text NOT NULL, "finding_count" integer NOT NULL, "readiness_score" integer NOT NULL, "readiness_band" text NOT NULL, "created_by_key_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41156c08314b9e541c1cb18c588" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_scans_tenant_created" ON "scans" ("tenant_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "remediation_history" ("id" BIGSERIAL NOT NULL, "tenant_id" text NOT NULL, "scan_id" text NOT NULL, "remediation_id" text NOT NULL, "version" integer NOT NULL, "actor_key_id" text, "actor_label" text NOT NULL, "changes" jsonb NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_8fa21a03614ca58e8e91dbbe3d2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_remediation_history_item" ON "remediation_history" ("scan_id", "remediation_id", "id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "ai_explanations" ("tenant_id" text NOT NULL, "cache_key" text NOT NULL, "source" text NOT NULL, "model" text, "answer" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ae99e4a4e9afa2149cb3e902c6a" PRIMARY KEY ("tenant_id", "cache_key"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "api_keys" ADD CONSTRAINT "FK_3ac18429c8d27858d79432e0dda" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "api_keys" DROP CONSTRAINT "FK_3ac18429c8d27858d79432e0dda"`,
    );
    await queryRunner.query(`DROP TABLE "ai_explanations"`);
    await queryRunner.query(`DROP INDEX "public"."idx_remediation_history_item"`);
    await queryRunner.query(`DROP TABLE "remediation_history"`);
    await queryRunner.query(`DROP INDEX "public"."idx_scans_tenant_created"`);
    await queryRunner.query(`DROP TABLE "scans"`);
    await queryRunner.query(`DROP INDEX "public"."idx_remediation_items_scan_position"`);
    await queryRunner.query(`DROP INDEX "public"."idx_remediation_items_scan_status"`);
    await queryRunner.query(`DROP INDEX "public"."idx_remediation_items_scan_severity"`);
    await queryRunner.query(`DROP TABLE "remediation_items"`);
    await queryRunner.query(`DROP INDEX "public"."idx_findings_scan_position"`);
    await queryRunner.query(`DROP INDEX "public"."idx_findings_tenant_finding"`);
    await queryRunner.query(`DROP TABLE "findings"`);
    await queryRunner.query(`DROP INDEX "public"."idx_audit_log_tenant"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."idx_api_keys_tenant"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_keys_hash"`);
    await queryRunner.query(`DROP TABLE "api_keys"`);
    await queryRunner.query(`DROP TABLE "tenants"`);
  }
}
