import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { FreeFormObject } from '../common/errors/free-form';

export const MAX_CONTEXT_LENGTH = 2_000;
export const MAX_FINDING_BYTES = 8 * 1024;

/**
 * Limits of an answer, whoever wrote it. The prompt, the model's schema description and the
 * check of the model's answer use these same numbers (src/ai/claude/explain-prompt.ts).
 */
export const ANSWER_LIMITS = {
  summaryChars: 1_200,
  impactChars: 1_200,
  minNextSteps: 1,
  maxNextSteps: 8,
  stepChars: 400,
} as const;

export class ExplainRequestDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Finding payload to explain: a reference to a stored finding ({id, scanId?}) or a free-form description ' +
      '(title, algorithm, keySize, severity, signatureAlgorithm, protocol, notAfter, host, port, ...). At most 8 KiB as JSON.',
    example: { id: 'f_001', title: 'RSA-1024 certificate' },
  })
  @IsOptional()
  @FreeFormObject({ maxBytes: MAX_FINDING_BYTES })
  finding?: Record<string, unknown>;

  @ApiPropertyOptional({
    description: 'Extra context to tailor the explanation, e.g. where the asset sits.',
    example: 'external API edge',
    maxLength: MAX_CONTEXT_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CONTEXT_LENGTH, {
    message: `context must be at most ${MAX_CONTEXT_LENGTH} characters`,
  })
  context?: string;
}

export class ReferenceDto {
  @ApiProperty({ example: 'NIST SP 800-131A Rev. 2' })
  title: string;

  @ApiPropertyOptional({ example: 'https://csrc.nist.gov/pubs/sp/800/131/a/r2/final' })
  url?: string;
}

export class ExplanationDto {
  @ApiProperty({
    description: 'High-level explanation, plain text.',
    maxLength: ANSWER_LIMITS.summaryChars,
  })
  summary: string;

  @ApiProperty({
    description: 'Business/security impact summary, plain text.',
    maxLength: ANSWER_LIMITS.impactChars,
  })
  impact: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', maxLength: ANSWER_LIMITS.stepChars },
    minItems: ANSWER_LIMITS.minNextSteps,
    maxItems: ANSWER_LIMITS.maxNextSteps,
    description: 'Suggested remediation actions, plain text.',
  })
  nextSteps: string[];

  @ApiProperty({ enum: ['claude', 'offline'], description: 'Who wrote the answer.' })
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
