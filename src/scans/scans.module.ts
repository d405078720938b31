import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { FindingsRepository } from './findings.repository';
import { ScanBacklogSlot } from './scan-backlog';
import { ScansController } from './scans.controller';
import { ScansRepository } from './scans.repository';
import { ScansService } from './scans.service';

/** Scans and findings. The backlog of each scan belongs to remediation/, which attaches it. */
@Module({
  imports: [AuditModule],
  controllers: [ScansController],
  providers: [ScansRepository, FindingsRepository, ScanBacklogSlot, ScansService],
  exports: [ScansRepository, FindingsRepository, ScanBacklogSlot, ScansService],
})
export class ScansModule {}
