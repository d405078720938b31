import { CursorParam, LimitParam } from '../common/page-query';
import { ApiProperty } from '@nestjs/swagger';

export class PageQueryDto {
  @LimitParam(200, 50)
  limit?: number;

  @CursorParam()
  cursor?: string;
}

export class ActorDto {
  @ApiProperty({
    enum: ['key', 'admin', 'system'],
    example: 'key',
    description: 'An API key, the platform admin, or the service itself (rescan, sla).',
  })
  type: string;

  @ApiProperty({
    example: 'key_01JD3S7W1XQ2Y8M4N5P6R7T8V9',
    description: "The key id, 'platform-admin', or the system's name ('rescan', 'sla').",
  })
  id: string;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'key_01JD3S7W1XQ2Y8M4N5P6R7T8V9',
    description: 'The key id; null for the platform admin and the system. Kept for compatibility.',
  })
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
