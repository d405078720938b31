import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

/** The `limit` query parameter of a paged route: an integer in 1..max. */
export const LimitParam = (max: number, fallback: number): PropertyDecorator =>
  applyDecorators(
    // `type: 'integer'`: the property's TypeScript type is number, which the document would
    // otherwise publish as `number` and let a client send 2.5 (a 422).
    ApiPropertyOptional({
      type: 'integer',
      minimum: 1,
      maximum: max,
      default: fallback,
      description: `Items per page, 1–${max}.`,
    }),
    IsOptional(),
    Type(() => Number),
    IsInt({ message: 'limit must be an integer' }),
    Min(1),
    Max(max),
  );

/** The `cursor` query parameter: the nextCursor of the previous page, opaque to clients. */
export const CursorParam = (): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({ description: 'nextCursor of the previous page.' }),
    IsOptional(),
    IsString(),
    MaxLength(512),
  );
