import { Module } from '@nestjs/common';
import { API_KEY_VERIFIER } from '../common/auth/principal';
import { AdminController } from './admin.controller';
import { ApiKeyVerifierService } from './api-key-verifier.service';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { AuditController } from './audit.controller';
import { AuditRepository } from './audit.repository';
import { TenantApiKeysController } from './tenant-api-keys.controller';
import { TenantsRepository } from './tenants.repository';
import { TenantsService } from './tenants.service';

@Module({
  controllers: [AdminController, TenantApiKeysController, AuditController],
  providers: [
    TenantsRepository,
    ApiKeysRepository,
    AuditRepository,
    TenantsService,
    ApiKeysService,
    ApiKeyVerifierService,
    { provide: API_KEY_VERIFIER, useExisting: ApiKeyVerifierService },
  ],
  exports: [API_KEY_VERIFIER, AuditRepository, TenantsService, ApiKeysService, TenantsRepository],
})
export class TenantsModule {}
