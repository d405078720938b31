import { Body, Controller, Get, Headers, Put, Query, Res } from '@nestjs/common';
import {
  ApiHeader,
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
import { SlaPolicyDto, UpdateSlaPolicyDto } from './sla-policy.dto';
import { SlaPolicyService } from './sla-policy.service';
import { SlaReportDto, SlaReportQueryDto } from './sla-report.dto';
import { SlaReportService } from './sla-report.service';

const ETAG = {
  ETag: {
    description: 'The policy version, quoted ("0" while the defaults apply).',
    schema: { type: 'string', example: '"3"' },
  },
};

@ApiTags('sla')
@Controller('tenant')
export class SlaController {
  constructor(
    private readonly policies: SlaPolicyService,
    private readonly reports: SlaReportService,
  ) {}

  @Get('sla-policy')
  @Roles('viewer')
  @ApiOperation({
    operationId: 'getSlaPolicy',
    summary: "The tenant's SLA policy: days per severity, due-soon window, what a regression does.",
    description: 'A tenant that never changed it has the defaults, at version 0.',
  })
  @ApiOkResponse({ type: SlaPolicyDto, headers: ETAG })
  async get(
    @CurrentKey() key: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SlaPolicyDto> {
    const policy = await this.policies.get(key.tenantId);
    reply.header('ETag', `"${policy.version}"`);
    return policy;
  }

  @Put('sla-policy')
  @Roles('admin')
  @ApiOperation({
    operationId: 'updateSlaPolicy',
    summary: 'Change the SLA policy (admin).',
    description:
      'Fields left out keep their values, also a severity left out of days; null days = not enforced. ' +
      'version, updatedAt and updatedBy are read-only (422). The change applies at once to every item’s SLA ' +
      'fields (they are computed when read) and is audited; a request that changes nothing bumps nothing.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Expected current version ("3" or 3); 412 when it differs.',
  })
  @ApiOkResponse({ type: SlaPolicyDto, headers: ETAG })
  @ApiPreconditionFailedResponse({
    description: 'If-Match does not match the current version.',
    type: ErrorEnvelope,
  })
  @ApiJsonBodyErrors()
  async update(
    @CurrentKey() key: Principal,
    @Body() body: UpdateSlaPolicyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SlaPolicyDto> {
    const policy = await this.policies.update(key, body, ifMatch);
    reply.header('ETag', `"${policy.version}"`);
    return policy;
  }

  @Get('sla/report')
  @Roles('viewer')
  @ApiOperation({
    operationId: 'getSlaReport',
    summary: 'SLA totals and per severity, and the oldest breaches, over current items.',
    description:
      'open counts items open, in progress or blocked; within, dueSoon and breached split the open items ' +
      'that have an SLA; met and missed count done items. asOf reads every current item’s clock at that ' +
      'moment with its present status. Superseded items are history and never counted.',
  })
  @ApiOkResponse({ type: SlaReportDto })
  @ApiUnprocessableEntityResponse({ description: 'asOf is not a date-time.', type: ErrorEnvelope })
  report(@CurrentKey() key: Principal, @Query() query: SlaReportQueryDto): Promise<SlaReportDto> {
    return this.reports.report(key.tenantId, query);
  }
}
