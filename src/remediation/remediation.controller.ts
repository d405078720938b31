import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { CurrentKey, Roles } from '../common/auth/decorators';
import { Principal } from '../common/auth/principal';
import { ApiJsonBodyErrors, ErrorEnvelope } from '../common/errors/error-envelope';
import { UPSERT_REMEDIATION_EXAMPLES } from '../common/openapi/examples';
import { remediationIdInBody, remediationIdParam, scanIdParam } from '../common/id-params';
import {
  HistoryDto,
  HistoryQueryDto,
  QueueQueryDto,
  RemediationItemResponseDto,
  RemediationQueueDto,
  UpsertRemediationDto,
} from './remediation.dto';
import { RemediationService } from './remediation.service';

@ApiTags('remediation')
@Controller('tenant/scans/:scan_id/remediation')
export class RemediationController {
  constructor(private readonly remediation: RemediationService) {}

  @Post()
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    operationId: 'upsertRemediation',
    summary: 'Create or update remediation ownership, status, notes, and target date.',
    description:
      'Sets the status (required) and optionally owner, notes and target date of one backlog item ' +
      'of the scan, named by `remediationId`. Fields left out keep their values; null clears ' +
      'owner, notes and targetDate. accepted_risk and false_positive need notes as the ' +
      'justification. Every accepted change bumps version (also the ETag) and appends a history ' +
      'entry; a request that changes nothing does neither. Role: operator or admin. 404 for an ' +
      "unknown (or another tenant's) scan or item; 412 when If-Match names another version; 422 " +
      "for invalid fields, a missing justification, or an assetId that is not the item's asset.",
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Expected current version (2, "2" or *); 412 when it differs.',
    // No example: Swagger UI would prefill it, and the second try would answer 412.
    schema: { type: 'string' },
  })
  @ApiBody({ type: UpsertRemediationDto, examples: UPSERT_REMEDIATION_EXAMPLES })
  @ApiOkResponse({
    type: RemediationItemResponseDto,
    headers: {
      ETag: {
        description: 'The item version, quoted: send it back as If-Match.',
        schema: { type: 'string', example: '"2"' },
      },
    },
  })
  @ApiNotFoundResponse({
    description: 'Unknown scan (or another tenant’s) or unknown remediationId.',
    type: ErrorEnvelope,
  })
  @ApiPreconditionFailedResponse({
    description: 'If-Match does not match the current version.',
    type: ErrorEnvelope,
  })
  @ApiConflictResponse({
    description:
      'The item was superseded by a rescan; detail names the current scanId and remediationId.',
    type: ErrorEnvelope,
  })
  @ApiJsonBodyErrors()
  async upsert(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Body(remediationIdInBody) body: UpsertRemediationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RemediationItemResponseDto> {
    const item = await this.remediation.upsert(key, scanId, body, ifMatch);
    reply.header('ETag', `"${item.version}"`);
    return { item };
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({
    operationId: 'listRemediation',
    summary: 'The backlog of a scan with current status, in finding order, filtered and paged.',
    description:
      "The scan's remediation items in finding order, filtered by status, severity (each any of " +
      'several values), owner and overdue, one page at a time: pass ' +
      '`nextCursor` as `cursor`. Role: any (viewer and up). 404 for an unknown (or another ' +
      "tenant's) scan; 422 for an unknown filter value, a `limit` outside 1–200 or a foreign cursor.",
  })
  @ApiOkResponse({ type: RemediationQueueDto })
  @ApiNotFoundResponse({ description: 'Unknown scan (or another tenant’s).', type: ErrorEnvelope })
  @ApiUnprocessableEntityResponse({
    description: 'Invalid filter, `limit` or `cursor`; `detail` lists each field.',
    type: ErrorEnvelope,
  })
  queue(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Query() query: QueueQueryDto,
  ): Promise<RemediationQueueDto> {
    return this.remediation.queue(key.tenantId, scanId, query);
  }

  @Get(':remediation_id')
  @Roles('viewer')
  @ApiOperation({
    operationId: 'getRemediationItem',
    summary: 'One backlog item.',
    description:
      'The item with its current status, owner, notes, target date and version; the ETag header ' +
      'carries the version for a later If-Match. Role: any (viewer and up). 404 for an unknown ' +
      "(or another tenant's) scan or item.",
  })
  @ApiOkResponse({
    type: RemediationItemResponseDto,
    headers: {
      ETag: {
        description: 'The item version, quoted: send it back as If-Match.',
        schema: { type: 'string', example: '"2"' },
      },
    },
  })
  @ApiNotFoundResponse({
    description: 'Unknown scan or item (or another tenant’s).',
    type: ErrorEnvelope,
  })
  async item(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Param('remediation_id', remediationIdParam) remediationId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RemediationItemResponseDto> {
    const item = await this.remediation.item({ tenantId: key.tenantId, scanId, remediationId });
    reply.header('ETag', `"${item.version}"`);
    return { item };
  }

  @Get(':remediation_id/history')
  @Roles('viewer')
  @ApiOperation({
    operationId: 'listRemediationHistory',
    summary: 'Every accepted change of an item, oldest first.',
    description:
      'One entry per accepted change: when, by which key, the version it produced, each ' +
      'changed field with its old and new value, and the `bulkId` when a bulk change made it ' +
      '(null otherwise). Oldest first, one page at a time: pass ' +
      '`nextCursor` as `cursor`. Role: any (viewer and up). 404 for an unknown (or another ' +
      "tenant's) scan or item; 422 for a `limit` outside 1–500 or a foreign cursor.",
  })
  @ApiOkResponse({ type: HistoryDto })
  @ApiNotFoundResponse({
    description: 'Unknown scan or item (or another tenant’s).',
    type: ErrorEnvelope,
  })
  @ApiUnprocessableEntityResponse({
    description: 'Invalid `limit` or `cursor`.',
    type: ErrorEnvelope,
  })
  history(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Param('remediation_id', remediationIdParam) remediationId: string,
    @Query() query: HistoryQueryDto,
  ): Promise<HistoryDto> {
    const item = { tenantId: key.tenantId, scanId, remediationId };
    return this.remediation.historyOf(item, query.limit, query.cursor);
  }
}
