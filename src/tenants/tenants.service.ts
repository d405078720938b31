import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { actorOf, Caller } from '../common/auth/principal';
import { Conflict } from '../common/errors/domain-errors';
import { AuditRepository } from '../audit/audit.repository';
import { toTenantDto } from './mappers';
import { TenantListDto } from './tenant.dto';
import { TenantEntity } from './tenant.entity';
import { TenantsRepository } from './tenants.repository';

@Injectable()
export class TenantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tenants: TenantsRepository,
    private readonly audit: AuditRepository,
  ) {}

  create(caller: Caller, name: string, requestedId?: string): Promise<TenantEntity> {
    const id = requestedId ?? `tenant-${randomBytes(6).toString('hex')}`;
    return this.dataSource.transaction(async (manager) => {
      const tenant = await this.tenants.insertIfAbsent(manager, id, name);
      if (!tenant) throw new Conflict(`Tenant "${id}" already exists.`);
      await this.audit.append(manager, {
        tenantId: id,
        actor: actorOf(caller),
        action: 'tenant.created',
        targetType: 'tenant',
        targetId: id,
        details: { name },
      });
      return tenant;
    });
  }

  async list(): Promise<TenantListDto> {
    const tenants = await this.tenants.list();
    return { count: tenants.length, tenants: tenants.map(toTenantDto) };
  }
}
