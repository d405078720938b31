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
    operationId: 'explainFinding',
    summary: 'Generate AI explanation for a finding with optional context.',
    description:
      'Explains a finding in plain language: its impact, the standard and deadline that apply, ' +
      'and next steps. The finding is either a reference to a stored one ({id, scanId?}) or a ' +
      'free-form description; `context` tailors the answer. Claude writes the answer when ' +
      'configured (source "claude"); otherwise, or when the model fails in any way, the built-in ' +
      'expert explainer does (source "offline"), never a 5xx. Identical requests within a tenant ' +
      'are answered from a cache (cached: true). Role: any (viewer and up). 404 when a referenced ' +
      'finding does not exist in this tenant; 422 when neither finding nor context is sent; 429 ' +
      'over AI_RATE_LIMIT_PER_MINUTE for the key.',
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
