import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer' })
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export class ActorDto {
  @ApiProperty({ nullable: true, type: String, example: 'key_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  keyId: string | null;

  @ApiProperty({ example: 'ci-pipeline' })
  label: string;
}

export class AuditEntryDto {
  @ApiProperty({ example: '42' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: ActorDto })
  actor: ActorDto;

  @ApiProperty({ example: 'api_key.issued' })
  action: string;

  @ApiProperty({ example: 'api_key' })
  targetType: string;

  @ApiProperty({ example: 'key_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  targetId: string;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  details: Record<string, unknown> | null;
}

export class AuditPageDto {
  @ApiProperty({ example: 1 })
  count: number;

  @ApiProperty({ type: [AuditEntryDto] })
  entries: AuditEntryDto[];

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as cursor for the next page; null at the end.',
  })
  nextCursor: string | null;
}
