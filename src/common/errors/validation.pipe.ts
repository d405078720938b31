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
      // class-transformer and the proto-key scan recurse: a few thousand levels exhaust the stack.
      if (nestedDeeperThan(value, MAX_BODY_DEPTH)) {
        throw InvalidRequest.field(
          'body',
          `body must not be nested more than ${MAX_BODY_DEPTH} levels deep`,
        );
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

/** Deeper JSON bodies are refused (422) before anything recursive walks them. */
export const MAX_BODY_DEPTH = 128;

/** Iterative, so that the check itself cannot exhaust the stack. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node as object)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
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
