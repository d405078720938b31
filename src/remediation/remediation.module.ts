import { Module } from '@nestjs/common';
import { ScansModule } from '../scans/scans.module';
import { RemediationBacklog } from './remediation-backlog';
import { RemediationController } from './remediation.controller';
import { RemediationHistoryRepository } from './remediation-history.repository';
import { RemediationItemsRepository } from './remediation-items.repository';
import { RemediationService } from './remediation.service';
import { RescanChangesRepository } from './rescan-changes.repository';
import { RescanController } from './rescan.controller';
import { RescanService } from './rescan.service';

/** Backlog items and their history. Builds on scans (never the reverse): see ScanBacklogSlot. */
@Module({
  imports: [ScansModule],
  controllers: [RemediationController, RescanController],
  providers: [
    RemediationItemsRepository,
    RemediationHistoryRepository,
    RemediationBacklog,
    RemediationService,
    RescanChangesRepository,
    RescanService,
  ],
  exports: [RemediationItemsRepository, RemediationService],
})
export class RemediationModule {}
