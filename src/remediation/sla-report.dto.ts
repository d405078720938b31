import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, Length } from 'class-validator';
import { RemediationItemDto } from './remediation.dto';

export class SlaReportQueryDto {
  @ApiPropertyOptional({
    example: 'example.com',
    description: 'Only items of scans of this target (trimmed, lower-case, no trailing dot).',
  })
  @IsOptional()
  @IsString()
  @Length(1, 253)
  target?: string;

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-06-30T00:00:00Z',
    description:
      'Read every current item’s clock at this moment (past or future), with its present status. Default: now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO 8601 date-time' })
  asOf?: string;
}

export class SlaCountsDto {
  @ApiProperty({ example: 12, description: 'Items open, in progress or blocked.' }) open: number;
  @ApiProperty({ example: 7, description: 'Open items within their SLA.' }) within: number;
  @ApiProperty({ example: 2, description: 'Open items due within dueSoonDays.' }) dueSoon: number;
  @ApiProperty({ example: 3, description: 'Open items past their due time.' }) breached: number;
  @ApiProperty({ example: 5, description: 'Done items resolved by their due time.' }) met: number;
  @ApiProperty({ example: 1, description: 'Done items resolved after their due time.' })
  missed: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    example: 4.5,
    description: 'Median days from the clock start to resolution over done items; null when none.',
  })
  medianDaysToResolve: number | null;
}

export class SlaBySeverityDto {
  @ApiProperty({ type: SlaCountsDto }) critical: SlaCountsDto;
  @ApiProperty({ type: SlaCountsDto }) high: SlaCountsDto;
  @ApiProperty({ type: SlaCountsDto }) medium: SlaCountsDto;
  @ApiProperty({ type: SlaCountsDto }) low: SlaCountsDto;
  @ApiProperty({ type: SlaCountsDto }) info: SlaCountsDto;
}

export class SlaReportDto {
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty({ nullable: true, type: String, example: 'example.com' }) target: string | null;
  @ApiProperty({ type: SlaCountsDto }) totals: SlaCountsDto;
  @ApiProperty({ type: SlaBySeverityDto }) bySeverity: SlaBySeverityDto;
  @ApiProperty({
    type: [RemediationItemDto],
    description: 'The breached items that were due first (at most 10), SLA read at asOf.',
  })
  oldestBreaches: RemediationItemDto[];
}
