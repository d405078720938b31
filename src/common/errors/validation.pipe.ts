import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { MetadataStorage as TransformerMetadata } from 'class-transformer/types/MetadataStorage';
import { FieldError, InvalidRequest, MAX_DETAIL_ENTRIES } from './domain-errors';
import { exceedsJsonBytes, freeFormFields } from './free-form';
import { jsonDepthOf } from '../http/json-body';

// class-transformer's registry of @Type() targets: which DTO class a nested field holds.
type StorageModule = { defaultMetadataStorage: TransformerMetadata };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const storageModule = require('class-transformer/cjs/storage') as StorageModule;
const transformerMetadata = storageModule.defaultMetadataStorage;

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
      exceptionFactory: (errors) => new FieldErrors(flattenErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (isDto(metadata) && metadata.type === 'body') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw InvalidRequest.field('body', 'Request body must be a JSON object.');
      }
      // class-transformer and the proto-key scan recurse: a few thousand levels exhaust the stack.
      const depth = jsonDepthOf(value);
      if (depth !== undefined ? depth > MAX_BODY_DEPTH : nestedDeeperThan(value, MAX_BODY_DEPTH)) {
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
    if (!isDto(metadata) || !isPlainObject(value))
      return this.transformAndValidate(value, metadata);
    // Unknown fields are refused by name and free-form objects taken out, in one linear pass,
    // before class-transformer (quadratic in the key count of every object) sees the rest.
    const screening = screen(value, metadata.metatype);
    const result = await this.transformAndValidate(value, metadata, screening);
    for (const { path, value: freeForm } of screening.detached) setAt(result, path, freeForm);
    return result;
  }

  /** Nest's validation of what is left, its field errors listed with the screening's. */
  private async transformAndValidate(
    value: unknown,
    metadata: ArgumentMetadata,
    screening?: Screening,
  ): Promise<unknown> {
    let fieldErrors: FieldError[] = [];
    let result: unknown;
    try {
      result = await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof FieldErrors)) throw error;
      fieldErrors = error.errors;
    }
    const total = fieldErrors.length + (screening?.total ?? 0);
    if (total > 0) {
      const listed = [...fieldErrors, ...(screening?.errors ?? [])];
      throw new InvalidRequest(listed, 'Request is invalid.', total);
    }
    return result;
  }
}

/** What class-validator found, before it is merged with the screening's findings. */
class FieldErrors extends Error {
  constructor(readonly errors: FieldError[]) {
    super('invalid request');
  }
}

const NOT_DTOS: unknown[] = [String, Boolean, Number, Array, Object, undefined];

function isDto(
  metadata: ArgumentMetadata,
): metadata is ArgumentMetadata & { metatype: new () => unknown } {
  return (
    (metadata.type === 'body' || metadata.type === 'query') && !NOT_DTOS.includes(metadata.metatype)
  );
}

type Path = (string | number)[];

interface Screening {
  errors: FieldError[];
  total: number;
  detached: { path: Path; value: unknown }[];
}

function screen(value: Record<string, unknown>, dto: unknown): Screening {
  const screening: Screening = { errors: [], total: 0, detached: [] };
  screenObject(value, dto, [], screening);
  return screening;
}

function screenObject(
  value: Record<string, unknown>,
  dto: unknown,
  path: Path,
  screening: Screening,
): void {
  const known = knownFields(dto);
  const freeForm = freeFormFields(dto);
  for (const key of Object.keys(value)) {
    const here = [...path, key];
    if (!known.has(key)) {
      fail(screening, here, `${pathText(here)} is not a known field`);
      delete value[key];
      continue;
    }
    const child = value[key];
    const spec = freeForm.get(key);
    if (spec) {
      if (child === undefined || child === null) continue;
      if (!isPlainObject(child)) fail(screening, here, `${pathText(here)} must be an object`);
      else if (spec.maxBytes !== undefined && exceedsJsonBytes(child, spec.maxBytes)) {
        fail(screening, here, `${pathText(here)} must be at most ${spec.maxBytes} bytes as JSON`);
      } else screening.detached.push({ path: here, value: child });
      // Checked here: class-transformer must never walk it.
      delete value[key];
      continue;
    }
    const nested = transformerMetadata.findTypeMetadata(dto as never, key)?.typeFunction();
    if (!nested || NOT_DTOS.includes(nested)) continue;
    if (Array.isArray(child)) {
      // An over-long array is refused before class-transformer builds an instance per element.
      const max = arrayMaxSize(dto, key);
      if (max !== undefined && child.length > max) {
        fail(screening, here, `${pathText(here)} may hold at most ${max} items`);
        delete value[key];
        continue;
      }
      child.forEach((element, index) => {
        if (isPlainObject(element)) screenObject(element, nested, [...here, index], screening);
      });
    } else if (isPlainObject(child)) screenObject(child, nested, here, screening);
  }
}

function fail(screening: Screening, path: Path, message: string): void {
  screening.total += 1;
  if (screening.errors.length < MAX_DETAIL_ENTRIES) {
    screening.errors.push({ field: pathText(path), message });
  }
}

function arrayMaxSize(dto: unknown, property: string): number | undefined {
  const rule = getMetadataStorage()
    .getTargetValidationMetadatas(dto as new () => unknown, '', true, false)
    .find((m) => m.propertyName === property && m.name === 'arrayMaxSize');
  return rule?.constraints?.[0] as number | undefined;
}

const knownFieldsCache = new WeakMap<object, Set<string>>();

/** The fields a DTO declares (every validated field, including inherited ones). */
function knownFields(dto: unknown): Set<string> {
  let known = knownFieldsCache.get(dto as object);
  if (!known) {
    const metadata = getMetadataStorage().getTargetValidationMetadatas(
      dto as new () => unknown,
      '',
      true,
      false,
    );
    known = new Set(metadata.map((m) => m.propertyName));
    knownFieldsCache.set(dto as object, known);
  }
  return known;
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}

function pathText(path: Path): string {
  return path.reduce<string>(
    (text, step) =>
      typeof step === 'number' ? `${text}[${step}]` : text ? `${text}.${step}` : step,
    '',
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
