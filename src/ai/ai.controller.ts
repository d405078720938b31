import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentKey, Roles } from '../common/auth/decorators';
import { Principal } from '../common/auth/principal';
import { ApiJsonBodyErrors, ErrorEnvelope } from '../common/errors/error-envelope';
import { AiRateLimited } from '../common/rate-limit/rate-limit.guard';
import { AiService } from './ai.service';
import { ExplainRequestDto, ExplanationDto } from './explain.dto';

@ApiTags('ai')
@Controller('tenant/ai')
export class AiController {
  constructor(private readonly ai: AiService) {}

  @Post('explain')
  @HttpCode(200)
  @Roles('viewer')
  @AiRateLimited()
  @ApiOperation({
    summary: 'Generate AI explanation for a finding with optional context.',
    description:
      'Claude writes the answer when configured (source "claude"); otherwise, or when the model fails in any ' +
      'way, the built-in expert explainer does (source "offline"). Identical requests within a tenant are ' +
      'answered from a cache (cached: true). Limited per key by AI_RATE_LIMIT_PER_MINUTE.',
  })
  @ApiBody({
    type: ExplainRequestDto,
    examples: {
      seed: {
        summary: 'The developer portal example',
        value: {
          finding: { id: 'f_001', title: 'RSA-1024 certificate' },
          context: 'external API edge',
        },
      },
      freeForm: {
        summary: 'A free-form finding',
        value: {
          finding: { title: 'TLS 1.0 enabled', host: 'mail.example.com', port: 465 },
          context: 'internal mail relay',
        },
      },
    },
  })
  @ApiOkResponse({ type: ExplanationDto })
  @ApiNotFoundResponse({
    description: 'A referenced finding ({id, scanId}) does not exist in this tenant.',
    type: ErrorEnvelope,
  })
  @ApiJsonBodyErrors()
  explain(@CurrentKey() key: Principal, @Body() body: ExplainRequestDto): Promise<ExplanationDto> {
    return this.ai.explain(key, body);
  }
}
