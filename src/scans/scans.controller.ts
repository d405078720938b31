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
import { IdParamPipe, ULID_ID } from '../common/id-param.pipe';
import { decodeCursor, toPage } from '../common/pagination';
import { toScanDetailDto, toScanSummaryDto } from './mappers';
import { ImportScanDto, ScanListDto, ScanListQueryDto, ScanResponseDto } from './scan.dto';
import { ScansRepository } from './scans.repository';
import { ScansService } from './scans.service';

export const scanIdParam = new IdParamPipe(ULID_ID('scan'), 'Scan');

type ScanCursor = { createdAt: string; id: string };
const isScanCursor = (value: unknown): value is ScanCursor => {
  const v = value as Partial<ScanCursor> | null;
  return (
    typeof v?.id === 'string' &&
    typeof v.createdAt === 'string' &&
    !Number.isNaN(Date.parse(v.createdAt))
  );
};

@ApiTags('scans')
@Controller('tenant/scans')
export class ScansController {
  constructor(
    private readonly scans: ScansService,
    private readonly repository: ScansRepository,
  ) {}

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
    const scanId = await this.scans.import(key, body);
    return { scan: toScanDetailDto(await this.scans.detail(key.tenantId, scanId)) };
  }

  @Get()
  @Roles('viewer')
  @ApiOperation({ summary: "The tenant's scans, newest first." })
  @ApiOkResponse({ type: ScanListDto })
  @ApiUnprocessableEntityResponse({ type: ErrorEnvelope })
  async list(@CurrentKey() key: Principal, @Query() query: ScanListQueryDto): Promise<ScanListDto> {
    const limit = query.limit ?? 25;
    const after = query.cursor ? decodeCursor(query.cursor, isScanCursor) : null;
    const rows = await this.repository.page(key.tenantId, limit + 1, after);
    const page = toPage(rows, limit, (last) => ({
      createdAt: new Date(last.createdAt).toISOString(),
      id: last.id,
    }));
    return {
      count: page.rows.length,
      scans: page.rows.map(toScanSummaryDto),
      nextCursor: page.nextCursor,
    };
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
    return { scan: toScanDetailDto(await this.scans.detail(key.tenantId, scanId)) };
  }
}
