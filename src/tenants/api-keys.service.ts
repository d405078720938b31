import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sha256Hex } from '../common/auth/credentials';
import { actorOf, Caller } from '../common/auth/principal';
import { Conflict, InvalidRequest, NotFound } from '../common/errors/domain-errors';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { newId } from '../common/ids';
import { Role } from '../common/auth/roles';
import { ApiKeyEntity } from './api-key.entity';
import { generateKeySecret } from './api-key-secret';
import { ApiKeyVerifierService } from './api-key-verifier.service';
import { ApiKeysRepository } from './api-keys.repository';
import { toApiKeyDto } from './mappers';
import { ApiKeyListDto } from './tenant.dto';
import { AuditRepository } from '../audit/audit.repository';
import { TenantsRepository } from './tenants.repository';

export interface IssueKeyCommand {
  tenantId: string;
  label: string;
  role: Role;
  expiresAt: Date | null;
}

/** The command for a key request body, with the contract's defaults. */
export function issueKeyCommand(
  tenantId: string,
  body: { label: string; role?: Role; expiresAt?: string },
): IssueKeyCommand {
  return {
    tenantId,
    label: body.label,
    role: body.role ?? 'operator',
    expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
  };
}

/** Issuing, listing and revoking keys. Every method is scoped to one tenant. */
@Injectable()
export class ApiKeysService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly keys: ApiKeysRepository,
    private readonly tenants: TenantsRepository,
    private readonly audit: AuditRepository,
    private readonly verifier: ApiKeyVerifierService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(
    caller: Caller,
    command: IssueKeyCommand,
  ): Promise<{ key: ApiKeyEntity; secret: string }> {
    if (command.expiresAt && command.expiresAt.getTime() <= Date.now()) {
      throw InvalidRequest.field('expiresAt', 'expiresAt must lie in the future');
    }
    if (!(await this.tenants.exists(command.tenantId))) throw new NotFound('Tenant');
    const { secret, displayPrefix } = generateKeySecret();
    const key = await this.dataSource.transaction(async (manager) => {
      // Each key has its own AI budget: uncapped keys would multiply the tenant's.
      const active = await this.keys.countActiveLocked(manager, command.tenantId);
      if (active >= this.config.maxActiveKeysPerTenant) {
        throw new Conflict(
          `The tenant already has ${active} active keys (MAX_ACTIVE_KEYS_PER_TENANT ` +
            `${this.config.maxActiveKeysPerTenant}); revoke one first.`,
        );
      }
      const saved = await this.keys.insert(manager, {
        id: newId('key'),
        tenantId: command.tenantId,
        label: command.label,
        role: command.role,
        keyHash: sha256Hex(secret),
        keyPrefix: displayPrefix,
        expiresAt: command.expiresAt,
        revokedAt: null,
        lastUsedAt: null,
      });
      await this.audit.append(manager, {
        tenantId: command.tenantId,
        actor: actorOf(caller),
        action: 'api_key.issued',
        targetType: 'api_key',
        targetId: saved.id,
        details: {
          label: command.label,
          role: command.role,
          expiresAt: command.expiresAt?.toISOString() ?? null,
        },
      });
      return saved;
    });
    return { key, secret };
  }

  async list(tenantId: string): Promise<ApiKeyListDto> {
    if (!(await this.tenants.exists(tenantId))) throw new NotFound('Tenant');
    const keys = await this.keys.listForTenant(tenantId);
    return { tenantId, keys: keys.map(toApiKeyDto) };
  }

  /** `tenantId` null only for the platform admin, who may revoke any key. Repeating is harmless. */
  async revoke(caller: Caller, keyId: string, tenantId: string | null): Promise<void> {
    const key = await this.keys.findById(keyId, tenantId ?? undefined);
    if (!key) throw new NotFound('API key');
    await this.dataSource.transaction(async (manager) => {
      const revokedNow = await this.keys.revoke(manager, keyId);
      if (!revokedNow) return;
      await this.audit.append(manager, {
        tenantId: key.tenantId,
        actor: actorOf(caller),
        action: 'api_key.revoked',
        targetType: 'api_key',
        targetId: keyId,
        details: { label: key.label },
      });
    });
    this.verifier.forget(keyId);
  }
}
