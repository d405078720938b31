import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiExtraModels,
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
import { remediationIdInBody, scanIdParam } from '../common/id-params';
import {
  RescanChangesDto,
  RescanChangesQueryDto,
  VerifyRemediationDto,
  VerifyResultDto,
} from './rescan.dto';
import { FieldChangeDto } from './remediation.dto';
import { RescanService } from './rescan.service';

@ApiTags('rescans')
// History entries (in the items this returns) refer to FieldChangeDto by name.
@ApiExtraModels(FieldChangeDto)
@Controller('tenant/scans/:scan_id')
export class RescanController {
  constructor(private readonly rescans: RescanService) {}

  @Get('rescan')
  @Roles('viewer')
  @ApiOperation({
    operationId: 'listRescanChanges',
    summary: 'What the import did to the backlog compared with its baseline, item by item.',
    description:
      'new, carried and reopened name the item of this scan; fixed and notObserved the baseline item. ' +
      'In decision order (this scan’s findings, then the baseline items it did not find); empty when the ' +
      'scan was not compared with a baseline.',
  })
  @ApiOkResponse({ type: RescanChangesDto })
  @ApiNotFoundResponse({ description: 'Unknown scan (or another tenant’s).', type: ErrorEnvelope })
  @ApiUnprocessableEntityResponse({
    description: 'Bad change, limit or cursor.',
    type: ErrorEnvelope,
  })
  changes(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Query() query: RescanChangesQueryDto,
  ): Promise<RescanChangesDto> {
    return this.rescans.changesOf(key.tenantId, scanId, query);
  }

  @Post('remediation/verify')
  @HttpCode(200)
  @Roles('operator')
  @ApiOperation({
    operationId: 'verifyRemediation',
    summary:
      'Check one item against a newer scan: fixed, still present, not observed or unverifiable.',
    description:
      'fixed: the verify scan looked at the item’s location and did not find it (item done, verification ' +
      'confirmed); still_present: it found it (verification failed, status unchanged); not_observed: it did ' +
      'not look there; unverifiable: the item has no location. Owner and notes are kept; repeating a ' +
      'verification changes nothing (changed: false).',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Expected current version of the item; 412 when it differs.',
  })
  @ApiOkResponse({
    type: VerifyResultDto,
    headers: { ETag: { description: 'The item version, quoted.', schema: { type: 'string' } } },
  })
  @ApiNotFoundResponse({
    description: 'Unknown scan, item or verify scan (or another tenant’s).',
    type: ErrorEnvelope,
  })
  @ApiConflictResponse({
    description:
      'The item was superseded by a rescan; detail names the current scanId and remediationId.',
    type: ErrorEnvelope,
  })
  @ApiPreconditionFailedResponse({
    description: 'If-Match does not match the current version.',
    type: ErrorEnvelope,
  })
  @ApiJsonBodyErrors()
  async verify(
    @CurrentKey() key: Principal,
    @Param('scan_id', scanIdParam) scanId: string,
    @Body(remediationIdInBody) body: VerifyRemediationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<VerifyResultDto> {
    const result = await this.rescans.verify(key, scanId, body, ifMatch);
    reply.header('ETag', `"${result.item.version}"`);
    return result;
  }
}
