import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ULID_ID } from '../common/id-params';
import { RescanCountsDto } from '../scans/scan.dto';
import { ANSWER_LIMITS, MAX_CONTEXT_LENGTH, ReferenceDto } from './explain.dto';

export const AUDIENCES = ['executive', 'engineering'] as const;
export type Audience = (typeof AUDIENCES)[number];

export class ExplainScanRequestDto {
  @ApiProperty({
    example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9',
    description: 'A scan of the caller’s tenant.',
  })
  @IsString()
  @Matches(ULID_ID('scan'), { message: 'scanId must be a scan id (scan_...)' })
  scanId: string;

  @ApiPropertyOptional({
    enum: AUDIENCES,
    default: 'executive',
    description:
      'executive: business risk, deadlines and what to fund; engineering: concrete steps per key risk.',
  })
  @IsOptional()
  @IsIn(AUDIENCES, { message: `audience must be one of: ${AUDIENCES.join(', ')}` })
  audience?: Audience;

  @ApiPropertyOptional({
    description: 'Extra context to tailor the brief, e.g. where the target sits.',
    example: 'customer-facing API edge',
    maxLength: MAX_CONTEXT_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONTEXT_LENGTH, {
    message: `context must be at most ${MAX_CONTEXT_LENGTH} characters`,
  })
  context?: string;
}

export class ReadinessDto {
  @ApiProperty({ example: 42, minimum: 0, maximum: 100 }) score: number;
  @ApiProperty({ example: 'at_risk' }) band: string;
}

export class SeverityCountsDto {
  @ApiProperty() critical: number;
  @ApiProperty() high: number;
  @ApiProperty() medium: number;
  @ApiProperty() low: number;
  @ApiProperty() info: number;
}

export class ItemStatusCountsDto {
  @ApiProperty() open: number;
  @ApiProperty() in_progress: number;
  @ApiProperty() blocked: number;
  @ApiProperty() done: number;
  @ApiProperty() accepted_risk: number;
  @ApiProperty() false_positive: number;
}

export class ScanBriefRescanDto {
  @ApiProperty({ example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9' }) baselineScanId: string;
  @ApiProperty({ enum: ['partial', 'complete'] }) coverage: string;
  @ApiProperty({ type: RescanCountsDto }) counts: RescanCountsDto;
}

export class DeadlineDto {
  @ApiProperty({ example: 'NIST IR 8547 (draft)' }) standard: string;
  @ApiProperty({ example: '2030-12-31', format: 'date' }) date: string;
}

export class ScanFactsDto {
  @ApiProperty({ example: 'scan_01JD3S7W1XQ2Y8M4N5P6R7T8V9' }) scanId: string;
  @ApiProperty({ type: String, nullable: true, example: 'api.example.com' }) target: string | null;
  @ApiProperty() findingCount: number;
  @ApiProperty({ type: ReadinessDto }) readiness: ReadinessDto;
  @ApiProperty({ type: SeverityCountsDto, description: 'Findings per severity.' })
  bySeverity: SeverityCountsDto;
  @ApiProperty({ type: ItemStatusCountsDto, description: 'Backlog items per status.' })
  byStatus: ItemStatusCountsDto;
  @ApiProperty({ description: 'Open items past their SLA due time (the tenant’s SLA policy).' })
  slaBreaches: number;
  @ApiProperty({ description: 'Findings with quantum-vulnerable cryptography.' })
  quantumVulnerable: number;
  @ApiProperty({
    type: ScanBriefRescanDto,
    nullable: true,
    description: 'The comparison with the previous scan of the target; null when none.',
  })
  rescan: ScanBriefRescanDto | null;
  @ApiProperty({
    type: DeadlineDto,
    nullable: true,
    description:
      'The earliest dated standard deadline still ahead among the scan’s finding types; null when none.',
  })
  nearestDeadline: DeadlineDto | null;
}

export class KeyRiskDto {
  @ApiProperty({ example: 'rem_001' }) remediationId: string;
  @ApiProperty({ example: 'RSA-1024 certificate' }) title: string;
  @ApiProperty({ enum: ['critical', 'high', 'medium', 'low', 'info'] }) severity: string;
  @ApiProperty({ example: 'RSA key under 2048 bits; past its remediation SLA, critical severity' })
  why: string;
}

export class ScanBriefDto {
  @ApiProperty({
    description: 'The scan in brief, plain text.',
    maxLength: ANSWER_LIMITS.summaryChars,
  })
  summary: string;

  @ApiProperty({
    description: 'What it means for the business or the engineers, plain text.',
    maxLength: ANSWER_LIMITS.impactChars,
  })
  impact: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: ANSWER_LIMITS.stepChars },
    minItems: ANSWER_LIMITS.minNextSteps,
    maxItems: ANSWER_LIMITS.maxNextSteps,
    description: 'What to do next, plain text.',
  })
  nextSteps: string[];

  @ApiProperty({
    type: ScanFactsDto,
    description: 'Computed from the scan, not written by a model.',
  })
  facts: ScanFactsDto;

  @ApiProperty({
    type: [KeyRiskDto],
    maxItems: 5,
    description:
      'The open items that matter most: past their SLA first, then by severity, then quantum-vulnerable key exchange.',
  })
  keyRisks: KeyRiskDto[];

  @ApiProperty({ enum: ['claude', 'offline'], description: 'Who phrased the brief.' })
  source: 'claude' | 'offline';

  @ApiPropertyOptional({
    example: 'claude-sonnet-5-5',
    description: 'The model, when source is claude.',
  })
  model?: string;

  @ApiProperty({ type: [ReferenceDto] })
  references: ReferenceDto[];

  @ApiProperty({ description: 'Answered from the cache without a new model call.' })
  cached: boolean;
}
