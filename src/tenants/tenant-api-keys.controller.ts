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
import { ApiJsonBodyErrors, ErrorEnvelope } from '../common/errors/error-envelope';
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
  @ApiOperation({ summary: "Issue a key for the caller's tenant. The secret is returned once." })
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
  @ApiOperation({ summary: "List the caller's tenant's keys." })
  @ApiOkResponse({ type: ApiKeyListDto })
  list(@CurrentKey() key: Principal): Promise<ApiKeyListDto> {
    return this.keys.list(key.tenantId);
  }

  @Delete(':key_id')
  @HttpCode(200)
  @ApiOperation({ summary: "Revoke one of the tenant's keys. Repeating it is harmless." })
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
