import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { version } from '../../../package.json';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('PQC readiness: remediation and AI service')
    .setDescription(
      'Track the remediation of cryptographic findings (owners, status, notes, target dates, history) ' +
        'and ask for plain-language explanations of findings. Every error has the same envelope ' +
        '{status, error, message, detail?, requestId}; every response carries X-Request-Id.',
    )
    .setVersion(version)
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
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: fallbackOperationId,
  });
  dropBearerFormat(document);
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

export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    // A key typed into "Authorize" must not outlive the tab in localStorage.
    swaggerOptions: { persistAuthorization: false },
  });
}
