import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentKey, Roles } from '../common/auth/decorators';
import { Principal } from '../common/auth/principal';
import {
  ApiJsonBodyErrors,
  ApiStrayBodyErrors,
  ErrorEnvelope,
} from '../common/errors/error-envelope';
import { NoStore } from '../common/http/security-headers';
import { keyIdParam } from '../common/id-params';
import { ApiKeysService, issueKeyCommand } from './api-keys.service';
import { toIssuedKeyDto } from './mappers';
import { ApiKeyListDto, IssuedKeyDto, IssueKeyDto, RevokedKeyDto } from './tenant.dto';

/** A tenant's admins manage their own keys; every call is scoped to the caller's tenant. */
@ApiTags('tenant api keys')
@Roles('admin')
@Controller('tenant/api-keys')
export class TenantApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @NoStore()
  @ApiOperation({
    operationId: 'issueApiKey',
    summary: "Issue a key for the caller's tenant. The secret is returned once.",
    description:
      "Creates a key of the caller's tenant with a label, a role (viewer, operator or admin; " +
      'operator by default) and an optional expiry. `apiKey` in the response is the secret: it ' +
      'is stored only as a hash and never shown again. Role: admin. 422 for an invalid field or ' +
      'an expiry in the past.',
  })
  @ApiCreatedResponse({ type: IssuedKeyDto })
  @ApiConflictResponse({
    description: 'The tenant has MAX_ACTIVE_KEYS_PER_TENANT active keys already.',
    type: ErrorEnvelope,
  })
  @ApiJsonBodyErrors()
  async issue(@CurrentKey() key: Principal, @Body() body: IssueKeyDto): Promise<IssuedKeyDto> {
    const issued = await this.keys.issue(key, issueKeyCommand(key.tenantId, body));
    return toIssuedKeyDto(issued.key, issued.secret);
  }

  @Get()
  @ApiOperation({
    operationId: 'listApiKeys',
    summary: "List the caller's tenant's keys.",
    description:
      "Every key of the caller's tenant, revoked and expired ones included, with its prefix, " +
      'role and when it was last used; never a secret. Role: admin.',
  })
  @ApiOkResponse({ type: ApiKeyListDto })
  list(@CurrentKey() key: Principal): Promise<ApiKeyListDto> {
    return this.keys.list(key.tenantId);
  }

  @Delete(':key_id')
  @ApiStrayBodyErrors()
  @HttpCode(200)
  @ApiOperation({
    operationId: 'revokeApiKey',
    summary: "Revoke one of the tenant's keys. Repeating it is harmless.",
    description:
      "Revokes a key of the caller's tenant: requests with it answer 401 from then on. " +
      "Role: admin. 404 for an unknown key or another tenant's.",
  })
  @ApiOkResponse({ type: RevokedKeyDto })
  @ApiNotFoundResponse({ description: 'No such key in this tenant.', type: ErrorEnvelope })
  async revoke(
    @CurrentKey() key: Principal,
    @Param('key_id', keyIdParam) keyId: string,
  ): Promise<RevokedKeyDto> {
    await this.keys.revoke(key, keyId, key.tenantId);
    return { keyId, revoked: true };
  }
}
