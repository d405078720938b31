import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
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
    summary: 'Create or update remediation ownership, status, notes, and target date.',
    description:
      'Fields left out keep their values; null clears owner, notes and targetDate. accepted_risk and ' +
      'false_positive need notes as the justification. Every accepted change bumps version (also the ETag) ' +
      'and appends a history entry; a request that changes nothing does neither.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Expected current version; 412 when it differs.',
  })
  @ApiOkResponse({
    type: RemediationItemResponseDto,
    headers: { ETag: { description: 'The item version, quoted.' } },
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
    summary: 'The backlog of a scan with current status, in finding order, filtered and paged.',
  })
  @ApiOkResponse({ type: RemediationQueueDto })
  @ApiNotFoundResponse({ type: ErrorEnvelope })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
  queue(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Query() query: QueueQueryDto,
  ): Promise<RemediationQueueDto> {
    return this.remediation.queue(key.tenantId, scanId, query);
  }

  @Get(':remediation_id')
  @Roles('viewer')
  @ApiOperation({ summary: 'One backlog item.' })
  @ApiOkResponse({ type: RemediationItemResponseDto })
  @ApiNotFoundResponse({ type: ErrorEnvelope })
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
  @ApiOperation({ summary: 'Every accepted change of an item, oldest first.' })
  @ApiOkResponse({ type: HistoryDto })
  @ApiNotFoundResponse({ type: ErrorEnvelope })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
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
