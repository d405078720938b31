import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
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
import { IdParamPipe } from '../common/id-param.pipe';
import { decodeCursor, toPage } from '../common/pagination';
import { scanIdParam } from '../scans/scans.controller';
import { toHistoryEntryDto, toItemDto } from './mappers';
import {
  HistoryDto,
  HistoryQueryDto,
  QueueQueryDto,
  RemediationItemResponseDto,
  RemediationQueueDto,
  UpsertRemediationDto,
} from './remediation.dto';
import { RemediationService } from './remediation.service';

const remediationIdParam = new IdParamPipe(/^rem_\d{3,7}$/, 'Remediation item');

const isPositionCursor = (value: unknown): value is { after: number } =>
  Number.isSafeInteger((value as { after?: unknown })?.after) &&
  (value as { after: number }).after >= 0;
const isHistoryCursor = (value: unknown): value is { after: string } =>
  typeof (value as { after?: unknown })?.after === 'string' &&
  /^\d{1,19}$/.test((value as { after: string }).after);

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
  @ApiJsonBodyErrors()
  async upsert(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Body() body: UpsertRemediationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RemediationItemResponseDto> {
    remediationIdParam.transform(body.remediationId);
    const item = await this.remediation.upsert(key, scanId, body, ifMatch);
    reply.header('ETag', `"${item.version}"`);
    return { item: toItemDto(item) };
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({
    summary: 'The backlog of a scan with current status, in finding order, filtered and paged.',
  })
  @ApiOkResponse({ type: RemediationQueueDto })
  @ApiNotFoundResponse({ type: ErrorEnvelope })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
  async queue(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Query() query: QueueQueryDto,
  ): Promise<RemediationQueueDto> {
    const limit = query.limit ?? 50;
    const after = query.cursor ? decodeCursor(query.cursor, isPositionCursor).after : 0;
    const filter = {
      statuses: query.status,
      severities: query.severity,
      owner: query.owner,
      overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    };
    const rows = await this.remediation.queue(key.tenantId, scanId, filter, limit + 1, after);
    const page = toPage(rows, limit, (last) => ({ after: last.position }));
    return {
      count: page.rows.length,
      items: page.rows.map(toItemDto),
      nextCursor: page.nextCursor,
    };
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
    return { item: toItemDto(item) };
  }

  @Get(':remediation_id/history')
  @Roles('viewer')
  @ApiOperation({ summary: 'Every accepted change of an item, oldest first.' })
  @ApiOkResponse({ type: HistoryDto })
  @ApiNotFoundResponse({ type: ErrorEnvelope })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
  async history(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Param('remediation_id', remediationIdParam) remediationId: string,
    @Query() query: HistoryQueryDto,
  ): Promise<HistoryDto> {
    const limit = query.limit ?? 100;
    const after = query.cursor ? decodeCursor(query.cursor, isHistoryCursor).after : '0';
    const rows = await this.remediation.historyOf(
      { tenantId: key.tenantId, scanId, remediationId },
      limit + 1,
      after,
    );
    const page = toPage(rows, limit, (last) => ({ after: last.id }));
    return {
      count: page.rows.length,
      entries: page.rows.map(toHistoryEntryDto),
      nextCursor: page.nextCursor,
    };
  }
}
