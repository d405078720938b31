import { Module } from '@nestjs/common';
import { ScansModule } from '../scans/scans.module';
import { TenantsModule } from '../tenants/tenants.module';
import { DemoDataService } from './demo-data.service';

@Module({
  imports: [TenantsModule, ScansModule],
  providers: [DemoDataService],
})
export class DemoModule {}
