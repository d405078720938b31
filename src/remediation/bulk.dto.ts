import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { FieldErrorDto } from '../common/errors/error-envelope';
import { ErrorCode } from '../common/errors/domain-errors';
import { REMEDIATION_STATUSES, RemediationStatus } from './remediation-item.entity';
import { RemediationItemDto } from './remediation.dto';

export const MAX_BULK_ITEMS = 200;

export class BulkItemRefDto {
  @ApiProperty({ example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  @IsString()
  @Length(1, 64)
  scanId: string;

  @ApiProperty({ example: 'rem_001' })
  @IsString()
  @Length(1, 64)
  remediationId: string;

  @ApiPropertyOptional({
    oneOf: [{ type: 'integer', minimum: 1 }, { type: 'string' }],
    example: 3,
    description:
      'Expected current version, as a number or its ETag form ("3"); stale: 412 for this item.',
  })
  @IsOptional()
  @ValidateIf((o: BulkItemRefDto) => typeof o.ifMatch !== 'number')
  @IsString({ message: 'ifMatch must be a version number or its ETag form ("3")' })
  @MaxLength(64)
  @Matches(/^\s*(W\/)?"?\d{1,10}"?\s*$/, {
    message: 'ifMatch must be a version number or its ETag form ("3")',
  })
  ifMatch?: number | string;
}

export class BulkChangesDto {
  @ApiPropertyOptional({ enum: REMEDIATION_STATUSES, example: 'accepted_risk' })
  @IsOptional()
  @IsIn(REMEDIATION_STATUSES, {
    message: `status must be one of: ${REMEDIATION_STATUSES.join(', ')}`,
  })
  status?: RemediationStatus;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'alice@example.com' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  owner?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: 'Internal endpoints behind the VPN; replaced in the Q3 migration.',
    description: 'Required as the justification with accepted_risk and false_positive.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '2026-12-31' })
  @IsOptional()
  @IsString({ message: 'targetDate must be an ISO 8601 date or date-time' })
  @MaxLength(40, { message: 'targetDate must be an ISO 8601 date or date-time' })
  targetDate?: string | null;
}

export class BulkUpdateDto {
  @ApiProperty({
    type: [BulkItemRefDto],
    minItems: 1,
    maxItems: MAX_BULK_ITEMS,
    description: 'The items to change, each at most once.',
  })
  @IsArray()
  @ArrayMinSize(1, { message: 'items must list at least one item' })
  @ArrayMaxSize(MAX_BULK_ITEMS, { message: `items must list at most ${MAX_BULK_ITEMS} items` })
  @ValidateNested({ each: true })
  @Type(() => BulkItemRefDto)
  items: BulkItemRefDto[];

  @ApiProperty({ type: BulkChangesDto, description: 'One change applied to every item.' })
  @IsDefined({ message: 'changes is required' })
  @IsObject({ message: 'changes must be an object' })
  @ValidateNested()
  @Type(() => BulkChangesDto)
  changes: BulkChangesDto;

  @ApiPropertyOptional({
    example: false,
    description:
      'true: all or nothing (409 naming the failing items); false (when left out): per-item results.',
  })
  @IsOptional()
  @IsBoolean({ message: 'atomic must be true or false' })
  atomic?: boolean;
}

export class BulkErrorDto {
  @ApiProperty({ example: 'precondition_failed' }) error: ErrorCode;
  @ApiProperty({ example: 'ifMatch 2 does not match the current version 3.' }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) detail?: FieldErrorDto[];
}

export class BulkResultDto {
  @ApiProperty({ example: 0 }) index: number;
  @ApiProperty({ example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9' }) scanId: string;
  @ApiProperty({ example: 'rem_001' }) remediationId: string;
  @ApiProperty({ example: 200, description: 'The HTTP status this item alone would get.' })
  status: number;
  @ApiProperty({ enum: ['updated', 'unchanged', 'failed'], example: 'updated' })
  outcome: 'updated' | 'unchanged' | 'failed';
  @ApiPropertyOptional({ type: RemediationItemDto }) item?: RemediationItemDto;
  @ApiPropertyOptional({ type: BulkErrorDto }) error?: BulkErrorDto;
}

export class BulkResponseDto {
  @ApiProperty({ example: 'bulk_01JD3S7W1XQ2Y8M4N5P6R7T8V9' }) bulkId: string;
  @ApiProperty({ example: 3 }) total: number;
  @ApiProperty({ example: 1 }) succeeded: number;
  @ApiProperty({ example: 1 }) unchanged: number;
  @ApiProperty({ example: 1 }) failed: number;
  @ApiProperty({ type: [BulkResultDto] }) results: BulkResultDto[];
}
