import { toIso } from '../common/pagination';
import { ApiKeyEntity } from './api-key.entity';
import { TenantEntity } from './tenant.entity';
import { ApiKeyDto, IssuedKeyDto, TenantDto } from './tenant.dto';

export function toTenantDto(tenant: TenantEntity): TenantDto {
  return { tenantId: tenant.id, name: tenant.name, createdAt: tenant.createdAt.toISOString() };
}

export function toApiKeyDto(key: ApiKeyEntity): ApiKeyDto {
  return {
    keyId: key.id,
    label: key.label,
    role: key.role,
    keyPrefix: key.keyPrefix,
    createdAt: key.createdAt.toISOString(),
    expiresAt: toIso(key.expiresAt),
    lastUsedAt: toIso(key.lastUsedAt),
    revokedAt: toIso(key.revokedAt),
  };
}

export function toIssuedKeyDto(key: ApiKeyEntity, secret: string): IssuedKeyDto {
  return {
    keyId: key.id,
    tenantId: key.tenantId,
    label: key.label,
    role: key.role,
    keyPrefix: key.keyPrefix,
    apiKey: secret,
    expiresAt: toIso(key.expiresAt),
    createdAt: key.createdAt.toISOString(),
  };
}
