import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoggerService } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import type { AppConfig } from '@gov/config';

export const WEB_BASE = '/app/';

/** dist/web: next to the compiled API (dist/apps/api/src → dist/web), or under the working directory (tests run the sources). */
export function webDir(config: AppConfig): string | undefined {
  const candidates = config.http.webDir
    ? [path.resolve(config.http.webDir)]
    : [fileURLToPath(new URL('../../../../web', import.meta.url)), path.resolve('dist/web')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html')));
}

/**
 * Serves the built web UI under /app/ from the API's own origin: hashed assets cached for a year,
 * every other path under /app/ answered with index.html (the UI routes in the browser), / redirected.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig, logger: LoggerService | false): Promise<void> {
  const root = webDir(config);
  if (!root) {
    if (logger) logger.warn?.('The web UI is not built (no dist/web/index.html): run `npm run build`; the API works without it.', 'WebApp');
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: WEB_BASE,
    wildcard: false,
    index: false,
    setHeaders(reply, file) {
      void reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  const page = (_req: unknown, reply: { header(k: string, v: string): unknown; sendFile(file: string): unknown }) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html');
  };
  fastify.get('/app', (_req, reply) => reply.redirect(WEB_BASE));
  fastify.get(WEB_BASE, page);
  fastify.get(`${WEB_BASE}*`, page);
  fastify.get('/', (_req, reply) => reply.redirect(WEB_BASE));
}
