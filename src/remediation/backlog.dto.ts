import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CursorParam, LimitParam } from '../common/page-query';
import { ULID_ID } from '../common/id-params';
import { SEVERITIES } from '../crypto/finding-types';
import { BACKLOG_SORTS, BacklogSort } from './backlog.repository';
import { REMEDIATION_STATUSES, RemediationStatus } from './remediation-item.entity';
import { RemediationItemDto } from './remediation.dto';
import { SLA_STATES, SlaState } from './sla';

const csv = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;

export const VERIFICATION_FILTERS = ['none', 'pending', 'confirmed', 'failed'] as const;

/** The filters of the tenant backlog, shared by the queue and its export. */
export class BacklogFilterDto {
  @ApiPropertyOptional({
    description: `Comma-separated: ${REMEDIATION_STATUSES.join(', ')}`,
    example: 'open,in_progress',
  })
  @IsOptional()
  @Transform(csv)
  @IsIn(REMEDIATION_STATUSES, {
    each: true,
    message: `status must be one of: ${REMEDIATION_STATUSES.join(', ')}`,
  })
  status?: RemediationStatus[];

  @ApiPropertyOptional({
    description: `Comma-separated: ${SEVERITIES.join(', ')}`,
    example: 'critical,high',
  })
  @IsOptional()
  @Transform(csv)
  @IsIn(SEVERITIES, { each: true, message: `severity must be one of: ${SEVERITIES.join(', ')}` })
  severity?: string[];

  @ApiPropertyOptional({ example: 'alice@example.com', description: 'Exact owner.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  owner?: string;

  @ApiPropertyOptional({
    example: 'example.com',
    description:
      'Items of scans of this target, compared trimmed, lower-case, without a trailing dot.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 253)
  target?: string;

  @ApiPropertyOptional({
    example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9',
    description: 'Items of one scan.',
  })
  @IsOptional()
  @Matches(ULID_ID('scan'), { message: 'scanId must be a scan id (scan_...)' })
  scanId?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only items past their target date and not closed (or only the others).',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    description: `Comma-separated: ${SLA_STATES.join(', ')}`,
    example: 'breached,due_soon',
  })
  @IsOptional()
  @Transform(csv)
  @IsIn(SLA_STATES, { each: true, message: `slaState must be one of: ${SLA_STATES.join(', ')}` })
  slaState?: SlaState[];

  @ApiPropertyOptional({
    description: `Comma-separated verification states: ${VERIFICATION_FILTERS.join(', ')} (none = not verified yet)`,
    example: 'pending',
  })
  @IsOptional()
  @Transform(csv)
  @IsIn(VERIFICATION_FILTERS, {
    each: true,
    message: `verification must be one of: ${VERIFICATION_FILTERS.join(', ')}`,
  })
  verification?: string[];

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only regressions (or only the others).',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'regression must be true or false' })
  regression?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: BACKLOG_SORTS,
    default: 'position',
    description:
      'position: scans oldest first, then finding order; slaDueAt: soonest due first, items without SLA last; ' +
      'severity: critical first; updatedAt: most recently changed first. Ties follow position.',
  })
  @IsOptional()
  @IsIn(BACKLOG_SORTS, { message: `sort must be one of: ${BACKLOG_SORTS.join(', ')}` })
  sort?: BacklogSort;
}

export class BacklogQueryDto extends BacklogFilterDto {
  @LimitParam(200, 50)
  limit?: number;

  @CursorParam()
  cursor?: string;
}

export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class ExportQueryDto extends BacklogFilterDto {
  @ApiProperty({ enum: EXPORT_FORMATS, example: 'csv' })
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or ndjson' })
  format: ExportFormat;
}

export class BacklogPageDto {
  @ApiProperty({ example: 1, description: 'Items in this page.' })
  count: number;

  @ApiProperty({ type: [RemediationItemDto] })
  items: RemediationItemDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description:
      'Pass as cursor for the next page (with the same filters and sort); null at the end.',
  })
  nextCursor: string | null;
}
