import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AdminApi, CurrentCaller } from '../common/auth/decorators';
import { Caller } from '../common/auth/principal';
import { ApiJsonBodyErrors, ErrorEnvelope } from '../common/errors/error-envelope';
import { NoStore } from '../common/http/security-headers';
import { keyIdParam, tenantIdParam } from '../common/id-params';
import { ApiKeysService, issueKeyCommand } from './api-keys.service';
import { toIssuedKeyDto, toTenantDto } from './mappers';
import {
  ApiKeyListDto,
  CreateTenantDto,
  IssuedKeyDto,
  IssueKeyDto,
  RevokedKeyDto,
  TenantDto,
  TenantListDto,
} from './tenant.dto';
import { TenantsService } from './tenants.service';

@ApiTags('admin')
@AdminApi()
@Controller('admin')
export class AdminController {
  constructor(
    private readonly tenants: TenantsService,
    private readonly keys: ApiKeysService,
  ) {}

  @Post('tenants')
  @ApiOperation({ summary: 'Create a tenant.' })
  @ApiCreatedResponse({ type: TenantDto })
  @ApiConflictResponse({ description: 'A tenant with this id exists.', type: ErrorEnvelope })
  @ApiJsonBodyErrors()
  async createTenant(
    @CurrentCaller() caller: Caller,
    @Body() body: CreateTenantDto,
  ): Promise<TenantDto> {
    return toTenantDto(await this.tenants.create(caller, body.name, body.tenantId));
  }

  @Get('tenants')
  @ApiOperation({ summary: 'List tenants.' })
  @ApiOkResponse({ type: TenantListDto })
  listTenants(): Promise<TenantListDto> {
    return this.tenants.list();
  }

  @Post('tenants/:tenant_id/keys')
  @NoStore()
  @ApiOperation({ summary: 'Issue an API key for a tenant. The secret is returned once.' })
  @ApiCreatedResponse({ type: IssuedKeyDto })
  @ApiConflictResponse({
    description: 'The tenant has MAX_ACTIVE_KEYS_PER_TENANT active keys already.',
    type: ErrorEnvelope,
  })
  @ApiNotFoundResponse({ description: 'Unknown tenant.', type: ErrorEnvelope })
  @ApiJsonBodyErrors()
  async issueKey(
    @CurrentCaller() caller: Caller,
    @Param('tenant_id', tenantIdParam) tenantId: string,
    @Body() body: IssueKeyDto,
  ): Promise<IssuedKeyDto> {
    const { key, secret } = await this.keys.issue(caller, issueKeyCommand(tenantId, body));
    return toIssuedKeyDto(key, secret);
  }

  @Get('tenants/:tenant_id/keys')
  @ApiOperation({ summary: "List a tenant's API keys (never their secrets)." })
  @ApiOkResponse({ type: ApiKeyListDto })
  @ApiNotFoundResponse({ description: 'Unknown tenant.', type: ErrorEnvelope })
  listKeys(@Param('tenant_id', tenantIdParam) tenantId: string): Promise<ApiKeyListDto> {
    return this.keys.list(tenantId);
  }

  @Delete('keys/:key_id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke an API key. Repeating it is harmless.' })
  @ApiOkResponse({ type: RevokedKeyDto })
  @ApiNotFoundResponse({ description: 'Unknown key.', type: ErrorEnvelope })
  async revokeKey(
    @CurrentCaller() caller: Caller,
    @Param('key_id', keyIdParam) keyId: string,
  ): Promise<RevokedKeyDto> {
    await this.keys.revoke(caller, keyId, null);
    return { keyId, revoked: true };
  }
}
