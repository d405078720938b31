import { CursorParam, LimitParam } from '../common/page-query';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { FreeFormObject } from '../common/errors/free-form';
import { MAX_FINDINGS_PER_SCAN } from '../crypto/limits';
import { FINDING_CATEGORIES, SEVERITIES, Severity } from '../crypto/finding-types';

export { MAX_FINDINGS_PER_SCAN };
/** A native finding's free-form `details`, as JSON (contract §6). */
export const MAX_DETAILS_BYTES = 16 * 1024;
export const FINDING_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

export class NativeFindingDto {
  @ApiPropertyOptional({
    example: 'f_001',
    pattern: FINDING_ID_PATTERN.source,
    description: 'Assigned f_001, f_002, ... when absent.',
  })
  @IsOptional()
  @Matches(FINDING_ID_PATTERN, { message: 'id must be 1–64 characters of A-Z a-z 0-9 . _ : -' })
  id?: string;

  @ApiProperty({ example: 'RSA-1024 certificate', maxLength: 500 })
  @IsString()
  @Length(1, 500)
  title: string;

  @ApiPropertyOptional({
    enum: SEVERITIES,
    description: 'Derived from algorithm and key size when absent.',
  })
  @IsOptional()
  @IsIn(SEVERITIES, { message: `severity must be one of: ${SEVERITIES.join(', ')}` })
  severity?: Severity;

  @ApiPropertyOptional({
    example: 'weak_key',
    description: `Derived when absent; one of ${FINDING_CATEGORIES.join(', ')} or your own.`,
  })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  category?: string;

