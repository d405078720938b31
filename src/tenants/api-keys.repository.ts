import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ApiKeyEntity } from './api-key.entity';

export interface ActiveKeyRow {
  id: string;
  tenantId: string;
  role: ApiKeyEntity['role'];
  label: string;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
}

const KEY_COLUMNS = `id, tenant_id AS "tenantId", label, role, key_hash AS "keyHash",
  key_prefix AS "keyPrefix", expires_at AS "expiresAt", revoked_at AS "revokedAt",
  last_used_at AS "lastUsedAt", created_at AS "createdAt"`;

/** All SQL on api_keys. */
@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    key: Omit<ApiKeyEntity, 'createdAt' | 'tenant'>,
  ): Promise<ApiKeyEntity> {
    const rows: ApiKeyEntity[] = await manager.query(
      `INSERT INTO api_keys (id, tenant_id, label, role, key_hash, key_prefix, expires_at, revoked_at, last_used_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING ${KEY_COLUMNS}`,
      [
        key.id,
        key.tenantId,
        key.label,
        key.role,
        key.keyHash,
        key.keyPrefix,
        key.expiresAt,
        key.revokedAt,
        key.lastUsedAt,
      ],
    );
    return rows[0];
  }

  /**
   * Active (neither revoked nor expired) keys of a tenant, counted after taking the tenant's
   * key lock, so that concurrent issues cannot both pass the cap.
   */
  async countActiveLocked(manager: EntityManager, tenantId: string): Promise<number> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('api_keys:' || $1))`, [tenantId]);
    const rows: { count: string }[] = await manager.query(
      `SELECT count(*) AS count FROM api_keys
        WHERE tenant_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [tenantId],
    );
    return Number(rows[0].count);
  }

  async findUsableByHash(keyHash: string): Promise<ActiveKeyRow | null> {
    const rows: ActiveKeyRow[] = await this.dataSource.query(
      `SELECT id, tenant_id AS "tenantId", role, label, expires_at AS "expiresAt", last_used_at AS "lastUsedAt"
         FROM api_keys
        WHERE key_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [keyHash],
    );
    return rows[0] ?? null;
  }

  listForTenant(tenantId: string): Promise<ApiKeyEntity[]> {
    return this.dataSource.query(
      `SELECT ${KEY_COLUMNS} FROM api_keys WHERE tenant_id = $1 ORDER BY created_at, id`,
      [tenantId],
    );
  }

  /** With no tenant given (the platform admin), any tenant's key. */
  async findById(keyId: string, tenantId?: string): Promise<ApiKeyEntity | null> {
    const rows: ApiKeyEntity[] = await this.dataSource.query(
      `SELECT ${KEY_COLUMNS} FROM api_keys WHERE id = $1 AND ($2::text IS NULL OR tenant_id = $2)`,
      [keyId, tenantId ?? null],
    );
    return rows[0] ?? null;
  }

  /** Sets revoked_at once; a repeated revoke keeps the first time. */
  async revoke(manager: EntityManager, keyId: string): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(
      `UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [keyId],
    );
    return result[1] > 0;
  }

  /** Written at most about once a minute per key, so that auth stays one cached lookup. */
  async touchLastUsed(keyId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_keys SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '60 seconds')`,
      [keyId],
    );
  }
}
