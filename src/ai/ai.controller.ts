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
import { ExplainScanRequestDto, ScanBriefDto } from './explain-scan.dto';
import { ExplainScanService } from './explain-scan.service';

@ApiTags('ai')
@Controller('tenant/ai')
export class AiController {
  constructor(
    private readonly ai: AiService,
    private readonly scanBrief: ExplainScanService,
  ) {}

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

  @Post('explain-scan')
  @HttpCode(200)
  @Roles('viewer')
  @AiRateLimited()
  @ApiOperation({
    operationId: 'explainScan',
    summary: 'Brief a whole scan for executives or engineers.',
    description:
      'Summarises one scan of the caller’s tenant: `facts` (finding counts per severity, backlog ' +
      'items per status, SLA breaches, quantum-vulnerable findings, readiness score, the rescan ' +
      'comparison and the nearest dated standard deadline) and `keyRisks` (up to 5 open items: ' +
      'past their SLA first, then by severity, then quantum-vulnerable key exchange) are computed ' +
      'by the service. Claude (when configured) or the built-in templates only phrase them for ' +
      'the audience: `executive` (default: business risk, deadlines, what to fund) or ' +
      '`engineering` (concrete steps per key risk). Every quantity in the text is one of the ' +
      'facts; a model answer that states any other number, or fails in any way, is replaced by ' +
      'the built-in brief (source "offline"), never a 5xx. Answers are cached per scan state ' +
      'and audience (cached: true); a change of the facts asks anew. Role: any (viewer and up). ' +
      '404 when the scan does not exist in this tenant; 422 on an invalid body; 429 over the AI ' +
      'rate limits (per key and per tenant).',
  })
  // No named body examples: the client spec replays each against a scan of its own, and a
  // scan id cannot be known in advance. The DTO's property examples document the shape.
  @ApiBody({ type: ExplainScanRequestDto })
  @ApiOkResponse({ type: ScanBriefDto })
  @ApiNotFoundResponse({
    description: 'The scan does not exist in this tenant.',
    type: ErrorEnvelope,
  })
  @ApiJsonBodyErrors()
  explainScan(
    @CurrentKey() key: Principal,
    @Body() body: ExplainScanRequestDto,
  ): Promise<ScanBriefDto> {
    return this.scanBrief.explain(key, body);
  }
}
