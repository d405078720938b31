import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { RemediationModule } from '../remediation/remediation.module';
import { ScansModule } from '../scans/scans.module';
import { AiController } from './ai.controller';
import { AiService, EXPLAINER } from './ai.service';
import { AppLogger } from '../common/logging/app-logger';
import { LOGGER } from '../common/logging/logger.module';
import { ClaudeClient } from './claude/claude-client';
import { CLAUDE_CLIENT } from './claude/claude-client.token';
import { ClaudeExplainer } from './claude-explainer';
import { ExplainScanService } from './explain-scan.service';
import { ExplanationsRepository } from './explanations.repository';
import { OfflineExplainer } from './offline-explainer.adapter';

export { CLAUDE_CLIENT };

@Module({
  imports: [ScansModule, RemediationModule],
  controllers: [AiController],
  providers: [
    OfflineExplainer,
    ExplanationsRepository,
    AiService,
    ExplainScanService,
    {
      provide: CLAUDE_CLIENT,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: AppLogger): ClaudeClient | null =>
        config.anthropicApiKey ? new ClaudeClient(config, logger) : null,
    },
    {
      provide: EXPLAINER,
      inject: [CLAUDE_CLIENT, OfflineExplainer],
      useFactory: (claude: ClaudeClient | null, offline: OfflineExplainer) =>
        claude ? new ClaudeExplainer(claude) : offline,
    },
  ],
  exports: [CLAUDE_CLIENT],
})
export class AiModule {}
