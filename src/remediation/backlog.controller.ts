import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiExtraModels,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Readable } from 'node:stream';
import { CurrentKey, Roles } from '../common/auth/decorators';
import { Principal } from '../common/auth/principal';
import { ApiJsonBodyErrors, ErrorEnvelope } from '../common/errors/error-envelope';
import { BacklogPageDto, BacklogQueryDto, ExportQueryDto } from './backlog.dto';
import { BacklogService } from './backlog.service';
import { BulkResponseDto, BulkUpdateDto } from './bulk.dto';
import { BulkService } from './bulk.service';
import { EXPORT_CONTENT_TYPES, ExportService } from './export.service';
import { FieldChangeDto } from './remediation.dto';

@ApiTags('backlog')
// HistoryEntryDto refers to FieldChangeDto by $ref only: registered here so the document resolves.
@ApiExtraModels(FieldChangeDto)
@Controller('tenant/remediation')
export class BacklogController {
  constructor(
    private readonly backlog: BacklogService,
    private readonly bulk: BulkService,
    private readonly exports: ExportService,
  ) {}

  @Get()
  @Roles('viewer')
  @ApiOperation({
    operationId: 'listBacklog',
    summary: "The tenant's backlog: every current item across scans, filtered, sorted and paged.",
    description:
      'Items a rescan superseded are history and never listed. Filters combine (AND); comma-separated ' +
      'values within one filter are alternatives (OR). SLA fields are computed when read from the tenant’s ' +
      'SLA policy. Keyset paging: pass nextCursor back with the same filters and sort; paging stays free of ' +
      'gaps and repeats while items change (for sort=updatedAt, an item changed meanwhile moves to the front ' +
      'and is not listed again).',
  })
  @ApiOkResponse({ type: BacklogPageDto })
  @ApiUnprocessableEntityResponse({
    description: 'Unknown filter values, a limit outside 1–200, or a cursor not from this sort.',
    type: ErrorEnvelope,
  })
  list(@CurrentKey() key: Principal, @Query() query: BacklogQueryDto): Promise<BacklogPageDto> {
    return this.backlog.page(key.tenantId, query);
  }

  @Get('export')
  @Roles('viewer')
  @ApiOperation({
    operationId: 'exportBacklog',
    summary: 'The whole filtered backlog as CSV or NDJSON, streamed in the queue’s order.',
    description:
      'Same filters and sort as listBacklog. NDJSON: one item per line, exactly as the API returns it. ' +
      'CSV: a header row, then one row per item, nested fields flattened with dots (updatedBy.keyId); text ' +
      "cells starting with =, +, -, @, tab or CR get a leading ' so that spreadsheets do not run them.",
  })
  @ApiProduces('text/csv', 'application/x-ndjson')
  @ApiOkResponse({
    description: 'The export, streamed.',
    content: {
      'text/csv': {
        schema: { type: 'string' },
        example:
          'scanId,remediationId,findingId\r\nscan_01JD3S7W1XQ2Y8M4N5P6R7T8V9,rem_001,f_001\r\n',
      },
      'application/x-ndjson': {
        schema: { type: 'string' },
        example: '{"remediationId":"rem_001","scanId":"scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9"}\n',
      },
    },
  })
  @ApiUnprocessableEntityResponse({
    description: 'format missing or unknown, or an unknown filter value.',
    type: ErrorEnvelope,
  })
  async export(
    @CurrentKey() key: Principal,
    @Query() query: ExportQueryDto,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const chunks = await this.exports.open(key.tenantId, query);
    await reply
      .header('Content-Type', EXPORT_CONTENT_TYPES[query.format])
      .header('Content-Disposition', `attachment; filename="backlog.${query.format}"`)
      .send(Readable.from(chunks));
  }

  @Post('bulk')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    operationId: 'bulkUpdateRemediation',
    summary: 'Apply one change (status, owner, notes, targetDate) to up to 200 items.',
    description:
      'changes is validated once with the upsert’s rules (empty, or accepted_risk/false_positive without ' +
      'notes: 422 for the whole request). Partial mode (default): each item is changed on its own, under the ' +
      'same row lock as the single upsert, and results lists per item the status it alone would get ' +
      '(404 unknown or another tenant’s, 409 superseded, 412 stale ifMatch, 422 a rule). Atomic mode: all or ' +
      'nothing; a failure is a 409 whose detail names every failing item, and nothing changes. Each changed ' +
      'item gets its own history and audit entry (audit with the bulkId), plus one remediation.bulk audit ' +
      'entry. An item the change leaves as it is bumps nothing.',
  })
  @ApiOkResponse({ type: BulkResponseDto })
  @ApiConflictResponse({
    description:
      'Atomic mode: some items cannot take the change; detail has {field: "items[i]", message} for each.',
    type: ErrorEnvelope,
  })
  @ApiJsonBodyErrors()
  update(@CurrentKey() key: Principal, @Body() body: BulkUpdateDto): Promise<BulkResponseDto> {
    return this.bulk.apply(key, body);
  }
}
