import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { API_KEY_VERIFIER } from '../common/auth/principal';
import { AdminController } from './admin.controller';
import { ApiKeyVerifierService } from './api-key-verifier.service';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { TenantApiKeysController } from './tenant-api-keys.controller';
import { TenantsRepository } from './tenants.repository';
import { TenantsService } from './tenants.service';

@Module({
  imports: [AuditModule],
  controllers: [AdminController, TenantApiKeysController],
  providers: [
    TenantsRepository,
    ApiKeysRepository,
    TenantsService,
    ApiKeysService,
    ApiKeyVerifierService,
    { provide: API_KEY_VERIFIER, useExisting: ApiKeyVerifierService },
  ],
  exports: [API_KEY_VERIFIER, TenantsService, ApiKeysService, TenantsRepository],
})
export class TenantsModule {}
