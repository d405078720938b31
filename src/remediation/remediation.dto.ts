import { CursorParam, LimitParam } from '../common/page-query';
import {
  ApiExtraModels,
  ApiProperty,
  ApiPropertyOptional,
  getSchemaPath,
  SchemaObject,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import {
  REMEDIATION_STATUSES,
  RemediationStatus,
  VerificationState,
} from './remediation-item.entity';
import { SEVERITIES } from '../crypto/finding-types';
import { ActorDto } from '../audit/audit.dto';
import { FieldChange } from './remediation-history.entity';
import { SLA_STATES, SlaState } from './sla';

const STATUS_MESSAGE = `status must be one of: ${REMEDIATION_STATUSES.join(', ')}`;

export class UpsertRemediationDto {
  @ApiProperty({ example: 'rem_001', description: 'Remediation backlog item id.' })
  @IsString()
  @Length(1, 64)
  remediationId: string;

  @ApiProperty({
    enum: REMEDIATION_STATUSES,
    example: 'in_progress',
    description: 'New remediation state.',
  })
  @IsIn(REMEDIATION_STATUSES, { message: STATUS_MESSAGE })
  status: RemediationStatus;

  @ApiPropertyOptional({
    example: 'alice@example.com',
    nullable: true,
    type: String,
    description: 'Assigned owner; null clears.',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  owner?: string | null;

  @ApiPropertyOptional({
    example: 'Reissuing with ECDSA P-256 via the internal CA.',
    nullable: true,
    type: String,
    description:
      'Operator notes; required as the justification for accepted_risk and false_positive. null clears.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  notes?: string | null;

  @ApiPropertyOptional({
    example: '2026-12-31',
    nullable: true,
    type: String,
    description:
      'Desired completion: ISO 8601 date or date-time (UTC unless an offset is given). null clears.',
  })
  @IsOptional()
  @IsString({ message: 'targetDate must be an ISO 8601 date or date-time' })
  @MaxLength(40, { message: 'targetDate must be an ISO 8601 date or date-time' })
  targetDate?: string | null;

  // No example: an asset id fits the items of one scan only, and answers 422 on any other.
  @ApiPropertyOptional({
    description:
      "Optional check: the item's asset (its finding's assetId). Another value, or null, is a 422.",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  assetId?: string;
}

const csv = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()) : value;

export class QueueQueryDto {
  @ApiPropertyOptional({
    enum: REMEDIATION_STATUSES,
    isArray: true,
    description: 'Any of these statuses: repeat the parameter, or separate values with commas.',
  })
  @IsOptional()
  @Transform(csv)
  @IsIn(REMEDIATION_STATUSES, { each: true, message: STATUS_MESSAGE })
  status?: RemediationStatus[];

  @ApiPropertyOptional({
    enum: SEVERITIES,
    isArray: true,
    description: 'Any of these severities: repeat the parameter, or separate values with commas.',
  })
  @IsOptional()
  @Transform(csv)
  @IsIn(SEVERITIES, { each: true, message: `severity must be one of: ${SEVERITIES.join(', ')}` })
  severity?: string[];

  // No example: Swagger UI would prefill it and filter every scan's queue down to nothing.
  @ApiPropertyOptional({ description: 'Only items with exactly this owner.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  owner?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'Only items past their target date and not closed (or only the others).',
  })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'overdue must be true or false' })
  overdue?: 'true' | 'false';

  @LimitParam(200, 50)
  limit?: number;

  @CursorParam()
  cursor?: string;
}

export class HistoryQueryDto {
  @LimitParam(500, 100)
  limit?: number;

  @CursorParam()
  cursor?: string;
}

export class ItemRefDto {
  @ApiProperty({ example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9' }) scanId: string;
  @ApiProperty({ example: 'rem_001' }) remediationId: string;
}

export class VerificationDto {
  @ApiProperty({
    enum: ['pending', 'confirmed', 'failed'],
    nullable: true,
    type: String,
    example: 'confirmed',
    description:
      'pending: set done by hand, not yet checked by a scan; confirmed: a later scan rescanned ' +
      'the location and did not find it; failed: a later scan still (or again) found it.',
  })
  state: VerificationState | null;

  @ApiProperty({ nullable: true, type: String, example: 'scan_01JD4A0000000000000000000A' })
  verifyScanId: string | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  checkedAt: string | null;
}

export class RemediationItemDto {
  @ApiProperty({ example: 'rem_001' }) remediationId: string;
  @ApiProperty({ example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9' }) scanId: string;
  @ApiProperty({ example: 'f_001' }) findingId: string;
  @ApiProperty({ nullable: true, type: String, example: 'api-edge-01' }) assetId: string | null;
  @ApiProperty({ example: 'RSA-1024 certificate' }) title: string;
  @ApiProperty({ enum: SEVERITIES, example: 'critical' }) severity: string;
  @ApiProperty({ enum: REMEDIATION_STATUSES, example: 'in_progress' }) status: RemediationStatus;
  @ApiProperty({ nullable: true, type: String, example: 'alice@example.com' }) owner: string | null;
  @ApiProperty({ nullable: true, type: String }) notes: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-31' }) targetDate: string | null;
  @ApiProperty({ description: 'Target date passed while open, in progress or blocked.' })
  overdue: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) resolvedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: ActorDto, description: 'The key that made the last change.' })
  updatedBy: ActorDto;
  @ApiProperty({
    example: 2,
    description: 'Starts at 1, grows by one with every change; also the ETag.',
  })
  version: number;
  @ApiProperty({
    format: 'date-time',
    description:
      "When the SLA clock started: firstSeenAt, or the last reopen when the policy's restartOnReopen is on.",
  })
  slaClockStartAt: string;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'Clock start + the severity’s days × 24 h; null when the severity has no SLA.',
  })
  slaDueAt: string | null;
  @ApiProperty({
    nullable: true,
    type: 'integer',
    example: 3,
    description:
      'Whole days left, rounded down, negative once breached; null when exempt, met or missed.',
  })
  slaDaysRemaining: number | null;
  @ApiProperty({
    enum: SLA_STATES,
    example: 'within',
    description:
      'Computed when read from the tenant’s SLA policy, so a policy change applies at once.',
  })
  slaState: SlaState;

  // Maintained by rescans (read-only, CONTRACT §10).
  @ApiProperty({
    example: 'fp1_3f2a9c0d5e6b7a8c9d0e1f2a3b4c5d6e',
    description: 'Identity across scans: location + weakness type + algorithm family.',
  })
  fingerprint: string;

  @ApiProperty({
    enum: ['strong', 'weak'],
    description: 'weak: no location; carried forward but never verified by a scan.',
  })
  fingerprintQuality: string;

  @ApiProperty({ format: 'date-time', description: 'First seen at this location, across scans.' })
  firstSeenAt: string;

  @ApiProperty({ type: ItemRefDto, nullable: true, description: 'The baseline item it continues.' })
  carriedFrom: ItemRefDto | null;

  @ApiProperty({
    type: ItemRefDto,
    nullable: true,
    description: 'The item of a later scan that continues it; null while the item is current.',
  })
  supersededBy: ItemRefDto | null;

  @ApiProperty({
    type: ItemRefDto,
    nullable: true,
    description: 'The earlier item of the same scan with the same fingerprint.',
  })
  duplicateOf: ItemRefDto | null;

  @ApiProperty({ description: 'Came back after a fix; stays true while carried on.' })
  regression: boolean;

  @ApiProperty({ example: 0 }) reopenCount: number;

  @ApiProperty({ type: VerificationDto }) verification: VerificationDto;
}

export class RemediationItemResponseDto {
  @ApiProperty({ type: RemediationItemDto })
  item: RemediationItemDto;
}

export class RemediationQueueDto {
  @ApiProperty({ example: 1, description: 'Items in this page.' })
  count: number;

  @ApiProperty({ type: [RemediationItemDto] })
  items: RemediationItemDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as cursor for the next page; null at the end.',
  })
  nextCursor: string | null;
}

/**
 * A changed field's values are whatever the field holds (text, a date, a number, an object such
 * as a scan reference) or null: any JSON value, declared as such rather than as an object.
 * OpenAPI 3.0 allows `nullable` only beside a `type`, so null rides on the first branch.
 */
const ANY_JSON_VALUE: Pick<SchemaObject, 'anyOf'> = {
  anyOf: [
    { type: 'string', nullable: true },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', additionalProperties: true },
    { type: 'array', items: {} },
  ],
};

export class FieldChangeDto implements FieldChange {
  @ApiProperty({
    ...ANY_JSON_VALUE,
    description: 'The value before; null when unset.',
    example: 'open',
  })
  from: unknown;
  @ApiProperty({
    ...ANY_JSON_VALUE,
    description: 'The value after; null when cleared.',
    example: 'in_progress',
  })
  to: unknown;
}

@ApiExtraModels(FieldChangeDto)
export class HistoryEntryDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: ActorDto }) actor: ActorDto;
  @ApiProperty({ example: 2, description: 'The item version this change produced.' })
  version: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(FieldChangeDto) },
    description: 'Each changed field (status, owner, notes, targetDate, ...) with its values.',
    example: {
      status: { from: 'open', to: 'in_progress' },
      owner: { from: null, to: 'alice@example.com' },
    },
  })
  changes: Record<string, FieldChange>;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'bulk_01JD3S7W1XQ2Y8M4N5P6R7T8V9',
    description:
      'The bulk change (POST /tenant/remediation/bulk) this entry belongs to; null for any other change.',
  })
  bulkId: string | null;
}

export class HistoryDto {
  @ApiProperty({ example: 1 }) count: number;
  @ApiProperty({ type: [HistoryEntryDto] }) entries: HistoryEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
