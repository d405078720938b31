import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ScansModule } from '../scans/scans.module';
import { BacklogController } from './backlog.controller';
import { BacklogRepository } from './backlog.repository';
import { BacklogService } from './backlog.service';
import { BulkService } from './bulk.service';
import { ExportService } from './export.service';
import { RemediationBacklog } from './remediation-backlog';
import { RemediationController } from './remediation.controller';
import { RemediationHistoryRepository } from './remediation-history.repository';
import { RemediationItemsRepository } from './remediation-items.repository';
import { RemediationEvents } from './remediation-events';
import { RemediationService } from './remediation.service';
import { RescanChangesRepository } from './rescan-changes.repository';
import { RescanController } from './rescan.controller';
import { RescanService } from './rescan.service';
import { SlaController } from './sla.controller';
import { SlaPolicyRepository } from './sla-policy.repository';
import { SlaPolicyService } from './sla-policy.service';
import { SlaReportService } from './sla-report.service';
import { SlaSweepRepository } from './sla-sweep.repository';
import { SlaSweepService } from './sla-sweep.service';

/** Backlog items and their history. Builds on scans (never the reverse): see ScanBacklogSlot. */
@Module({
  imports: [ScansModule, AuditModule],
  controllers: [RemediationController, RescanController, BacklogController, SlaController],
  providers: [
    RemediationItemsRepository,
    RemediationHistoryRepository,
    RemediationBacklog,
    RemediationService,
    RemediationEvents,
    // The tenant's backlog across scans, SLA policy, report and sweep, bulk changes, export.
    BacklogRepository,
    BacklogService,
    SlaPolicyRepository,
    SlaPolicyService,
    SlaReportService,
    SlaSweepRepository,
    SlaSweepService,
    BulkService,
    ExportService,
    RescanChangesRepository,
    RescanService,
  ],
  exports: [RemediationItemsRepository, RemediationService, SlaPolicyService],
})
export class RemediationModule {}