  @ApiPropertyOptional({ example: 'RSA' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  algorithm?: string;

  @ApiPropertyOptional({ example: 1024 })
  @IsOptional()
  @IsInt({ message: 'keySize must be an integer' })
  @Min(1)
  @Max(1_000_000)
  keySize?: number;

  @ApiPropertyOptional({ example: 'api-edge-01' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  assetId?: string;

  @ApiPropertyOptional({ example: 'api.example.com' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  host?: string;

  @ApiPropertyOptional({ example: 443 })
  @IsOptional()
  @IsInt({ message: 'port must be an integer' })
  @Min(1)
  @Max(65535)
  port?: number;

  @ApiPropertyOptional({ description: 'Derived from algorithm and key size when absent.' })
  @IsOptional()
  @IsBoolean()
  quantumVulnerable?: boolean;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    example: { signatureAlgorithm: 'sha256WithRSAEncryption', notAfter: '2027-01-31T00:00:00Z' },
  })
  @IsOptional()
  @FreeFormObject({ maxBytes: MAX_DETAILS_BYTES })
  details?: Record<string, unknown>;

  @ApiPropertyOptional({
    example: 'tls-scanner:cert:api.example.com:443:weak-rsa',
    minLength: 1,
    maxLength: 128,
    description:
      "The scanner's own stable id for this finding. When given it is the finding's identity " +
      'across scans (instead of location + weakness type + algorithm family).',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  fingerprint?: string;
}

export const MAX_COVERED_LOCATIONS = 5_000;

export class CoveredLocationDto {
  @ApiPropertyOptional({ example: 'api-edge-01' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  assetId?: string;

  @ApiPropertyOptional({ example: 'api.example.com' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  host?: string;

  @ApiPropertyOptional({ example: 443 })
  @IsOptional()
  @IsInt({ message: 'port must be an integer' })
  @Min(1)
  @Max(65535)
  port?: number;
}

export class ImportScanDto {
  @ApiPropertyOptional({ example: 'api.example.com:443', maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  target?: string;

  @ApiPropertyOptional({ example: 'Weekly external TLS scan', maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  label?: string;

  @ApiPropertyOptional({
    type: [NativeFindingDto],
    maxItems: MAX_FINDINGS_PER_SCAN,
    description: 'Native format. Send this or cbom.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_FINDINGS_PER_SCAN, {
    message: `findings may hold at most ${MAX_FINDINGS_PER_SCAN} items`,
  })
  @ValidateNested({ each: true })
  @Type(() => NativeFindingDto)
  findings?: NativeFindingDto[];

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'A CycloneDX 1.6 (or 1.7) CBOM document. Send this or findings.',
  })
  @IsOptional()
  @FreeFormObject()
  cbom?: Record<string, unknown>;

  @ApiPropertyOptional({
    example: 'auto',
    description:
      "What this scan is compared against: 'auto' (default when target is set: every current item of " +
      "the tenant's earlier scans of the same target), a scan id (that scan's current items), or 'none' " +
      "(default without a target). 'auto' without a target is a 422; an unknown scan id a 404.",
  })
  @IsOptional()
  @IsString()
  @Matches(/^(auto|none|scan_[A-Za-z0-9]{1,60})$/, {
    message: "baselineScanId must be 'auto', 'none' or a scan id",
  })
  baselineScanId?: string;

  @ApiPropertyOptional({
    enum: ['partial', 'complete'],
    example: 'partial',
    description:
      'partial when absent. complete: the scan looked at every location of the baseline, so a baseline item it does not ' +
      'find is fixed. partial: only locations with findings or in coveredLocations count as rescanned.',
  })
  @IsOptional()
  @IsIn(['partial', 'complete'], { message: 'coverage must be partial or complete' })
  coverage?: 'partial' | 'complete';

  @ApiPropertyOptional({
    type: [CoveredLocationDto],
    maxItems: MAX_COVERED_LOCATIONS,
    example: [{ host: 'api.example.com', port: 443 }, { assetId: 'api-edge-01' }],
    description:
      'Locations the scan looked at, with or without findings ({assetId} or {host, port}): a baseline ' +
      'item there that the scan did not find is fixed.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_COVERED_LOCATIONS, {
    message: `coveredLocations may hold at most ${MAX_COVERED_LOCATIONS} items`,
  })
  @ValidateNested({ each: true })
  @Type(() => CoveredLocationDto)
  coveredLocations?: CoveredLocationDto[];
}

export class ScanListQueryDto {
  @LimitParam(100, 25)
  limit?: number;

  @CursorParam()
  cursor?: string;
}

export class ScanSummaryDto {
  @ApiProperty({ example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  scanId: string;

  @ApiProperty({ nullable: true, type: String, example: 'api.example.com:443' })
  target: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'Weekly external TLS scan' })
  label: string | null;

  @ApiProperty({ example: 'completed' })
  status: string;

  @ApiProperty({ enum: ['native', 'cbom'] })
  format: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ example: 12 })
  findingCount: number;

  @ApiProperty({ example: 42, minimum: 0, maximum: 100 })
  readinessScore: number;

  @ApiProperty({ example: 'poor', enum: ['critical', 'poor', 'fair', 'good', 'ready'] })
  readinessBand: string;

  @ApiProperty({ example: 9, description: 'Items open, in progress or blocked.' })
  openRemediationCount: number;
}

export class ScanListDto {
  @ApiProperty({ example: 1 })
  count: number;

  @ApiProperty({ type: [ScanSummaryDto] })
  scans: ScanSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class FindingDto {
  @ApiProperty({ example: 'f_001' })
  findingId: string;

  @ApiProperty({ example: 'rem_001' })
  remediationId: string;

  @ApiProperty({ example: 'RSA-1024 certificate' })
  title: string;

  @ApiProperty({ enum: SEVERITIES })
  severity: string;

  @ApiProperty({ example: 'weak_key' })
  category: string;

  @ApiProperty({ nullable: true, type: String, example: 'RSA' })
  algorithm: string | null;

  @ApiProperty({ nullable: true, type: Number, example: 1024 })
  keySize: number | null;

  @ApiProperty({ nullable: true, type: String, example: 'api-edge-01' })
  assetId: string | null;

  @ApiProperty({ nullable: true, type: String })
  host: string | null;

  @ApiProperty({ nullable: true, type: Number })
  port: number | null;

  @ApiProperty()
  quantumVulnerable: boolean;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  details: Record<string, unknown> | null;

  @ApiProperty({
    example: 'fp1_3f2a9c0d5e6b7a8c9d0e1f2a3b4c5d6e',
    description:
      'Identity across scans: location + weakness type + algorithm family, or the scanner’s own stable id; its backlog item has the same.',
  })
  fingerprint: string;

  @ApiProperty({
    enum: ['strong', 'weak'],
    description: 'weak: no location; carried forward but never verified by a scan.',
  })
  fingerprintQuality: string;
}

export class StatusCountsDto {
  @ApiProperty() open: number;
  @ApiProperty() in_progress: number;
  @ApiProperty() blocked: number;
  @ApiProperty() done: number;
  @ApiProperty() accepted_risk: number;
  @ApiProperty() false_positive: number;
}

export class RemediationSummaryDto {
  @ApiProperty({ example: 12 })
  total: number;

  @ApiProperty({ type: StatusCountsDto })
  byStatus: StatusCountsDto;

  @ApiProperty({
    example: 25,
    description: 'Share of items done, accepted as risk or false positives, 0–100.',
  })
  completionPercentage: number;
}

export class RescanCountsDto {
  @ApiProperty({ example: 1, description: 'Findings with no match in the baseline.' }) new: number;
  @ApiProperty({
    example: 2,
    description: 'Findings that continue an open or closed-by-decision item.',
  })
  carried: number;
  @ApiProperty({ example: 1, description: 'Baseline items absent at a rescanned location.' })
  fixed: number;
  @ApiProperty({ example: 0, description: 'Findings that continue a done item (regressions).' })
  reopened: number;
  @ApiProperty({ example: 0, description: 'Baseline items absent where the scan did not look.' })
  notObserved: number;
  @ApiProperty({ example: 0, description: 'Findings with the fingerprint of an earlier one.' })
  duplicates: number;
}

export class RescanSummaryDto {
  @ApiProperty({ enum: ['partial', 'complete'] }) coverage: string;
  @ApiProperty({ type: RescanCountsDto }) counts: RescanCountsDto;
}

export class ScanDetailDto extends ScanSummaryDto {
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9',
    description: 'The newest earlier scan compared against (or the explicit one); null: none.',
  })
  baselineScanId: string | null;

  @ApiProperty({
    type: RescanSummaryDto,
    nullable: true,
    description: 'What the comparison with the baseline did; null when nothing was compared.',
  })
  rescan: RescanSummaryDto | null;

  @ApiProperty({ type: RemediationSummaryDto })
  remediation: RemediationSummaryDto;

  @ApiProperty({ type: [FindingDto] })
  findings: FindingDto[];
}

export class ScanResponseDto {
  @ApiProperty({ type: ScanDetailDto })
  scan: ScanDetailDto;
}
