import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { LoggerService } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import secureJson from 'secure-json-parse';
import type { AppConfig } from '@gov/config';
import { ApiModule } from './api.module.js';
import { ProblemDetailsFilter, problemDetailsForFastifyErrors, sendClientError, sendFrameworkError } from './common/problem-details.filter.js';
import { registerRateLimit } from './common/rate-limit.js';
import { createValidationPipe } from './common/validation.js';
import { openApiDocument } from './common/openapi-contract.js';
import { refuseUndocumentedMethods } from './common/method-not-allowed.js';
import { serveWebApp } from './ui/web-app.js';

export const DOCS_PATH = 'docs';

/**
 * A JSON body, refused with a 400 that says why: empty, malformed (with the parser's reason), or
 * carrying `__proto__` / `constructor.prototype` keys (prototype poisoning; secure-json-parse).
 */
export function parseJsonBody(body: string): unknown {
  const refuse = (detail: string) => Object.assign(new Error(detail), { statusCode: 400 });
  if (!body.trim()) throw refuse('The body is empty: send a JSON object.');
  try {
    return secureJson.parse(body, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (err) {
    const message = (err as Error).message;
    if (/prototype/i.test(message)) throw refuse('The body must not contain a "__proto__" or "constructor.prototype" key.');
    throw refuse(`The body is not valid JSON: ${message.slice(0, 200)}`);
  }
}

/** Builds the HTTP application (Fastify) without listening, for main.ts and for the tests. */
export async function createApi(config: AppConfig, logger: LoggerService | false): Promise<NestFastifyApplication> {
  const timeouts = config.http.timeouts;
  const adapter = new FastifyAdapter({
    bodyLimit: config.http.bodyLimitBytes,
    // Bounded connections: a request (headers and body) must arrive within requestTimeout (408 after
    // it), its headers within headersTimeout; a connection idle for connectionTimeout, or kept alive
    // unused for keepAliveTimeout, is closed. An event stream's request is complete once its headers
    // are in, and it pings well within the idle timeout, so streams stay open.
    requestTimeout: timeouts.requestMs,
    connectionTimeout: timeouts.connectionMs,
    keepAliveTimeout: timeouts.keepAliveMs,
    http: {
      requestTimeout: timeouts.requestMs,
      headersTimeout: timeouts.headersMs,
      // How often Node.js looks for requests past those timeouts (30 s by default, too coarse for them).
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(timeouts.headersMs / 2)),
    },
    clientErrorHandler: sendClientError,
    trustProxy: false,
    frameworkErrors: sendFrameworkError,
    // Every request gets a unique id (answered as X-Request-Id, recorded with the commands it carries).
    genReqId: () => randomUUID(),
    requestIdHeader: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(config), adapter, {
    logger,
    bufferLogs: false,
    // Commands are JSON only: no form bodies (Fastify's own JSON parser keeps its prototype-poisoning guard).
    bodyParser: false,
  });
  await app.register(helmet, {
    // Swagger UI at /docs needs its inline bootstrap script and styles; the web UI's OpenID Connect
    // sign-in talks to the provider (discovery and token endpoints) from the browser.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", ...(config.auth.oidc?.ui ? [new URL(config.auth.oidc.issuer).origin] : [])],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
      },
    },
  });
  await app.register(cors, { origin: config.auth.corsOrigins.length ? config.auth.corsOrigins : false, credentials: false });
  // Per person when authenticated, else per client address; counted in PostgreSQL for all instances.
  await registerRateLimit(app, config);
  // Needs are imported as CSV (text/csv); everything else is JSON.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: config.http.bodyLimitBytes }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: config.http.bodyLimitBytes }, (_req, body, done) => done(null, body));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (req, reply, payload) => {
      void reply.header('x-request-id', req.id);
      return problemDetailsForFastifyErrors(req, reply, payload);
    });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();

  const document = openApiDocument(app);
  refuseUndocumentedMethods(app, document);
  SwaggerModule.setup(DOCS_PATH, app, document, { jsonDocumentUrl: `${DOCS_PATH}-json` });
  await serveWebApp(app, config, logger);
  return app;
}
