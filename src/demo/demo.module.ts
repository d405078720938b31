import { Module } from '@nestjs/common';
import { RemediationModule } from '../remediation/remediation.module';
import { ScansModule } from '../scans/scans.module';
import { TenantsModule } from '../tenants/tenants.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [TenantsModule, ScansModule, RemediationModule],
  providers: [DemoDataService],
})
export class DemoModule {}
