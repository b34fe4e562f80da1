import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * A method the document does not list on a path it does list answers 405 Method Not Allowed with
 * the `Allow` header (RFC 9110, 15.5.6) — not 404 as for a path that does not exist, nor 400 for a
 * method Fastify expects a body with (QUERY) — as a problem document. Runs first, before the body is read.
 */
export function refuseUndocumentedMethods(app: NestFastifyApplication, document: OpenAPIObject): void {
  const routes = Object.entries(document.paths).map(([path, item]) => {
    const methods = Object.keys(item).filter((m) => METHODS.includes(m)).map((m) => m.toUpperCase());
    if (methods.includes('GET')) methods.push('HEAD');
    const pattern = path
      .split('/')
      .map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    return { matches: new RegExp(`^${pattern}/?$`), methods };
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      if (!request.is404 || request.method === 'OPTIONS') return;
      const path = request.url.split('?')[0];
      const allowed = new Set(routes.filter((r) => r.matches.test(path)).flatMap((r) => r.methods));
      if (!allowed.size || allowed.has(request.method)) return;
      const allow = [...allowed].join(', ');
      await reply
        .code(405)
        .header('allow', allow)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send(JSON.stringify({ type: 'about:blank', title: 'Method Not Allowed', status: 405, detail: `${request.method} is not allowed here; allowed: ${allow}.`, instance: path.slice(0, 200) }));
      return reply;
    });
}
