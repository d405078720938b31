import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TenantEntity } from './tenant.entity';

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
    const rows: { id: string; name: string; createdAt: Date }[] = await manager.query(
      `INSERT INTO tenants (id, name) VALUES ($1, $2)
       ON CONFLICT (id) DO NOTHING
       RETURNING id, name, created_at AS "createdAt"`,
      [id, name],
    );
    return rows[0] ?? null;
  }

  list(): Promise<TenantEntity[]> {
    return this.dataSource
      .getRepository(TenantEntity)
      .find({ order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(TenantEntity).exists({ where: { id } });
  }

  async isEmpty(): Promise<boolean> {
    return !(await this.dataSource.getRepository(TenantEntity).exists({}));
  }
}
