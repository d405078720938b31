import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, InvalidRequest } from './domain-errors';

/**
 * Whitelisting, unknown fields rejected, and every field error listed in the envelope's
 * `detail` with a path such as `findings[3].title`.
 */
@Injectable()
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) =>
        new InvalidRequest(flattenErrors(errors), 'Request is invalid.'),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && metadata.metatype && metadata.metatype !== Object) {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw InvalidRequest.field('body', 'Request body must be a JSON object.');
      }
    }
    if (metadata.type === 'query' && value && typeof value === 'object') {
      // api_key is an authentication channel (contract §1), not a query field of any route.
      const { api_key: _ignored, ...rest } = value as Record<string, unknown>;
      value = rest;
    }
    return super.transform(value, metadata);
  }
}

export function flattenErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = joinPath(parent, error.property);
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({
      field,
      message: rule === 'whitelistValidation' ? `${field} is not a known field` : message,
    }));
    return [...own, ...flattenErrors(error.children ?? [], field)];
  });
}

function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent ? `${parent}.${property}` : property;
}
