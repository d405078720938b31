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
import {
  ApiJsonBodyErrors,
  ApiStrayBodyErrors,
  ErrorEnvelope,
} from '../common/errors/error-envelope';
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
  @ApiOperation({
    operationId: 'createTenant',
    summary: 'Create a tenant.',
    description:
      'Creates a tenant with the given name and id (generated when absent); then issue it a key. ' +
      'Caller: the platform admin key. 409 when the tenant id exists; 422 for an invalid name or ' +
      'id.',
  })
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
  @ApiOperation({
    operationId: 'listTenants',
    summary: 'List tenants.',
    description:
      'Every tenant with its id, name and creation time. Caller: the platform admin key.',
  })
  @ApiOkResponse({ type: TenantListDto })
  listTenants(): Promise<TenantListDto> {
    return this.tenants.list();
  }

  @Post('tenants/:tenant_id/keys')
  @NoStore()
  @ApiOperation({
    operationId: 'issueTenantKey',
    summary: 'Issue an API key for a tenant. The secret is returned once.',
    description:
      'Creates a key with a label, a role (viewer, operator or admin; operator by default) and an ' +
      'optional expiry. `apiKey` in the response is the secret: it is stored only as a hash and ' +
      'never shown again. Caller: the platform admin key. 404 for an unknown tenant; 422 for an ' +
      'invalid field or an expiry in the past.',
  })
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
  @ApiOperation({
    operationId: 'listTenantKeys',
    summary: "List a tenant's API keys (never their secrets).",
    description:
      'Every key of the tenant, revoked and expired ones included, with its prefix, role and ' +
      'when it was last used. Caller: the platform admin key. 404 for an unknown tenant.',
  })
  @ApiOkResponse({ type: ApiKeyListDto })
  @ApiNotFoundResponse({ description: 'Unknown tenant.', type: ErrorEnvelope })
  listKeys(@Param('tenant_id', tenantIdParam) tenantId: string): Promise<ApiKeyListDto> {
    return this.keys.list(tenantId);
  }

  @Delete('keys/:key_id')
  @ApiStrayBodyErrors()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'revokeKey',
    summary: 'Revoke an API key. Repeating it is harmless.',
    description:
      "Revokes any tenant's key: requests with it answer 401 from then on. Caller: the platform " +
      'admin key. 404 for an unknown key.',
  })
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
