import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '@gov/config';
import { templateJsonSchema } from '@gov/domain';
import { ApiModule } from './api.module.js';
import { openApiDocument } from './common/openapi-contract.js';

/** Where the contract lives in the repository, relative to its root. */
export const CONTRACT_FILES = { document: 'libs/api-client/openapi.json', types: 'libs/api-client/src/schema.ts', templateSchema: 'libs/domain/templates/program-template.schema.json' } as const;

/**
 * The contract as the server declares it: the OpenAPI document from the controllers' metadata (a
 * preview application: no database, no Temporal, no providers instantiated) and the TypeScript
 * types generated from it with openapi-typescript — the source of every client in the repository —
 * and the JSON Schema of a template file, generated from the template validation schema.
 */
export async function currentContract(): Promise<{ document: string; types: string; templateSchema: string }> {
  const config = loadConfig({ DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview' });
  const app = await NestFactory.create(ApiModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false, abortOnError: false });
  try {
    const document: OpenAPIObject = openApiDocument(app);
    // defaultNonNullable off: a field the server defaults stays optional for a caller (openapi-typescript would make it required).
    const ast = await openapiTS(document as never, { alphabetize: true, exportType: false, defaultNonNullable: false });
    const header = '// Generated from libs/api-client/openapi.json by `npm run contract` (openapi-typescript). Do not edit.\n';
    return { document: `${JSON.stringify(document, null, 2)}\n`, types: header + astToString(ast), templateSchema: `${JSON.stringify(templateJsonSchema(), null, 2)}\n` };
  } finally {
    await app.close();
  }
}
