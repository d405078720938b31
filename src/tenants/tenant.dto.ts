import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { Role, ROLES } from '../common/auth/roles';
import { TENANT_ID_PATTERN } from '../common/id-params';

export class CreateTenantDto {
  @ApiProperty({ example: 'Acme Corp', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiPropertyOptional({
    example: 'acme',
    pattern: TENANT_ID_PATTERN.source,
    description: 'Generated when absent.',
  })
  @IsOptional()
  @Matches(TENANT_ID_PATTERN, { message: 'tenantId must be 3–64 characters of a-z, 0-9 and -' })
  tenantId?: string;
}

export class TenantDto {
  @ApiProperty({ example: 'acme' })
  tenantId: string;

  @ApiProperty({ example: 'Acme Corp' })
  name: string;

  @ApiProperty({ example: '2026-11-23T09:00:00.000Z', format: 'date-time' })
  createdAt: string;
}

export class TenantListDto {
  @ApiProperty({ example: 1 })
  count: number;

  @ApiProperty({ type: [TenantDto] })
  tenants: TenantDto[];
}

export class IssueKeyDto {
  @ApiProperty({ example: 'ci-pipeline', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  label: string;

  @ApiPropertyOptional({ enum: ROLES, default: 'operator' })
  @IsOptional()
  @IsIn(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` })
  role?: Role;

  @ApiPropertyOptional({
    example: '2030-12-31T00:00:00Z',
    format: 'date-time',
    description: 'Must lie in the future. Never expires when absent.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresAt must be an ISO 8601 date-time' })
  expiresAt?: string;
}

export class ApiKeyDto {
  @ApiProperty({ example: 'key_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  keyId: string;

  @ApiProperty({ example: 'ci-pipeline' })
  label: string;

  @ApiProperty({ enum: ROLES, example: 'operator' })
  role: Role;

  @ApiProperty({
    example: 'pqc_Xk3v9QzL',
    description: 'The first characters of the key, to recognise it.',
  })
  keyPrefix: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  expiresAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  lastUsedAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  revokedAt: string | null;
}

export class IssuedKeyDto {
  @ApiProperty({ example: 'key_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  keyId: string;

  @ApiProperty({ example: 'acme' })
  tenantId: string;

  @ApiProperty({ example: 'ci-pipeline' })
  label: string;

  @ApiProperty({ enum: ROLES, example: 'operator' })
  role: Role;

  @ApiProperty({ example: 'pqc_Xk3v9QzL' })
  keyPrefix: string;

  @ApiProperty({
    description: 'The secret. Shown only in this response; store it now.',
    example: 'pqc_Xk3v9QzL…',
  })
  apiKey: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  expiresAt: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class ApiKeyListDto {
  @ApiProperty({ example: 'acme' })
  tenantId: string;

  @ApiProperty({ type: [ApiKeyDto] })
  keys: ApiKeyDto[];
}

export class RevokedKeyDto {
  @ApiProperty({ example: 'key_01JD3S7W1XQ2Y8M4N5P6R7T8V9' })
  keyId: string;

  @ApiProperty({ example: true })
  revoked: true;
}
