import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { CursorParam, LimitParam } from '../common/page-query';
import { RemediationItemDto } from './remediation.dto';
import { RESCAN_CHANGES, RescanChange } from './rescan-change.entity';

export class RescanChangesQueryDto {
  @ApiPropertyOptional({
    enum: RESCAN_CHANGES,
    description: 'Only this kind of change; all when absent.',
  })
  @IsOptional()
  @IsIn(RESCAN_CHANGES, { message: `change must be one of: ${RESCAN_CHANGES.join(', ')}` })
  change?: RescanChange;

  // Declared after LimitParam (decorators apply bottom-up), so that the schema says integer.
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 200, default: 50, example: 50 })
  @LimitParam(200, 50)
  limit?: number;

  @CursorParam()
  cursor?: string;
}

export class RescanChangeDto {
  @ApiProperty({ enum: RESCAN_CHANGES, example: 'carried' }) change: RescanChange;
  @ApiProperty({
    type: RemediationItemDto,
    description:
      'The new item for new, carried and reopened; the baseline item for fixed and notObserved.',
  })
  item: RemediationItemDto;
}

export class RescanChangesDto {
  @ApiProperty({ example: 1 }) count: number;
  @ApiProperty({ type: [RescanChangeDto] }) changes: RescanChangeDto[];
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as cursor for the next page; null at the end.',
  })
  nextCursor: string | null;
}

export const VERIFY_OUTCOMES = ['fixed', 'still_present', 'not_observed', 'unverifiable'] as const;
export type VerifyOutcome = (typeof VERIFY_OUTCOMES)[number];

export class VerifyRemediationDto {
  @ApiProperty({ example: 'rem_001', description: 'The item of this scan to verify.' })
  @IsString()
  @Length(1, 64)
  remediationId: string;

  @ApiProperty({
    example: 'scan_01JD4A0000000000000000000A',
    description: 'A newer scan of the tenant that looked at the item’s location.',
  })
  @IsString()
  @Matches(/^scan_[A-Za-z0-9]{1,60}$/, { message: 'verifyScanId must be a scan id' })
  verifyScanId: string;
}

export class ItemMatchDto {
  @ApiProperty({ example: 'scan_01JD4A0000000000000000000A' }) scanId: string;
  @ApiProperty({ example: 'rem_003' }) remediationId: string;
}

export class VerifyResultDto {
  @ApiProperty({ description: 'True exactly when the outcome is fixed.' }) verified: boolean;
  @ApiProperty({
    enum: VERIFY_OUTCOMES,
    example: 'fixed',
    description:
      'fixed: absent and the location was rescanned (item done, verification confirmed); still_present: ' +
      'the verify scan has it (verification failed, status unchanged); not_observed: the verify scan did not ' +
      'look there; unverifiable: weak fingerprint (no location). The last two change nothing.',
  })
  outcome: VerifyOutcome;
  @ApiProperty({ description: 'Whether the item version moved (false when repeated).' })
  changed: boolean;
  @ApiProperty({ type: RemediationItemDto }) item: RemediationItemDto;
  @ApiPropertyOptional({
    type: ItemMatchDto,
    description: 'The item in the verify scan (still_present).',
  })
  match?: ItemMatchDto;
}
