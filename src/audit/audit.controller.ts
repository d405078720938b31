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
import { AuditPageDto, PageQueryDto } from './audit.dto';
import { AuditService } from './audit.service';

@ApiTags('tenant audit')
@Roles('admin')
@Controller('tenant/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    operationId: 'listAuditEntries',
    summary: "The tenant's audit log, newest first.",
    description:
      'Who did what in this tenant (keys issued and revoked, scans imported, remediation ' +
      'changes), newest first, one page at a time: pass `nextCursor` as `cursor`. Role: admin. ' +
      '422 for a `limit` outside 1–200 or a cursor this API did not return.',
  })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiUnprocessableEntityResponse({
    description: 'Invalid `limit` or `cursor`.',
    type: ErrorEnvelope,
  })
  page(@CurrentKey() key: Principal, @Query() query: PageQueryDto): Promise<AuditPageDto> {
    return this.audit.page(key.tenantId, query.limit, query.cursor);
  }
}
