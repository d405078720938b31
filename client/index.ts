/**
 * A typed client for the PQC remediation service, generated from openapi.json: the types in
 * schema.d.ts (openapi-typescript, `npm run openapi`), the calls by openapi-fetch. Every path,
 * parameter, body and response is checked by the compiler against the published document.
 */
import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema';

export type { components, operations, paths };
export type OperationId = keyof operations;
export type Schemas = components['schemas'];
export type ErrorEnvelope = Schemas['ErrorEnvelope'];
export type FieldError = Schemas['FieldErrorDto'];
export type PqcClient = Client<paths>;

export interface PqcClientOptions {
  /** Where the service listens, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string;
  /** A tenant API key: sent on every route outside `/admin`. */
  apiKey?: string;
  /** The platform admin key (ADMIN_API_KEY): sent on `/admin` routes only. */
  adminKey?: string;
  /** Another fetch (tests, proxies, retries); the global one by default. */
  fetch?: (request: Request) => Promise<Response>;
}

/**
 * `client.GET('/tenant/scans', { params: { query: { limit: 10 } } })` answers
 * `{ data, error, response }`; `unwrap()` turns that into the data or a thrown PqcApiError.
 */
export function createPqcClient(options: PqcClientOptions): PqcClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    // List filters (status=open,blocked) are documented as comma-separated values.
    querySerializer: { array: { style: 'form', explode: false } },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  client.use(authorization(options));
  return client;
}

/**
 * Sets `Authorization: Bearer <key>`: the admin key on `/admin` routes, the tenant key
 * elsewhere. Never one for the other: a tenant key sent to an admin route (or the reverse)
 * would only earn a 401/403 and spread the key further than it needs to go. A header the
 * caller set on the request wins.
 */
export function authorization(keys: Pick<PqcClientOptions, 'apiKey' | 'adminKey'>): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      if (request.headers.has('authorization')) return undefined;
      const isAdmin = schemaPath === '/admin' || schemaPath.startsWith('/admin/');
      const key = isAdmin ? keys.adminKey : keys.apiKey;
      if (key) request.headers.set('authorization', `Bearer ${key}`);
      return request;
    },
  };
}

/** A non-2xx answer: the service's error envelope, with the HTTP status and request id. */
export class PqcApiError extends Error {
  override readonly name = 'PqcApiError';
  readonly status: number;
  /** The envelope's machine-readable code (`not_found`, `unprocessable_entity`, ...). */
  readonly error: string;
  /** Quote it when reporting a problem: the service logs it with every line of the request. */
  readonly requestId: string | undefined;
  /** Field errors of a 422. */
  readonly detail: FieldError[] | undefined;

  constructor(envelope: {
    status: number;
    error: string;
    message: string;
    requestId?: string;
    detail?: FieldError[];
  }) {
    super(envelope.message);
    this.status = envelope.status;
    this.error = envelope.error;
    this.requestId = envelope.requestId;
    this.detail = envelope.detail;
  }

  /** From any failed response; a body that is not our envelope (a proxy's page) still gives status and id. */
  static fromResponse(response: Response, body: unknown): PqcApiError {
    if (isErrorEnvelope(body)) return new PqcApiError(body);
    return new PqcApiError({
      status: response.status,
      error: 'unexpected_response',
      message: `HTTP ${response.status} ${response.statusText}`.trim(),
      requestId: response.headers.get('x-request-id') ?? undefined,
    });
  }
}

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.status === 'number' && typeof v.error === 'string' && typeof v.message === 'string'
  );
}

/** The data of a successful call; throws PqcApiError otherwise. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || !result.response.ok) {
    throw PqcApiError.fromResponse(result.response, result.error);
  }
  return result.data as T;
}
