import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsInt,
  IsObject,
  IsOptional,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ActorDto } from '../audit/audit.dto';

const DAYS_MESSAGE = 'days must be an integer from 1 to 3650, or null (not enforced)';

/** A severity's days: an integer 1–3,650, null to stop enforcing it, absent to keep it. */
const SeverityDays = (example: number | null): PropertyDecorator =>
  applyDecorators(
    ApiPropertyOptional({
      type: 'integer',
      nullable: true,
      minimum: 1,
      maximum: 3650,
      example,
      description: 'Days from the clock start to the due time; null = not enforced.',
    }),
    IsOptional(),
    IsInt({ message: DAYS_MESSAGE }),
    Min(1, { message: DAYS_MESSAGE }),
    Max(3650, { message: DAYS_MESSAGE }),
  );

export class SlaDaysUpdateDto {
  @SeverityDays(7) critical?: number | null;
  @SeverityDays(30) high?: number | null;
  @SeverityDays(90) medium?: number | null;
  @SeverityDays(180) low?: number | null;
  @SeverityDays(null) info?: number | null;
}

export class UpdateSlaPolicyDto {
  @ApiPropertyOptional({
    type: SlaDaysUpdateDto,
    description: 'Severities left out keep their days.',
    example: { critical: 7, info: null },
  })
  @ValidateIf((o: UpdateSlaPolicyDto) => o.days !== undefined)
  @IsObject({ message: 'days must be an object of severities' })
  @ValidateNested()
  @Type(() => SlaDaysUpdateDto)
  days?: SlaDaysUpdateDto;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: 365, example: 14 })
  @ValidateIf((o: UpdateSlaPolicyDto) => o.dueSoonDays !== undefined)
  @IsInt({ message: 'dueSoonDays must be an integer from 0 to 365' })
  @Min(0, { message: 'dueSoonDays must be an integer from 0 to 365' })
  @Max(365, { message: 'dueSoonDays must be an integer from 0 to 365' })
  dueSoonDays?: number;

  @ApiPropertyOptional({ example: false })
  @ValidateIf((o: UpdateSlaPolicyDto) => o.restartOnReopen !== undefined)
  @IsBoolean({ message: 'restartOnReopen must be true or false' })
  restartOnReopen?: boolean;
}

const daysProperty = (example: number | null): PropertyDecorator =>
  ApiProperty({ type: 'integer', nullable: true, example });

export class SlaDaysDto {
  @daysProperty(7) critical: number | null;
  @daysProperty(30) high: number | null;
  @daysProperty(90) medium: number | null;
  @daysProperty(180) low: number | null;
  @daysProperty(null) info: number | null;
}

export class SlaPolicyDto {
  @ApiProperty({ type: SlaDaysDto, description: 'Days per severity; null = not enforced.' })
  days: SlaDaysDto;

  @ApiProperty({
    type: 'integer',
    example: 14,
    description: 'An open item is due_soon this many days (or fewer) before its due time.',
  })
  dueSoonDays: number;

  @ApiProperty({
    example: false,
    description: 'Whether a regression (a fixed item found again) restarts the clock.',
  })
  restartOnReopen: boolean;

  @ApiProperty({
    type: 'integer',
    example: 0,
    description: '0 while the defaults apply; grows by one with every change; also the ETag.',
  })
  version: number;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  updatedAt: string | null;

  @ApiProperty({ nullable: true, type: ActorDto })
  updatedBy: ActorDto | null;
}
