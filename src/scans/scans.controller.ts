import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBody,
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
import { IMPORT_SCAN_EXAMPLES } from '../common/openapi/examples';
import { ImportScanDto, ScanListDto, ScanListQueryDto, ScanResponseDto } from './scan.dto';
import { ScansService } from './scans.service';

@ApiTags('scans')
@Controller('tenant/scans')
export class ScansController {
  constructor(private readonly scans: ScansService) {}

  @Post()
  @Roles('operator')
  @ApiOperation({
    operationId: 'importScan',
    summary: 'Import a finished scan (native findings or a CycloneDX 1.6 CBOM).',
    description:
      'Stores the scan and its findings and creates one remediation backlog item per finding ' +
      '(rem_001, rem_002, ... in finding order, status open). Send either `findings` (our native ' +
      'format) or `cbom`. Role: operator or admin. 422 for an invalid body or finding (each field ' +
      'error in `detail`) or more than 5,000 findings; 404 when `baselineScanId` names no scan of ' +
      'this tenant; 413 for a body over 10 MiB. A rejected ' +
      'import stores nothing.',
  })
  @ApiBody({ type: ImportScanDto, examples: IMPORT_SCAN_EXAMPLES })
  @ApiCreatedResponse({ type: ScanResponseDto })
  @ApiNotFoundResponse({
    description: 'The `baselineScanId` names no scan of this tenant.',
    type: ErrorEnvelope,
  })
  @ApiJsonBodyErrors()
  async import(
    @CurrentKey() key: Principal,
    @Body() body: ImportScanDto,
  ): Promise<ScanResponseDto> {
    return { scan: await this.scans.detail(key.tenantId, await this.scans.import(key, body)) };
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({
    operationId: 'listScans',
    summary: "The tenant's scans, newest first.",
    description:
      'One page of scan summaries (readiness score and band, open remediation count), newest ' +
      'first. Pass `nextCursor` as `cursor` for the next page. Role: any (viewer and up). 422 for ' +
      'a `limit` outside 1–100 or a cursor this API did not return.',
  })
  @ApiOkResponse({ type: ScanListDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
  list(@CurrentKey() key: Principal, @Query() query: ScanListQueryDto): Promise<ScanListDto> {
    return this.scans.list(key.tenantId, query.limit, query.cursor);
  }

  @Get(':scan_id')
  @Roles('viewer')
  @ApiOperation({
    operationId: 'getScan',
    summary: 'A scan with its findings and a remediation summary.',
    description:
      'The scan, every finding with its remediation item id, and the backlog counted by status ' +
      'with a completion percentage. Role: any (viewer and up). 404 when the scan does not exist ' +
      "or is another tenant's.",
  })
  @ApiOkResponse({ type: ScanResponseDto })
  @ApiNotFoundResponse({ type: ErrorEnvelope })
  async detail(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
  ): Promise<ScanResponseDto> {
    return { scan: await this.scans.detail(key.tenantId, scanId) };
  }
}
