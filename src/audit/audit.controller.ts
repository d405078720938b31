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
  @ApiOperation({ summary: "The tenant's audit log, newest first." })
  @ApiOkResponse({ type: AuditPageDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
  page(@CurrentKey() key: Principal, @Query() query: PageQueryDto): Promise<AuditPageDto> {
    return this.audit.page(key.tenantId, query.limit, query.cursor);
  }
}
