import { Module } from '@nestjs/common';
import { ScansModule } from '../scans/scans.module';
import { RemediationBacklog } from './remediation-backlog';
import { RemediationController } from './remediation.controller';
import { RemediationHistoryRepository } from './remediation-history.repository';
import { RemediationItemsRepository } from './remediation-items.repository';
import { RemediationService } from './remediation.service';

/** Backlog items and their history. Builds on scans (never the reverse): see ScanBacklogSlot. */
@Module({
  imports: [ScansModule],
  controllers: [RemediationController],
  providers: [
    RemediationItemsRepository,
    RemediationHistoryRepository,
    RemediationBacklog,
    RemediationService,
  ],
  exports: [RemediationItemsRepository, RemediationService],
})
export class RemediationModule {}
