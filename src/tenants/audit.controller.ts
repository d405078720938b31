import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentKey, Roles } from '../common/auth/decorators';
import { Principal } from '../common/auth/principal';
import { ErrorEnvelope } from '../common/errors/error-envelope';
import { decodeCursor, toPage } from '../common/pagination';
import { AuditPageDto, PageQueryDto } from './audit.dto';
import { AuditRepository } from './audit.repository';
import { toAuditEntryDto } from './mappers';

const MAX_BIGINT = 9_223_372_036_854_775_807n;

/** A position audit_log.id (bigint) can hold; larger ones would fail in SQL, not here. */
const isAuditCursor = (value: unknown): value is { before: string } =>
  typeof (value as { before?: unknown })?.before === 'string' &&
  /^\d{1,19}$/.test((value as { before: string }).before) &&
  BigInt((value as { before: string }).before) <= MAX_BIGINT;

@ApiTags('tenant audit')
@Roles('admin')
@Controller('tenant/audit')
export class AuditController {
  constructor(private readonly audit: AuditRepository) {}

  @Get()
  @ApiOperation({ summary: "The tenant's audit log, newest first." })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
  async page(@CurrentKey() key: Principal, @Query() query: PageQueryDto): Promise<AuditPageDto> {
    const limit = query.limit ?? 50;
    const before = query.cursor ? decodeCursor(query.cursor, isAuditCursor).before : null;
    const rows = await this.audit.page(key.tenantId, limit + 1, before);
    const page = toPage(rows, limit, (last) => ({ before: last.id }));
    return {
      count: page.rows.length,
      entries: page.rows.map(toAuditEntryDto),
      nextCursor: page.nextCursor,
    };
  }
}
