import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ScansModule } from '../scans/scans.module';
import { AiController } from './ai.controller';
import { AiService, EXPLAINER } from './ai.service';
import { ClaudeExplainer } from './claude-explainer';
import { ExplanationsRepository } from './explanations.repository';
import { OfflineExplainer } from './offline-explainer.adapter';

@Module({
  imports: [ScansModule],
  controllers: [AiController],
  providers: [
    OfflineExplainer,
    ExplanationsRepository,
    AiService,
    {
      provide: EXPLAINER,
      inject: [APP_CONFIG, OfflineExplainer],
      useFactory: (config: AppConfig, offline: OfflineExplainer) =>
        config.anthropicApiKey ? new ClaudeExplainer(config) : offline,
    },
  ],
})
export class AiModule {}
