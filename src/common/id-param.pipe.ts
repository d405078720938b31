import { Injectable, PipeTransform } from '@nestjs/common';
import { NotFound } from './errors/domain-errors';

/**
 * Path ids are checked for shape before any query: an id that cannot exist is answered
 * 404 exactly like one that does not exist, and never reaches SQL.
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

export const ULID_ID = (prefix: string): RegExp => new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`);
