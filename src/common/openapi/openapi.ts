import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { version } from '../../../package.json';
import { ERROR_STATUS, ErrorCode } from '../errors/domain-errors';

/**
 * Every tag an operation uses, declared once with what it groups (Swagger UI shows the groups in
 * this order). An operation whose @ApiTags is not here fails Spectral's `operation-tag-defined`.
 */
const TAGS: { name: string; description: string }[] = [
  {
    name: 'scans',
    description:
      'Import finished scans (native findings or a CycloneDX CBOM) and read them back with their ' +
      'findings, readiness score and remediation summary.',
  },
  {
    name: 'remediation',
    description:
      "Each scan's remediation backlog: one item per finding, with owner, status, notes, target " +
      'date, a version (also the ETag) and the history of every accepted change.',
  },
  {
    name: 'ai',
    description:
      'Plain-language explanations of a finding: Claude when configured, the built-in expert ' +
      'explainer otherwise. Rate limited per key more tightly than other routes.',
  },
  {
    name: 'tenant api keys',
    description: "A tenant's admins issue, list and revoke their own tenant's API keys.",
  },
  {
    name: 'tenant audit',
    description:
      "The tenant's audit log: who changed what (keys, scans, remediation), newest first.",
  },
  {
    name: 'admin',
    description:
      'Platform administration with the ADMIN_API_KEY: create tenants, issue and revoke their ' +
      'keys. Answers 503 while ADMIN_API_KEY is not configured.',
  },
  {
    name: 'rescans',
    description:
      'What a rescan changed, item by item (new, carried, fixed, reopened, not observed), and ' +
      'verifying one item against a later scan.',
  },
  {
    name: 'backlog',
    description:
      "The tenant's whole backlog across scans (current items only): filters, sorts, bulk " +
      'changes and a streamed CSV/NDJSON export.',
  },
  {
    name: 'sla',
    description:
      "The tenant's SLA policy (days per severity) and the SLA report; every item carries its " +
      'SLA clock, due date and state, computed when read.',
  },
  {
    name: 'webhooks',
    description:
      'Signed webhooks (Standard Webhooks 1.0) to other tools, their delivery log and ' +
      'redelivery. Tenant admins only.',
  },
  { name: 'operations', description: 'Health of the service, for probes and monitoring.' },
];

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const builder = new DocumentBuilder()
    .setTitle('PQC readiness: remediation and AI service')
    .setDescription(
      'Track the remediation of cryptographic findings (owners, status, notes, target dates, history) ' +
        'and ask for plain-language explanations of findings. Every error has the same envelope ' +
        '{status, error, message, detail?, requestId}; every response carries X-Request-Id.',
    )
    .setVersion(version)
    // Paths are relative to where the service is served (what an absent `servers` means too).
    .addServer('/', 'This service')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'Tenant API key' }, 'bearer')
    .addApiKey(
      { type: 'apiKey', in: 'header', name: 'x-api-key', description: 'Tenant API key' },
      'x-api-key',
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'query',
        name: 'api_key',
        description: 'Tenant API key, for tools that cannot set headers',
      },
      'api_key',
    )
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'Platform admin key (ADMIN_API_KEY)' },
      'admin-bearer',
    )
    .addApiKey(
      {
        type: 'apiKey',
        in: 'header',
        name: 'x-api-key',
        description: 'Platform admin key (ADMIN_API_KEY)',
      },
      'admin-x-api-key',
    );
  for (const tag of TAGS) builder.addTag(tag.name, tag.description);
  const config = builder.build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: fallbackOperationId,
  });
  dropBearerFormat(document);
  exampleEachErrorResponse(document);
  return document;
}

/**
 * The id of an operation whose handler sets no `@ApiOperation({ operationId })`:
 * `ScansController_list`. It is unique (class and method names are), so generators accept the
 * document, and deliberately not a name we publish: `npm run openapi:check` rejects ids that are
 * not camelCase, so every route must name its operation (`listScans`) before CI passes.
 * Deriving a good name from class and method (AdminController.listKeys) cannot be done reliably.
 */
export function fallbackOperationId(controllerKey: string, methodKey: string): string {
  return `${controllerKey}_${methodKey}`;
}

/** DocumentBuilder.addBearerAuth adds `bearerFormat: JWT`; our keys are opaque strings. */
function dropBearerFormat(document: OpenAPIObject): void {
  for (const scheme of Object.values(document.components?.securitySchemes ?? {})) {
    if ('bearerFormat' in scheme) delete scheme.bearerFormat;
  }
}

/** What the service says for each code (the usual message); 422's example keeps its `detail`. */
const ERROR_EXAMPLE_MESSAGES: Record<ErrorCode, string> = {
  unauthorized: 'A valid API key is required.',
  forbidden: 'This API key is not allowed to do that.',
  not_found: 'Scan not found.', // see notFoundMessage
  conflict: 'Tenant "acme" already exists.',
  precondition_failed: 'If-Match "2" does not match the current version 3.',
  payload_too_large: 'Request body is too large.',
  unprocessable_entity: 'Request body is invalid.',
  too_many_requests: 'Rate limit exceeded; retry later.',
  internal_error: 'An unexpected error occurred. Quote the requestId when reporting it.',
  service_unavailable: 'The database is unavailable; retry shortly.',
};

/**
 * Every error response shares the ErrorEnvelope schema, whose property examples describe a 422:
 * without its own example, Swagger UI showed `"status": 422` under 401, 404 and 503 alike.
 */
function exampleEachErrorResponse(document: OpenAPIObject): void {
  const envelopeRef = '#/components/schemas/ErrorEnvelope';
  const codes = new Map<number, ErrorCode>(
    Object.entries(ERROR_STATUS).map(([code, status]) => [status, code as ErrorCode]),
  );
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item)) {
      const responses = (operation as { responses?: Record<string, unknown> }).responses ?? {};
      for (const [status, response] of Object.entries(responses)) {
        const code = codes.get(Number(status));
        const json = (response as { content?: Record<string, Record<string, unknown>> }).content?.[
          'application/json'
        ];
        if (!code || !json || (json.schema as { $ref?: string })?.$ref !== envelopeRef) continue;
        json.example = {
          status: ERROR_STATUS[code],
          error: code,
          message: code === 'not_found' ? notFoundMessage(path) : ERROR_EXAMPLE_MESSAGES[code],
          ...(code === 'unprocessable_entity'
            ? {
                detail: [
                  {
                    field: 'status',
                    message:
                      'status must be one of: open, in_progress, blocked, done, accepted_risk, false_positive',
                  },
                ],
              }
            : {}),
          requestId: 'req_01JD3S7W1XQ2Y8M4N5P6R7T8V9',
        };
      }
    }
  }
}

function notFoundMessage(path: string): string {
  if (path.includes('{key_id}')) return 'API key not found.';
  if (path.startsWith('/admin/tenants/')) return 'Tenant not found.';
  if (path.startsWith('/tenant/ai/')) return 'Finding not found.';
  return 'Scan not found.';
}

export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    // A key typed into "Authorize" must not outlive the tab in localStorage.
    swaggerOptions: { persistAuthorization: false },
  });
}
