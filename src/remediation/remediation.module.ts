import { Module } from '@nestjs/common';
import { ScansModule } from '../scans/scans.module';
import { RemediationController } from './remediation.controller';
import { RemediationHistoryRepository } from './remediation-history.repository';
import { RemediationService } from './remediation.service';

@Module({
  imports: [ScansModule],
  controllers: [RemediationController],
  providers: [RemediationHistoryRepository, RemediationService],
})
export class RemediationModule {}
