import { DataSourceOptions } from 'typeorm';
import { ApiKeyEntity } from '../tenants/api-key.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { TenantEntity } from '../tenants/tenant.entity';
import { FindingEntity } from '../scans/finding.entity';
import { RemediationItemEntity } from '../remediation/remediation-item.entity';
import { ScanEntity } from '../scans/scan.entity';
import { RemediationHistoryEntity } from '../remediation/remediation-history.entity';
import { RescanChangeEntity } from '../remediation/rescan-change.entity';
import { SlaPolicyEntity } from '../remediation/sla-policy.entity';
import { ExplanationEntity } from '../ai/explanation.entity';
import { MIGRATIONS } from './migrations';
import { WEBHOOK_ENTITIES } from '../webhooks/webhook.entities';

export const ENTITIES = [
  TenantEntity,
  ApiKeyEntity,
  AuditEntryEntity,
  ScanEntity,
  FindingEntity,
  RemediationItemEntity,
  RemediationHistoryEntity,
  RescanChangeEntity,
  SlaPolicyEntity,
  ExplanationEntity,
  ...WEBHOOK_ENTITIES,
];

export const POOL_SIZE = 10;

/** Same entities, migrations and SQL for the embedded database and a Postgres server. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'all',
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: POOL_SIZE,
      // Fail fast while the database is down, so that callers get a 503 rather than a hang.
      connectionTimeoutMillis: 3_000,
      query_timeout: 8_000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
  };
}
