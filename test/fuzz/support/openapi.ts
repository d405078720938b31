/**
 * Reads the committed openapi.json into the operations the fuzzer drives: method, path template,
 * parameters, request body schema, who may call it (public, platform admin, tenant key) and the
 * documented responses. Also a small validator for 2xx bodies against the response schemas.
 */
import { readFileSync } from 'node:fs';

export interface Schema {
  type?: string;
  $ref?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  description?: string;
  default?: unknown;
  example?: unknown;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface Param {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  schema: Schema;
}

export type Security = 'public' | 'admin' | 'tenant';

export interface Operation {
  operationId: string;
  method: string;
  /** Path template, e.g. /tenant/scans/{scan_id}. */
  path: string;
  /** "METHOD /path/{template}": how the suite names an operation. */
  key: string;
  pathParams: Param[];
  query: Param[];
  headers: Param[];
  body?: Schema;
  bodyRequired: boolean;
  security: Security;
  /** Documented response status codes, with their body schema when there is one. */
  responses: Map<number, Schema | undefined>;
}

export interface ApiModel {
  document: OpenApiDocument;
  operations: Operation[];
  resolve(schema: Schema | undefined): Schema | undefined;
}

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, RawOperation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface RawOperation {
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: Schema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: Record<string, unknown>[];
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function loadApiModel(file: string): ApiModel {
  const document = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  const schemas = document.components?.schemas ?? {};

  const resolve = (schema: Schema | undefined, depth = 0): Schema | undefined => {
    if (!schema || depth > 20) return schema;
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      const target = resolve(schemas[name], depth + 1);
      // `{nullable: true, allOf: [{$ref}]}`: the reference may be null where it is used.
      return schema.nullable && target ? { ...target, nullable: true } : target;
    }
    if (schema.allOf?.length === 1)
      return resolve({ ...schema.allOf[0], ...omit(schema, 'allOf') });
    const out: Schema = { ...schema };
    if (schema.properties) {
      out.properties = Object.fromEntries(
        Object.entries(schema.properties).map(([k, v]) => [k, resolve(v, depth + 1)!]),
      );
    }
    if (schema.items) out.items = resolve(schema.items, depth + 1);
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      out.additionalProperties = resolve(schema.additionalProperties, depth + 1);
    }
    return out;
  };

  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const params = (raw.parameters ?? []).map((p): Param => ({
        name: p.name,
        in: p.in as Param['in'],
        required: p.required ?? p.in === 'path',
        schema: resolve(p.schema) ?? { type: 'string' },
      }));
      const json = raw.requestBody?.content?.['application/json'];
      const schemes = (raw.security ?? []).flatMap((s) => Object.keys(s));
      const security: Security = schemes.some((s) => s.startsWith('admin'))
        ? 'admin'
        : schemes.length > 0
          ? 'tenant'
          : 'public';
      const responses = new Map<number, Schema | undefined>();
      for (const [status, response] of Object.entries(raw.responses ?? {})) {
        const schema = response.content?.['application/json']?.schema;
        responses.set(Number(status), resolve(schema));
      }
      operations.push({
        operationId: raw.operationId ?? `${method} ${path}`,
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        pathParams: params.filter((p) => p.in === 'path'),
        query: params.filter((p) => p.in === 'query'),
        headers: params.filter((p) => p.in === 'header'),
        body: resolve(json?.schema),
        bodyRequired: raw.requestBody?.required ?? false,
        security,
        responses,
      });
    }
  }
  return { document, operations, resolve: (s) => resolve(s) };
}

function omit<T extends object>(value: T, key: keyof T): Partial<T> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Response validation (2xx bodies against their documented schema)

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Problems of `value` against `schema`, as "path: problem" lines; empty when it conforms. */
export function validateAgainst(value: unknown, schema: Schema | undefined, path = '$'): string[] {
  if (!schema) return [];
  if (value === null) {
    return schema.nullable || schema.type === undefined ? [] : [`${path}: null but not nullable`];
  }
  if (value === undefined) return [`${path}: missing`];
  const problems: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) {
    problems.push(`${path}: ${JSON.stringify(value)} not in enum ${JSON.stringify(schema.enum)}`);
  }
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${path}: expected string, got ${typeOf(value)}`];
      if (schema.format === 'date-time' && !DATE_TIME.test(value)) {
        problems.push(`${path}: ${JSON.stringify(value)} is not a date-time`);
      }
      break;
    case 'number':
    case 'integer':
      if (typeof value !== 'number') return [`${path}: expected number, got ${typeOf(value)}`];
      if (schema.type === 'integer' && !Number.isInteger(value)) {
        problems.push(`${path}: expected integer`);
      }
      if (schema.minimum !== undefined && value < schema.minimum) {
        problems.push(`${path}: ${value} < minimum ${schema.minimum}`);
      }
      if (schema.maximum !== undefined && value > schema.maximum) {
        problems.push(`${path}: ${value} > maximum ${schema.maximum}`);
      }
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return [`${path}: expected boolean, got ${typeOf(value)}`];
      break;
    case 'array':
      if (!Array.isArray(value)) return [`${path}: expected array, got ${typeOf(value)}`];
      value.slice(0, 50).forEach((item, i) => {
        problems.push(...validateAgainst(item, schema.items, `${path}[${i}]`));
      });
      break;
    case 'object':
    case undefined:
      if (schema.type === undefined && !schema.properties) break;
      if (typeof value !== 'object' || Array.isArray(value)) {
        return [`${path}: expected object, got ${typeOf(value)}`];
      }
      for (const name of schema.required ?? []) {
        if (!(name in value)) problems.push(`${path}.${name}: required but missing`);
      }
      for (const [name, sub] of Object.entries(schema.properties ?? {})) {
        const v = (value as Record<string, unknown>)[name];
        if (v !== undefined) problems.push(...validateAgainst(v, sub, `${path}.${name}`));
      }
      if (schema.additionalProperties === false) {
        for (const name of Object.keys(value)) {
          if (!schema.properties?.[name]) problems.push(`${path}.${name}: not documented`);
        }
      }
      break;
  }
  return problems;
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}
