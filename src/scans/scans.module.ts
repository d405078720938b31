import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module';
import { FindingsRepository } from './findings.repository';
import { RemediationItemsRepository } from './remediation-items.repository';
import { ScansController } from './scans.controller';
import { ScansRepository } from './scans.repository';
import { ScansService } from './scans.service';

@Module({
  imports: [TenantsModule],
  controllers: [ScansController],
  providers: [ScansRepository, FindingsRepository, RemediationItemsRepository, ScansService],
  exports: [ScansRepository, FindingsRepository, RemediationItemsRepository, ScansService],
})
export class ScansModule {}
