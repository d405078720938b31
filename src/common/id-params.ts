import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFound } from './errors/domain-errors';

/**
 * Ids are checked for shape before any query: an id that cannot exist is answered 404
 * exactly like one that does not exist, and never reaches SQL.
 */
@Injectable()
export class IdParamPipe implements PipeTransform<string, string> {
  constructor(
    private readonly pattern: RegExp,
    private readonly what: string,
  ) {}

  transform(value: string): string {
    if (typeof value !== 'string' || !this.pattern.test(value)) throw new NotFound(this.what);
    return value;
  }
}

/**
 * The same check on an id carried in a JSON body. Runs after the global validation pipe, so
 * a missing or mistyped field is still a 422 and only a well-typed id of the wrong shape a 404.
 */
@Injectable()
export class BodyIdPipe<T extends object> implements PipeTransform<T, T> {
  private readonly id: IdParamPipe;

  constructor(
    private readonly field: keyof T & string,
    pattern: RegExp,
    what: string,
  ) {
    this.id = new IdParamPipe(pattern, what);
  }

  transform(body: T): T {
    this.id.transform(body[this.field] as string);
    return body;
  }
}

export const ULID_ID = (prefix: string): RegExp => new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`);
export const TENANT_ID_PATTERN = /^[a-z0-9-]{3,64}$/;
export const REMEDIATION_ID_PATTERN = /^rem_\d{3,7}$/;

export const tenantIdParam = new IdParamPipe(TENANT_ID_PATTERN, 'Tenant');
export const keyIdParam = new IdParamPipe(ULID_ID('key'), 'API key');
export const scanIdParam = new IdParamPipe(ULID_ID('scan'), 'Scan');
export const webhookIdParam = new IdParamPipe(ULID_ID('wh'), 'Webhook');
export const deliveryIdParam = new IdParamPipe(ULID_ID('dlv'), 'Delivery');
export const remediationIdParam = new IdParamPipe(REMEDIATION_ID_PATTERN, 'Remediation item');
/** The upsert names its item in the body. */
export const remediationIdInBody = new BodyIdPipe<{ remediationId: string }>(
  'remediationId',
  REMEDIATION_ID_PATTERN,
  'Remediation item',
);
