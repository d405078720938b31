import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantEntity } from './tenant.entity';

const TENANT_COLUMNS = `id, name, created_at AS "createdAt"`;

/** All SQL on tenants. */
@Injectable()
export class TenantsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts unless the id is taken; null when it is. One statement, no race. */
  async insertIfAbsent(
    manager: EntityManager,
    id: string,
    name: string,
  ): Promise<TenantEntity | null> {
    const rows: TenantEntity[] = await manager.query(
      `INSERT INTO tenants (id, name) VALUES ($1, $2)
       ON CONFLICT (id) DO NOTHING
       RETURNING ${TENANT_COLUMNS}`,
      [id, name],
    );
    return rows[0] ?? null;
  }

  list(): Promise<TenantEntity[]> {
    return this.dataSource.query(`SELECT ${TENANT_COLUMNS} FROM tenants ORDER BY created_at, id`);
  }

  async exists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM tenants WHERE id = $1`, [
      id,
    ]);
    return rows.length > 0;
  }

  async isEmpty(): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM tenants LIMIT 1`);
    return rows.length === 0;
  }
}
