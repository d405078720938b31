import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentKey, Roles } from '../common/auth/decorators';
import { Principal } from '../common/auth/principal';
import { ApiJsonBodyErrors, ErrorEnvelope } from '../common/errors/error-envelope';
import { scanIdParam } from '../common/id-params';
import { ImportScanDto, ScanListDto, ScanListQueryDto, ScanResponseDto } from './scan.dto';
import { ScansService } from './scans.service';

@ApiTags('scans')
@Controller('tenant/scans')
export class ScansController {
  constructor(private readonly scans: ScansService) {}

  @Post()
  @Roles('operator')
  @ApiOperation({
    summary: 'Import a finished scan (native findings or a CycloneDX 1.6 CBOM).',
    description:
      'Creates one remediation backlog item per finding (rem_001, rem_002, ... in finding order, status open). ' +
      'At most 5,000 findings; body up to 10 MiB. A rejected import stores nothing.',
  })
  @ApiCreatedResponse({ type: ScanResponseDto })
  @ApiJsonBodyErrors()
  async import(
    @CurrentKey() key: Principal,
    @Body() body: ImportScanDto,
  ): Promise<ScanResponseDto> {
    return { scan: await this.scans.detail(key.tenantId, await this.scans.import(key, body)) };
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: "The tenant's scans, newest first." })
  @ApiOkResponse({ type: ScanListDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
  list(@CurrentKey() key: Principal, @Query() query: ScanListQueryDto): Promise<ScanListDto> {
    return this.scans.list(key.tenantId, query.limit, query.cursor);
  }

  @Get(':scan_id')
  @Roles('viewer')
  @ApiOperation({ summary: 'A scan with its findings and a remediation summary.' })
  @ApiOkResponse({ type: ScanResponseDto })
  @ApiNotFoundResponse({ type: ErrorEnvelope })
  async detail(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
  ): Promise<ScanResponseDto> {
    return { scan: await this.scans.detail(key.tenantId, scanId) };
  }
}
