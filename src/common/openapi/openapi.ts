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
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controller, method) => method,
  });
}

export function serveOpenApi(app: INestApplication, document: OpenAPIObject): void {
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs/openapi.json',
    yamlDocumentUrl: 'docs/openapi.yaml',
    swaggerOptions: { persistAuthorization: true },
  });
}
